// Judging a finished run: does the world satisfy the level's success rule? Core layer: pure.
//
// The rule is checked once, when the program has ended (reaching the goal early does not stop
// the run). For 'collect-all-then-goal', missing items are reported before a missed goal.

import type { Level } from '../lesson/types';
import type { RunOutcome } from '../run/types';
import type { GridWorld } from './grid-world';

/** The verdict on a program that ran to its end. */
export type Judgement = Extract<RunOutcome, { kind: 'success' | 'not-reached' }>;

export function judge(level: Pick<Level, 'rule'>, world: GridWorld): Judgement {
  const { rule } = level;
  if (rule.kind !== 'reach-goal' && world.itemsLeft > 0) {
    return { kind: 'not-reached', reason: 'items', itemsLeft: world.itemsLeft };
  }
  if (rule.kind !== 'collect-all') {
    if (!world.isAtGoal()) return { kind: 'not-reached', reason: 'goal', itemsLeft: 0 };
    if (rule.facing !== undefined && world.pose.heading !== rule.facing) {
      return { kind: 'not-reached', reason: 'facing', itemsLeft: 0 };
    }
  }
  return { kind: 'success' };
}
