// State of the class review: the pupils × levels grid of one pack, its filters (session, date
// range, pack), its sort, and the CSV exports. Without a session or date filter the grid comes
// from the best-result table (no attempt scanned); a filter reads only the attempts of the
// sessions it selects. UI layer.
import type { Pack } from '../../core/lesson/types';
import {
  gridFromAttempts,
  gridFromRows,
  lastOutcomesNeeded,
  sortGrid,
} from '../../core/progress/grid';
import { summarizeGrid } from '../../core/progress/school';
import type { GridSort, LastOutcome } from '../../core/progress/types';
import type { ParcoursDb } from '../../storage/database';
import type { AttemptRecord, BestResultRecord } from '../../storage/records';
import {
  classBestResults,
  classRoster,
  lastOutcomes,
  sessionAttempts,
  type ClassRoster,
} from '../../storage/review-queries';
import type { Locale } from '../../core/lesson/types';
import { dayStart, packColumns, type PackColumns } from './review-data';

const DAY_MS = 86_400_000;

export type RangeProblem = 'end-before-start' | null;

export class ClassReviewState {
  loaded = $state(false);
  roster = $state.raw<ClassRoster | null>(null);
  library = $state.raw<readonly Pack[]>([]);
  rows = $state.raw<readonly BestResultRecord[]>([]);
  last = $state.raw<readonly LastOutcome[]>([]);
  /** Attempts of the filtered sessions; null when no session or date filter is set. */
  filtered = $state.raw<readonly AttemptRecord[] | null>(null);
  busy = $state(false);

  packId = $state('');
  sessionId = $state('');
  from = $state('');
  to = $state('');
  sort = $state.raw<GridSort>({ by: 'name' });

  #request = 0;

  constructor(
    readonly classId: string,
    private readonly db: ParcoursDb,
    private readonly packs: () => Promise<readonly Pack[]>,
    private readonly locale: () => Locale,
  ) {}

  readonly packsShown = $derived.by<PackColumns[]>(() =>
    packColumns(
      this.library,
      [...this.rows, ...(this.roster?.sessions ?? []).map((s) => ({ packId: s.packId }))],
      this.locale(),
    ),
  );

  readonly pack = $derived<PackColumns | null>(
    this.packsShown.find((p) => p.id === this.packId) ?? this.packsShown[0] ?? null,
  );

  readonly rangeProblem = $derived.by<RangeProblem>(() => {
    const from = dayStart(this.from);
    const to = dayStart(this.to);
    return from !== null && to !== null && to < from ? 'end-before-start' : null;
  });

  /** The sessions the filters select, or null when no session or date filter is set. */
  readonly selectedSessions = $derived.by<string[] | null>(() => {
    const sessions = this.roster?.sessions ?? [];
    if (this.sessionId) return sessions.filter((s) => s.id === this.sessionId).map((s) => s.id);
    const from = dayStart(this.from);
    const to = dayStart(this.to);
    if ((from === null && to === null) || this.rangeProblem) return null;
    return sessions
      .filter(
        (s) => (from === null || s.startedAt >= from) && (to === null || s.startedAt < to + DAY_MS),
      )
      .map((s) => s.id);
  });

  readonly filtering = $derived(this.selectedSessions !== null);

  readonly grid = $derived.by(() => {
    const roster = this.roster;
    const pack = this.pack;
    if (!roster || !pack) return [];
    const rows = this.filtered
      ? gridFromAttempts(roster.learners, pack.id, pack.levelIds, this.filtered)
      : gridFromRows(roster.learners, pack.id, pack.levelIds, this.rows, this.last);
    return sortGrid(rows, this.sort);
  });

  readonly summary = $derived(summarizeGrid(this.grid));

  async load(): Promise<void> {
    const [roster, library] = await Promise.all([classRoster(this.db, this.classId), this.packs()]);
    this.roster = roster;
    this.library = library;
    if (roster) {
      this.rows = await classBestResults(this.db, roster);
      const latest = roster.sessions[roster.sessions.length - 1];
      const first = this.packsShown[0];
      this.packId =
        latest && this.packsShown.some((p) => p.id === latest.packId)
          ? latest.packId
          : (first?.id ?? '');
      await this.refresh();
    }
    this.loaded = true;
  }

  setPack(packId: string): void {
    this.packId = packId;
    void this.refresh();
  }

  setSession(sessionId: string): void {
    this.sessionId = sessionId;
    const session = this.roster?.sessions.find((s) => s.id === sessionId);
    if (session) this.packId = session.packId;
    void this.refresh();
  }

  setRange(from: string, to: string): void {
    this.from = from;
    this.to = to;
    void this.refresh();
  }

  clearFilters(): void {
    this.sessionId = '';
    this.from = '';
    this.to = '';
    void this.refresh();
  }

  /** Sorts by a level's column; the same column again goes back to names. */
  sortByLevel(levelIndex: number): void {
    const current = this.sort;
    this.sort =
      current.by === 'level' && current.levelIndex === levelIndex
        ? { by: 'name' }
        : { by: 'level', levelIndex };
  }

  /** Reads what the current filters need: session attempts, or the pack's last outcomes. */
  async refresh(): Promise<void> {
    const request = ++this.#request;
    this.busy = true;
    try {
      const sessions = this.selectedSessions;
      if (sessions) {
        const attempts = await sessionAttempts(this.db, sessions);
        if (request === this.#request) this.filtered = attempts;
      } else {
        const packId = this.pack?.id;
        const needed = lastOutcomesNeeded(this.rows.filter((r) => r.packId === packId));
        const last = await lastOutcomes(this.db, needed);
        if (request === this.#request) {
          this.filtered = null;
          this.last = last;
        }
      }
    } finally {
      if (request === this.#request) this.busy = false;
    }
  }
}
