// Measurement 1: the JS and CSS a real Chromium load of the pupil's lesson page requests (raw,
// gzip -9 and brotli -11 via node:zlib) against the floor page, and a proof from the chunks'
// source maps that no teacher, editor or review module is among them. Bench-only code.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { loadInPage, newContext, type LoadedResource } from '../lib/browser';
import { metric, type Metric } from '../lib/results';
import { areaOf, chunkModules } from '../lib/sourcemap';
import { REPO } from '../lib/build';

export interface PageTarget {
  readonly origin: string;
  /** The folder the server serves. */
  readonly root: string;
  /** Full URL of the page (with its hash route). */
  readonly url: string;
}

/**
 * Folders of the areas a pupil never opens. Their modules must not be in any chunk the lesson
 * page loads. (Message catalogues in src/messages are reported apart: they are data that
 * src/messages/index.ts spreads into one catalogue.)
 */
export const OTHER_AREAS = [
  'src/ui/teacher/',
  'src/ui/editor/',
  'src/ui/review/',
  'src/ui/progress/',
];

export interface FileSizes {
  readonly path: string;
  readonly kind: 'js' | 'css' | 'other';
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

export function sizesOf(file: string, path: string): FileSizes {
  const data = readFileSync(file);
  const ext = extname(file);
  return {
    path,
    kind: ext === '.js' || ext === '.mjs' ? 'js' : ext === '.css' ? 'css' : 'other',
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

interface PageLoad {
  readonly files: readonly FileSizes[];
  readonly resources: readonly LoadedResource[];
}

/** Loads a page cold (no service worker), waits for the network to settle, sizes every file. */
async function loadAndSize(browser: Browser, target: PageTarget): Promise<PageLoad> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    const { resources } = await loadInPage(page, target.url);
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    await page.waitForTimeout(1000);
    const seen = new Set<string>();
    const files: FileSizes[] = [];
    for (const resource of [...resources]) {
      const url = new URL(resource.url);
      if (url.origin !== target.origin || resource.status !== 200) continue;
      const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
      if (seen.has(path)) continue;
      seen.add(path);
      files.push(sizesOf(join(target.root, decodeURIComponent(path)), path));
    }
    return { files, resources: [...resources] };
  } finally {
    await context.close();
  }
}

function total(
  files: readonly FileSizes[],
  kind: FileSizes['kind'],
  key: 'raw' | 'gzip' | 'brotli',
): number {
  return files.filter((f) => f.kind === kind).reduce((sum, f) => sum + f[key], 0) / 1000;
}

export interface ChunkReport {
  readonly path: string;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
  /** Minified bytes per area (package, src layer or UI feature), largest first. */
  readonly areas: Record<string, number>;
  /** Modules of the other areas (teacher, editor, review) found in this chunk. */
  readonly otherAreaModules: readonly string[];
}

function chunkReport(root: string, file: FileSizes): ChunkReport {
  const modules = chunkModules(join(root, file.path), REPO);
  const areas = new Map<string, number>();
  const other: string[] = [];
  for (const [source, bytes] of modules?.bytesBySource ?? []) {
    const area = areaOf(source);
    areas.set(area, (areas.get(area) ?? 0) + bytes);
    if (OTHER_AREAS.some((prefix) => source.startsWith(prefix))) other.push(source);
  }
  return {
    path: file.path,
    raw: file.raw,
    gzip: file.gzip,
    brotli: file.brotli,
    areas: Object.fromEntries([...areas].sort((a, b) => b[1] - a[1])),
    otherAreaModules: other.sort(),
  };
}

/** Every chunk of a build that holds modules of the other areas (so the proof is not vacuous). */
function otherAreasInBuild(root: string): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  const assets = join(root, 'assets');
  for (const name of readdirSync(assets)) {
    if (!name.endsWith('.js')) continue;
    const modules = chunkModules(join(assets, name), REPO);
    const hits = [...(modules?.bytesBySource.keys() ?? [])].filter((s) =>
      OTHER_AREAS.some((prefix) => s.startsWith(prefix)),
    );
    if (hits.length) found[`/assets/${name}`] = hits.sort();
  }
  return found;
}

export async function measureBytes(
  browser: Browser,
  lesson: PageTarget,
  floor: PageTarget,
): Promise<{ metrics: Metric[]; details: unknown }> {
  const app = await loadAndSize(browser, lesson);
  const base = await loadAndSize(browser, floor);
  const chunks = app.files.filter((f) => f.kind === 'js').map((f) => chunkReport(lesson.root, f));
  const otherModules = chunks.flatMap((c) => c.otherAreaModules);
  const inBuild = otherAreasInBuild(lesson.root);
  const areaTotals = new Map<string, number>();
  for (const chunk of chunks)
    for (const [area, bytes] of Object.entries(chunk.areas))
      areaTotals.set(area, (areaTotals.get(area) ?? 0) + bytes);
  const builtAreas = Object.keys(inBuild).length;
  const js = (key: 'raw' | 'gzip' | 'brotli') => total(app.files, 'js', key);
  const fjs = (key: 'raw' | 'gzip' | 'brotli') => total(base.files, 'js', key);
  const metrics: Metric[] = [
    metric('bytes.pupil.js.gzip', 'lesson page JS (gzip)', js('gzip'), 'kB', {
      floor: fjs('gzip'),
    }),
    metric('bytes.pupil.js.brotli', 'lesson page JS (brotli)', js('brotli'), 'kB', {
      floor: fjs('brotli'),
    }),
    metric('bytes.pupil.js.raw', 'lesson page JS (minified)', js('raw'), 'kB', {
      floor: fjs('raw'),
    }),
    metric(
      'bytes.pupil.css.gzip',
      'lesson page CSS (gzip)',
      total(app.files, 'css', 'gzip'),
      'kB',
      {
        floor: total(base.files, 'css', 'gzip'),
      },
    ),
    metric(
      'bytes.pupil.css.brotli',
      'lesson page CSS (brotli)',
      total(app.files, 'css', 'brotli'),
      'kB',
      { floor: total(base.files, 'css', 'brotli') },
    ),
    metric(
      'bytes.pupil.jsFiles',
      'lesson page JS files',
      app.files.filter((f) => f.kind === 'js').length,
      'count',
      {
        floor: base.files.filter((f) => f.kind === 'js').length,
      },
    ),
    metric(
      'bytes.pupil.otherAreas',
      'teacher/editor/review modules loaded',
      otherModules.length,
      'count',
      {
        note: otherModules.length
          ? otherModules.slice(0, 3).join(', ')
          : builtAreas
            ? `none of ${builtAreas} chunk(s) holding those areas was requested`
            : 'no teacher/editor/review module in the build yet',
      },
    ),
  ];
  return {
    metrics,
    details: {
      lessonUrl: lesson.url,
      floorUrl: floor.url,
      lessonFiles: app.files,
      floorFiles: base.files,
      lessonChunks: chunks,
      lessonAreaTotalsMinified: Object.fromEntries([...areaTotals].sort((a, b) => b[1] - a[1])),
      otherAreaChunksInBuild: inBuild,
      otherAreaModulesLoaded: otherModules,
    },
  };
}
