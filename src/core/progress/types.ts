// Types of the progress review: what the aggregation reads (result rows, attempt facts) and
// what it gives back (cells of the pupils × levels grid, level statistics, series). Core
// layer: structural copies of the stored shapes, so core never imports storage.
import type { Cell } from '../geometry';
import type { RunOutcome } from '../run/types';

export type OutcomeKind = RunOutcome['kind'];
export type FailureKind = Exclude<OutcomeKind, 'success'>;

/** A best-result row (structurally storage's BestResultRecord). */
export interface ResultRow {
  readonly learner: string;
  readonly packId: string;
  readonly levelId: string;
  readonly attempts: number;
  readonly successes: number;
  readonly stars: number;
  readonly bestBlockCount: number | null;
  readonly firstAttemptAt: number;
  readonly lastAttemptAt: number;
  readonly firstSuccessAt: number | null;
  readonly totalTimeMs: number;
}

/** What the review reads of one attempt (structurally storage's AttemptRecord). */
export interface AttemptFact {
  readonly id: string;
  readonly learner: string;
  readonly sessionId: string | null;
  readonly packId: string;
  readonly levelId: string;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly outcome: RunOutcome;
  readonly stars: number;
  readonly blockCount: number;
}

/** The last attempt of one learner on one level: when and how it ended. */
export interface LastOutcome {
  readonly learner: string;
  readonly packId: string;
  readonly levelId: string;
  readonly endedAt: number;
  readonly id: string;
  readonly kind: OutcomeKind;
}

/** A pupil as the grid lists them, with every learner key whose work counts for them. */
export interface ReviewPupil {
  readonly id: string;
  readonly name: string;
  /** `pupil:<id>` and the `group:<id>` of every group the pupil played in. */
  readonly learners: readonly string[];
}

export type CellStatus = 'solved' | 'tried' | 'not-started';
export type StuckReason = 'failures' | 'time';

/** One pupil on one level. */
export interface ProgressCell {
  readonly status: CellStatus;
  readonly attempts: number;
  readonly successes: number;
  readonly stars: number;
  readonly bestBlockCount: number | null;
  readonly timeMs: number;
  readonly firstAttemptAt: number | null;
  readonly lastAttemptAt: number | null;
  readonly firstSuccessAt: number | null;
  /** How the latest attempt ended, null before any attempt (or when unknown). */
  readonly lastOutcome: OutcomeKind | null;
  /** Set when the level is not solved after many failed attempts or a long time. */
  readonly stuck: StuckReason | null;
}

/** A pupil's row of the grid, one cell per level in column order. */
export interface GridRow {
  readonly pupil: ReviewPupil;
  readonly cells: readonly ProgressCell[];
  readonly solved: number;
  readonly stars: number;
  readonly attempts: number;
  readonly timeMs: number;
  readonly stuck: number;
}

export type GridSort =
  | { readonly by: 'name' }
  | { readonly by: 'progress' }
  | { readonly by: 'level'; readonly levelIndex: number };

/** A square of the map and how many failures happened there. */
export interface FailurePlace {
  readonly cell: Cell;
  readonly count: number;
}

export interface LevelStats {
  /** Pupils with at least one attempt. */
  readonly tried: number;
  readonly solved: number;
  /** solved / tried, null when nobody tried. */
  readonly successRate: number | null;
  /** Median number of attempts up to and including the first success. */
  readonly medianAttemptsToSuccess: number | null;
  readonly attempts: number;
  readonly failures: Readonly<Record<FailureKind, number>>;
  readonly mostCommonFailure: FailureKind | null;
  /** Where the most common failure happens, most frequent square first. */
  readonly places: readonly FailurePlace[];
}

/** One point of a class's progress: after a session, levels solved per pupil so far. */
export interface SeriesPoint {
  readonly sessionId: string;
  readonly at: number;
  readonly solvedPerPupil: number;
}
