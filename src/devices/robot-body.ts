// The robot as the interpreter's AsyncBody: each action is sent to a RobotDriver and awaited
// until the robot confirms it, and only then does the on-screen robot move ("plan vs actual":
// the grid world predicts, the robot confirms). The grid world keeps the level's map, so a
// move into a wall or off the mat ends as a crash without driving the real robot there, and
// conditions read the map (`sensors: 'map'`, printed mats) or the robot's own sensors
// (`sensors: 'robot'`) where the robot has one for the question. Devices layer: pure
// TypeScript over the driver interface and core types.
import type { Pose } from '../core/geometry';
import type { SensorSource } from '../core/lesson/types';
import type { SensorQuery } from '../core/program/ir';
import type { Action, ActionResult, AsyncBody, BodyErrorCode } from '../core/run/types';
import type { GridWorld } from '../core/world/grid-world';
import type { RobotDriver } from '../robots/driver';
import { toBodyErrorCode } from '../robots/errors';

/** One action of a robot run: what the map predicted and what the robot confirmed. */
export interface RobotStep {
  readonly action: Action;
  readonly planned: ActionResult;
  /** The result once confirmed; an error result when the robot did not confirm. */
  readonly actual: ActionResult;
  /** Whether the real robot was asked to move (a predicted crash keeps it still). */
  readonly sentToRobot: boolean;
}

export interface RobotBodyOptions {
  readonly sensors: SensorSource;
  /** Called after each action, as soon as the robot confirmed it (or failed). */
  readonly onStep?: (step: RobotStep) => void;
}

/** A sensor question the robot could not answer; the interpreter reads `code`. */
export class BodyError extends Error {
  override readonly name = 'BodyError';
  constructor(
    readonly code: BodyErrorCode,
    options?: { cause?: unknown },
  ) {
    super(code, options);
  }
}

export class RobotBody implements AsyncBody {
  constructor(
    private readonly driver: RobotDriver,
    private readonly world: GridWorld,
    private readonly options: RobotBodyOptions,
  ) {}

  /** The last pose the robot confirmed. */
  get pose(): Pose {
    return this.world.pose;
  }

  async perform(action: Action, signal?: AbortSignal): Promise<ActionResult> {
    const planned = this.world.predict(action);
    if (planned.status === 'crash') {
      // The map says wall or edge: the real robot stays on the mat, the run ends as a crash.
      const actual = this.world.perform(action);
      this.options.onStep?.({ action, planned, actual, sentToRobot: false });
      return actual;
    }
    let actual: ActionResult;
    try {
      await this.driver.perform(action, signal);
      actual = this.world.perform(action);
    } catch (error) {
      actual = { status: 'error', code: toBodyErrorCode(error), pose: this.world.pose };
    }
    this.options.onStep?.({ action, planned, actual, sentToRobot: true });
    return actual;
  }

  async sense(query: SensorQuery, signal?: AbortSignal): Promise<boolean> {
    if (this.options.sensors === 'robot' && this.driver.canSense(query)) {
      try {
        return await this.driver.sense(query, signal);
      } catch (error) {
        throw new BodyError(toBodyErrorCode(error), { cause: error });
      }
    }
    return this.world.sense(query);
  }
}
