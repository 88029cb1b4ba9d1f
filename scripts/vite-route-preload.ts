// Build plugin: the lesson page's own chunks start downloading with the entry instead of after
// it has run (the route's dynamic imports are only reached then). A few lines of inline script
// in index.html add `modulepreload` links when the address is a lesson (`#/play/…`): first what
// the level's first paint needs (the player, its words in the page's language), then, once the
// entry has run, Blockly's chunk, the largest, so that on a slow school network it does not
// share the line with the first paint. Build tooling, Node only.
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
 * Modules of the lesson route whose chunks (and their imports) are preloaded: the route's words
 * in the language the app will show (src/app/routes.ts: the play route's bundles), which the
 * first screen waits for, then the player. Blockly's chunk, the largest, comes later.
 */
const BLOCKLY_EDITOR = '/src/ui/player/blockly-editor.ts';
const PLAYER_PAGE = '/src/ui/player/PlayerPage.svelte';
export const LESSON_BUNDLES = ['pupil', 'blocks', 'robot'] as const;
const TEXT_LOCALES: readonly TextLocale[] = ['fr', 'en'];

export interface LessonPreloads extends Record<TextLocale, string[]> {
  /** Blockly's chunks, preloaded once the entry has run (DOMContentLoaded). */
  readonly later: string[];
}

/**
 * The lesson page's chunks for each language, in load order, and Blockly's for later: on a slow
 * line its download would otherwise share the bandwidth with what the first paint needs.
 */
export function lessonPreloads(chunks: readonly ChunkLike[]): LessonPreloads {
  const editor = chunksToPreload(chunks, [BLOCKLY_EDITOR]);
  const blockly = editor[0];
  const [fr, en] = TEXT_LOCALES.map((locale) => {
    const words = LESSON_BUNDLES.map(
      (bundle) => `virtual:parcours-messages/messages-${locale}-${bundle}`,
    );
    const files = chunksToPreload(chunks, [...words, PLAYER_PAGE]);
    if (blockly && files.includes(blockly))
      throw new Error(`route-preload: the player pulls Blockly's chunk (${blockly}) statically`);
    return files;
  }) as [string[], string[]];
  const first = new Set([...fr, ...en]);
  return { fr, en, later: editor.filter((file) => !first.has(file)) };
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
export function preloadScript(files: LessonPreloads): string {
  const lists = {
    fr: files.fr.map((file) => `./${file}`),
    en: files.en.map((file) => `./${file}`),
  };
  const later = files.later.map((file) => `./${file}`);
  return (
    `(function(){if(location.hash.indexOf('#/play/')!==0)return;` +
    `var q=/(?:^\\?|&)locale=([^&]*)/.exec(location.search),f=q&&q[1],l,p=null,n;` +
    `if(f==='fr'||f==='en'||f==='pseudo')l=f==='fr'?'fr':'en';else{` +
    `try{p=JSON.parse(localStorage.getItem(${JSON.stringify(preferencesKey)}))}catch(e){}` +
    `if(p&&typeof p==='object'&&(p.locale==='fr'||p.locale==='en'))l=p.locale;else{` +
    `n=((navigator.languages||[])[0]||'').toLowerCase();l=n==='en'||n.indexOf('en-')===0?'en':'fr'}}` +
    `function a(h){var k=document.createElement('link');k.rel='modulepreload';` +
    `k.crossOrigin='';k.href=h;document.head.appendChild(k)}` +
    `var m=${JSON.stringify(lists)};m[l].forEach(a);` +
    `document.addEventListener('DOMContentLoaded',function(){` +
    `${JSON.stringify(later)}.forEach(a)})})()`
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
