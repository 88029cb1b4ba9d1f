// The goal picture of pictogram mode follows the level's success rule and its map: the flag
// when the robot must end on it, the stars when it must pick them up, both in order.
import { describe, expect, it } from 'vitest';
import type { Level } from '../../../../src/core/lesson/types';
import { goalPicture } from '../../../../src/ui/pictograms/goal-picture';

const grid = (items: number): Level['grid'] => ({
  width: 5,
  height: 1,
  walls: [],
  floor: [],
  items: Array.from({ length: items }, (_, x) => ({ x, y: 0 })),
});

describe('goalPicture', () => {
  it('shows only the flag when the robot must reach it, even with stars on the map', () => {
    expect(
      goalPicture({ rule: { kind: 'reach-goal' }, grid: grid(2), goal: { x: 4, y: 0 } }),
    ).toEqual({ stars: 0, flag: true });
  });

  it('shows every star and no flag when the stars are the goal', () => {
    expect(goalPicture({ rule: { kind: 'collect-all' }, grid: grid(3), goal: null })).toEqual({
      stars: 3,
      flag: false,
    });
  });

  it('shows the stars, then the flag, when both are asked for', () => {
    expect(
      goalPicture({
        rule: { kind: 'collect-all-then-goal', facing: 'N' },
        grid: grid(1),
        goal: { x: 4, y: 0 },
      }),
    ).toEqual({ stars: 1, flag: true });
  });

  it('draws no flag for a level without one', () => {
    expect(goalPicture({ rule: { kind: 'reach-goal' }, grid: grid(0), goal: null })).toEqual({
      stars: 0,
      flag: false,
    });
  });
});
