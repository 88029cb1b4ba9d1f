// The pupils × levels grid of the progress review: one cell per pupil and level, built from
// best-result rows (the whole history, no attempt scanned) or from a bounded list of attempts
// (a session or a date range), with stuck pupils flagged, and the grid's sorts. Core layer:
// pure functions, checked against hand-computed fixtures.
import type {
  AttemptFact,
  GridRow,
  GridSort,
  LastOutcome,
  OutcomeKind,
  ProgressCell,
  ResultRow,
  ReviewPupil,
  StuckReason,
} from './types';

/** Attempts on an unsolved level from which a pupil counts as stuck (as in a live session). */
export const STUCK_ATTEMPTS = 5;
/** Minutes spent on an unsolved level from which a pupil counts as stuck. */
export const STUCK_MINUTES = 10;

export const EMPTY_CELL: ProgressCell = {
  status: 'not-started',
  attempts: 0,
  successes: 0,
  stars: 0,
  bestBlockCount: null,
  timeMs: 0,
  firstAttemptAt: null,
  lastAttemptAt: null,
  firstSuccessAt: null,
  lastOutcome: null,
  stuck: null,
};

/** The key of a learner × level in the maps below. */
export function levelKey(learner: string, packId: string, levelId: string): string {
  return `${learner}\u0000${packId}\u0000${levelId}`;
}

function minOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/** Why a cell counts as stuck, or null: never once solved. */
export function stuckReason(
  cell: Pick<ProgressCell, 'successes' | 'attempts' | 'timeMs'>,
): StuckReason | null {
  if (cell.successes > 0 || cell.attempts === 0) return null;
  if (cell.attempts >= STUCK_ATTEMPTS) return 'failures';
  if (cell.timeMs >= STUCK_MINUTES * 60_000) return 'time';
  return null;
}

function finish(cell: Omit<ProgressCell, 'status' | 'stuck'>): ProgressCell {
  const status = cell.successes > 0 ? 'solved' : cell.attempts > 0 ? 'tried' : 'not-started';
  return { ...cell, status, stuck: stuckReason(cell) };
}

/**
 * A pupil's cell from the best-result rows of their learners (their own, their groups') on one
 * level. `last` holds the latest attempt of each learner when known; a row whose attempts all
 * succeeded needs none.
 */
export function cellFromRows(
  rows: readonly ResultRow[],
  last: readonly (LastOutcome | undefined)[] = [],
): ProgressCell {
  if (rows.length === 0) return EMPTY_CELL;
  let cell: Omit<ProgressCell, 'status' | 'stuck'> = { ...EMPTY_CELL };
  let latestAt = -Infinity;
  let latestKind: OutcomeKind | null = null;
  rows.forEach((row, i) => {
    cell = {
      attempts: cell.attempts + row.attempts,
      successes: cell.successes + row.successes,
      stars: Math.max(cell.stars, row.stars),
      bestBlockCount: minOrNull(cell.bestBlockCount, row.bestBlockCount),
      timeMs: cell.timeMs + row.totalTimeMs,
      firstAttemptAt: minOrNull(cell.firstAttemptAt, row.firstAttemptAt),
      lastAttemptAt: Math.max(cell.lastAttemptAt ?? row.lastAttemptAt, row.lastAttemptAt),
      firstSuccessAt: minOrNull(cell.firstSuccessAt, row.firstSuccessAt),
      lastOutcome: null,
    };
    if (row.lastAttemptAt > latestAt) {
      latestAt = row.lastAttemptAt;
      latestKind = row.successes === row.attempts ? 'success' : (last[i]?.kind ?? null);
    }
  });
  return finish({ ...cell, lastOutcome: latestKind });
}

