// CSV export: the rows built for attempts and for pupil × level cells, and the text a
// spreadsheet opens (BOM, ';', quotes, CRLF), parsed back to the same values.
import { describe, expect, it } from 'vitest';
import {
  ATTEMPT_COLUMNS,
  CELL_COLUMNS,
  CSV_BOM,
  attemptRows,
  cellRows,
  parseCsv,
  toCsv,
  type CsvWords,
} from '../../../../src/core/progress/csv';
import { gridFromRows } from '../../../../src/core/progress/grid';
import { CRASH_AT, MIN, PUPILS, SUCCESS, T0, row } from './fixtures';

const words: CsvWords = {
  date: (ms) => `J+${(ms - T0) / MIN}`,
  outcome: (kind) =>
    ({
      success: 'réussi',
      crash: 'collision',
      'not-reached': 'pas arrivé',
      timeout: 'trop long',
      error: 'erreur',
    })[kind],
  detail: (outcome) => (outcome.kind === 'crash' ? `mur en ${outcome.at.x},${outcome.at.y}` : ''),
  status: (status) => status,
  stuck: (reason) => (reason ? 'bloqué' : ''),
  packTitle: () => 'Premiers pas',
  levelTitle: (_pack, level) => `Niveau « ${level} »`,
};

describe('attemptRows', () => {
  it('writes one row per attempt in column order', () => {
    const rows = attemptRows(
      [
        {
          pupil: 'Zoé',
          learner: 'Groupe 1',
          session: '1 sept.',
          packId: 'p',
          levelId: 'l1',
          startedAt: T0,
          endedAt: T0 + 90_000,
          outcome: CRASH_AT(2, 1),
          stars: 0,
          blockCount: 5,
          on: 'simulator',
        },
        {
          pupil: 'Zoé',
          learner: 'Zoé',
          session: '',
          packId: 'p',
          levelId: 'l1',
          startedAt: T0 + 2 * MIN,
          endedAt: T0 + 3 * MIN,
          outcome: SUCCESS,
          stars: 3,
          blockCount: 4,
          on: 'mbot',
        },
      ],
      words,
    );
    expect(rows).toEqual([
      [
        'Zoé',
        'Groupe 1',
        '1 sept.',
        'Premiers pas',
        'Niveau « l1 »',
        'J+0',
        90,
        'collision',
        'mur en 2,1',
        0,
        5,
        'simulator',
      ],
      ['Zoé', 'Zoé', '', 'Premiers pas', 'Niveau « l1 »', 'J+2', 60, 'réussi', '', 3, 4, 'mbot'],
    ]);
    expect(rows[0]).toHaveLength(ATTEMPT_COLUMNS.length);
  });
});

describe('cellRows', () => {
  it('writes one row per pupil × tried level', () => {
    const grid = gridFromRows(
      PUPILS,
      'p',
      ['l1', 'l2'],
      [
        row('pupil:emile', 'l2', {
          attempts: 5,
          successes: 0,
          totalTimeMs: 12 * MIN,
          lastAttemptAt: T0 + 20 * MIN,
        }),
      ],
    );
    const rows = cellRows('p', ['l1', 'l2'], grid, words);
    expect(rows).toEqual([
      [
        'Émile',
        'Premiers pas',
        'Niveau « l2 »',
        'tried',
        0,
        5,
        12,
        '',
        '',
        'bloqué',
        'J+0',
        'J+20',
      ],
    ]);
    expect(rows[0]).toHaveLength(CELL_COLUMNS.length);
  });
});

describe('toCsv', () => {
  const header = ['Élève', 'Niveau', 'Étoiles'];
  const data = [
    ['Zoé', 'Le « grand » virage; à droite', 3],
    ['=HYPERLINK("x")', 'Ligne\ncoupée', 0],
  ];

  it('starts with a BOM, separates with ; and ends lines with CRLF', () => {
    const text = toCsv(header, data);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe('Élève;Niveau;Étoiles');
    expect(text).toContain('"Le « grand » virage; à droite"');
  });

  it('parses back to the same values, formulas defused', () => {
    const parsed = parseCsv(toCsv(header, data));
    expect(parsed).toEqual([
      header,
      ['Zoé', 'Le « grand » virage; à droite', '3'],
      ['\'=HYPERLINK("x")', 'Ligne\ncoupée', '0'],
    ]);
  });

  it('is the same bytes in UTF-8 as the text (accents survive encoding)', () => {
    const bytes = new TextEncoder().encode(toCsv(header, data));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Zoé');
  });
});
