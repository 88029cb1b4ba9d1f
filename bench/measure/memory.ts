// Measurement 7: memory after playing 50 levels in a row in one Chromium tab. The shipped
// levels are played in order (wrapping round when there are fewer than 50): the solver's
// solution of each level is put in the app's own `workspaces` table first, so opening a level
// restores it, then the bench presses Run and lets the animation finish. Playwright's clock
// fast-forwards the animation so 50 levels take about a minute, not five. The JS heap (CDP
// Performance.getMetrics after HeapProfiler.collectGarbage) after level 10 is the baseline;
// after level 50 it may only be slightly larger (HEAP_GROWTH_LIMIT in budgets.ts).
// Bench-only code.
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { WorkspaceState } from '../../src/core/program/blockly-json';
import { newContext } from '../lib/browser';
import { shippedLevels } from '../lib/product';
import { metric, Unavailable, type Metric } from '../lib/results';
import { solveAll } from './solver';

const LEVELS_PLAYED = 50;
const BASELINE_AFTER = 10;
const WORKSPACE_SELECTOR = '.blocklyFlyout:not([data-bench-old]) .blocklyDraggable';

interface HeapSample {
  readonly level: number;
  readonly heapMB: number;
  readonly nodes: number;
  readonly listeners: number;
  readonly documents: number;
}

async function heapAfterGc(session: CDPSession, level: number): Promise<HeapSample> {
  for (let i = 0; i < 3; i++) await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    level,
    heapMB: value('JSHeapUsedSize') / 1e6,
    nodes: value('Nodes'),
    listeners: value('JSEventListeners'),
    documents: value('Documents'),
  };
}

/** Writes the solutions into the app's `workspaces` table (raw IndexedDB, Dexie's key path). */
async function seedSolutions(
  page: Page,
  solutions: readonly { packId: string; levelId: string; state: WorkspaceState }[],
): Promise<string | null> {
  return page.evaluate(async (rows) => {
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('parcours')) return "the app created no 'parcours' IndexedDB database";
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('parcours');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('workspaces')) return "no 'workspaces' table";
      const tx = db.transaction('workspaces', 'readwrite');
      const store = tx.objectStore('workspaces');
      for (const row of rows)
        store.put({
          learner: 'guest',
          packId: row.packId,
          levelId: row.levelId,
          pupilId: null,
          groupId: null,
          state: row.state,
          updatedAt: Date.now(),
        });
      await new Promise<void>((done, fail) => {
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      });
      return null;
    } finally {
      db.close();
    }
  }, solutions);
}

/**
 * Polls `check` in the page from Node (Playwright's own waits poll on the page's animation
 * frames, which the installed fake clock owns), moving page time on by `stepMs` between tries.
 */