/** Orders attempts by when they ended, then by id (ULIDs sort by creation). */
export function byEnd(a: AttemptFact, b: AttemptFact): number {
  return a.endedAt - b.endedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A cell from a pupil's attempts on one level (any order). */
export function cellFromAttempts(attempts: readonly AttemptFact[]): ProgressCell {
  if (attempts.length === 0) return EMPTY_CELL;
  const sorted = [...attempts].sort(byEnd);
  let cell: Omit<ProgressCell, 'status' | 'stuck'> = { ...EMPTY_CELL };
  for (const a of sorted) {
    const success = a.outcome.kind === 'success';
    cell = {
      attempts: cell.attempts + 1,
      successes: cell.successes + (success ? 1 : 0),
      stars: success ? Math.max(cell.stars, a.stars) : cell.stars,
      bestBlockCount: success ? minOrNull(cell.bestBlockCount, a.blockCount) : cell.bestBlockCount,
      timeMs: cell.timeMs + Math.max(0, a.endedAt - a.startedAt),
      firstAttemptAt: minOrNull(cell.firstAttemptAt, a.startedAt),
      lastAttemptAt: Math.max(cell.lastAttemptAt ?? a.endedAt, a.endedAt),
      firstSuccessAt: success ? minOrNull(cell.firstSuccessAt, a.endedAt) : cell.firstSuccessAt,
      lastOutcome: a.outcome.kind,
    };
  }
  return finish(cell);
}

function rowOf(pupil: ReviewPupil, cells: ProgressCell[]): GridRow {
  return {
    pupil,
    cells,
    solved: cells.filter((c) => c.status === 'solved').length,
    stars: cells.reduce((sum, c) => sum + c.stars, 0),
    attempts: cells.reduce((sum, c) => sum + c.attempts, 0),
    timeMs: cells.reduce((sum, c) => sum + c.timeMs, 0),
    stuck: cells.filter((c) => c.stuck !== null).length,
  };
}

/** The grid of a pack's levels from best-result rows and the known last attempts. */
export function gridFromRows(
  pupils: readonly ReviewPupil[],
  packId: string,
  levelIds: readonly string[],
  rows: readonly ResultRow[],
  lastOutcomes: readonly LastOutcome[] = [],
): GridRow[] {
  const byKey = new Map<string, ResultRow>();
  for (const row of rows)
    if (row.packId === packId) byKey.set(levelKey(row.learner, row.packId, row.levelId), row);
  const lastByKey = new Map<string, LastOutcome>();
  for (const last of lastOutcomes)
    lastByKey.set(levelKey(last.learner, last.packId, last.levelId), last);
  return pupils.map((pupil) =>
    rowOf(
      pupil,
      levelIds.map((levelId) => {
        const keys = pupil.learners
          .map((learner) => levelKey(learner, packId, levelId))
          .filter((key) => byKey.has(key));
        return cellFromRows(
          keys.map((key) => byKey.get(key)!),
          keys.map((key) => lastByKey.get(key)),
        );
      }),
    ),
  );
}

/** The grid of a pack's levels from a bounded list of attempts (a session, a date range). */
export function gridFromAttempts(
  pupils: readonly ReviewPupil[],
  packId: string,
  levelIds: readonly string[],
  attempts: readonly AttemptFact[],
): GridRow[] {
  const byKey = new Map<string, AttemptFact[]>();
  for (const a of attempts) {
    if (a.packId !== packId) continue;
    const key = levelKey(a.learner, a.packId, a.levelId);
    const list = byKey.get(key);
    if (list) list.push(a);
    else byKey.set(key, [a]);
  }
  return pupils.map((pupil) =>
    rowOf(
      pupil,
      levelIds.map((levelId) =>
        cellFromAttempts(
          pupil.learners.flatMap((learner) => byKey.get(levelKey(learner, packId, levelId)) ?? []),
        ),
      ),
    ),
  );
}

/** Learner × level keys whose last outcome the grid still needs (tried, not all successes). */
export function lastOutcomesNeeded(
  rows: readonly ResultRow[],
): { learner: string; packId: string; levelId: string }[] {
  return rows
    .filter((row) => row.attempts > row.successes)
    .map(({ learner, packId, levelId }) => ({ learner, packId, levelId }));
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Compares pupils by name, French collation (accents and case ignored, numbers in order). */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

function cellRank(cell: ProgressCell | undefined): number[] {
  if (!cell) return [0, 0, 0];
  // Solved first, more stars first; then tried before not started; fewer attempts first.
  return [
    cell.status === 'solved' ? 2 : cell.status === 'tried' ? 1 : 0,
    cell.stars,
    -cell.attempts,
  ];
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (b[i] ?? 0) - (a[i] ?? 0);
  return 0;
}

/** Sorts rows: by name, by progress (solved, then stars), or by one level's results. */
export function sortGrid(rows: readonly GridRow[], sort: GridSort): GridRow[] {
  const byName = (a: GridRow, b: GridRow): number => compareNames(a.pupil.name, b.pupil.name);
  const sorted = [...rows];
  if (sort.by === 'name') return sorted.sort(byName);
  if (sort.by === 'progress')
    return sorted.sort((a, b) => b.solved - a.solved || b.stars - a.stars || byName(a, b));
  return sorted.sort(
    (a, b) =>
      compareRanks(cellRank(a.cells[sort.levelIndex]), cellRank(b.cells[sort.levelIndex])) ||
      byName(a, b),
  );
}
