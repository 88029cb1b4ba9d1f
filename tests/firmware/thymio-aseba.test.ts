// Thymio in the loop: the Thymio driver against Debian's aseba simulators over a TCP bridge
// standing for the serial port. asebaplayground simulates real Thymio II robots (its node
// description, variable table, motors and proximity sensors); asebadummynode is a bare Aseba
// node. Found on this machine, unlike the notes in ROBOTS.md: asebadummynode describes itself
// with no named variables at all (no motor.*.target), and sends none of the event and function
// descriptions its DESCRIPTION announces; so it serves to check that the driver refuses a node
// that is not a Thymio, while the motor and sensor tests use the playground (run headless with
// Qt's offscreen platform, shipped in libqt5gui5: no X display and no xvfb needed).
// An Aseba node serves one TCP client and forgets it when any client disconnects, so each
// simulated robot gets exactly one connection for the whole file (no probe, no reconnect); the
// robot whose connection is closed on purpose is a robot of its own.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createThymioDriver } from '../../src/robots/thymio/driver';
import type { Calibration } from '../../src/robots/driver';
import { isRobotError } from '../../src/robots/errors';
import { AsebaBridge, startDummyNode, startPlayground, type Simulator } from './support/aseba-sim';

const calibration: Calibration = { power: 50, msPerCm: 20, quarterTurnMs: 400, trim: 0 };

describe('robot: Thymio (Aseba)', () => {
  let playground: Simulator;
  const bridges = new Map<string, AsebaBridge>();

  beforeAll(async () => {
    playground = await startPlayground(
      [
        { name: 'open', x: 50, y: 100, angle: 0 },
        { name: 'facing', x: 150, y: 40, angle: -Math.PI / 2 },
        { name: 'unplugged', x: 50, y: 160, angle: 0 },
      ],
      [{ x: 150, y: 29, width: 40, depth: 4 }],
    );
  }, 60_000);

  afterAll(async () => {
    for (const bridge of bridges.values()) bridge.close();
    await playground?.stop();
  });

  /** A new driver on the robot's one connection. */
  async function connected(name: 'open' | 'facing' | 'unplugged') {
    let bridge = bridges.get(name);
    if (!bridge) {
      bridge = await AsebaBridge.connect(playground.ports[name] as number);
      bridges.set(name, bridge);
    }
    const driver = createThymioDriver(bridge.transport(), {
      clock: bridge.clock,
      calibration,
      squareCm: 10,
    });
    await bridge.run(driver.connect());
    return { bridge, driver };
  }

  test('handshake: node present, description and the variable table with its offsets', async () => {
    const { driver } = await connected('open');
    expect(driver.info).toEqual({
      kind: 'thymio',
      name: 'thymio-II',
      firmware: 'thymio-II (Aseba 5)',
      protocolVersion: 5,
      capabilities: { move: true, light: false, sound: false, sensors: ['obstacle'] },
    });
    // Offsets are the sums of the sizes before each variable (event.args is 32 words).
    expect(driver.variables.get('event.args')).toEqual({ offset: 2, size: 32 });
    expect(driver.variables.get('prox.horizontal')).toEqual({ offset: 42, size: 7 });
    expect(driver.variables.get('motor.left.target')).toEqual({ offset: 57, size: 1 });
    expect(driver.variables.get('motor.right.target')).toEqual({ offset: 58, size: 1 });
    await driver.dispose();
  });

  test('a move sets both motor targets, holds them for the calibrated time, then zero', async () => {
    const { bridge, driver } = await connected('open');
    const node = driver.node as number;
    const start = bridge.clock.now();
    const move = driver.perform({ type: 'forward' });
    // 10 cm × 20 ms/cm = 200 ms at 50 % power (250 of the Thymio's 500).
    await bridge.advance(100);
    expect(await bridge.readVariables(node, 57, 2)).toEqual([250, 250]);
    const done = await bridge.run(move);
    expect(done?.completedAt).toBeDefined();
    expect((done?.startedAt as number) - start).toBeLessThan(5);
    expect((done?.completedAt as number) - (done?.startedAt as number)).toBe(200);
    expect(await bridge.readVariables(node, 57, 2)).toEqual([0, 0]);

    const turn = driver.perform({ type: 'turn', direction: 'left' });
    await bridge.advance(100);
    expect(await bridge.readVariables(node, 57, 2)).toEqual([-250, 250]);
    await bridge.run(turn);
    expect(await bridge.readVariables(node, 57, 2)).toEqual([0, 0]);
    await driver.dispose();
  });

  test('STOP during a move zeroes the targets and rejects the move', async () => {
    const { bridge, driver } = await connected('open');
    const node = driver.node as number;
    const move = driver.perform({ type: 'turn', direction: 'right' });
    const outcome = move.then(
      () => 'completed',
      (error: unknown) => (isRobotError(error, 'stopped') ? 'stopped' : String(error)),
    );
    await bridge.advance(100);
    expect(await bridge.readVariables(node, 57, 2)).toEqual([250, -250]);
    await bridge.run(driver.stop());
    expect(await outcome).toBe('stopped');
    expect(await bridge.readVariables(node, 57, 2)).toEqual([0, 0]);
    await driver.dispose();
  });

  test('prox.horizontal answers "path ahead": free in the open, blocked facing a wall', async () => {
    const open = await connected('open');
    expect(await open.bridge.run(open.driver.sense({ kind: 'path', direction: 'ahead' }))).toBe(
      true,
    );
    const facing = await connected('facing');
    const node = facing.driver.node as number;
    const prox = await facing.bridge.readVariables(node, 42, 7);
    expect(Math.max(...prox.slice(1, 4))).toBeGreaterThan(1000);
    expect(await facing.bridge.run(facing.driver.sense({ kind: 'path', direction: 'ahead' }))).toBe(
      false,
    );
    expect(facing.driver.canSense({ kind: 'floor', color: 'red' })).toBe(false);
    await open.driver.dispose();
    await facing.driver.dispose();
  });

  test('a closed connection rejects with disconnected', async () => {
    const { bridge, driver } = await connected('unplugged');
    bridge.close();
    await expect(driver.perform({ type: 'forward' })).rejects.toMatchObject({
      code: 'disconnected',
    });
  });

  test('asebadummynode is an Aseba node but not a Thymio: unsupported firmware', async () => {
    const dummy = await startDummyNode();
    try {
      const bridge = await AsebaBridge.connect(dummy.ports.dummy as number);
      bridges.set('dummy', bridge);
      const driver = createThymioDriver(bridge.transport(), { clock: bridge.clock });
      await expect(bridge.run(driver.connect())).rejects.toMatchObject({
        code: 'unsupported-firmware',
        detail: 'dummynode-4 has no motor.left.target',
      });
      expect(bridge.received.some((message) => message.kind === 'node-present')).toBe(true);
    } finally {
      await dummy.stop();
    }
  });
});
