// Build plugin: the lesson page's own chunks (the player and Blockly's, the largest) start
// downloading with the entry instead of after it has run. The route's dynamic imports are only
// reached once the entry has downloaded and run, which on a slow school network left Blockly's
// download seconds late. A few lines of inline script in index.html add `modulepreload` links
// for those chunks when the address is a lesson (`#/play/…`). Build tooling, Node only.
import type { Plugin } from 'vite';
import type { TextLocale } from '../src/messages/store';
import { preferencesKey } from '../src/ui/settings/local-preference-store';

interface ChunkLike {
  readonly type: 'chunk';
  readonly fileName: string;
  readonly facadeModuleId: string | null;
  readonly imports: readonly string[];
  readonly isEntry: boolean;
}

/**
 * Modules of the lesson route whose chunks (and their imports) are preloaded, the one on the
 * critical path first: Blockly's chunk is the largest download. Then the route's words in the
 * language the app will show (src/app/routes.ts: the play route's bundles, and Blockly's own
 * English words, French being in Blockly's chunk), which the first screen waits for, and the
 * player.
 */
const BLOCKLY_EDITOR = '/src/ui/player/blockly-editor.ts';
const PLAYER_PAGE = '/src/ui/player/PlayerPage.svelte';
export const LESSON_BUNDLES = ['pupil', 'blocks', 'robot'] as const;
const LOCALE_MODULES: Record<TextLocale, readonly string[]> = {
  fr: LESSON_BUNDLES.map((bundle) => `virtual:parcours-messages/messages-fr-${bundle}`),
  en: [
    ...LESSON_BUNDLES.map((bundle) => `virtual:parcours-messages/messages-en-${bundle}`),
    '/node_modules/blockly/msg/en.mjs',
  ],
};

/** The lesson page's chunks for each language, in load order. */
export function lessonPreloads(chunks: readonly ChunkLike[]): Record<TextLocale, string[]> {
  const plan = (locale: TextLocale) =>
    chunksToPreload(chunks, [BLOCKLY_EDITOR, ...LOCALE_MODULES[locale], PLAYER_PAGE]);
  return { fr: plan('fr'), en: plan('en') };
}

/** The chunks `roots` need, in load order, leaving out what the entry already preloads. */
export function chunksToPreload(chunks: readonly ChunkLike[], roots: readonly string[]): string[] {
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

/**
 * The inline script index.html runs before the entry: on a lesson address, it picks the
 * language the app will show the way Settings does — the `?locale=` flag (the pseudo-locale
 * reads English), else the language kept in localStorage, else the browser's first language —
 * and preloads that language's list.
 */
export function preloadScript(files: Readonly<Record<TextLocale, readonly string[]>>): string {
  const lists = {
    fr: files.fr.map((file) => `./${file}`),
    en: files.en.map((file) => `./${file}`),
  };
  return (
    `(function(){if(location.hash.indexOf('#/play/')!==0)return;` +
    `var q=/(?:^\\?|&)locale=([^&]*)/.exec(location.search),f=q&&q[1],l,p=null,n;` +
    `if(f==='fr'||f==='en'||f==='pseudo')l=f==='fr'?'fr':'en';else{` +
    `try{p=JSON.parse(localStorage.getItem(${JSON.stringify(preferencesKey)}))}catch(e){}` +
    `if(p&&typeof p==='object'&&(p.locale==='fr'||p.locale==='en'))l=p.locale;else{` +
    `n=((navigator.languages||[])[0]||'').toLowerCase();l=n==='en'||n.indexOf('en-')===0?'en':'fr'}}` +
    `var m=${JSON.stringify(lists)};m[l].forEach(function(h){` +
    `var k=document.createElement('link');k.rel='modulepreload';k.crossOrigin='';k.href=h;` +
    `document.head.appendChild(k)})})()`
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
          (tag) => `${tag}\n    <script>${preloadScript(lessonPreloads(chunks))}</script>`,
        );
      },
    },
  };
}
