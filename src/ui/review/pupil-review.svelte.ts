// State of one pupil's review: their attempts (their own and their groups') grouped by session,
// newest first, their totals per pack, and the attempt chosen for a replay. UI layer.
import type { Level, Pack } from '../../core/lesson/types';
import type { Locale } from '../../core/lesson/types';
import { cellFromAttempts } from '../../core/progress/grid';
import type { ReviewPupil } from '../../core/progress/types';
import type { ParcoursDb } from '../../storage/database';
import type { AttemptRecord, PupilRecord } from '../../storage/records';
import {
  attemptById,
  classRoster,
  groupsById,
  pupilAttempts,
  type ClassRoster,
  type GroupRef,
} from '../../storage/review-queries';
import { packColumns, sessionHistory, type PackColumns, type SessionHistory } from './review-data';

export interface PackProgress {
  readonly pack: PackColumns;
  readonly solved: number;
  readonly stars: number;
  readonly attempts: number;
  readonly timeMs: number;
}

export class PupilReviewState {
  loaded = $state(false);
  roster = $state.raw<ClassRoster | null>(null);
  record = $state.raw<PupilRecord | null>(null);
  pupil = $state.raw<ReviewPupil | null>(null);
  attempts = $state.raw<readonly AttemptRecord[]>([]);
  library = $state.raw<readonly Pack[]>([]);
  /** The attempt being replayed, with its level (null: the level is no longer here). */
  replay = $state.raw<{ attempt: AttemptRecord; level: Level | null } | null>(null);

  constructor(
    readonly classId: string,
    readonly pupilId: string,
    private readonly db: ParcoursDb,
    private readonly packs: () => Promise<readonly Pack[]>,
    private readonly locale: () => Locale,
  ) {}

  readonly groups = $derived<ReadonlyMap<string, GroupRef>>(
    groupsById(this.roster?.sessions ?? []),
  );

  readonly packsShown = $derived.by(() => packColumns(this.library, this.attempts, this.locale()));

  /** Attempts by session, newest session first, each session's attempts newest first. */
  readonly history = $derived<SessionHistory[]>(
    sessionHistory(this.attempts, this.roster?.sessions ?? []),
  );

  readonly progress = $derived.by<PackProgress[]>(() =>
    this.packsShown.map((pack) => {
      const cells = pack.levelIds.map((levelId) =>
        cellFromAttempts(
          this.attempts.filter((a) => a.packId === pack.id && a.levelId === levelId),
        ),
      );
      return {
        pack,
        solved: cells.filter((c) => c.status === 'solved').length,
        stars: cells.reduce((sum, c) => sum + c.stars, 0),
        attempts: cells.reduce((sum, c) => sum + c.attempts, 0),
        timeMs: cells.reduce((sum, c) => sum + c.timeMs, 0),
      };
    }),
  );

  async load(): Promise<void> {
    const [roster, library] = await Promise.all([classRoster(this.db, this.classId), this.packs()]);
    this.roster = roster;
    this.library = library;
    this.record = roster?.pupils.find((p) => p.id === this.pupilId) ?? null;
    this.pupil = roster?.learners.find((p) => p.id === this.pupilId) ?? null;
    if (this.pupil) this.attempts = await pupilAttempts(this.db, this.pupil);
    this.loaded = true;
  }

  /** Opens the replay of an attempt (its stored program is read again, in full). */
  async openReplay(attemptId: string): Promise<void> {
    const attempt = await attemptById(this.db, attemptId);
    if (!attempt) return;
    const pack = this.library.find((p) => p.id === attempt.packId);
    const level = pack?.levels.find((l) => l.id === attempt.levelId) ?? null;
    this.replay = { attempt, level };
  }

  closeReplay(): void {
    this.replay = null;
  }
}
