// Build and dev-server configuration: Svelte, Blockly's media served from our own origin,
// and the Vitest unit-test settings.
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

export default defineConfig({
  base: './',
  plugins: [svelte(), blocklyMedia()],
  build: {
    target: 'es2022',
    sourcemap: true,
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
