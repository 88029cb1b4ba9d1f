// The chunking rules for the first screens: a group takes what its root imports statically and
// no earlier group took, never a lazily imported module nor a stylesheet; the entry module stays
// the entry; a build without those roots (a worker, the bench's floor) groups nothing.
import { describe, expect, it } from 'vitest';
import { chunkGroups, staticClosure } from '../../../scripts/vite-chunk-groups';

/** A module graph: id → static imports (lazy imports are simply not listed). */
const GRAPH: Record<string, string[]> = {
  '/app/src/main.ts': ['/app/src/app/App.svelte', '/app/src/app/global.css', 'svelte'],
  '/app/src/app/App.svelte': [
    'svelte',
    '/app/src/ui/context.ts',
    '/app/src/app/App.svelte?svelte&type=style&lang.css',
  ],
  '/app/src/ui/context.ts': [],
  svelte: [],
  '/app/src/app/global.css': [],
  '/app/src/app/App.svelte?svelte&type=style&lang.css': [],
  '/app/src/ui/player/PlayerPage.svelte': [
    'svelte',
    '/app/src/ui/stage/Stage.svelte',
    '/app/src/ui/context.ts',
  ],
  '/app/src/ui/stage/Stage.svelte': ['/app/src/core/geometry.ts'],
  '/app/src/core/geometry.ts': ['/app/src/ui/stage/Stage.svelte'],
  '/app/src/ui/teacher/TeacherPage.svelte': ['/app/src/ui/stage/Stage.svelte'],
};
const importsOf = (id: string) => GRAPH[id] ?? [];

function run(graph: Record<string, string[]>) {
  const { plugin, groups } = chunkGroups({ name: 'shell', root: '/src/main.ts' }, [
    { name: 'player', root: '/src/ui/player/PlayerPage.svelte' },
  ]);
  const context = {
    getModuleIds: () => Object.keys(graph)[Symbol.iterator](),
    getModuleInfo: (id: string) => (id in graph ? { importedIds: graph[id] } : null),
  };
  (plugin.buildEnd as (this: unknown, error?: Error) => void).call(context);
  const member = (id: string) => groups.find((group) => group.test(id))?.name ?? null;
  return { groups, member };
}

describe('staticClosure', () => {
  it('follows static imports through cycles, leaves out stylesheets and what is outside', () => {
    expect([...staticClosure('/app/src/main.ts', importsOf)].sort()).toEqual(
      ['/app/src/app/App.svelte', '/app/src/main.ts', '/app/src/ui/context.ts', 'svelte'].sort(),
    );
    expect(
      [
        ...staticClosure(
          '/app/src/ui/player/PlayerPage.svelte',
          importsOf,
          new Set(['svelte', '/app/src/ui/context.ts']),
        ),
      ].sort(),
    ).toEqual(
      [
        '/app/src/core/geometry.ts',
        '/app/src/ui/player/PlayerPage.svelte',
        '/app/src/ui/stage/Stage.svelte',
      ].sort(),
    );
  });
});

describe('chunkGroups', () => {
  it('gives each module to the first group that reaches it, and keeps the entry out', () => {
    const { groups, member } = run(GRAPH);
    expect(groups.map(({ name, priority }) => [name, priority])).toEqual([
      ['shell', 2],
      ['player', 1],
    ]);
    expect(member('/app/src/main.ts')).toBeNull();
    expect(member('svelte')).toBe('shell');
    expect(member('/app/src/ui/context.ts')).toBe('shell');
    expect(member('/app/src/ui/stage/Stage.svelte')).toBe('player');
    expect(member('/app/src/core/geometry.ts')).toBe('player');
    expect(member('/app/src/ui/teacher/TeacherPage.svelte')).toBeNull();
    expect(member('/app/src/app/global.css')).toBeNull();
  });

  it('groups nothing in a build without those roots', () => {
    const { member } = run({ '/app/src/worker.ts': ['/app/src/core/geometry.ts'] });
    expect(member('/app/src/worker.ts')).toBeNull();
    expect(member('/app/src/core/geometry.ts')).toBeNull();
  });
});
