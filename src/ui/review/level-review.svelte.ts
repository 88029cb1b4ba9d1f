// State of one level's review for a class: the class's attempts on that level (one keyed read
// per pupil or group), its statistics, each pupil's cell, and where the most common failure
// happens on the map. UI layer.
import type { Level, Pack, Locale } from '../../core/lesson/types';
import { cellFromAttempts, sortGrid } from '../../core/progress/grid';
import { failurePlace, levelStats } from '../../core/progress/level-stats';
import type { GridRow, LevelStats } from '../../core/progress/types';
import type { ParcoursDb } from '../../storage/database';
import type { AttemptRecord } from '../../storage/records';
import { classRoster, levelAttempts, type ClassRoster } from '../../storage/review-queries';
import { packColumns, type PackColumns } from './review-data';

export class LevelReviewState {
  loaded = $state(false);
  roster = $state.raw<ClassRoster | null>(null);
  level = $state.raw<Level | null>(null);
  pack = $state.raw<PackColumns | null>(null);
  attempts = $state.raw<readonly AttemptRecord[]>([]);

  constructor(
    readonly classId: string,
    readonly packId: string,
    readonly levelId: string,
    private readonly db: ParcoursDb,
    private readonly packs: () => Promise<readonly Pack[]>,
    private readonly locale: () => Locale,
  ) {}

  readonly levelIndex = $derived.by(() =>
    this.pack ? this.pack.levelIds.indexOf(this.levelId) : -1,
  );

  readonly stats = $derived.by<LevelStats | null>(() => {
    const roster = this.roster;
    if (!roster) return null;
    const level = this.level;
    const placeOf = level
      ? (a: AttemptRecord) => failurePlace(level, a)
      : (a: AttemptRecord) => (a.outcome.kind === 'crash' ? a.outcome.at : null);
    return levelStats(roster.learners, this.attempts, (a) => placeOf(a as AttemptRecord));
  });

  /** Each pupil's row with this level as its only cell, best first. */
  readonly rows = $derived.by<GridRow[]>(() => {
    const roster = this.roster;
    if (!roster) return [];
    const rows = roster.learners.map((pupil) => {
      const cell = cellFromAttempts(
        this.attempts.filter((a) => pupil.learners.includes(a.learner)),
      );
      return {
        pupil,
        cells: [cell],
        solved: cell.status === 'solved' ? 1 : 0,
        stars: cell.stars,
        attempts: cell.attempts,
        timeMs: cell.timeMs,
        stuck: cell.stuck ? 1 : 0,
      };
    });
    return sortGrid(rows, { by: 'level', levelIndex: 0 });
  });

  async load(): Promise<void> {
    const [roster, library] = await Promise.all([classRoster(this.db, this.classId), this.packs()]);
    this.roster = roster;
    const pack = library.find((p) => p.id === this.packId);
    this.level = pack?.levels.find((l) => l.id === this.levelId) ?? null;
    this.pack =
      packColumns(library, [{ packId: this.packId, levelId: this.levelId }], this.locale())[0] ??
      null;
    if (roster) this.attempts = await levelAttempts(this.db, roster, this.packId, this.levelId);
    this.loaded = true;
  }
}
