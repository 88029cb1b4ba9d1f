// Builds for a benchmark run, all outside the repository (PARCOURS_BENCH_OUT, default
// <tmp>/bench-parcours) so the bench never touches the dist/ that end-to-end tests serve: the
// production app (the project's own vite.config.ts, outDir overridden), the floor page and the
// bench-only pages. Bench-only code (Node).
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');
export const OUT = resolve(process.env.PARCOURS_BENCH_OUT ?? join(tmpdir(), 'bench-parcours'));
export const APP_DIR = join(OUT, 'app');
export const FLOOR_DIR = join(OUT, 'floor');
export const PAGES_DIR = join(OUT, 'pages');

const VITE = join(REPO, 'node_modules/vite/bin/vite.js');

/** Runs `vite build` with the given arguments; rejects with the build's output on failure. */
export function viteBuild(args: readonly string[]): Promise<number> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [VITE, 'build', ...args], {
      cwd: REPO,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done((performance.now() - started) / 1000);
      else
        fail(new Error(`vite build ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`));
    });
  });
}

export async function buildApp(): Promise<number> {
  return viteBuild(['--outDir', APP_DIR, '--emptyOutDir', '--logLevel', 'warn']);
}

export async function buildFloor(): Promise<number> {
  return viteBuild([
    '--config',
    join(REPO, 'bench/floor/vite.config.ts'),
    '--outDir',
    FLOOR_DIR,
    '--emptyOutDir',
  ]);
}

export async function buildPages(): Promise<number> {
  return viteBuild([
    '--config',
    join(REPO, 'bench/pages/vite.config.ts'),
    '--outDir',
    PAGES_DIR,
    '--emptyOutDir',
  ]);
}
