// Level statistics against hand-computed values: success rate, median attempts to the first
// success, most common failure and where on the map it happens (from the outcome or by running
// the stored program again).
import { describe, expect, it } from 'vitest';
import { failurePlace, levelStats, median } from '../../../../src/core/progress/level-stats';
import type { Level } from '../../../../src/core/lesson/types';
import { CRASH_AT, NOT_REACHED, PUPILS, SUCCESS, TIMEOUT, attempt } from './fixtures';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('levelStats', () => {
  // Zoé: crash at (2,1), success → 2 attempts to success. Group g1 (Zoé, Adam) before that:
  // nothing. Adam: crash (2,1), crash (3,1), timeout, success → 4 (his group made none here).
  // Émile: not reached twice, no success.
  const attempts = [
    attempt('pupil:zoe', 'l1', 0, 1, CRASH_AT(2, 1)),
    attempt('pupil:zoe', 'l1', 1, 2, SUCCESS),
    attempt('pupil:adam', 'l1', 0, 1, CRASH_AT(2, 1)),
    attempt('pupil:adam', 'l1', 1, 2, CRASH_AT(3, 1)),
    attempt('pupil:adam', 'l1', 2, 3, TIMEOUT),
    attempt('pupil:adam', 'l1', 3, 4, SUCCESS),
    attempt('pupil:emile', 'l1', 0, 1, NOT_REACHED),
    attempt('pupil:emile', 'l1', 1, 2, NOT_REACHED),
  ];

  it('computes the rate, the median and the most common failure with its squares', () => {
    expect(levelStats(PUPILS, attempts)).toEqual({
      tried: 3,
      solved: 2,
      successRate: 2 / 3,
      medianAttemptsToSuccess: 3, // median of 2 and 4
      attempts: 8,
      failures: { crash: 3, 'not-reached': 2, timeout: 1, error: 0 },
      mostCommonFailure: 'crash',
      places: [
        { cell: { x: 2, y: 1 }, count: 2 },
        { cell: { x: 3, y: 1 }, count: 1 },
      ],
    });
  });

  it('counts a group attempt for each of its members', () => {
    const group = [
      attempt('group:g1', 'l1', 0, 1, TIMEOUT),
      attempt('group:g1', 'l1', 1, 2, SUCCESS),
    ];
    const stats = levelStats(PUPILS, group);
    expect(stats.tried).toBe(2);
    expect(stats.solved).toBe(2);
    expect(stats.medianAttemptsToSuccess).toBe(2);
    expect(stats.mostCommonFailure).toBe('timeout');
    expect(stats.places).toEqual([]);
  });

  it('breaks a tie in favour of crashes, and has no rate when nobody tried', () => {
    const tie = [
      attempt('pupil:emile', 'l1', 0, 1, NOT_REACHED),
      attempt('pupil:emile', 'l1', 1, 2, CRASH_AT(0, 0)),
    ];
    expect(levelStats(PUPILS, tie).mostCommonFailure).toBe('crash');
    expect(levelStats(PUPILS, [])).toMatchObject({
      tried: 0,
      successRate: null,
      mostCommonFailure: null,
    });
  });
});

describe('failurePlace', () => {
  // A 4 × 1 corridor going east; the goal is at the far end.
  const level: Pick<Level, 'grid' | 'start' | 'goal' | 'rule' | 'toolbox' | 'maxBlocks'> = {
    grid: { width: 4, height: 1, walls: [], floor: [], items: [] },
    start: { x: 0, y: 0, heading: 'E' },
    goal: { x: 3, y: 0 },
    rule: { kind: 'reach-goal' },
    toolbox: [{ type: 'move_forward' }],
    maxBlocks: null,
  };

  it('is the square of a crash', () => {
    expect(failurePlace(level, { outcome: CRASH_AT(4, 0) })).toEqual({ x: 4, y: 0 });
  });

  it('is where the robot stopped when it did not reach the goal', () => {
    const program = {
      blocks: {
        languageVersion: 0,
        blocks: [
          {
            type: 'program_start',
            id: 's',
            next: {
              block: {
                type: 'move_forward',
                id: 'm1',
                next: { block: { type: 'move_forward', id: 'm2' } },
              },
            },
          },
        ],
      },
    };
    expect(failurePlace(level, { outcome: NOT_REACHED, program })).toEqual({ x: 2, y: 0 });
  });

  it('is unknown for a timeout', () => {
    expect(failurePlace(level, { outcome: TIMEOUT })).toBeNull();
  });
});
