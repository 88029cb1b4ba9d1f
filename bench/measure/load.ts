// Measurement 2a: cold load to an interactive workspace (see READY_SELECTOR in lib/browser.ts)
// at 1024×768, median of N runs, without and with CDP CPU throttling ×4, lesson page vs floor.
// Runs alternate lesson/floor so drift on a shared machine hits both alike. Bench-only code.
import type { Browser } from '@playwright/test';
import { coldLoad } from '../lib/browser';
import { metric, type Metric } from '../lib/results';
import { median, round, summarize } from '../lib/stats';

export async function measureLoad(
  browser: Browser,
  lessonUrl: string,
  floorUrl: string,
  runs: number,
  log: (line: string) => void,
): Promise<{ metrics: Metric[]; details: unknown }> {
  const metrics: Metric[] = [];
  const details: Record<string, unknown> = {};
  for (const [key, cpuRate] of [
    ['unthrottled', 1],
    ['cpu4x', 4],
  ] as const) {
    // One untimed load each: the first Chromium process spawn and disk reads are not the page.
    await coldLoad(browser, lessonUrl, { cpuRate });
    await coldLoad(browser, floorUrl, { cpuRate });
    const lesson: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < runs; i++) {
      lesson.push((await coldLoad(browser, lessonUrl, { cpuRate })).readyMs);
      floor.push((await coldLoad(browser, floorUrl, { cpuRate })).readyMs);
    }
    log(`  ${key}: lesson ${median(lesson).toFixed(0)} ms, floor ${median(floor).toFixed(0)} ms`);
    metrics.push(
      metric(
        `load.ready.${key}`,
        `cold load to workspace${cpuRate > 1 ? ` (CPU ×${cpuRate})` : ''}, median of ${runs}`,
        median(lesson),
        'ms',
        { floor: median(floor) },
      ),
    );
    details[key] = {
      lesson: { ...summarize(lesson), samples: lesson.map((v) => round(v, 1)) },
      floor: { ...summarize(floor), samples: floor.map((v) => round(v, 1)) },
    };
  }
  return { metrics, details };
}
