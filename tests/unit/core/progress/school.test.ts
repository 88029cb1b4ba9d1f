// The school view's numbers: levels solved per pupil after each session (from first-success
// times of best-result rows), and class summaries, against hand-computed values.
import { describe, expect, it } from 'vitest';
import {
  progressOverSessions,
  summarizeGrid,
  summarizeRows,
} from '../../../../src/core/progress/school';
import { gridFromRows } from '../../../../src/core/progress/grid';
import { MIN, PUPILS, T0, row } from './fixtures';

const sessions = [
  { id: 's2', startedAt: T0 + 100 * MIN, endedAt: T0 + 160 * MIN },
  { id: 's1', startedAt: T0, endedAt: T0 + 60 * MIN },
  { id: 's3', startedAt: T0 + 200 * MIN, endedAt: null },
];

// Zoé solved l1 in s1 and l2 with her group in s2; Adam gets l2 through the group (s2) and
// l1 alone in s3; Émile solved l1 in s2 and never l2. The group and Zoé both solved l2: it
// counts once for Zoé, at the earlier time.
const rows = [
  row('pupil:zoe', 'l1', { attempts: 1, successes: 1, stars: 3, firstSuccessAt: T0 + 10 * MIN }),
  row('pupil:zoe', 'l2', { attempts: 3, successes: 1, stars: 2, firstSuccessAt: T0 + 150 * MIN }),
  row('group:g1', 'l2', { attempts: 2, successes: 1, stars: 1, firstSuccessAt: T0 + 120 * MIN }),
  row('pupil:adam', 'l1', { attempts: 4, successes: 1, stars: 1, firstSuccessAt: T0 + 210 * MIN }),
  row('pupil:emile', 'l1', { attempts: 2, successes: 1, stars: 2, firstSuccessAt: T0 + 130 * MIN }),
  row('pupil:emile', 'l2', { attempts: 6, successes: 0, totalTimeMs: 12 * MIN }),
];

describe('progressOverSessions', () => {
  it('counts levels solved per pupil by the end of each session, oldest first', () => {
    // s1: Zoé l1 → 1/3. s2: + group l2 for Zoé and Adam, Émile l1 → 4/3. s3 (running): + Adam
    // l1 → 5/3.
    expect(progressOverSessions(PUPILS, rows, sessions)).toEqual([
      { sessionId: 's1', at: T0 + 60 * MIN, solvedPerPupil: 1 / 3 },
      { sessionId: 's2', at: T0 + 160 * MIN, solvedPerPupil: 4 / 3 },
      { sessionId: 's3', at: T0 + 200 * MIN, solvedPerPupil: 5 / 3 },
    ]);
  });

  it('is empty for a class without pupils', () => {
    expect(progressOverSessions([], rows, sessions)).toEqual([]);
  });
});

describe('summaries', () => {
  it('summarizes every pack from rows, a level solved twice counting once, stuck pupils', () => {
    expect(summarizeRows(PUPILS, rows)).toEqual({
      pupils: 3,
      solved: 5,
      solvedPerPupil: 5 / 3,
      // Zoé 3 + 2, Adam 1 + 1, Émile 2.
      stars: 9,
      // Zoé 1 + 3 + 2 (group), Adam 4 + 2 (group), Émile 2 + 6.
      attempts: 20,
      // One minute per row by default, Émile's l2 twelve; the group row counts for both members.
      timeMs: (1 + 1 + 1 + 1 + 1 + 1 + 12) * MIN,
      // Émile: six attempts on l2 and no success.
      stuckPupils: 1,
    });
  });

  it('summarizes a grid and counts stuck pupils', () => {
    const grid = gridFromRows(PUPILS, 'p', ['l1', 'l2'], rows);
    expect(summarizeGrid(grid)).toMatchObject({ pupils: 3, solved: 5, stars: 9, stuckPupils: 1 });
  });
});
