// Measurement 5: storage at school scale, in Chromium on real IndexedDB (the browser the pupils'
// tablets run; fake-indexeddb in Node would time a JavaScript B-tree, not LevelDB). The bench
// storage page (bench/pages) seeds 450 000 attempts through bench/seed.ts into the real Dexie
// database, then times the class grid against one index-range read of the same 3 000 rows, and
// one attempt write. Timings are taken inside the page. Bench-only code.
import type { Browser } from '@playwright/test';
import { newContext } from '../lib/browser';
import { metric, type Metric } from '../lib/results';
import { median, round, summarize } from '../lib/stats';
import type { StorageBench } from '../pages/storage-page';

const GRID_RUNS = 30;
const WRITE_RUNS = 30;

export async function measureStorage(
  browser: Browser,
  pageUrl: string,
  log: (line: string) => void,
): Promise<{ metrics: Metric[]; details: unknown }> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.waitForFunction(() => 'benchStorage' in window, null, { timeout: 30_000 });
    type W = { benchStorage: StorageBench };
    const seed = await page.evaluate(() => (window as unknown as W).benchStorage.seed(), undefined);
    log(
      `  seeded ${seed.attempts} attempts, ${seed.bestResults} best results in ${(seed.ms / 1000).toFixed(1)} s`,
    );
    const counts = await page.evaluate(() => (window as unknown as W).benchStorage.counts());
    if (counts.attempts !== 450_000)
      throw new Error(`expected 450 000 attempts, found ${counts.attempts}`);
    // Warm-up pass over every class (first reads open LevelDB files), then the timed runs.
    await page.evaluate(() => (window as unknown as W).benchStorage.gridVsIndex(30));
    const { grid, index, rows } = await page.evaluate(
      (runs) => (window as unknown as W).benchStorage.gridVsIndex(runs),
      GRID_RUNS,
    );
    await page.evaluate(() => (window as unknown as W).benchStorage.writes(5));
    const { record, bareAdd } = await page.evaluate(
      (runs) => (window as unknown as W).benchStorage.writes(runs),
      WRITE_RUNS,
    );
    return {
      metrics: [
        metric(
          'storage.classGrid',
          `class grid (${rows} rows), median of ${GRID_RUNS}`,
          median(grid),
          'ms',
          {
            floor: median(index),
            note: 'floor = the same rows as one `learner` index range',
          },
        ),
        metric(
          'storage.attemptWrite',
          'one attempt write (attempt + best-result fold)',
          median(record),
          'ms',
          {
            floor: median(bareAdd),
            note: 'floor = bare attempts.add',
          },
        ),
        metric(
          'storage.seedSeconds',
          'seed 450 000 attempts + 90 000 best results',
          seed.ms / 1000,
          'count',
          {
            note: 'seconds, Chromium IndexedDB',
          },
        ),
      ],
      details: {
        where: 'Chromium, real IndexedDB (bench/pages/storage.html)',
        seed,
        counts,
        grid: { ...summarize(grid), samples: grid.map((v) => round(v, 2)) },
        index: { ...summarize(index), samples: index.map((v) => round(v, 2)) },
        record: summarize(record),
        bareAdd: summarize(bareAdd),
      },
    };
  } finally {
    await context.close();
  }
}
