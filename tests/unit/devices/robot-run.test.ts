// Running a program on a robot: the RobotBody with a fake driver (plan vs actual, crashes kept
// off the real robot, sensors from the map or the robot, STOP, an unplugged robot mid-run), and
// runOnRobot end to end with the real Parcours line driver and the simulated robot.
import { describe, expect, it } from 'vitest';
import { RobotBody, type RobotStep } from '../../../src/devices/robot-body';
import { runOnRobot, type RobotRunLevel } from '../../../src/devices/robot-run';
import { SimulatedRobot, SimulatedRobotTransport } from '../../../src/devices/simulated-robot';
import { GridWorld } from '../../../src/core/world/grid-world';
import type { Program, SensorQuery, Statement } from '../../../src/core/program/ir';
import type { Action } from '../../../src/core/run/types';
import { ManualClock } from '../../../src/robots/clock';
import {
  DEFAULT_CALIBRATION,
  DEFAULT_SQUARE_CM,
  type ActionConfirmation,
  type MotionSettings,
  type RobotDriver,
  type RobotInfo,
} from '../../../src/robots/driver';
import { RobotError } from '../../../src/robots/errors';
import { ParcoursLineDriver } from '../../../src/robots/parcours-line/driver';
import { settle } from './fakes';

/** A 4×3 mat: start top-left facing east, goal top-right, a wall below the second square. */
const level: RobotRunLevel = {
  grid: { width: 4, height: 3, walls: [{ x: 1, y: 1 }], floor: [], items: [] },
  start: { x: 0, y: 0, heading: 'E' },
  goal: { x: 3, y: 0 },
  rule: { kind: 'reach-goal' },
  sensors: 'map',
  squareCm: 20,
};

function program(main: Statement[]): Program {
  return { main, procedures: {}, blockCount: main.length, blockCounts: {} };
}

const forward = (blockId: string): Statement => ({ kind: 'forward', blockId });
const turn = (direction: 'left' | 'right', blockId: string): Statement => ({
  kind: 'turn',
  direction,
  blockId,
});

/** A driver that confirms actions when told to, and can fail or answer sensors. */
class FakeDriver implements RobotDriver {
  readonly kind = 'parcours-line' as const;
  readonly info: RobotInfo = {
    kind: 'parcours-line',
    name: 'fake',
    firmware: 'fake/1.0.0',
    protocolVersion: 1,
    capabilities: { move: true, light: true, sound: false, sensors: ['obstacle'] },
  };
  motion: MotionSettings = { calibration: DEFAULT_CALIBRATION, squareCm: DEFAULT_SQUARE_CM };
  readonly performed: Action[] = [];
  readonly sensed: SensorQuery[] = [];
  /** Perform number (from 1) that fails with this error. */
  failAt: { index: number; error: RobotError } | null = null;
  /** When true, a perform waits for its signal. */
  hang = false;
  obstacleAhead = false;
  stops = 0;

  async connect(): Promise<RobotInfo> {
    return this.info;
  }

  async perform(action: Action, signal?: AbortSignal): Promise<ActionConfirmation> {
    this.performed.push(action);
    if (this.failAt?.index === this.performed.length) throw this.failAt.error;
    if (this.hang) {
      await new Promise((_, reject) =>
        signal?.addEventListener('abort', () => reject(new RobotError('aborted'))),
      );
    }
    return { action, startedAt: 0, completedAt: 1 };
  }

  canSense(query: SensorQuery): boolean {
    return query.kind === 'path' && query.direction === 'ahead';
  }

  async sense(query: SensorQuery): Promise<boolean> {
    this.sensed.push(query);
    return !this.obstacleAhead;
  }

  async stop(): Promise<void> {
    this.stops += 1;
  }

  async identify(): Promise<void> {}

  setMotion(settings: Partial<MotionSettings>): void {
    this.motion = { ...this.motion, ...settings };
  }

  async dispose(): Promise<void> {}
}

