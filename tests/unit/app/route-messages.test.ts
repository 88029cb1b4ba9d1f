// Each route loads the message bundles its screen reads: the keys named in the screen's source
// and in everything it imports statically (lazy parts load their own), plus the shell around
// every screen, all belong to the route's bundles. A missing bundle would still heal at run
// time, but with a blink of empty texts and an error in development.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../src/app/routes';
import { catalogue } from '../../../src/messages/index';
import { bundleOf } from '../../../src/messages/bundles';

const ROOT = resolve(import.meta.dirname, '../../..');
const routesSource = readFileSync(join(ROOT, 'src/app/routes.ts'), 'utf8');

/** The file a relative import names, trying the extensions the app uses. */
function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.svelte.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && !candidate.endsWith('/')) {
      if (/\.(ts|svelte)$/.test(candidate)) return candidate;
    }
  }
  return null;
}

/** The message keys named in a file and in every file it imports statically (not `import type`). */
function keysReachedFrom(entry: string): Set<string> {
  const keys = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, literal] of source.matchAll(/['"`]([a-z][a-zA-Z]*(?:\.[a-zA-Z0-9-]+)+)['"`]/g)) {
      if (literal && literal in catalogue) keys.add(literal);
    }
    for (const [, specifier] of source.matchAll(
      /^\s*import\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gm,
    )) {
      const target = specifier ? resolveImport(file, specifier) : null;
      if (target) queue.push(target);
    }
  }
  return keys;
}

/** The screen component a route lazily loads, read from routes.ts. */
function screenOf(name: string): string {
  const block = routesSource.split(/name: /).find((part) => part.startsWith(`'${name}'`)) ?? '';
  const component = /import\('(\.\.\/ui\/[^']+\.svelte)'\)/.exec(block)?.[1];
  if (!component) throw new Error(`No screen found for route ${name}`);
  return resolve(ROOT, 'src/app', component);
}

const shellKeys = keysReachedFrom(join(ROOT, 'src/app/App.svelte'));

describe('route messages', () => {
  it('finds the shell’s words', () => {
    expect(shellKeys.has('common.loading')).toBe(true);
  });

  it.each(routes.map((route) => [route.name, route] as const))(
    '%s loads the bundles of every word its screen shows',
    (_name, route) => {
      const screen = screenOf(route.name);
      const keys = new Set([...shellKeys, ...keysReachedFrom(screen)]);
      expect(keys.size, relative(ROOT, screen)).toBeGreaterThan(0);
      const missing = [...keys].filter((key) => !route.messages.includes(bundleOf(key)!));
      expect(missing).toEqual([]);
    },
  );
});
