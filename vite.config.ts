// Build and dev-server configuration: Svelte, Blockly's media served from our own origin,
// the offline PWA (manifest + Workbox precache), precompiled message bundles and the Vitest
// unit-test settings.
/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compiledMessages } from './scripts/vite-messages.ts';
import { lessonRoutePreload } from './scripts/vite-route-preload.ts';
import { restoredLessons } from './scripts/vite-lessons.ts';
import { blocklyCompileHint } from './scripts/vite-compile-hints.ts';
import { chunkGroups } from './scripts/vite-chunk-groups.ts';

const blocklyMediaDir = resolve(import.meta.dirname, 'node_modules/blockly/media');

/** Serves and emits Blockly's media under /blockly-media/ so no request leaves the origin. */
function blocklyMedia(): Plugin {
  return {
    name: 'parcours-blockly-media',
    configureServer(server) {
      server.middlewares.use('/blockly-media', (req, res, next) => {
        const name = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/').replace(/^\/+/, '');
        const file = join(blocklyMediaDir, name);
        if (name.includes('..') || !existsSync(file)) return next();
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const name of readdirSync(blocklyMediaDir)) {
        this.emitFile({
          type: 'asset',
          fileName: `blockly-media/${name}`,
          source: readFileSync(join(blocklyMediaDir, name)),
        });
      }
    },
  };
}

/**
 * The installable, offline app (vite-plugin-pwa + Workbox). Everything the app can need after
 * the first visit is precached: the app and its lazy chunks (lessons are bundled chunks),
 * Blockly's media under blockly-media/ (emitted by the plugin above), the self-hosted woff2
 * fonts and the icons. `registerType: 'prompt'`: a new version waits until the teacher applies
 * it from the shell's banner (src/app/pwa.ts registers the worker; no injected script).
 */
function offlineApp() {
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // The icons are in public/ and precached by the glob below; listing them twice is noise.
    includeManifestIcons: false,
    manifest: {
      id: './',
      name: 'Parcours',
      short_name: 'Parcours',
      description: 'Programme un robot avec des blocs, à l’écran puis en vrai.',
      lang: 'fr',
      dir: 'ltr',
      start_url: './',
      scope: './',
      display: 'standalone',
      orientation: 'any',
      theme_color: '#2456c9',
      background_color: '#f6f4ee',
      categories: ['education', 'kids'],
      icons: [
        { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,gif,cur,mp3,woff2,json}'],
      // Blockly's chunk is larger than Workbox's 2 MiB default; it must still be precached.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // Take control on the very first visit (nothing else controls the page then). Updates
      // still wait: skipWaiting is only sent when the teacher chooses to update.
      clientsClaim: true,
      skipWaiting: false,
      sourcemap: false,
    },
  });
}

/**
 * The app reads only precompiled messages (ASTs from scripts/vite-messages.ts), so its build leaves the
 * ICU parser out, as formatjs documents. Vitest keeps the parser: tests (and the lessons CLI,
 * run by tsx) format the source catalogues.
 */
const withoutMessageParser = process.env.VITEST
  ? []
  : [
      {
        find: /^@formatjs\/icu-messageformat-parser$/,
        replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
      },
    ];

/**
 * The lesson page's code in a few files: the shell (what the entry imports) and the player (what
 * the lesson route imports beyond it), instead of one chunk per shared module.
 */
const firstScreens = chunkGroups({ name: 'shell', root: '/src/main.ts' }, [
  { name: 'player', root: '/src/ui/player/PlayerPage.svelte' },
]);

export default defineConfig({
  base: './',
  plugins: [
    svelte(),
    blocklyMedia(),
    offlineApp(),
    compiledMessages(),
    restoredLessons(),
    lessonRoutePreload(),
    blocklyCompileHint(),
    firstScreens.plugin,
  ],
  resolve: { alias: withoutMessageParser },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: { output: { codeSplitting: { groups: firstScreens.groups } } },
  },
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/lessons/**/*.test.ts',
      'tests/firmware/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
  },
});
