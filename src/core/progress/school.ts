// The school view's numbers: per class, how many levels each pupil has solved so far after
// each session (a line of the progress chart) and a summary of the grid. Core layer: pure,
// computed from best-result rows only (their first-success time), never from attempts.
import { stuckReason } from './grid';
import type { GridRow, ResultRow, ReviewPupil, SeriesPoint } from './types';

export interface SessionSpan {
  readonly id: string;
  readonly startedAt: number;
  /** Null while the session runs: everything solved so far counts. */
  readonly endedAt: number | null;
}

/**
 * Levels solved per pupil after each session, oldest session first. A level counts for a pupil
 * once any of their learners first solved it before the session ended.
 */
export function progressOverSessions(
  pupils: readonly ReviewPupil[],
  rows: readonly ResultRow[],
  sessions: readonly SessionSpan[],
): SeriesPoint[] {
  if (pupils.length === 0) return [];
  const rowsByLearner = new Map<string, ResultRow[]>();
  for (const row of rows) {
    if (row.firstSuccessAt === null) continue;
    const list = rowsByLearner.get(row.learner);
    if (list) list.push(row);
    else rowsByLearner.set(row.learner, [row]);
  }
  // First success per pupil × level, over all of the pupil's learners.
  const solvedAt: number[] = [];
  for (const pupil of pupils) {
    const first = new Map<string, number>();
    for (const learner of pupil.learners) {
      for (const row of rowsByLearner.get(learner) ?? []) {
        const key = `${row.packId}\u0000${row.levelId}`;
        first.set(key, Math.min(first.get(key) ?? Infinity, row.firstSuccessAt!));
      }
    }
    solvedAt.push(...first.values());
  }
  solvedAt.sort((a, b) => a - b);
  const ordered = [...sessions].sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1));
  let index = 0;
  return ordered.map((session) => {
    const until = session.endedAt ?? Infinity;
    while (index < solvedAt.length && solvedAt[index]! <= until) index++;
    return {
      sessionId: session.id,
      at: session.endedAt ?? session.startedAt,
      solvedPerPupil: index / pupils.length,
    };
  });
}

export interface ClassSummary {
  readonly pupils: number;
  /** Pupil × level cells solved, over all levels shown. */
  readonly solved: number;
  readonly solvedPerPupil: number;
  readonly stars: number;
  readonly attempts: number;
  readonly timeMs: number;
  /** Pupils stuck on at least one level. */
  readonly stuckPupils: number;
}

/** A summary of grid rows (of one pack, or of all packs' rows concatenated per pupil). */
export function summarizeGrid(rows: readonly GridRow[]): ClassSummary {
  const solved = rows.reduce((sum, r) => sum + r.solved, 0);
  return {
    pupils: rows.length,
    solved,
    solvedPerPupil: rows.length === 0 ? 0 : solved / rows.length,
    stars: rows.reduce((sum, r) => sum + r.stars, 0),
    attempts: rows.reduce((sum, r) => sum + r.attempts, 0),
    timeMs: rows.reduce((sum, r) => sum + r.timeMs, 0),
    stuckPupils: rows.filter((r) => r.stuck > 0).length,
  };
}

/** A summary of a class's whole history from its best-result rows (every pack). */
export function summarizeRows(
  pupils: readonly ReviewPupil[],
  rows: readonly ResultRow[],
): ClassSummary {
  const byLearner = new Map<string, ResultRow[]>();
  for (const row of rows) {
    const list = byLearner.get(row.learner);
    if (list) list.push(row);
    else byLearner.set(row.learner, [row]);
  }
  let solved = 0;
  let stars = 0;
  let attempts = 0;
  let timeMs = 0;
  let stuckPupils = 0;
  for (const pupil of pupils) {
    const cells = new Map<
      string,
      { successes: number; stars: number; attempts: number; timeMs: number }
    >();
    for (const learner of pupil.learners) {
      for (const row of byLearner.get(learner) ?? []) {
        const key = `${row.packId}\u0000${row.levelId}`;
        const known = cells.get(key);
        cells.set(key, {
          successes: (known?.successes ?? 0) + row.successes,
          stars: Math.max(known?.stars ?? 0, row.stars),
          attempts: (known?.attempts ?? 0) + row.attempts,
          timeMs: (known?.timeMs ?? 0) + row.totalTimeMs,
        });
        attempts += row.attempts;
        timeMs += row.totalTimeMs;
      }
    }
    let stuck = false;
    for (const cell of cells.values()) {
      if (cell.successes > 0) solved++;
      stars += cell.stars;
      if (stuckReason(cell)) stuck = true;
    }
    if (stuck) stuckPupils++;
  }
  return {
    pupils: pupils.length,
    solved,
    solvedPerPupil: pupils.length === 0 ? 0 : solved / pupils.length,
    stars,
    attempts,
    timeMs,
    stuckPupils,
  };
}
