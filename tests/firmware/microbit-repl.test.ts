// Firmware in the loop for micro:bit robots: real MicroPython (the WebAssembly port) stands for
// a stock micro:bit. The raw-REPL driver probes raw-paste mode (the WebAssembly port hangs on
// it, so the probe's deadline and the fallback to plain 256-byte chunks run for real), installs
// firmware/microbit/parcours.py as main.py, soft-reboots, and then drives the installed
// firmware over the Parcours line protocol. The micro:bit's hardware modules are Python
// stand-ins (tests/firmware/support/microbit-shim) that record motors and display as events.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  createMicrobitReplDriver,
  type MicrobitStage,
} from '../../src/robots/microbit-repl/driver';
import {
  MICROBIT_FIRMWARE_IDENTITY,
  MICROBIT_FIRMWARE_SOURCE,
} from '../../src/robots/microbit-repl/firmware';
import { RawRepl } from '../../src/robots/microbit-repl/raw-repl';
import type { Calibration } from '../../src/robots/driver';
import { isRobotError } from '../../src/robots/errors';
import { MicrobitBoard } from './support/micropython-board';

const calibration: Calibration = { power: 60, msPerCm: 10, quarterTurnMs: 300, trim: 0 };

describe('robot: micro:bit raw REPL', () => {
  let board: MicrobitBoard;

  beforeAll(async () => {
    board = await MicrobitBoard.start();
  });

  afterAll(async () => {
    await board.stop();
  });

  test('the firmware text is bundled through the ?raw import', () => {
    expect(MICROBIT_FIRMWARE_SOURCE).toContain('def main():');
    expect(MICROBIT_FIRMWARE_IDENTITY).toBe('parcours-microbit/1.0.0');
  });

  test('runs code in the raw REPL, falling back from the hanging raw-paste probe', async () => {
    const repl = new RawRepl(board.transport(), { clock: board.clock });
    await board.run(repl.enter());
    const first = await board.run(repl.exec('print(6*7)'));
    expect(first).toEqual({ stdout: '42\n', stderr: '', truncated: false });
    // The board answered the probe with R\x01, then hung: the deadline fired and the driver
    // went back to plain raw mode through Ctrl-C.
    expect(repl.rawPaste).toBe('no');
    expect(board.restarts).toBe(1);
    const failed = await board.run(repl.exec('1/0'));
    expect(failed.stdout).toBe('');
    expect(failed.stderr).toContain('ZeroDivisionError');
    // More than one 256-byte chunk of code.
    const long = `x = 0\n${'x += 1\n'.repeat(60)}print(x)`;
    expect((await board.run(repl.exec(long))).stdout).toBe('60\n');
    await board.run(repl.exit());
    repl.dispose();
  });

  test('installs parcours.py as main.py, reboots, and connects to it', async () => {
    const stages: MicrobitStage[] = [];
    const driver = createMicrobitReplDriver(board.transport(), {
      clock: board.clock,
      calibration,
      squareCm: 20,
      onProgress: (progress) => {
        if (stages.at(-1) !== progress.stage) stages.push(progress.stage);
      },
    });
    const info = await board.run(driver.connect(), 120_000);
    expect(info).toEqual({
      kind: 'microbit-repl',
      name: 'parcours-microbit',
      firmware: 'parcours-microbit/1.0.0',
      protocolVersion: 1,
      capabilities: { move: true, light: true, sound: true, sensors: ['obstacle'] },
    });
    expect(driver.installed).toBe(true);
    expect(stages).toEqual(['checking', 'entering-repl', 'installing', 'rebooting', 'handshake']);
    expect(board.output).toContain('MPY: soft reboot\r\nEVT boot\r\n');
    // The Maqueen motor board was found on I2C and its wheels set to rest at boot.
    expect(board.events).toContain('i2c 16 0 0 0');
    await driver.dispose();
  });

  test('drives the installed firmware: moves, STOP, sensor, watchdog', async () => {
    const driver = createMicrobitReplDriver(board.transport(), {
      clock: board.clock,
      calibration,
      squareCm: 20,
      install: 'never',
    });
    await board.run(driver.connect());
    expect(driver.installed).toBe(false);

    const forward = driver.perform({ type: 'forward' });
    await board.advance(100);
    expect(board.motors).toEqual({ left: 60, right: 60 });
    expect(board.events).toContain('display ARROW_N');
    const done = await board.run(forward);
    expect(board.motors).toEqual({ left: 0, right: 0 });
    expect(done.completedAt - done.startedAt).toBeGreaterThanOrEqual(195);
    expect(done.completedAt - done.startedAt).toBeLessThanOrEqual(215);

    const turn = driver.perform({ type: 'turn', direction: 'right' });
    await board.advance(50);
    expect(board.motors).toEqual({ left: 60, right: -60 });
    const stopped = turn.then(
      () => 'completed',
      (error: unknown) => (isRobotError(error, 'stopped') ? 'stopped' : String(error)),
    );
    await board.run(driver.stop());
    expect(await stopped).toBe('stopped');
    expect(board.motors).toEqual({ left: 0, right: 0 });

    // Ultrasonic echo: 580 µs ≈ 99 mm, closer than a 20 cm square; none means the way is clear.
    board.setEcho(580);
    expect(await board.run(driver.sense({ kind: 'path', direction: 'ahead' }))).toBe(false);
    board.setEcho(-2);
    expect(await board.run(driver.sense({ kind: 'path', direction: 'ahead' }))).toBe(true);

    await board.run(driver.perform({ type: 'collect' }));
    expect(board.events).toContain('display HEART');
    expect(board.events).toContain('music pitch 880');

    await driver.dispose();
  });

  test('the installed firmware stops the wheels when the host goes quiet', async () => {
    const transport = board.transport();
    const driver = createMicrobitReplDriver(transport, {
      clock: board.clock,
      calibration: { ...calibration, msPerCm: 100 },
      squareCm: 20,
      install: 'never',
    });
    await board.run(driver.connect());
    await driver.dispose();
    // Raw protocol from here: a 2 s move, then silence.
    const from = board.output.length;
    await board.receive('\nM 40 50 50 2000\n');
    await board.advance(100);
    expect(board.motors).toEqual({ left: 50, right: 50 });
    await board.advance(600);
    expect(board.motors).toEqual({ left: 0, right: 0 });
    expect(board.output.slice(from)).toBe('ACK 40\r\nERR 40 watchdog\r\nEVT watchdog\r\n');
  });

  test('with install "never", a stock board is refused as unsupported firmware', async () => {
    const stock = await MicrobitBoard.start();
    try {
      const driver = createMicrobitReplDriver(stock.transport(), {
        clock: stock.clock,
        install: 'never',
      });
      await expect(stock.run(driver.connect())).rejects.toMatchObject({
        code: 'unsupported-firmware',
      });
    } finally {
      await stock.stop();
    }
  });
});
