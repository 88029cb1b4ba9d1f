// Child process of the solver measurement (bench/measure/solver.ts): restores every shipped
// pack with the core's `restorePack`, solves each level from index `from` on with the core's
// `solve` (its default budget, as shipped) and reports each level's time and answer over IPC.
// A separate process so the parent can stop a level that runs too long. Bench-only code.
import { readFileSync } from 'node:fs';
import { restorePack } from '../../src/core/lesson/restore';
import { solve } from '../../src/core/solver/solve';
import type { Level } from '../../src/core/lesson/types';

export interface SolverRequest {
  readonly files: readonly string[];
  readonly from: number;
}

export type SolverMessage =
  | {
      readonly kind: 'start';
      readonly index: number;
      readonly packId: string;
      readonly levelId: string;
    }
  | {
      readonly kind: 'done';
      readonly index: number;
      readonly packId: string;
      readonly levelId: string;
      readonly ms: number;
      readonly status: string;
      readonly blocks: number | null;
      readonly runs: number;
      readonly workspace: unknown;
    }
  | { readonly kind: 'end'; readonly total: number }
  | { readonly kind: 'invalid'; readonly file: string; readonly errors: number };

function send(message: SolverMessage): void {
  process.send?.(message);
}

function levelsOf(files: readonly string[]): { packId: string; level: Level }[] {
  const levels: { packId: string; level: Level }[] = [];
  for (const file of files) {
    const result = restorePack(JSON.parse(readFileSync(file, 'utf8')) as unknown);
    if (!result.ok) {
      send({ kind: 'invalid', file, errors: result.errors.length });
      continue;
    }
    for (const level of result.pack.levels) levels.push({ packId: result.pack.id, level });
  }
  return levels;
}

process.on('message', (request: SolverRequest) => {
  const levels = levelsOf(request.files);
  for (let index = request.from; index < levels.length; index++) {
    const { packId, level } = levels[index]!;
    send({ kind: 'start', index, packId, levelId: level.id });
    const started = performance.now();
    const result = solve(level);
    const ms = performance.now() - started;
    send({
      kind: 'done',
      index,
      packId,
      levelId: level.id,
      ms,
      status: result.status,
      blocks: result.status === 'solved' ? result.blocks : null,
      runs: result.stats.runs,
      workspace: result.status === 'solved' ? result.workspace : null,
    });
  }
  send({ kind: 'end', total: levels.length });
});
