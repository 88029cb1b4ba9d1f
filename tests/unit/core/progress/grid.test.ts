// The class grid: cells from best-result rows and from attempts agree with sums worked out by
// hand; group work counts for each member; stuck pupils are flagged; the sorts.
import { describe, expect, it } from 'vitest';
import {
  EMPTY_CELL,
  cellFromAttempts,
  cellFromRows,
  gridFromAttempts,
  gridFromRows,
  lastOutcomesNeeded,
  sortGrid,
  stuckReason,
} from '../../../../src/core/progress/grid';
import { CRASH_AT, MIN, NOT_REACHED, PUPILS, SUCCESS, T0, TIMEOUT, attempt, row } from './fixtures';

describe('cellFromAttempts', () => {
  it('adds up attempts, time and the best success, and keeps the last outcome', () => {
    // Zoé on level 1: crash (2 min), success with 2 stars (3 min), success with 3 stars
    // and 5 blocks (1 min), then a crash (4 min).
    const cell = cellFromAttempts([
      attempt('pupil:zoe', 'l1', 0, 2, CRASH_AT(1, 0)),
      attempt('pupil:zoe', 'l1', 2, 5, SUCCESS, 2, 6),
      attempt('pupil:zoe', 'l1', 5, 6, SUCCESS, 3, 5),
      attempt('pupil:zoe', 'l1', 6, 10, CRASH_AT(2, 0)),
    ]);
    expect(cell).toEqual({
      status: 'solved',
      attempts: 4,
      successes: 2,
      stars: 3,
      bestBlockCount: 5,
      timeMs: 10 * MIN,
      firstAttemptAt: T0,
      lastAttemptAt: T0 + 10 * MIN,
      firstSuccessAt: T0 + 5 * MIN,
      lastOutcome: 'crash',
      stuck: null,
    });
  });

  it('is the empty cell without attempts', () => {
    expect(cellFromAttempts([])).toBe(EMPTY_CELL);
  });

  it('orders by end time whatever the input order', () => {
    const a = attempt('pupil:zoe', 'l1', 0, 1, TIMEOUT);
    const b = attempt('pupil:zoe', 'l1', 1, 2, NOT_REACHED);
    expect(cellFromAttempts([b, a]).lastOutcome).toBe('not-reached');
  });
});

describe('stuckReason', () => {
  it('flags five failed attempts, or ten minutes without success', () => {
    expect(stuckReason({ attempts: 5, successes: 0, timeMs: MIN })).toBe('failures');
    expect(stuckReason({ attempts: 4, successes: 0, timeMs: 10 * MIN })).toBe('time');
    expect(stuckReason({ attempts: 4, successes: 0, timeMs: 10 * MIN - 1 })).toBeNull();
    expect(stuckReason({ attempts: 9, successes: 1, timeMs: 60 * MIN })).toBeNull();
    expect(stuckReason({ attempts: 0, successes: 0, timeMs: 0 })).toBeNull();
  });
});

describe('cellFromRows', () => {
  it('merges a pupil row and a group row', () => {
    const own = row('pupil:zoe', 'l1', {
      attempts: 3,
      successes: 0,
      totalTimeMs: 4 * MIN,
      firstAttemptAt: T0 + MIN,
      lastAttemptAt: T0 + 5 * MIN,
    });
    const group = row('group:g1', 'l1', {
      attempts: 2,
      successes: 1,
      stars: 2,
      bestBlockCount: 7,
      totalTimeMs: 3 * MIN,
      firstAttemptAt: T0,
      lastAttemptAt: T0 + 9 * MIN,
      firstSuccessAt: T0 + 9 * MIN,
    });
    const cell = cellFromRows(
      [own, group],
      [
        undefined,
        {
          learner: 'group:g1',
          packId: 'p',
          levelId: 'l1',
          endedAt: T0 + 9 * MIN,
          id: 'x',
          kind: 'success',
        },
      ],
    );
    expect(cell).toEqual({
      status: 'solved',
      attempts: 5,
      successes: 1,
      stars: 2,
      bestBlockCount: 7,
      timeMs: 7 * MIN,
      firstAttemptAt: T0,
      lastAttemptAt: T0 + 9 * MIN,
      firstSuccessAt: T0 + 9 * MIN,
      lastOutcome: 'success',
      stuck: null,
    });
  });

  it('knows the last outcome of an all-success row without asking, and nothing else', () => {
    expect(
      cellFromRows([row('pupil:a', 'l1', { attempts: 2, successes: 2, stars: 1 })]).lastOutcome,
    ).toBe('success');
    expect(
      cellFromRows([row('pupil:a', 'l1', { attempts: 2, successes: 1 })]).lastOutcome,
    ).toBeNull();
  });

  it('flags a row stuck after five failures', () => {
    const cell = cellFromRows([row('pupil:a', 'l1', { attempts: 5, successes: 0 })]);
    expect(cell.status).toBe('tried');
    expect(cell.stuck).toBe('failures');
  });
});

