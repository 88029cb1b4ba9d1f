// Measurement 2b: Lighthouse 12's mobile performance score (default config: Moto G Power
// emulation, simulated slow 4G and CPU ×4) of the lesson page and of the floor, median of N runs
// each, alternating. Each run gets a fresh Chromium with the project's flags. Bench-only code.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../lib/browser';
import { metric, type Metric } from '../lib/results';
import { median } from '../lib/stats';

interface Chromium {
  readonly port: number;
  stop(): Promise<void>;
}

/** Starts Chromium with a DevTools port for Lighthouse; resolves once the port is known. */
async function startChromium(): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), 'parcours-lh-'));
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [
      '--headless=new',
      ...CHROMIUM_FLAGS,
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((done, fail) => {
    let text = '';
    const timer = setTimeout(
      () => fail(new Error('Chromium did not open a DevTools port')),
      30_000,
    );
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (match) {
        clearTimeout(timer);
        done(Number(match[1]));
      }
    });
    child.on('exit', (code) => fail(new Error(`Chromium exited (${code}): ${text.slice(-500)}`)));
  });
  return {
    port,
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
      // Chromium's helper processes may still be writing the profile for a moment after the
      // browser exits (ENOTEMPTY): retry, and never let a temporary folder fail a measurement.
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (error) {
        console.warn(`bench: could not remove ${profile}: ${String(error)}`);
      }
    },
  };
}

interface LighthouseRun {
  readonly score: number;
  readonly fcp: number;
  readonly lcp: number;
  readonly tbt: number;
  readonly si: number;
  readonly cls: number;
  readonly tti: number;
}

async function runOnce(url: string): Promise<LighthouseRun> {
  const chromium = await startChromium();
  try {
    const result = await lighthouse(url, {
      port: chromium.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const audit = (id: string): number => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      si: audit('speed-index'),
      cls: audit('cumulative-layout-shift'),
      tti: audit('interactive'),
    };
  } finally {
    await chromium.stop();
  }
}

export async function measureLighthouse(
  lessonUrl: string,
  floorUrl: string,
  runs: number,
  log: (line: string) => void,
): Promise<{ metrics: Metric[]; details: unknown }> {
  const lesson: LighthouseRun[] = [];
  const floor: LighthouseRun[] = [];
  // One retry per run: on a loaded machine Lighthouse's protocol calls sometimes time out.
  const attempt = (url: string): Promise<LighthouseRun> =>
    runOnce(url).catch((error: unknown) => {
      log(`  retrying ${url}: ${error instanceof Error ? error.message : String(error)}`);
      return runOnce(url);
    });
  for (let i = 0; i < runs; i++) {
    lesson.push(await attempt(lessonUrl));
    floor.push(await attempt(floorUrl));
    log(`  run ${i + 1}: lesson ${lesson.at(-1)!.score}, floor ${floor.at(-1)!.score}`);
  }
  const med = (list: LighthouseRun[], key: keyof LighthouseRun) => median(list.map((r) => r[key]));
  return {
    metrics: [
      metric(
        'lighthouse.lesson',
        `Lighthouse mobile performance, median of ${runs}`,
        med(lesson, 'score'),
        'score',
        {
          floor: med(floor, 'score'),
        },
      ),
      metric('lighthouse.lesson.lcp', 'Lighthouse LCP (simulated)', med(lesson, 'lcp'), 'ms', {
        floor: med(floor, 'lcp'),
      }),
      metric('lighthouse.lesson.tbt', 'Lighthouse TBT (simulated)', med(lesson, 'tbt'), 'ms', {
        floor: med(floor, 'tbt'),
      }),
      metric('lighthouse.lesson.fcp', 'Lighthouse FCP (simulated)', med(lesson, 'fcp'), 'ms', {
        floor: med(floor, 'fcp'),
      }),
    ],
    details: { lesson, floor },
  };
}
