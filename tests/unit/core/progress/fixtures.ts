// Hand-made fixtures for the progress aggregation tests: a class of three pupils (Zoé, Émile,
// Adam), one group (Zoé + Adam), and attempts whose aggregates are worked out by hand in the
// tests. Minutes from a fixed origin keep the arithmetic readable.
import type { RunOutcome } from '../../../../src/core/run/types';
import type { AttemptFact, ResultRow, ReviewPupil } from '../../../../src/core/progress/types';

export const T0 = Date.UTC(2025, 8, 1, 8, 0, 0);
export const MIN = 60_000;

export const SUCCESS: RunOutcome = { kind: 'success' };
export const CRASH_AT = (x: number, y: number): RunOutcome => ({
  kind: 'crash',
  cause: 'wall',
  at: { x, y },
  blockId: 'b1',
  actionIndex: 1,
});
export const NOT_REACHED: RunOutcome = { kind: 'not-reached', reason: 'goal', itemsLeft: 0 };
export const TIMEOUT: RunOutcome = { kind: 'timeout', ticks: 10_000 };

export const PUPILS: ReviewPupil[] = [
  { id: 'zoe', name: 'Zoé', learners: ['pupil:zoe', 'group:g1'] },
  { id: 'emile', name: 'Émile', learners: ['pupil:emile'] },
  { id: 'adam', name: 'Adam', learners: ['pupil:adam', 'group:g1'] },
];

let counter = 0;

/** An attempt from minute `start` to minute `end` (ids sort in creation order). */
export function attempt(
  learner: string,
  levelId: string,
  start: number,
  end: number,
  outcome: RunOutcome,
  stars = outcome.kind === 'success' ? 3 : 0,
  blockCount = 4,
): AttemptFact {
  counter++;
  return {
    id: `A${String(counter).padStart(4, '0')}`,
    learner,
    sessionId: 's1',
    packId: 'p',
    levelId,
    startedAt: T0 + start * MIN,
    endedAt: T0 + end * MIN,
    outcome,
    stars,
    blockCount,
  };
}

export function row(
  learner: string,
  levelId: string,
  fields: Partial<ResultRow> & Pick<ResultRow, 'attempts' | 'successes'>,
): ResultRow {
  return {
    learner,
    packId: 'p',
    levelId,
    stars: 0,
    bestBlockCount: null,
    firstAttemptAt: T0,
    lastAttemptAt: T0 + MIN,
    firstSuccessAt: null,
    totalTimeMs: MIN,
    ...fields,
  };
}
