// Build plugin: the lesson page's own chunks (the player and Blockly's, the largest) start
// downloading with the entry instead of after it has run. The route's dynamic imports are only
// reached once the entry has downloaded and run, which on a slow school network left Blockly's
// download seconds late. A few lines of inline script in index.html add `modulepreload` links
// for those chunks when the address is a lesson (`#/play/…`). Build tooling, Node only.
import type { Plugin } from 'vite';

interface ChunkLike {
  readonly type: 'chunk';
  readonly fileName: string;
  readonly facadeModuleId: string | null;
  readonly imports: readonly string[];
  readonly isEntry: boolean;
}

/**
 * Modules of the lesson route whose chunks (and their imports) are preloaded, the one on the
 * critical path first: Blockly's chunk is the largest download. Then the route's words in
 * French, the app's first language (src/app/routes.ts: the play route's bundles), which the
 * first screen waits for, and the player.
 */
const LESSON_MODULES = [
  '/src/ui/player/blockly-editor.ts',
  'virtual:parcours-messages/messages-fr-pupil',
  'virtual:parcours-messages/messages-fr-blocks',
  'virtual:parcours-messages/messages-fr-robot',
  '/src/ui/player/PlayerPage.svelte',
];

/** The chunks `roots` need, in load order, leaving out what the entry already preloads. */
export function chunksToPreload(
  chunks: readonly ChunkLike[],
  roots: readonly string[] = LESSON_MODULES,
): string[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = new Set<string>();
  const collect = (name: string, into: Set<string>): void => {
    if (into.has(name)) return;
    into.add(name);
    for (const dependency of byName.get(name)?.imports ?? []) collect(dependency, into);
  };
  for (const chunk of chunks) if (chunk.isEntry) collect(chunk.fileName, entry);
  const wanted = new Set<string>();
  for (const root of roots) {
    const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(root));
    if (!chunk) throw new Error(`route-preload: no chunk for ${root}`);
    collect(chunk.fileName, wanted);
  }
  return [...wanted].filter((name) => !entry.has(name));
}

/** The inline script index.html runs before the entry. */
export function preloadScript(files: readonly string[]): string {
  return (
    `if(location.hash.indexOf('#/play/')===0)` +
    `${JSON.stringify(files.map((file) => `./${file}`))}.forEach(function(h){` +
    `var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=h;` +
    `document.head.appendChild(l)})`
  );
}

export function lessonRoutePreload(): Plugin {
  return {
    name: 'parcours-lesson-route-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html;
        const chunks = Object.values(context.bundle).filter(
          (item): item is typeof item & ChunkLike => item.type === 'chunk',
        );
        // Right after the charset, before the entry's own modulepreload links: on HTTP/1.1 the
        // browser opens six connections, and Blockly's chunk must get one of the first.
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('route-preload: index.html has no <meta charset>');
        return html.replace(
          charset,
          (tag) => `${tag}\n    <script>${preloadScript(chunksToPreload(chunks))}</script>`,
        );
      },
    },
  };
}