async function until(
  page: Page,
  check: (arg: string | null) => boolean,
  arg: string | null,
  what: string,
  stepMs = 100,
): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await page.evaluate(check, arg)) return;
    await page.clock.runFor(stepMs);
    await new Promise((done) => setTimeout(done, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Opens a level by its hash and waits for its own (new) workspace flyout. */
export async function openLevel(page: Page, packId: string, levelId: string): Promise<void> {
  await page.evaluate(
    ([pack, level]) => {
      for (const flyout of document.querySelectorAll('.blocklyFlyout'))
        flyout.setAttribute('data-bench-old', '');
      window.location.hash = `#/play/${encodeURIComponent(pack)}/${encodeURIComponent(level)}`;
    },
    [packId, levelId] as const,
  );
  await until(
    page,
    (selector) => document.querySelector(selector ?? '') !== null,
    WORKSPACE_SELECTOR,
    `${packId}/${levelId}`,
  );
}

/** Presses Run and fast-forwards the clock until the run is over; returns whether it succeeded. */
export async function playLevel(page: Page): Promise<boolean> {
  const runEnabled = () => {
    const run = document.querySelector<HTMLButtonElement>('button.run');
    return run !== null && !run.disabled;
  };
  await until(page, runEnabled, null, 'the Run button');
  await page.evaluate(() => document.querySelector<HTMLButtonElement>('button.run')!.click());
  await until(
    page,
    () =>
      document.querySelector('dialog.success[open]') !== null ||
      !document.querySelector<HTMLButtonElement>('button.run')!.disabled,
    null,
    'the end of the run',
    1000,
  );
  return page.evaluate(() => document.querySelector('dialog.success[open]') !== null);
}

export async function measureMemory(
  browser: Browser,
  origin: string,
  log: (line: string) => void,
): Promise<{ metrics: Metric[]; details: unknown }> {
  const levels = shippedLevels();
  if (levels.length === 0) throw new Unavailable('no shipped level to play');
  const solved = await solveAll().catch(() => null);
  const solutions = (solved?.levels ?? []).flatMap((l) =>
    l.workspace ? [{ packId: l.packId, levelId: l.levelId, state: l.workspace }] : [],
  );

  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    await page.clock.install();
    const session = await context.newCDPSession(page);
    await session.send('Performance.enable');
    await page.goto(`${origin}/#/`);
    await page.waitForLoadState('load');
    await page.clock.runFor(2000);
    // The app opens its database while the first screen mounts: wait for it to exist.
    await until(
      page,
      () => {
        void indexedDB.databases().then((list) => {
          (window as { __benchDb?: boolean }).__benchDb = list.some((d) => d.name === 'parcours');
        });
        return (window as { __benchDb?: boolean }).__benchDb === true;
      },
      null,
      "the app's IndexedDB database",
    ).catch(() => undefined);
    const seedProblem = solutions.length
      ? await seedSolutions(page, solutions)
      : 'the solver gave no solution';
    if (seedProblem)
      log(`  solutions not loaded (${seedProblem}): levels are run with their starting blocks`);

    const samples: HeapSample[] = [await heapAfterGc(session, 0)];
    let successes = 0;
    for (let n = 1; n <= LEVELS_PLAYED; n++) {
      const level = levels[(n - 1) % levels.length]!;
      await openLevel(page, level.packId, level.levelId);
      if (await playLevel(page)) successes++;
      if (n === BASELINE_AFTER || n === LEVELS_PLAYED || n % 10 === 0) {
        // Leave the level the way a pupil does, so its page is torn down before measuring.
        await page.evaluate(() => (window.location.hash = '#/'));
        await page.clock.runFor(1000);
        samples.push(await heapAfterGc(session, n));
        log(
          `  after level ${n}: ${samples.at(-1)!.heapMB.toFixed(2)} MB heap, ${samples.at(-1)!.nodes} DOM nodes`,
        );
      }
    }
    const base = samples.find((s) => s.level === BASELINE_AFTER)!;
    const last = samples.find((s) => s.level === LEVELS_PLAYED)!;
    return {
      metrics: [
        metric(
          'memory.heap.level50',
          `JS heap after level ${LEVELS_PLAYED} vs after level ${BASELINE_AFTER}`,
          last.heapMB,
          'MB',
          {
            floor: base.heapMB,
            note: `forced GC; ${successes}/${LEVELS_PLAYED} runs succeeded${seedProblem ? ' (starting blocks only)' : ''}`,
          },
        ),
        metric(
          'memory.nodes.level50',
          `DOM nodes after level ${LEVELS_PLAYED} vs level ${BASELINE_AFTER}`,
          last.nodes,
          'count',
          {
            floor: base.nodes,
          },
        ),
        metric(
          'memory.listeners.level50',
          `JS event listeners after level ${LEVELS_PLAYED} vs level ${BASELINE_AFTER}`,
          last.listeners,
          'count',
          {
            floor: base.listeners,
          },
        ),
      ],
      details: {
        levelsShipped: levels.length,
        levelsPlayed: LEVELS_PLAYED,
        solutionsLoaded: seedProblem ? 0 : solutions.length,
        seedProblem,
        successes,
        samples,
      },
    };
  } finally {
    await context.close();
  }
}
