// Measurement 4b: the solver's time on every shipped level, with its shipped default budget, in
// a child process (solver-child.ts) so that one level cannot hold the whole bench: a level that
// runs past LEVEL_TIMEOUT_MS is reported as "over the limit" and the next one goes on in a new
// process. The solutions are kept for the memory measurement (it plays them). Bench-only code.
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { WorkspaceState } from '../../src/core/program/blockly-json';
import { lessonFiles } from '../lib/product';
import { metric, Unavailable, type Metric } from '../lib/results';
import { median, round } from '../lib/stats';
import type { SolverMessage, SolverRequest } from './solver-child';

export const LEVEL_TIMEOUT_MS = 20_000;
let levelTimeoutMs = LEVEL_TIMEOUT_MS;

/** A shorter per-level limit (`--quick`); call before the first `solveAll`. */
export function setLevelTimeout(ms: number): void {
  levelTimeoutMs = ms;
}
/** All levels together; past it the remaining levels are reported as not measured. */
export const TOTAL_TIMEOUT_MS = 150_000;

export interface LevelSolve {
  readonly packId: string;
  readonly levelId: string;
  /** 'solved' | 'unsolvable' | 'unknown' (budget spent) | 'timeout' (over LEVEL_TIMEOUT_MS). */
  readonly status: string;
  readonly ms: number;
  readonly blocks: number | null;
  readonly runs: number | null;
  readonly workspace: WorkspaceState | null;
}

export interface SolveAll {
  readonly levels: readonly LevelSolve[];
  readonly total: number;
  readonly invalidFiles: readonly string[];
  readonly capped: boolean;
}

let cached: Promise<SolveAll> | null = null;

/** Solves every shipped level once per bench run (shared by the compute and memory sections). */
export function solveAll(): Promise<SolveAll> {
  return (cached ??= run());
}

async function run(): Promise<SolveAll> {
  const files = lessonFiles();
  if (files.length === 0) throw new Unavailable('lessons/ holds no pack yet');
  const levels: LevelSolve[] = [];
  const invalidFiles: string[] = [];
  const started = performance.now();
  let total = Number.POSITIVE_INFINITY;
  let from = 0;
  let capped = false;
  while (from < total) {
    if (performance.now() - started > TOTAL_TIMEOUT_MS) {
      capped = true;
      break;
    }
    const outcome = await solveFrom(files, from, (message) => {
      if (message.kind === 'done')
        levels.push({
          packId: message.packId,
          levelId: message.levelId,
          status: message.status,
          ms: message.ms,
          blocks: message.blocks,
          runs: message.runs,
          workspace: message.workspace as WorkspaceState | null,
        });
      if (message.kind === 'invalid' && from === 0) invalidFiles.push(message.file);
    });
    if (outcome.kind === 'end') {
      total = outcome.total;
      break;
    }
    // A level ran past the limit: record it and carry on after it.
    levels.push({
      ...outcome.level,
      status: 'timeout',
      ms: levelTimeoutMs,
      blocks: null,
      runs: null,
      workspace: null,
    });
    from = outcome.level.index + 1;
  }
  return { levels, total: Number.isFinite(total) ? total : levels.length, invalidFiles, capped };
}

type Outcome =
  | { readonly kind: 'end'; readonly total: number }
  | {
      readonly kind: 'timeout';
      readonly level: { index: number; packId: string; levelId: string };
    };

function solveFrom(
  files: string[],
  from: number,
  onMessage: (m: SolverMessage) => void,
): Promise<Outcome> {
  return new Promise((done, fail) => {
    const child: ChildProcess = fork(join(import.meta.dirname, 'solver-child.ts'), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let timer: NodeJS.Timeout | null = null;
    let current: { index: number; packId: string; levelId: string } | null = null;
    const finish = (outcome: Outcome) => {
      if (timer) clearTimeout(timer);
      child.removeAllListeners();
      child.kill('SIGKILL');
      done(outcome);
    };
    child.on('message', (message: SolverMessage) => {
      onMessage(message);
      if (message.kind === 'start') {
        current = { index: message.index, packId: message.packId, levelId: message.levelId };
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => finish({ kind: 'timeout', level: current! }), levelTimeoutMs);
      } else if (message.kind === 'done' && timer) {
        clearTimeout(timer);
        timer = null;
      } else if (message.kind === 'end') {
        finish({ kind: 'end', total: message.total });
      }
    });
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`solver child exited (${code}) before the end`)));
    const request: SolverRequest = { files, from };
    child.send(request);
  });
}

export async function measureSolver(): Promise<{ metrics: Metric[]; details: unknown }> {
  const all = await solveAll();
  const times = all.levels.map((l) => l.ms);
  const slowest = [...all.levels].sort((a, b) => b.ms - a.ms)[0];
  const over = all.levels.filter((l) => l.status === 'timeout');
  const notSolved = all.levels.filter((l) => l.status !== 'solved');
  return {
    metrics: [
      metric(
        'compute.solver.median',
        `solver per shipped level, median of ${all.levels.length}`,
        median(times),
        'ms',
      ),
      metric('compute.solver.max', 'solver, slowest level', slowest?.ms ?? Number.NaN, 'ms', {
        note: slowest
          ? `${slowest.packId}/${slowest.levelId} (${slowest.status}${slowest.status === 'timeout' ? `, stopped at ${levelTimeoutMs / 1000} s` : ''})`
          : '',
      }),
      metric(
        'compute.solver.overLimit',
        `levels over ${levelTimeoutMs / 1000} s`,
        over.length,
        'count',
        {
          note: over.map((l) => `${l.packId}/${l.levelId}`).join(', '),
        },
      ),
      metric(
        'compute.solver.notSolved',
        'levels not solved (unsolvable, unknown or over the limit)',
        notSolved.length,
        'count',
        {
          note:
            notSolved.map((l) => `${l.levelId}: ${l.status}`).join(', ') +
            (all.capped ? '; bench time cap reached' : ''),
        },
      ),
    ],
    details: {
      levelTimeoutMs,
      totalLevels: all.total,
      capped: all.capped,
      invalidFiles: all.invalidFiles,
      levels: all.levels.map(({ workspace: _w, ...rest }) => ({ ...rest, ms: round(rest.ms, 1) })),
    },
  };
}
