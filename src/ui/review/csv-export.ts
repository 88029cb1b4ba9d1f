// The review's CSV files: one row per attempt, or one per pupil × level, with translated
// headers and words, named after the class and the day, downloaded through the browser. UI
// layer: the rows and the CSV text come from core/progress/csv.
import {
  ATTEMPT_COLUMNS,
  CELL_COLUMNS,
  attemptRows,
  cellRows,
  toCsv,
  type AttemptExport,
  type CsvWords,
} from '../../core/progress/csv';
import {
  gridFromAttempts,
  gridFromRows,
  lastOutcomesNeeded,
  sortGrid,
} from '../../core/progress/grid';
import type { RunOutcome } from '../../core/run/types';
import type { ParcoursDb } from '../../storage/database';
import type { AttemptRecord, BestResultRecord, SessionRecord } from '../../storage/records';
import {
  classAttempts,
  groupsById,
  lastOutcomes,
  type ClassRoster,
} from '../../storage/review-queries';
import type { I18n } from '../i18n.svelte';
import { slug } from '../teacher/format';
import { selectKey } from '../teacher/codes';
import { outcomeKey, type PackColumns } from './review-data';

export const CSV_TYPE = 'text/csv;charset=utf-8';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "2025-09-01 08:30": sorts as text and every spreadsheet reads it as a date. */
export function csvDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function csvWords(i18n: I18n, packs: readonly PackColumns[]): CsvWords {
  const byId = new Map(packs.map((p) => [p.id, p]));
  return {
    date: csvDate,
    outcome: (kind) => i18n.t('review.outcome', { kind: outcomeKey(kind) }),
    detail: (outcome: RunOutcome) => {
      if (outcome.kind === 'crash')
        return i18n.t('review.csv.crashAt', {
          cause: outcome.cause,
          x: outcome.at.x + 1,
          y: outcome.at.y + 1,
        });
      if (outcome.kind === 'not-reached')
        return i18n.t('review.csv.notReached', { reason: outcome.reason });
      return '';
    },
    status: (status) => i18n.t('review.status', { status: selectKey(status) }),
    stuck: (reason) => (reason ? i18n.t('review.csv.yes') : ''),
    packTitle: (packId) => byId.get(packId)?.title ?? packId,
    levelTitle: (packId, levelId) => byId.get(packId)?.levelTitles.get(levelId) ?? levelId,
  };
}

function header(i18n: I18n, columns: readonly string[]): string[] {
  return columns.map((column) => i18n.t('review.csv.column', { column }));
}

export function csvFileName(className: string, kind: 'attempts' | 'levels', at: number): string {
  const stamp = csvDate(at).slice(0, 10);
  return `parcours-${slug(className) || 'classe'}-${kind === 'attempts' ? 'essais' : 'niveaux'}-${stamp}.csv`;
}

function sessionLabel(
  i18n: I18n,
  sessions: ReadonlyMap<string, SessionRecord>,
  id: string | null,
): string {
  const session = id ? sessions.get(id) : undefined;
  return session ? i18n.t('review.session.short', { date: new Date(session.startedAt) }) : '';
}

/** One row per attempt of the class (or of the filtered sessions' attempts). */
export async function attemptsCsv(
  db: ParcoursDb,
  i18n: I18n,
  roster: ClassRoster,
  packs: readonly PackColumns[],
  filtered: readonly AttemptRecord[] | null,
): Promise<string> {
  const attempts = filtered ? [...filtered] : await classAttempts(db, roster);
  attempts.sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1));
  const names = new Map(roster.pupils.map((p) => [p.id, p.name]));
  const groups = groupsById(roster.sessions);
  const sessions = new Map(roster.sessions.map((s) => [s.id, s]));
  const rows: AttemptExport[] = attempts.flatMap((a) => {
    const group = a.groupId ? groups.get(a.groupId) : undefined;
    const groupName = group ? group.name || i18n.t('review.group', { index: group.index + 1 }) : '';
    const pupils = group ? group.pupilIds : a.pupilId ? [a.pupilId] : [];
    return pupils.map((pupilId) => ({
      pupil: names.get(pupilId) ?? '',
      learner: groupName || (names.get(pupilId) ?? ''),
      session: sessionLabel(i18n, sessions, a.sessionId),
      packId: a.packId,
      levelId: a.levelId,
      startedAt: a.startedAt,
      endedAt: a.endedAt,
      outcome: a.outcome,
      stars: a.stars,
      blockCount: a.blockCount,
      on: a.on === 'simulator' ? i18n.t('review.csv.simulator') : a.on,
    }));
  });
  return toCsv(header(i18n, ATTEMPT_COLUMNS), attemptRows(rows, csvWords(i18n, packs)));
}

/** One row per pupil × level tried, every pack, pupils by name. */
export async function levelsCsv(
  db: ParcoursDb,
  i18n: I18n,
  roster: ClassRoster,
  packs: readonly PackColumns[],
  rows: readonly BestResultRecord[],
  filtered: readonly AttemptRecord[] | null,
): Promise<string> {
  const words = csvWords(i18n, packs);
  const last = filtered ? [] : await lastOutcomes(db, lastOutcomesNeeded(rows));
  const data = packs.flatMap((pack) => {
    const grid = filtered
      ? gridFromAttempts(roster.learners, pack.id, pack.levelIds, filtered)
      : gridFromRows(roster.learners, pack.id, pack.levelIds, rows, last);
    return cellRows(pack.id, pack.levelIds, sortGrid(grid, { by: 'name' }), words);
  });
  return toCsv(header(i18n, CELL_COLUMNS), data);
}
