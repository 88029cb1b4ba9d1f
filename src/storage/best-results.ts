// Best results per learner × level as a fold over attempts. Storage layer, pure functions.
// The fold is commutative and associative (counts, sums, minima, maxima and a total order
// for the best attempt), so updating a row attempt by attempt, recomputing it from scratch
// and merging backups in any order all give the same row.
import type { AttemptRecord, BestResultRecord } from './records';

/** True when the attempt solved the level. */
export function isSuccess(attempt: Pick<AttemptRecord, 'outcome'>): boolean {
  return attempt.outcome.kind === 'success';
}

/** Orders attempts best first: success, more stars, fewer blocks, earlier, smaller id. */
export function compareAttempts(a: AttemptRecord, b: AttemptRecord): number {
  const success = Number(isSuccess(b)) - Number(isSuccess(a));
  if (success !== 0) return success;
  if (a.stars !== b.stars) return b.stars - a.stars;
  if (a.blockCount !== b.blockCount) return a.blockCount - b.blockCount;
  if (a.endedAt !== b.endedAt) return a.endedAt - b.endedAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function minOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/** The row for a single attempt. */
export function resultOf(attempt: AttemptRecord): BestResultRecord {
  const success = isSuccess(attempt);
  return {
    learner: attempt.learner,
    packId: attempt.packId,
    levelId: attempt.levelId,
    pupilId: attempt.pupilId,
    groupId: attempt.groupId,
    attempts: 1,
    successes: success ? 1 : 0,
    stars: success ? attempt.stars : 0,
    bestBlockCount: success ? attempt.blockCount : null,
    bestAttemptId: attempt.id,
    firstAttemptAt: attempt.startedAt,
    lastAttemptAt: attempt.endedAt,
    firstSuccessAt: success ? attempt.endedAt : null,
    totalTimeMs: Math.max(0, attempt.endedAt - attempt.startedAt),
  };
}

/**
 * Adds one attempt to a row (or starts one). `best` is the attempt behind `row.bestAttemptId`,
 * needed to keep the best-attempt choice a total order; pass null when starting a row.
 */
export function foldAttempt(
  row: BestResultRecord | null,
  best: AttemptRecord | null,
  attempt: AttemptRecord,
): BestResultRecord {
  const single = resultOf(attempt);
  if (!row) return single;
  const bestAttemptId = best && compareAttempts(best, attempt) <= 0 ? best.id : attempt.id;
  return {
    ...row,
    attempts: row.attempts + 1,
    successes: row.successes + single.successes,
    stars: Math.max(row.stars, single.stars),
    bestBlockCount: minOrNull(row.bestBlockCount, single.bestBlockCount),
    bestAttemptId,
    firstAttemptAt: Math.min(row.firstAttemptAt, single.firstAttemptAt),
    lastAttemptAt: Math.max(row.lastAttemptAt, single.lastAttemptAt),
    firstSuccessAt: minOrNull(row.firstSuccessAt, single.firstSuccessAt),
    totalTimeMs: row.totalTimeMs + single.totalTimeMs,
  };
}

/** Recomputes a row from every attempt of one learner on one level (null when there is none). */
export function resultFromAttempts(attempts: readonly AttemptRecord[]): BestResultRecord | null {
  let row: BestResultRecord | null = null;
  let best: AttemptRecord | null = null;
  for (const attempt of attempts) {
    row = foldAttempt(row, best, attempt);
    if (row.bestAttemptId === attempt.id) best = attempt;
  }
  return row;
}

/** Groups attempts by learner × level, with the key used by the `bestResults` table. */
export function groupByLearnerLevel(
  attempts: readonly AttemptRecord[],
): Map<string, AttemptRecord[]> {
  const groups = new Map<string, AttemptRecord[]>();
  for (const attempt of attempts) {
    const key = JSON.stringify([attempt.learner, attempt.packId, attempt.levelId]);
    const list = groups.get(key);
    if (list) list.push(attempt);
    else groups.set(key, [attempt]);
  }
  return groups;
}
