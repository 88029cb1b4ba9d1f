// `npm run bench`: builds the production app, the floor page and the bench pages into
// <tmp>/bench-parcours (PARCOURS_BENCH_OUT), serves them on localhost, runs the measurements of issue 9 against their floors,
// prints a table, writes bench/results.json and judges the budgets (bench/budgets.ts).
//   --check        exit 1 when a budget is missed or not measured; the last line is a summary
//   --only=a,b     run only these sections (bytes, load, lighthouse, offline, compute, storage,
//                  robot, memory)
//   --runs=N       cold loads per page and condition (default 10)
//   --lh-runs=N    Lighthouse runs per page (default 3)
//   --sw-runs=N    first/second load pairs through the service worker (default 3)
//   --quick        fewer repetitions (5 cold loads, 1 Lighthouse run, 1 service-worker pair,
//                  5 s per solved level) for a look in about half the time; not for the README
//   --no-build     reuse the builds of the previous run
//   --encoding=E   serve gzip (default, as `npm run serve` — vite preview — does), br, or identity
// Bench-only code: Node, tsx. Not part of the test command (it takes minutes).
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { BUDGETS, judge } from './budgets';
import { launchChromium } from './lib/browser';
import {
  APP_DIR,
  FLOOR_DIR,
  OUT,
  PAGES_DIR,
  REPO,
  buildApp,
  buildFloor,
  buildPages,
} from './lib/build';
import { firstLessonPath } from './lib/product';
import { formatTable, Unavailable, type Metric, type SectionResult } from './lib/results';
import { serveStatic, type Encoding, type StaticServer } from './lib/server';
import { measureBytes } from './measure/bytes';
import { measureLighthouse } from './measure/lighthouse';
import { measureLoad } from './measure/load';
import { measureOffline } from './measure/offline';
import { measureCompute } from './measure/compute';
import { measureSolver, setLevelTimeout } from './measure/solver';
import { measureRobot } from './measure/robot';
import { measureStorage } from './measure/storage';
import { measureMemory } from './measure/memory';

const SECTIONS = [
  'bytes',
  'load',
  'lighthouse',
  'offline',
  'compute',
  'storage',
  'robot',
  'memory',
] as const;
type SectionId = (typeof SECTIONS)[number];

interface Options {
  readonly check: boolean;
  readonly only: ReadonlySet<SectionId>;
  readonly runs: number;
  readonly lighthouseRuns: number;
  readonly swRuns: number;
  readonly quick: boolean;
  readonly build: boolean;
  readonly encoding: Encoding;
}

function encoding(name: string): Encoding {
  if (name === 'gzip' || name === 'br' || name === 'identity') return name;
  throw new Error(`--encoding must be gzip, br or identity, not ${name}`);
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined =>
    argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const only = value('only')?.split(',').filter(Boolean) ?? [...SECTIONS];
  for (const id of only)
    if (!(SECTIONS as readonly string[]).includes(id)) throw new Error(`unknown section ${id}`);
  const quick = argv.includes('--quick');
  const count = (name: string, normal: number, fast: number): number => {
    const n = Number(value(name) ?? (quick ? fast : normal));
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
    return n;
  };
  return {
    check: argv.includes('--check'),
    only: new Set(only as SectionId[]),
    runs: count('runs', 10, 5),
    lighthouseRuns: count('lh-runs', 3, 1),
    swRuns: count('sw-runs', 3, 1),
    quick,
    build: !argv.includes('--no-build'),
    encoding: encoding(value('encoding') ?? 'gzip'),
  };
}

const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

type Measure = () => Promise<{ metrics: Metric[]; details?: unknown }>;

