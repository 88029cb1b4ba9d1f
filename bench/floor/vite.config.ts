// Build of the benchmark's floor page (bench/floor): a bare Svelte + Blockly workspace built
// with the same Vite, target and Svelte settings as the app (bench/lib/build.ts gives the outDir).
// Blockly's media are emitted under blockly-media/ as the app does, so both pages fetch the same
// files. Bench-only.
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const blocklyMediaDir = join(repo, 'node_modules/blockly/media');

function blocklyMedia(): Plugin {
  return {
    name: 'floor-blockly-media',
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
  root: import.meta.dirname,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [svelte({ configFile: join(repo, 'svelte.config.js') }), blocklyMedia()],
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
