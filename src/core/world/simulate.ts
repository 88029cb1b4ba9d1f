// The simulator: runs a program in a level's grid world and judges the result. This is the
// one call the lesson player and the solver use to know what a program does. Core layer: pure
// and deterministic, runs in Node.

import type { Level } from '../lesson/types';
import type { Program } from '../program/ir';
import { runSync } from '../run/interpreter';
import type { RunOptions, RunResult } from '../run/types';
import { GridWorld } from './grid-world';
import { judge } from './rules';

export function simulate(
  level: Pick<Level, 'grid' | 'start' | 'goal' | 'rule'>,
  program: Program,
  options: RunOptions = {},
): RunResult {
  const world = new GridWorld(level);
  const { outcome, transcript, ticks, finalPose } = runSync(program, world, options);
  return { outcome: outcome ?? judge(level, world), transcript, finalPose, ticks };
}