describe('grids', () => {
  // Zoé: l1 solved alone (2 attempts, 3 stars); the group (Zoé + Adam) solved l2 with 1 star
  // after a crash; Émile failed l1 five times; Adam tried l2 alone once (timeout).
  const attempts = [
    attempt('pupil:zoe', 'l1', 0, 1, CRASH_AT(1, 0)),
    attempt('pupil:zoe', 'l1', 1, 2, SUCCESS, 3, 4),
    attempt('group:g1', 'l2', 3, 4, CRASH_AT(2, 2)),
    attempt('group:g1', 'l2', 4, 6, SUCCESS, 1, 9),
    ...[0, 1, 2, 3, 4].map((i) => attempt('pupil:emile', 'l1', i, i + 1, NOT_REACHED)),
    attempt('pupil:adam', 'l2', 0, 2, TIMEOUT),
    attempt('pupil:adam', 'l1', 0, 1, SUCCESS, 2, 5),
  ].map((a, i) => (i === 10 ? { ...a, packId: 'other' } : a));

  const rows = [
    row('pupil:zoe', 'l1', {
      attempts: 2,
      successes: 1,
      stars: 3,
      bestBlockCount: 4,
      totalTimeMs: 2 * MIN,
    }),
    row('group:g1', 'l2', {
      attempts: 2,
      successes: 1,
      stars: 1,
      bestBlockCount: 9,
      totalTimeMs: 3 * MIN,
    }),
    row('pupil:emile', 'l1', { attempts: 5, successes: 0, totalTimeMs: 5 * MIN }),
    row('pupil:adam', 'l2', { attempts: 1, successes: 0, totalTimeMs: 2 * MIN }),
    { ...row('pupil:adam', 'l1', { attempts: 1, successes: 1, stars: 2 }), packId: 'other' },
  ];

  it('gives the same totals from attempts and from rows', () => {
    const fromAttempts = gridFromAttempts(PUPILS, 'p', ['l1', 'l2', 'l3'], attempts);
    const fromRows = gridFromRows(PUPILS, 'p', ['l1', 'l2', 'l3'], rows);
    for (const grid of [fromAttempts, fromRows]) {
      expect(
        grid.map((r) => [r.pupil.name, r.solved, r.stars, r.attempts, r.timeMs / MIN, r.stuck]),
      ).toEqual([
        ['Zoé', 2, 4, 4, 5, 0],
        ['Émile', 0, 0, 5, 5, 1],
        ['Adam', 1, 1, 3, 5, 0],
      ]);
      expect(grid[2]!.cells.map((c) => c.status)).toEqual(['not-started', 'solved', 'not-started']);
    }
    expect(fromAttempts[1]!.cells[0]!.lastOutcome).toBe('not-reached');
  });

  it('asks only for the last outcome of rows with failures', () => {
    expect(lastOutcomesNeeded(rows).map((k) => `${k.learner}/${k.levelId}`)).toEqual([
      'pupil:zoe/l1',
      'group:g1/l2',
      'pupil:emile/l1',
      'pupil:adam/l2',
    ]);
  });

  it('sorts by name (French order), by progress and by a level', () => {
    const grid = gridFromRows(PUPILS, 'p', ['l1', 'l2'], rows);
    expect(sortGrid(grid, { by: 'name' }).map((r) => r.pupil.name)).toEqual([
      'Adam',
      'Émile',
      'Zoé',
    ]);
    expect(sortGrid(grid, { by: 'progress' }).map((r) => r.pupil.name)).toEqual([
      'Zoé',
      'Adam',
      'Émile',
    ]);
    // Level 1: Zoé solved (3 stars); Émile tried; Adam never started it in this pack.
    expect(sortGrid(grid, { by: 'level', levelIndex: 0 }).map((r) => r.pupil.name)).toEqual([
      'Zoé',
      'Émile',
      'Adam',
    ]);
  });
});
