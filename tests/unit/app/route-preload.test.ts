// The build plugin that preloads the lesson page's chunks from index.html: it lists Blockly's
// chunk first, follows static imports, skips what the entry already loads, and fails loudly
// when a lesson module is no longer a chunk of its own.
import { describe, expect, it } from 'vitest';
import { chunksToPreload, preloadScript } from '../../../scripts/vite-route-preload';

const chunk = (fileName: string, facade: string | null, imports: string[], isEntry = false) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId: facade,
  imports,
  isEntry,
});

const BUNDLE = [
  chunk('assets/index.js', '/app/index.html', ['assets/svelte.js'], true),
  chunk('assets/svelte.js', null, []),
  chunk('assets/blockly-editor.js', '/app/src/ui/player/blockly-editor.ts', ['assets/texts.js']),
  chunk('assets/PlayerPage.js', '/app/src/ui/player/PlayerPage.svelte', [
    'assets/svelte.js',
    'assets/texts.js',
    'assets/stage.js',
  ]),
  chunk('assets/texts.js', null, []),
  chunk('assets/stage.js', null, ['assets/svelte.js']),
  ...['pupil', 'blocks', 'robot'].map((bundle) =>
    chunk(
      `assets/messages-fr-${bundle}.js`,
      `\0virtual:parcours-messages/messages-fr-${bundle}`,
      [],
    ),
  ),
  chunk('assets/messages-en-pupil.js', '\0virtual:parcours-messages/messages-en-pupil', []),
  chunk('assets/TeacherHome.js', '/app/src/ui/teacher/TeacherHomePage.svelte', []),
];

describe('chunksToPreload', () => {
  it('lists Blockly first, then the French words, then the player, without the entry', () => {
    expect(chunksToPreload(BUNDLE)).toEqual([
      'assets/blockly-editor.js',
      'assets/texts.js',
      'assets/messages-fr-pupil.js',
      'assets/messages-fr-blocks.js',
      'assets/messages-fr-robot.js',
      'assets/PlayerPage.js',
      'assets/stage.js',
    ]);
  });

  it('fails when a lesson module has no chunk of its own', () => {
    expect(() =>
      chunksToPreload(BUNDLE.filter((c) => c.fileName !== 'assets/PlayerPage.js')),
    ).toThrow(/PlayerPage/);
  });
});

describe('preloadScript', () => {
  it('adds modulepreload links only on lesson addresses', () => {
    const run = (hash: string): string[] => {
      const links: { rel: string; href: string }[] = [];
      const document = {
        createElement: () => ({ rel: '', href: '', crossOrigin: null }),
        head: { appendChild: (link: { rel: string; href: string }) => links.push(link) },
      };
      new Function('location', 'document', preloadScript(['assets/a.js', 'assets/b.js']))(
        { hash },
        document,
      );
      return links.map((link) => `${link.rel} ${link.href}`);
    };
    expect(run('#/play/premiers-pas/avancer')).toEqual([
      'modulepreload ./assets/a.js',
      'modulepreload ./assets/b.js',
    ]);
    expect(run('#/teacher')).toEqual([]);
    expect(run('')).toEqual([]);
  });
});
