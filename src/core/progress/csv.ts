// CSV export of the progress review: one row per attempt, or one per pupil × level. Core layer:
// builds the rows (column ids, values) and writes them as a spreadsheet opens them: UTF-8 with
// a byte-order mark (so Excel reads French accents), ';' between fields (what a French
// spreadsheet expects), quotes where a value needs them, CRLF line ends. Papaparse does the
// quoting.
import Papa from 'papaparse';
import type { GridRow, OutcomeKind } from './types';
import type { RunOutcome } from '../run/types';

export const CSV_BOM = '\uFEFF';
export const CSV_DELIMITER = ';';

export type CsvValue = string | number;

export const ATTEMPT_COLUMNS = [
  'pupil',
  'learner',
  'session',
  'pack',
  'level',
  'startedAt',
  'durationSeconds',
  'outcome',
  'detail',
  'stars',
  'blocks',
  'on',
] as const;
export type AttemptColumn = (typeof ATTEMPT_COLUMNS)[number];

export const CELL_COLUMNS = [
  'pupil',
  'pack',
  'level',
  'status',
  'stars',
  'attempts',
  'timeMinutes',
  'bestBlocks',
  'lastOutcome',
  'stuck',
  'firstAttemptAt',
  'lastAttemptAt',
] as const;
export type CellColumn = (typeof CELL_COLUMNS)[number];

/** How the export names things it does not know (translated by the UI). */
export interface CsvWords {
  date(ms: number): string;
  outcome(kind: OutcomeKind): string;
  /** Where and why a failure happened ("mur en C3"), empty for a success. */
  detail(outcome: RunOutcome): string;
  status(status: GridRow['cells'][number]['status']): string;
  stuck(reason: 'failures' | 'time' | null): string;
  packTitle(packId: string): string;
  levelTitle(packId: string, levelId: string): string;
}

/** One attempt with who made it and where it belongs. */
export interface AttemptExport {
  readonly pupil: string;
  /** The pupil, or the group's name when a group played together. */
  readonly learner: string;
  readonly session: string;
  readonly packId: string;
  readonly levelId: string;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly outcome: RunOutcome;
  readonly stars: number;
  readonly blockCount: number;
  readonly on: string;
}

/** Rows of the per-attempt export, in the order of ATTEMPT_COLUMNS. */
export function attemptRows(attempts: readonly AttemptExport[], words: CsvWords): CsvValue[][] {
  return attempts.map((a) => [
    a.pupil,
    a.learner,
    a.session,
    words.packTitle(a.packId),
    words.levelTitle(a.packId, a.levelId),
    words.date(a.startedAt),
    Math.round(Math.max(0, a.endedAt - a.startedAt) / 1000),
    words.outcome(a.outcome.kind),
    a.outcome.kind === 'success' ? '' : words.detail(a.outcome),
    a.outcome.kind === 'success' ? a.stars : 0,
    a.blockCount,
    a.on,
  ]);
}

/** Rows of the per pupil × level export (tried levels only), in the order of CELL_COLUMNS. */
export function cellRows(
  packId: string,
  levelIds: readonly string[],
  grid: readonly GridRow[],
  words: CsvWords,
): CsvValue[][] {
  return grid.flatMap((row) =>
    row.cells.flatMap((cell, i): CsvValue[][] =>
      cell.attempts === 0
        ? []
        : [
            [
              row.pupil.name,
              words.packTitle(packId),
              words.levelTitle(packId, levelIds[i]!),
              words.status(cell.status),
              cell.stars,
              cell.attempts,
              Math.round(cell.timeMs / 60_000),
              cell.bestBlockCount ?? '',
              cell.lastOutcome ? words.outcome(cell.lastOutcome) : '',
              words.stuck(cell.stuck),
              cell.firstAttemptAt === null ? '' : words.date(cell.firstAttemptAt),
              cell.lastAttemptAt === null ? '' : words.date(cell.lastAttemptAt),
            ],
          ],
    ),
  );
}

/**
 * The CSV text: BOM, header, rows. A value that starts like a formula (=, +, -, @) is quoted and
 * prefixed with an apostrophe by papaparse, so a pupil's name never runs as a formula.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return (
    CSV_BOM +
    Papa.unparse(
      { fields: [...header], data: rows.map((row) => [...row]) },
      { delimiter: CSV_DELIMITER, newline: '\r\n', escapeFormulae: true },
    ) +
    '\r\n'
  );
}

/** Parses a CSV written by toCsv back into rows (header first); used by tests and checks. */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(CSV_BOM) ? text.slice(CSV_BOM.length) : text;
  return Papa.parse<string[]>(body, { delimiter: CSV_DELIMITER, skipEmptyLines: true }).data;
}
