// State of the school view: every active class side by side (totals from its best-result rows)
// and its progress over sessions for the chart. UI layer; reads no attempt.
import { progressOverSessions, summarizeRows, type ClassSummary } from '../../core/progress/school';
import type { SeriesPoint } from '../../core/progress/types';
import type { ParcoursDb } from '../../storage/database';
import type { ClassRecord } from '../../storage/records';
import { schoolOverview } from '../../storage/review-queries';

export interface ClassOverview {
  readonly cls: ClassRecord;
  readonly summary: ClassSummary;
  readonly sessions: number;
  readonly lastSessionAt: number | null;
  readonly series: readonly SeriesPoint[];
}

export class SchoolReviewState {
  loaded = $state(false);
  classes = $state.raw<readonly ClassOverview[]>([]);

  constructor(private readonly db: ParcoursDb) {}

  async load(): Promise<void> {
    const overview = await schoolOverview(this.db);
    this.classes = overview.map(({ roster, rows }) => {
      const active = roster.learners.filter((p) =>
        roster.pupils.some((r) => r.id === p.id && !r.archived),
      );
      return {
        cls: roster.cls,
        summary: summarizeRows(active, rows),
        sessions: roster.sessions.length,
        lastSessionAt: roster.sessions[roster.sessions.length - 1]?.startedAt ?? null,
        series: progressOverSessions(active, rows, roster.sessions),
      };
    });
    this.loaded = true;
  }
}
