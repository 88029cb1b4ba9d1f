// Runs a compiled program on the connected robot: the interpreter steps it, a RobotBody sends
// each action to the driver and waits for the robot's confirmation, and the level's rules
// judge the end. A STOP or an unplugged cable ends the run with an error outcome, never an
// exception, so the attempt (the confirmed steps so far) is kept and reported.
// Devices layer: core + robots interfaces, no UI.
import type { Level } from '../core/lesson/types';
import type { Program } from '../core/program/ir';
import { runAsync } from '../core/run/interpreter';
import type { RunResult } from '../core/run/types';
import { GridWorld } from '../core/world/grid-world';
import { judge } from '../core/world/rules';
import type { Calibration, RobotDriver } from '../robots/driver';
import { RobotBody, type RobotStep } from './robot-body';

export type RobotRunLevel = Pick<
  Level,
  'grid' | 'start' | 'goal' | 'rule' | 'sensors' | 'squareCm'
>;

export interface RobotRunOptions {
  /** STOP: the run ends with error 'stopped' at once. */
  readonly signal?: AbortSignal;
  readonly calibration?: Calibration;
  readonly onStep?: (step: RobotStep) => void;
  readonly tickBudget?: number;
}

export async function runOnRobot(
  driver: RobotDriver,
  level: RobotRunLevel,
  program: Program,
  options: RobotRunOptions = {},
): Promise<RunResult> {
  driver.setMotion({
    squareCm: level.squareCm,
    ...(options.calibration ? { calibration: options.calibration } : {}),
  });
  const world = new GridWorld(level);
  const body = new RobotBody(driver, world, {
    sensors: level.sensors,
    ...(options.onStep ? { onStep: options.onStep } : {}),
  });
  const execution = await runAsync(program, body, {
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.tickBudget !== undefined ? { tickBudget: options.tickBudget } : {}),
  });
  return {
    outcome: execution.outcome ?? judge(level, world),
    transcript: execution.transcript,
    finalPose: execution.finalPose,
    ticks: execution.ticks,
  };
}
