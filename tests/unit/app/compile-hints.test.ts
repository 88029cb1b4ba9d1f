// The build plugin that marks Blockly's chunks for eager compilation: the hint is the first line
// of every chunk holding Blockly's code and of no other, once; each chunk's source map moves one
// line down with it; a build where no chunk holds Blockly fails loudly.
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import {
  COMPILE_HINT,
  blocklyCompileHint,
  holdsBlockly,
  shiftedOneLine,
  withCompileHint,
} from '../../../scripts/vite-compile-hints';

const chunk = (fileName: string, moduleIds: string[], code = 'export const a=1;') => ({
  type: 'chunk' as const,
  fileName,
  moduleIds,
  code,
});
const mapOf = (mappings: string) =>
  JSON.stringify({ version: 3, sources: ['a.ts'], names: [], mappings, file: 'x.js' });

type Bundle = Record<string, { type: string; code?: string; source?: string | Uint8Array }>;

function runPlugin(bundle: Bundle): void {
  const hook = blocklyCompileHint().generateBundle as Exclude<
    Plugin['generateBundle'],
    ((...args: never[]) => unknown) | undefined
  >;
  expect(hook.order).toBe('post');
  (hook.handler as (options: unknown, bundle: Bundle) => void).call({}, {}, bundle);
}

describe('Blockly compile hint', () => {
  it('recognises the chunks holding Blockly, on any platform', () => {
    expect(holdsBlockly({ moduleIds: ['/app/node_modules/blockly/blockly_compressed.js'] })).toBe(
      true,
    );
    expect(holdsBlockly({ moduleIds: ['C:\\app\\node_modules\\blockly\\msg\\en.js'] })).toBe(true);
    expect(holdsBlockly({ moduleIds: ['/app/src/blocks/register.ts'] })).toBe(false);
    expect(holdsBlockly({ moduleIds: ['/app/node_modules/blockly-plugin/index.js'] })).toBe(false);
  });

  it('puts the hint on a line of its own, once', () => {
    const once = withCompileHint('const x=1;');
    expect(once).toBe(`${COMPILE_HINT}\nconst x=1;`);
    expect(withCompileHint(once)).toBe(once);
  });

  it('moves the source map one line down and keeps the rest', () => {
    const shifted = JSON.parse(shiftedOneLine(mapOf('AAAA,CAAC;AACA'))) as Record<string, unknown>;
    expect(shifted).toEqual(JSON.parse(mapOf(';AAAA,CAAC;AACA')));
  });

  it('marks Blockly chunks and their maps in a bundle, and nothing else', () => {
    const bundle: Bundle = {
      'assets/blockly.js': chunk('assets/blockly.js', ['/a/node_modules/blockly/core.js']),
      'assets/blockly.js.map': { type: 'asset', source: new TextEncoder().encode(mapOf('AAAA')) },
      'assets/index.js': chunk('assets/index.js', ['/a/src/main.ts']),
      'assets/index.js.map': { type: 'asset', source: mapOf('AAAA') },
    };
    runPlugin(bundle);
    expect(bundle['assets/blockly.js']?.code).toBe(`${COMPILE_HINT}\nexport const a=1;`);
    expect(JSON.parse(bundle['assets/blockly.js.map']?.source as string)).toMatchObject({
      mappings: ';AAAA',
    });
    expect(bundle['assets/index.js']?.code).toBe('export const a=1;');
    expect(bundle['assets/index.js.map']?.source).toBe(mapOf('AAAA'));
    // A second pass (a watch rebuild reusing the bundle) changes nothing.
    runPlugin(bundle);
    expect(JSON.parse(bundle['assets/blockly.js.map']?.source as string)).toMatchObject({
      mappings: ';AAAA',
    });
  });

  it('fails the build when no chunk holds Blockly', () => {
    expect(() =>
      runPlugin({ 'assets/index.js': chunk('assets/index.js', ['/a/src/main.ts']) }),
    ).toThrow(/no chunk holds Blockly/);
  });
});
