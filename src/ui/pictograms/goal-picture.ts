// What a level asks for, as a picture for pupils who cannot read yet (pictogram mode): the
// robot, then the stars to pick up, then the flag. Derived from the level's success rule and
// map alone, so every level, shipped or authored, gets one with no extra work. Pure, no DOM.
import type { Level } from '../../core/lesson/types';

export interface GoalPicture {
  /** Stars the robot must pick up (0 when the rule does not ask for any). */
  readonly stars: number;
  /** Whether the robot must end on the flag. */
  readonly flag: boolean;
}

/** Above this many stars the picture shows one star and the count, not a row of stars. */
export const MAX_STARS_DRAWN = 4;

export function goalPicture(level: Pick<Level, 'rule' | 'grid' | 'goal'>): GoalPicture {
  switch (level.rule.kind) {
    case 'reach-goal':
      return { stars: 0, flag: level.goal !== null };
    case 'collect-all':
      return { stars: level.grid.items.length, flag: false };
    case 'collect-all-then-goal':
      return { stars: level.grid.items.length, flag: level.goal !== null };
  }
}
