// Build of the bench-only pages (bench/pages) into the bench's out folder: the storage
// page that seeds and queries the real Dexie database in Chromium. Same Vite and target as the
// app. Bench-only, never shipped.
import { defineConfig } from 'vite';
import { join } from 'node:path';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: { input: { storage: join(import.meta.dirname, 'storage.html') } },
  },
});
