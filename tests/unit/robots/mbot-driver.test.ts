// mBot driver against a model of the mCore factory firmware speaking 0xFF 0x55: the bytes the
// driver writes for a move, STOP, a sensor read and identify are checked against golden bytes,
// with replies split in single bytes; silence, noise and unplugging give typed errors.

import { describe, expect, test } from 'vitest';
import { ManualClock } from '../../../src/robots/clock';
import { createMbotDriver } from '../../../src/robots/mbot/driver';
import { McoreDeframer } from '../../../src/robots/mbot/protocol';
import type { DisconnectReason, Transport } from '../../../src/robots/transport';
import { hex, toHex } from './samples';

/** A model of mCore: answers RUN with an ack, GET VERSION and GET ULTRASONIC with values. */
class FakeMcore {
  readonly written: string[] = [];
  distanceCm = 100;
  mode: 'mcore' | 'silent' | 'noise' = 'mcore';
  #data = new Set<(chunk: Uint8Array) => void>();
  #gone = new Set<(reason: DisconnectReason) => void>();

  transport(): Transport {
    return {
      write: async (bytes) => {
        this.written.push(toHex(bytes));
        queueMicrotask(() => this.#answer(bytes));
      },
      onData: (listener) => (this.#data.add(listener), () => this.#data.delete(listener)),
      onDisconnect: (listener) => (this.#gone.add(listener), () => this.#gone.delete(listener)),
      close: async () => this.unplug('closed'),
    };
  }

  unplug(reason: DisconnectReason = 'lost'): void {
    for (const listener of [...this.#gone]) listener(reason);
  }

  /** Sends `bytes` one byte per chunk, as a slow USB-serial chip may. */
  #send(bytes: Uint8Array): void {
    for (const byte of bytes) for (const listener of [...this.#data]) listener(Uint8Array.of(byte));
  }

  #answer(request: Uint8Array): void {
    if (this.mode === 'silent') return;
    if (this.mode === 'noise') return this.#send(hex('3e 3e 20 0d 0a 00'));
    const [, , , index, action, device] = request;
    if (action === 2 || action === 4) return this.#send(hex('ff 55 0d 0a'));
    const value =
      device === 0
        ? Uint8Array.of(4, 9, ...Array.from('06.01.107', (c) => c.charCodeAt(0)))
        : Uint8Array.of(2, ...new Uint8Array(Float32Array.of(this.distanceCm).buffer));
    this.#send(Uint8Array.of(0xff, 0x55, index as number, ...value, 0x0d, 0x0a));
  }
}

/** Lets microtasks run, then moves the clock, until `promise` settles. */
async function drive<T>(clock: ManualClock, promise: Promise<T>): Promise<T> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let turn = 0; turn < 10_000 && !settled; turn++) {
    await new Promise((resolve) => setImmediate(resolve));
    if (settled) break;
    const next = clock.nextDue();
    if (next !== null) clock.advanceTo(next);
  }
  return promise;
}

const calibration = { power: 50, msPerCm: 20, quarterTurnMs: 400, trim: 0 };

async function connected(robot = new FakeMcore()) {
  const clock = new ManualClock();
  const driver = createMbotDriver(robot.transport(), { clock, calibration, squareCm: 10 });
  const info = await drive(clock, driver.connect());
  return { robot, clock, driver, info };
}

describe('robot: mBot driver (mCore firmware)', () => {
  test('handshake asks the version and reports it', async () => {
    const { robot, info } = await connected();
    expect(robot.written).toEqual(['ff 55 03 01 01 00']);
    expect(info).toMatchObject({ kind: 'mbot', firmware: 'mcore/06.01.107' });
    expect(info.capabilities).toEqual({
      move: true,
      light: true,
      sound: true,
      sensors: ['obstacle'],
    });
  });

  test('a forward move: both motors at the calibrated power for the calibrated time, then off', async () => {
    const { robot, clock, driver } = await connected();
    robot.written.length = 0;
    const done = await drive(clock, driver.perform({ type: 'forward' }));
    // 50 % of 255 → 127: left mirrored (−127 = 81 ff), right 127 (7f 00).
    expect(robot.written).toEqual([
      'ff 55 07 02 02 05 81 ff 7f 00',
      'ff 55 07 03 02 05 00 00 00 00',
    ]);
    expect(done.completedAt - done.startedAt).toBe(200);
  });

  test('a left turn spins the wheels in opposite directions', async () => {
    const { robot, clock, driver } = await connected();
    robot.written.length = 0;
    await drive(clock, driver.perform({ type: 'turn', direction: 'left' }));
    expect(robot.written[0]).toBe('ff 55 07 02 02 05 7f 00 7f 00');
  });

  test('STOP during a move sends motors off at once and rejects the move with stopped', async () => {
    const { robot, clock, driver } = await connected();
    const move = driver.perform({ type: 'forward' });
    move.catch(() => undefined);
    // The motors run (drive sent and acknowledged); the clock has not moved.
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(robot.written.at(-1)).toBe('ff 55 07 02 02 05 81 ff 7f 00');
    expect(clock.now()).toBe(0);
    robot.written.length = 0;
    await driver.stop();
    await expect(move).rejects.toMatchObject({ code: 'stopped' });
    expect(robot.written[0]).toMatch(/^ff 55 07 .. 02 05 00 00 00 00$/);
  });

  test('"path ahead" reads the ultrasonic sensor against one square', async () => {
    const { robot, clock, driver } = await connected();
    robot.written.length = 0;
    expect(await drive(clock, driver.sense({ kind: 'path', direction: 'ahead' }))).toBe(true);
    expect(robot.written).toEqual(['ff 55 04 02 01 01 03']);
    robot.distanceCm = 4.5;
    expect(await drive(clock, driver.sense({ kind: 'path', direction: 'ahead' }))).toBe(false);
    expect(driver.canSense({ kind: 'floor', color: 'red' })).toBe(false);
  });

  test('identify flashes the LEDs and beeps', async () => {
    const { robot, clock, driver } = await connected();
    robot.written.length = 0;
    await drive(clock, driver.identify());
    expect(robot.written.some((bytes) => /^ff 55 09 .. 02 08 07 02 00 00 b4 ff$/.test(bytes))).toBe(
      true,
    );
    expect(robot.written.some((bytes) => /^ff 55 07 .. 02 22 28 05 96 00$/.test(bytes))).toBe(true);
  });

  test('a silent port times out; a port that answers noise is unsupported firmware', async () => {
    const silent = new FakeMcore();
    silent.mode = 'silent';
    const clock = new ManualClock();
    const driver = createMbotDriver(silent.transport(), { clock });
    await expect(drive(clock, driver.connect())).rejects.toMatchObject({ code: 'timeout' });
    expect(silent.written).toHaveLength(3);

    const noisy = new FakeMcore();
    noisy.mode = 'noise';
    const other = createMbotDriver(noisy.transport(), { clock });
    await expect(drive(clock, other.connect())).rejects.toMatchObject({
      code: 'unsupported-firmware',
    });
  });

  test('unplugged mid-move: the move rejects with disconnected', async () => {
    const { robot, clock, driver } = await connected();
    const move = driver.perform({ type: 'forward' });
    move.catch(() => undefined);
    await new Promise((resolve) => setImmediate(resolve));
    robot.unplug();
    await expect(drive(clock, move)).rejects.toMatchObject({ code: 'disconnected' });
    await expect(driver.perform({ type: 'forward' })).rejects.toMatchObject({
      code: 'disconnected',
    });
  });

  test('the deframer used by the driver copes with answers merged in one chunk', () => {
    const deframer = new McoreDeframer();
    expect(deframer.push(hex('ff 55 0d 0a ff 55 0d 0a ff 55 02 01 07 0d 0a'))).toEqual([
      { kind: 'ack' },
      { kind: 'ack' },
      { kind: 'value', index: 2, value: 7 },
    ]);
  });
});