describe('RobotBody', () => {
  it('moves the on-screen robot only once the robot confirmed, step by step', async () => {
    const driver = new FakeDriver();
    const steps: RobotStep[] = [];
    const body = new RobotBody(driver, new GridWorld(level), {
      sensors: 'map',
      onStep: (step) => steps.push(step),
    });
    let confirm!: () => void;
    driver.perform = async (action) => {
      driver.performed.push(action);
      await new Promise<void>((resolve) => (confirm = resolve));
      return { action, startedAt: 0, completedAt: 1 };
    };
    const pending = body.perform({ type: 'forward' });
    await settle();
    expect(body.pose).toEqual({ x: 0, y: 0, heading: 'E' });
    expect(steps).toEqual([]);
    confirm();
    expect(await pending).toMatchObject({ status: 'ok', pose: { x: 1, y: 0, heading: 'E' } });
    expect(body.pose).toEqual({ x: 1, y: 0, heading: 'E' });
    expect(steps).toEqual([
      {
        action: { type: 'forward' },
        planned: expect.objectContaining({ status: 'ok', pose: { x: 1, y: 0, heading: 'E' } }),
        actual: expect.objectContaining({ status: 'ok', pose: { x: 1, y: 0, heading: 'E' } }),
        sentToRobot: true,
      },
    ]);
  });

  it('keeps the real robot still on a predicted crash', async () => {
    const driver = new FakeDriver();
    const world = new GridWorld({ ...level, start: { x: 1, y: 0, heading: 'S' } });
    const body = new RobotBody(driver, world, { sensors: 'map' });
    const result = await body.perform({ type: 'forward' });
    expect(result).toMatchObject({ status: 'crash', cause: 'wall', at: { x: 1, y: 1 } });
    expect(driver.performed).toEqual([]);
  });

  it('answers conditions from the map or from the robot, as the level says', async () => {
    const driver = new FakeDriver();
    driver.obstacleAhead = true;
    const fromMap = new RobotBody(driver, new GridWorld(level), { sensors: 'map' });
    expect(await fromMap.sense({ kind: 'path', direction: 'ahead' })).toBe(true);
    expect(driver.sensed).toEqual([]);
    const fromRobot = new RobotBody(driver, new GridWorld(level), { sensors: 'robot' });
    expect(await fromRobot.sense({ kind: 'path', direction: 'ahead' })).toBe(false);
    expect(driver.sensed).toHaveLength(1);
    // The robot has no sensor for the goal: the map answers.
    expect(await fromRobot.sense({ kind: 'at-goal' })).toBe(false);
    expect(driver.sensed).toHaveLength(1);
  });
});

describe('runOnRobot', () => {
  it('runs to the goal and judges success', async () => {
    const driver = new FakeDriver();
    const result = await runOnRobot(
      driver,
      level,
      program([forward('a'), forward('b'), forward('c')]),
    );
    expect(result.outcome).toEqual({ kind: 'success' });
    expect(result.transcript).toHaveLength(3);
    expect(result.finalPose).toEqual({ x: 3, y: 0, heading: 'E' });
    expect(driver.motion.squareCm).toBe(20);
  });

  it('keeps the attempt when the robot is unplugged mid-run', async () => {
    const driver = new FakeDriver();
    driver.failAt = { index: 2, error: new RobotError('disconnected', 'transport lost') };
    const result = await runOnRobot(
      driver,
      level,
      program([forward('a'), forward('b'), forward('c')]),
    );
    expect(result.outcome).toEqual({ kind: 'error', code: 'disconnected', blockId: 'b' });
    expect(result.transcript).toHaveLength(1);
    expect(result.finalPose).toEqual({ x: 1, y: 0, heading: 'E' });
  });

  it('ends with stopped when STOP is pressed during a move', async () => {
    const driver = new FakeDriver();
    driver.hang = true;
    const controller = new AbortController();
    const running = runOnRobot(driver, level, program([forward('a'), forward('b')]), {
      signal: controller.signal,
    });
    await settle();
    controller.abort();
    const result = await running;
    expect(result.outcome).toEqual({ kind: 'error', code: 'stopped', blockId: 'a' });
    expect(driver.performed).toHaveLength(1);
  });

  it('drives the simulated robot with the real driver, each move timed by the calibration', async () => {
    const clock = new ManualClock();
    const robot = new SimulatedRobot({ clock });
    const driver = new ParcoursLineDriver(new SimulatedRobotTransport(robot), { clock });
    await driver.connect();
    const calibration = { ...DEFAULT_CALIBRATION, msPerCm: 40, quarterTurnMs: 500 };
    const mat: RobotRunLevel = { ...level, start: { x: 0, y: 0, heading: 'S' }, squareCm: 25 };
    const steps: RobotStep[] = [];
    let finished = false;
    const running = runOnRobot(
      driver,
      mat,
      program([turn('left', 't'), forward('a'), forward('b'), forward('c')]),
      { calibration, onStep: (step) => steps.push(step) },
    ).finally(() => (finished = true));
    for (let i = 0; i < 200 && !finished; i++) {
      await settle();
      clock.advanceBy(100);
    }
    const result = await running;
    expect(result.outcome).toEqual({ kind: 'success' });
    expect(robot.received.filter((line) => line.startsWith('M '))).toEqual([
      'M 1 -60 60 500',
      'M 2 60 60 1000',
      'M 3 60 60 1000',
      'M 4 60 60 1000',
    ]);
    expect(steps.map((step) => step.actual.pose)).toEqual([
      { x: 0, y: 0, heading: 'E' },
      { x: 1, y: 0, heading: 'E' },
      { x: 2, y: 0, heading: 'E' },
      { x: 3, y: 0, heading: 'E' },
    ]);
  });
});
