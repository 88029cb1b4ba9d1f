// Measurement 3: the second load of the lesson page through the service worker vs the first
// load, both to an interactive workspace. Each run uses a fresh context with service workers
// allowed: load once, wait until the worker is active and controls the page (precache done),
// then open the page again. The budgeted pair is under Lighthouse's slow-4G network (a school's
// Wi-Fi; on localhost the network costs nothing, so a cache cannot save anything there); the
// localhost pair is reported too. Bench-only code.
import type { Browser, Page } from '@playwright/test';
import { loadInPage, newContext, type LoadOptions } from '../lib/browser';
import { metric, Unavailable, type Metric } from '../lib/results';
import { median, round } from '../lib/stats';

/** Waits until a service worker is active and controls `page`; false when none registers. */
async function waitForController(page: Page, timeoutMs: number): Promise<boolean> {
  return page.evaluate(async (timeout) => {
    const deadline = Date.now() + timeout;
    const sw = navigator.serviceWorker;
    if (!sw) return false;
    while (Date.now() < deadline) {
      const registration = await sw.getRegistration();
      if (registration?.active && sw.controller) return true;
      await new Promise((done) => setTimeout(done, 100));
    }
    return false;
  }, timeoutMs);
}

interface PairRun {
  readonly first: number;
  readonly second: number;
  readonly secondFromWorker: number;
  readonly secondFromNetwork: number;
}

async function pair(browser: Browser, url: string, options: LoadOptions): Promise<PairRun> {
  const context = await newContext(browser, { serviceWorkers: 'allow' });
  try {
    const firstPage = await context.newPage();
    const first = await loadInPage(firstPage, url, options);
    if (!(await waitForController(firstPage, 60_000)))
      throw new Unavailable('no service worker took control of the lesson page within 60 s');
    await firstPage.close();
    const secondPage = await context.newPage();
    const second = await loadInPage(secondPage, url, options);
    const origin = new URL(url).origin;
    const own = second.resources.filter((r) => r.url.startsWith(origin));
    return {
      first: first.readyMs,
      second: second.readyMs,
      secondFromWorker: own.filter((r) => r.fromServiceWorker).length,
      secondFromNetwork: own.filter((r) => !r.fromServiceWorker).length,
    };
  } finally {
    await context.close();
  }
}

export async function measureOffline(
  browser: Browser,
  lessonUrl: string,
  runs: number,
  log: (line: string) => void,
): Promise<{ metrics: Metric[]; details: unknown }> {
  const metrics: Metric[] = [];
  const details: Record<string, unknown> = {};
  for (const network of ['slow4g', 'none'] as const) {
    const list: PairRun[] = [];
    for (let i = 0; i < runs; i++) list.push(await pair(browser, lessonUrl, { network }));
    const first = median(list.map((r) => r.first));
    const second = median(list.map((r) => r.second));
    log(`  ${network}: first ${first.toFixed(0)} ms, second ${second.toFixed(0)} ms`);
    const key = network === 'slow4g' ? 'slow4g' : 'localhost';
    metrics.push(
      metric(
        `offline.second.${key}`,
        `second load via service worker${network === 'slow4g' ? ' (slow 4G)' : ' (localhost)'}, vs first`,
        second,
        'ms',
        {
          floor: first,
          note: `${list[0]!.secondFromWorker} files from the worker, ${list[0]!.secondFromNetwork} from the network`,
        },
      ),
    );
    details[key] = list.map((r) => ({
      ...r,
      first: round(r.first, 1),
      second: round(r.second, 1),
    }));
  }
  return { metrics, details };
}
