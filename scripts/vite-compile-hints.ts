// Build plugin: marks Blockly's chunks for eager compilation. Blockly is one large module whose
// top level runs nearly all of it when the workspace is built, so V8's lazy compilation parses
// each function twice (a pre-parse, then a full parse on first call), on the main thread, while
// the pupil waits. The explicit compile hint `//# allFunctionsCalledOnLoad` as a chunk's first
// line (V8, Chromium 136+) has V8 compile it all at once, off the main thread while it streams
// in. Other engines read a comment. https://v8.dev/blog/explicit-compile-hints.
// Build tooling, Node only.
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

interface ChunkLike {
  readonly type: 'chunk';
  code: string;
  readonly fileName: string;
  readonly moduleIds: readonly string[];
}

interface AssetLike {
  readonly type: 'asset';
  source: string | Uint8Array;
}

/** Does this chunk hold Blockly's own code (not just import it)? */
export function holdsBlockly(chunk: Pick<ChunkLike, 'moduleIds'>): boolean {
  return chunk.moduleIds.some((id) => id.replaceAll('\\', '/').includes('/node_modules/blockly/'));
}

/** The code with the hint as its first line (once). */
export function withCompileHint(code: string): string {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

/**
 * A source map (JSON) for the same code one line lower: an empty first line in VLQ mappings is
 * a leading `;`, so stack traces still point at the sources.
 */
export function shiftedOneLine(sourceMap: string): string {
  const map = JSON.parse(sourceMap) as { mappings: string };
  return JSON.stringify({ ...map, mappings: `;${map.mappings}` });
}

export function blocklyCompileHint(): Plugin {
  return {
    name: 'parcours-blockly-compile-hint',
    apply: 'build',
    // Last: after minification (which drops comments) and after Vite has prepended its
    // preload list (`__vite__mapDeps`) and rewritten the map file, before the files are written.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const blockly = Object.values(bundle).filter(
          (item): item is typeof item & ChunkLike => item.type === 'chunk' && holdsBlockly(item),
        );
        if (blockly.length === 0) throw new Error('compile-hint: no chunk holds Blockly');
        for (const chunk of blockly) {
          if (chunk.code.startsWith(COMPILE_HINT)) continue;
          chunk.code = withCompileHint(chunk.code);
          const map = bundle[`${chunk.fileName}.map`] as AssetLike | undefined;
          if (map?.type === 'asset')
            map.source = shiftedOneLine(
              typeof map.source === 'string' ? map.source : new TextDecoder().decode(map.source),
            );
        }
      },
    },
  };
}
