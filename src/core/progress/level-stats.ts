// Statistics of one level across a class: success rate, median attempts to the first success,
// the most common failure and the squares of the map where it happens. Core layer: pure; the
// squares of a "not reached" come from running the stored program in the simulator.
import { cellKey, type Cell } from '../geometry';
import type { Level } from '../lesson/types';
import { compile } from '../program/compile';
import type { WorkspaceState } from '../program/blockly-json';
import { simulate } from '../world/simulate';
import { byEnd } from './grid';
import type { AttemptFact, FailureKind, FailurePlace, LevelStats, ReviewPupil } from './types';

/** Failure kinds, in the order ties are broken. */
export const FAILURE_KINDS: readonly FailureKind[] = ['crash', 'not-reached', 'timeout', 'error'];

/** The median of a list of numbers (mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Where a failed attempt ended on the map: the square a crash tried to enter, or the square the
 * robot stopped on when it did not reach its goal (found by running the program again). Null
 * for timeouts, errors, and programs the level cannot compile any more.
 */
export function failurePlace(
  level: Pick<Level, 'grid' | 'start' | 'goal' | 'rule' | 'toolbox' | 'maxBlocks'>,
  attempt: Pick<AttemptFact, 'outcome'> & { readonly program?: WorkspaceState },
): Cell | null {
  const outcome = attempt.outcome;
  if (outcome.kind === 'crash') return outcome.at;
  if (outcome.kind !== 'not-reached' || !attempt.program) return null;
  const { program } = compile(attempt.program, {
    toolbox: level.toolbox,
    maxBlocks: level.maxBlocks,
  });
  if (!program) return null;
  const { finalPose } = simulate(level, program);
  return { x: finalPose.x, y: finalPose.y };
}

/**
 * Statistics of one level for a class. `attempts` are the class's attempts on that level (any
 * learner); a pupil's attempts are those of all their learners. `placeOf` says where a failure
 * happened (see failurePlace).
 */
export function levelStats(
  pupils: readonly ReviewPupil[],
  attempts: readonly AttemptFact[],
  placeOf: (attempt: AttemptFact) => Cell | null = (a) =>
    a.outcome.kind === 'crash' ? a.outcome.at : null,
): LevelStats {
  const byLearner = new Map<string, AttemptFact[]>();
  for (const a of attempts) {
    const list = byLearner.get(a.learner);
    if (list) list.push(a);
    else byLearner.set(a.learner, [a]);
  }
  let tried = 0;
  let solved = 0;
  const toSuccess: number[] = [];
  for (const pupil of pupils) {
    const own = pupil.learners.flatMap((learner) => byLearner.get(learner) ?? []).sort(byEnd);
    if (own.length === 0) continue;
    tried++;
    const first = own.findIndex((a) => a.outcome.kind === 'success');
    if (first >= 0) {
      solved++;
      toSuccess.push(first + 1);
    }
  }
  const failures: Record<FailureKind, number> = {
    crash: 0,
    'not-reached': 0,
    timeout: 0,
    error: 0,
  };
  for (const a of attempts) if (a.outcome.kind !== 'success') failures[a.outcome.kind]++;
  let mostCommonFailure: FailureKind | null = null;
  for (const kind of FAILURE_KINDS)
    if (failures[kind] > 0 && (!mostCommonFailure || failures[kind] > failures[mostCommonFailure]))
      mostCommonFailure = kind;
  const counts = new Map<string, FailurePlace>();
  for (const a of attempts) {
    if (a.outcome.kind !== mostCommonFailure) continue;
    const cell = placeOf(a);
    if (!cell) continue;
    const key = cellKey(cell);
    counts.set(key, { cell: { x: cell.x, y: cell.y }, count: (counts.get(key)?.count ?? 0) + 1 });
  }
  const places = [...counts.values()].sort(
    (a, b) => b.count - a.count || a.cell.y - b.cell.y || a.cell.x - b.cell.x,
  );
  return {
    tried,
    solved,
    successRate: tried === 0 ? null : solved / tried,
    medianAttemptsToSuccess: median(toSuccess),
    attempts: attempts.length,
    failures,
    mostCommonFailure,
    places,
  };
}
