// State of the printable class report: every pack the class worked on, each as a grid from the
// best-result table, and the class's totals. UI layer.
import type { Locale, Pack } from '../../core/lesson/types';
import { gridFromRows, lastOutcomesNeeded, sortGrid } from '../../core/progress/grid';
import { summarizeRows, type ClassSummary } from '../../core/progress/school';
import type { GridRow } from '../../core/progress/types';
import type { ParcoursDb } from '../../storage/database';
import {
  classBestResults,
  classRoster,
  lastOutcomes,
  type ClassRoster,
} from '../../storage/review-queries';
import { packColumns, type PackColumns } from './review-data';

export class ClassReportState {
  loaded = $state(false);
  roster = $state.raw<ClassRoster | null>(null);
  sections = $state.raw<readonly { pack: PackColumns; grid: readonly GridRow[] }[]>([]);
  summary = $state.raw<ClassSummary | null>(null);

  constructor(
    readonly classId: string,
    private readonly db: ParcoursDb,
    private readonly packs: () => Promise<readonly Pack[]>,
    private readonly locale: () => Locale,
  ) {}

  async load(): Promise<void> {
    const [roster, library] = await Promise.all([classRoster(this.db, this.classId), this.packs()]);
    this.roster = roster;
    if (roster) {
      const pupils = roster.learners.filter((p) =>
        roster.pupils.some((r) => r.id === p.id && !r.archived),
      );
      const rows = await classBestResults(this.db, roster);
      const last = await lastOutcomes(this.db, lastOutcomesNeeded(rows));
      this.summary = summarizeRows(pupils, rows);
      this.sections = packColumns(library, rows, this.locale()).map((pack) => ({
        pack,
        grid: sortGrid(gridFromRows(pupils, pack.id, pack.levelIds, rows, last), { by: 'name' }),
      }));
    }
    this.loaded = true;
  }
}