async function runSection(id: SectionId, title: string, measure: Measure): Promise<SectionResult> {
  const started = performance.now();
  log(`▶ ${title}`);
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  try {
    const { metrics, details } = await measure();
    log(`  done in ${seconds()} s`);
    return { id, title, status: 'measured', metrics, details, seconds: seconds() };
  } catch (error) {
    const unavailable = error instanceof Unavailable;
    const reason = unavailable
      ? error.message
      : error instanceof Error
        ? `${error.message}\n${error.stack?.split('\n').slice(1, 4).join('\n') ?? ''}`
        : String(error);
    log(`  ${unavailable ? 'not measured' : 'ERROR'}: ${reason}`);
    return {
      id,
      title,
      status: unavailable ? 'unavailable' : 'error',
      reason: reason.split('\n')[0],
      metrics: [],
      details: unavailable ? undefined : { error: reason },
      seconds: seconds(),
    };
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.quick) setLevelTimeout(5000);
  const started = performance.now();
  const wanted = (id: SectionId) => options.only.has(id);
  const needsBrowser = ['bytes', 'load', 'lighthouse', 'offline', 'storage', 'memory'].some((id) =>
    wanted(id as SectionId),
  );

  if (options.build && needsBrowser) {
    log(`▶ building the app, the floor and the bench pages into ${OUT}`);
    log(`  app ${(await buildApp()).toFixed(1)} s`);
    log(`  floor ${(await buildFloor()).toFixed(1)} s`);
    if (wanted('storage')) log(`  bench pages ${(await buildPages()).toFixed(1)} s`);
  }

  const servers: StaticServer[] = [];
  let browser: Browser | null = null;
  const sections: SectionResult[] = [];
  try {
    const serve = { encoding: options.encoding };
    const app = needsBrowser ? await serveStatic(APP_DIR, serve) : null;
    const floor = needsBrowser ? await serveStatic(FLOOR_DIR, serve) : null;
    const pages = wanted('storage') ? await serveStatic(PAGES_DIR, serve) : null;
    for (const server of [app, floor, pages]) if (server) servers.push(server);
    const lesson = (): { url: string; origin: string; root: string } => {
      const path = firstLessonPath();
      return { url: `${app!.origin}/${path}`, origin: app!.origin, root: APP_DIR };
    };
    const floorTarget = () => ({
      url: `${floor!.origin}/`,
      origin: floor!.origin,
      root: FLOOR_DIR,
    });
    const chromium = async (): Promise<Browser> => (browser ??= await launchChromium());

    if (wanted('bytes'))
      sections.push(
        await runSection('bytes', '1. JS and CSS shipped to the lesson page', async () =>
          measureBytes(await chromium(), lesson(), floorTarget()),
        ),
      );
    if (wanted('load'))
      sections.push(
        await runSection('load', '2. Cold load to an interactive workspace (1024×768)', async () =>
          measureLoad(await chromium(), lesson().url, floorTarget().url, options.runs, log),
        ),
      );
    if (wanted('offline'))
      sections.push(
        await runSection('offline', '3. Second load through the service worker', async () =>
          measureOffline(await chromium(), lesson().url, options.swRuns, log),
        ),
      );
    if (wanted('memory'))
      sections.push(
        await runSection('memory', '7. Memory after 50 levels in a row (Chromium)', async () => {
          firstLessonPath();
          return measureMemory(await chromium(), app!.origin, log);
        }),
      );
    if (wanted('storage'))
      sections.push(
        await runSection('storage', '5. Storage at school scale (Chromium IndexedDB)', async () =>
          measureStorage(await chromium(), `${pages!.origin}/storage.html`, log),
        ),
      );
    if (browser) {
      await (browser as Browser).close();
      browser = null;
    }
    if (wanted('lighthouse'))
      sections.push(
        await runSection('lighthouse', '2b. Lighthouse mobile performance', async () =>
          measureLighthouse(lesson().url, floorTarget().url, options.lighthouseRuns, log),
        ),
      );
    if (wanted('compute'))
      sections.push(
        await runSection('compute', '4. Compile + simulate, solver (Node)', async () => {
          const program = await measureCompute();
          const solver = await measureSolver();
          return {
            metrics: [...program.metrics, ...solver.metrics],
            details: { program: program.details, solver: solver.details },
          };
        }),
      );
    if (wanted('robot'))
      sections.push(
        await runSection('robot', '6. Robot command round trip (Node)', () => measureRobot()),
      );
  } finally {
    if (browser) await (browser as Browser).close();
    for (const server of servers) await server.close();
  }

  const metrics = new Map(sections.flatMap((s) => s.metrics.map((m) => [m.id, m] as const)));
  const verdicts = judge(metrics).filter((v) =>
    BUDGETS.some((b) => b.id === v.id && sectionOf(b.metric, options)),
  );
  const missed = verdicts.filter((v) => v.measuredAtAll && !v.ok);
  const unmeasured = verdicts.filter((v) => !v.measuredAtAll);
  const met = verdicts.filter((v) => v.ok);
  const durationSeconds = Math.round((performance.now() - started) / 1000);

  const budgetRows = verdicts
    .map(
      (v) =>
        `  ${v.ok ? 'PASS' : v.measuredAtAll ? 'MISS' : 'N/A '}  ${v.label}: ${v.measured} (budget ${v.limit})`,
    )
    .join('\n');
  const summary =
    `bench: ${met.length}/${verdicts.length} budgets met` +
    (missed.length ? `, missed: ${missed.map((v) => v.id).join(', ')}` : '') +
    (unmeasured.length ? `, not measured: ${unmeasured.map((v) => v.id).join(', ')}` : '') +
    ` (${durationSeconds} s)`;

  writeFileSync(
    join(REPO, 'bench/results.json'),
    `${JSON.stringify(
      {
        generatedAt: new Date().toISOString(),
        durationSeconds,
        machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, node: process.version },
        options: { ...options, only: [...options.only] },
        sections,
        budgets: verdicts,
        summary,
      },
      null,
      2,
    )}\n`,
  );

  process.stdout.write(
    `${formatTable(sections)}\n\nBudgets\n${budgetRows}\n\nresults: bench/results.json\n`,
  );
  process.stdout.write(`${summary}\n`);
  return options.check && met.length !== verdicts.length ? 1 : 0;
}

/** Whether the budget's metric belongs to a section this run included. */
function sectionOf(metricId: string, options: Options): boolean {
  const section = metricId.split('.')[0] as SectionId;
  const map: Record<string, SectionId> = {
    bytes: 'bytes',
    load: 'load',
    lighthouse: 'lighthouse',
    offline: 'offline',
    compute: 'compute',
    storage: 'storage',
    robot: 'robot',
    memory: 'memory',
  };
  return options.only.has(map[section] ?? section);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.stdout.write('bench: failed before judging the budgets\n');
    process.exit(2);
  },
);
