// Build plugin: the lesson page's own files start downloading with the entry instead of after
// it has run (the route's dynamic imports are only reached then). A few lines of inline script
// in index.html, when the address is a lesson (`#/play/<pack>/…`), add `modulepreload` links
// for what the level's first paint needs (the player, its words in the page's language, the
// lesson pack) and the player's stylesheets (the route's import waits for them), then
// Blockly's chunk, the largest, at low priority: it downloads and compiles while the entry
// runs, and on a slow school network it does not take the line from the first paint.
// Build tooling, Node only.
import type { Plugin } from 'vite';
import type { TextLocale } from '../src/messages/store';
import { preferencesKey } from '../src/ui/settings/local-preference-store.ts';
import { SHIPPED_PACK } from './vite-lessons.ts';
import { reachable } from './reachable.ts';

interface ChunkLike {
  readonly type: 'chunk';
  readonly fileName: string;
  readonly facadeModuleId: string | null;
  readonly imports: readonly string[];
  readonly isEntry: boolean;
  /** Stylesheets the chunk's modules import (Vite's metadata). */
  readonly viteMetadata?: { readonly importedCss: ReadonlySet<string> };
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
  /** The player's stylesheets (not the entry's, which index.html links already). */
  readonly styles: string[];
  /** Each shipped pack's chunks, by pack id (`lessons/NN-<id>.json`). */
  readonly packs: Record<string, string[]>;
  /** Blockly's chunks, preloaded at low priority. */
  readonly later: string[];
}

/** A shipped pack file's id, by the `NN-<id>.json` naming convention (src/app/shipped-lessons.ts). */
function packIdOf(file: string): string {
  return file.replace(/^.*\/(\d+-)?/, '').replace(/\.json$/, '');
}

/**
 * The lesson page's chunks for each language, in load order, its stylesheets, each pack's
 * chunks, and Blockly's, at low priority: on a slow line its download would otherwise share
 * the bandwidth with what the first paint needs.
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
  const index = byName(chunks);
  const stylesOf = (names: Iterable<string>): Set<string> =>
    new Set([...names].flatMap((name) => [...(index.get(name)?.viteMetadata?.importedCss ?? [])]));
  const entryStyles = stylesOf(entryChunks(chunks));
  const styles = [...stylesOf(first)].filter((style) => !entryStyles.has(style));
  const packs: Record<string, string[]> = {};
  for (const chunk of chunks) {
    const facade = chunk.facadeModuleId?.replaceAll('\\', '/') ?? '';
    if (SHIPPED_PACK.test(facade) && !chunk.isEntry)
      packs[packIdOf(facade)] = chunksToPreload(chunks, [facade]);
  }
  return { fr, en, styles, packs, later: editor.filter((file) => !first.has(file)) };
}

/** The bundle's chunks by file name. */
function byName(chunks: readonly ChunkLike[]): Map<string, ChunkLike> {
  return new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
}

/** `roots` and every chunk they import statically, in load order. */
function withImports(chunks: readonly ChunkLike[], roots: readonly string[]): Set<string> {
  const index = byName(chunks);
  return reachable(roots, (name) => index.get(name)?.imports ?? []);
}

/** What the entry loads by itself (index.html links it and its imports). */
function entryChunks(chunks: readonly ChunkLike[]): Set<string> {
  return withImports(
    chunks,
    chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName),
  );
}

/** The chunks `roots` need, in load order, leaving out what the entry already preloads. */
export function chunksToPreload(chunks: readonly ChunkLike[], roots: readonly string[]): string[] {
  const entry = entryChunks(chunks);
  const files = roots.map((root) => {
    const chunk = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(root));
    if (!chunk) throw new Error(`route-preload: no chunk for ${root}`);
    return chunk.fileName;
  });
  return [...withImports(chunks, files)].filter((name) => !entry.has(name));
}

/**
 * The inline script index.html runs before the entry: on a lesson address, it picks the
 * language the app will show the way Settings does — the `?locale=` flag (the pseudo-locale
 * reads English), else the language kept in localStorage, else the browser's first language —
 * and links, in this order, the player's stylesheets, that language's list, the address's
 * pack and, at low priority, Blockly. Links carry `crossorigin` as Vite's own preloads do, so
 * the route's import finds them and fetches nothing twice.
 */
export function preloadScript(files: LessonPreloads): string {
  const here = (list: readonly string[]) => list.map((file) => `./${file}`);
  const lists = { fr: here(files.fr), en: here(files.en) };
  const packs = Object.fromEntries(
    Object.entries(files.packs).map(([id, list]) => [id, here(list)]),
  );
  return (
    `(function(){if(location.hash.indexOf('#/play/')!==0)return;` +
    `var q=/(?:^\\?|&)locale=([^&]*)/.exec(location.search),f=q&&q[1],l,p=null,n,i='';` +
    `if(f==='fr'||f==='en'||f==='pseudo')l=f==='fr'?'fr':'en';else{` +
    `try{p=JSON.parse(localStorage.getItem(${JSON.stringify(preferencesKey)}))}catch(e){}` +
    `if(p&&typeof p==='object'&&(p.locale==='fr'||p.locale==='en'))l=p.locale;else{` +
    `n=((navigator.languages||[])[0]||'').toLowerCase();l=n==='en'||n.indexOf('en-')===0?'en':'fr'}}` +
    `function a(r,w){return function(h){var k=document.createElement('link');k.rel=r;` +
    `k.crossOrigin='';if(w)k.fetchPriority='low';k.href=h;document.head.appendChild(k)}}` +
    `var m=${JSON.stringify(lists)},P=${JSON.stringify(packs)};` +
    `try{i=decodeURIComponent(location.hash.split('/')[2]||'')}catch(e){}` +
    `${JSON.stringify(here(files.styles))}.forEach(a('stylesheet'));` +
    `m[l].forEach(a('modulepreload'));` +
    `if(Object.prototype.hasOwnProperty.call(P,i))P[i].forEach(a('modulepreload'));` +
    `${JSON.stringify(here(files.later))}.forEach(a('modulepreload',1))})()`
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
        // Right after the charset, before the entry's own links: the player's files are asked
        // for with the entry's, not after it.
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
