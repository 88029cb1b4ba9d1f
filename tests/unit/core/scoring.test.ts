// Star scoring: thresholds from the author or the optimal block count, and stars per outcome.

import { describe, expect, it } from 'vitest';
import type { RunOutcome } from '../../../src/core/run/types';
import { starThresholds, starsFor } from '../../../src/core/scoring';

const SUCCESS: RunOutcome = { kind: 'success' };

describe('starThresholds', () => {
  it("uses the author's thresholds when the level sets them", () => {
    const stars = { three: 4, two: 9 };
    expect(starThresholds({ stars, optimalBlocks: 3 }, 2)).toBe(stars);
  });

  it.each([
    [0, { three: 0, two: 1 }],
    [1, { three: 1, two: 2 }],
    [2, { three: 2, two: 3 }],
    [3, { three: 3, two: 5 }],
    [4, { three: 4, two: 6 }],
    [5, { three: 5, two: 8 }],
    [10, { three: 10, two: 15 }],
  ])('derives them from an optimal count of %i', (optimal, expected) => {
    expect(starThresholds({ stars: null, optimalBlocks: optimal })).toEqual(expected);
  });

  it("prefers the optimal count it is given over the level's", () => {
    expect(starThresholds({ stars: null, optimalBlocks: 8 }, 4)).toEqual({ three: 4, two: 6 });
  });

  it('has no thresholds when no optimal count is known', () => {
    expect(starThresholds({ stars: null, optimalBlocks: null })).toBeNull();
    expect(starThresholds({ stars: null, optimalBlocks: null }, null)).toBeNull();
  });
});

describe('starsFor', () => {
  const thresholds = { three: 4, two: 6 };

  it('gives three, two or one star on success by block count', () => {
    expect([1, 4, 5, 6, 7, 40].map((count) => starsFor(SUCCESS, count, thresholds))).toEqual([
      3, 3, 2, 2, 1, 1,
    ]);
  });

  it.each<RunOutcome>([
    { kind: 'crash', cause: 'wall', at: { x: 1, y: 0 }, blockId: 'f', actionIndex: 1 },
    { kind: 'crash', cause: 'edge', at: { x: -1, y: 0 }, blockId: 'f', actionIndex: 2 },
    { kind: 'not-reached', reason: 'goal', itemsLeft: 0 },
    { kind: 'not-reached', reason: 'items', itemsLeft: 2 },
    { kind: 'not-reached', reason: 'facing', itemsLeft: 0 },
    { kind: 'timeout', ticks: 10_000 },
    { kind: 'error', code: 'disconnected', blockId: 'f' },
    { kind: 'error', code: 'compile', blockId: null },
  ])('gives no star on $kind', (outcome) => {
    expect(starsFor(outcome, 1, thresholds)).toBe(0);
  });

  it('gives three stars to any success when there are no thresholds', () => {
    expect(starsFor(SUCCESS, 99, null)).toBe(3);
    expect(starsFor({ kind: 'timeout', ticks: 5 }, 1, null)).toBe(0);
  });
});
