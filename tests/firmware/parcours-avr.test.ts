// Firmware in the loop: the reference AVR firmware (firmware/avr/parcours.c), built with
// Debian's gcc-avr and run in avr8js, driven by the real Parcours line driver over a Transport
// into the simulated UART. All waiting is simulated time on the CPU's clock.

import { beforeAll, describe, expect, test } from 'vitest';
import { createParcoursLineDriver } from '../../src/robots/parcours-line/driver';
import type { Calibration } from '../../src/robots/driver';
import { isRobotError } from '../../src/robots/errors';
import { AvrRobot } from './support/avr-robot';
import { buildAvrFirmware } from './support/build-firmware';

const calibration: Calibration = { power: 60, msPerCm: 10, quarterTurnMs: 300, trim: 0 };
const HELLO_REPLY = 'HELLO 1 parcours-avr/1.0.0 500 move,led,tone,obstacle\r\n';

let hex = '';

beforeAll(() => {
  hex = buildAvrFirmware();
});

async function booted(): Promise<AvrRobot> {
  const robot = new AvrRobot(hex);
  await robot.runUntilOutput('EVT boot\r\n');
  return robot;
}

/** Sends raw text to the firmware and returns its complete reply lines. */
async function exchange(robot: AvrRobot, text: string, lines: number): Promise<string[]> {
  const from = robot.output.length;
  robot.receive(text);
  const limit = robot.nowMs + 1000;
  while (robot.output.slice(from).split('\r\n').length - 1 < lines) {
    if (robot.nowMs > limit) throw new Error(`only ${JSON.stringify(robot.output.slice(from))}`);
    robot.step(0.5);
  }
  return robot.output.slice(from).split('\r\n').slice(0, lines);
}

async function connected(options: { maxWriteSize?: number } = {}) {
  const robot = await booted();
  const driver = createParcoursLineDriver(robot.transport(options), {
    clock: robot.clock,
    calibration,
    squareCm: 20,
  });
  await robot.run(driver.connect());
  return { robot, driver };
}

describe('robot: parcours-line (AVR firmware)', () => {
  test('announces itself at boot and answers HELLO byte for byte', async () => {
    const robot = await booted();
    expect(robot.output).toBe('EVT boot\r\n');
    expect(await exchange(robot, 'HELLO 1\n', 1)).toEqual([HELLO_REPLY.trimEnd()]);
    // A host speaking a later version is answered in version 1, the robot's highest.
    expect(await exchange(robot, 'HELLO 7\r\n', 1)).toEqual([HELLO_REPLY.trimEnd()]);
    expect(await exchange(robot, 'HELLO 0\n', 1)).toEqual(['ERR - version']);
  });

  test('refuses garbage, long lines, unknown words, bad ranges and a second move', async () => {
    const robot = await booted();
    expect(await exchange(robot, 'M 1\x00 50\n', 1)).toEqual(['ERR - syntax']);
    expect(await exchange(robot, `${'A'.repeat(80)}\n`, 1)).toEqual(['ERR - toolong']);
    expect(await exchange(robot, 'JUMP 3\n', 1)).toEqual(['ERR - unknown']);
    expect(await exchange(robot, 'M 5 120 0 100\n', 1)).toEqual(['ERR 5 range']);
    expect(await exchange(robot, 'M 6 50 x 100\n', 1)).toEqual(['ERR 6 syntax']);
    expect(await exchange(robot, 'M 0 50 50 100\n', 1)).toEqual(['ERR - syntax']);
    expect(await exchange(robot, 'READ 8 colour\n', 1)).toEqual(['ERR 8 unsupported']);
    expect(await exchange(robot, 'PING\n', 1)).toEqual(['PONG']);
    // Empty lines and lone CRs are ignored without a reply.
    expect(await exchange(robot, '\n\r\n\nLED 9 0 0 1\n', 2)).toEqual(['ACK 9', 'DONE 9']);
    // Two moves in one chunk: the second is refused while the first runs.
    expect(await exchange(robot, 'M 10 50 50 200\nM 11 50 50 200\n', 2)).toEqual([
      'ACK 10',
      'ERR 11 busy',
    ]);
    const from = robot.output.length;
    await robot.runUntilOutput('DONE 10\r\n', from);
  });

  test('connects through the driver even when the board resets as the port opens', async () => {
    const robot = new AvrRobot(hex);
    const driver = createParcoursLineDriver(robot.transport(), { clock: robot.clock });
    const connecting = driver.connect();
    await robot.advance(0.05);
    robot.resetBoard(); // DTR reset: the HELLO already sent is lost with the old CPU state
    const info = await robot.run(connecting);
    expect(info).toEqual({
      kind: 'parcours-line',
      name: 'parcours-avr',
      firmware: 'parcours-avr/1.0.0',
      protocolVersion: 1,
      capabilities: { move: true, light: true, sound: true, sensors: ['obstacle'] },
    });
    expect(driver.session?.watchdogMs).toBe(500);
    // The firmware's EVT boot made the driver say HELLO again at once, not after a timeout.
    expect(robot.nowMs).toBeLessThan(100);
  });

  test('drives a square: ACK, wheels at the calibrated power, DONE after the square time', async () => {
    const { robot, driver } = await connected();
    const move = driver.perform({ type: 'forward' });
    await robot.advance(100);
    expect(robot.motors).toEqual({ left: 60, right: 60 });
    const done = await robot.run(move);
    expect(robot.motors).toEqual({ left: 0, right: 0 });
    // 20 cm × 10 ms/cm = 200 ms between the robot's ACK and DONE (host sees them within 1 ms).
    expect(done.completedAt - done.startedAt).toBeGreaterThanOrEqual(199);
    expect(done.completedAt - done.startedAt).toBeLessThanOrEqual(202);
    // The host kept the watchdog fed while the wheels turned.
    expect(robot.output).toContain('PONG');
  });

  test('turns on the spot with the wheels against each other, and trims straight lines', async () => {
    const { robot, driver } = await connected();
    const left = driver.perform({ type: 'turn', direction: 'left' });
    await robot.advance(50);
    expect(robot.motors).toEqual({ left: -60, right: 60 });
    const turned = await robot.run(left);
    expect(turned.completedAt - turned.startedAt).toBeGreaterThanOrEqual(299);
    const right = driver.perform({ type: 'turn', direction: 'right' });
    await robot.advance(50);
    expect(robot.motors).toEqual({ left: 60, right: -60 });
    await robot.run(right);
    driver.setMotion({ calibration: { ...calibration, trim: 10 } });
    const trimmed = driver.perform({ type: 'forward' });
    await robot.advance(50);
    // 10 % trim slows the right wheel: 54 % of full power, as the PWM duty rounds it.
    expect(robot.motors.left).toBe(60);
    expect(robot.motors.right).toBe(54);
    await robot.run(trimmed);
  });

  test('STOP in the middle of a move stops the wheels at once', async () => {
    const { robot, driver } = await connected();
    const move = driver.perform({ type: 'forward' });
    const outcome = move.then(
      () => 'completed',
      (error: unknown) => (isRobotError(error, 'stopped') ? 'stopped' : String(error)),
    );
    await robot.advance(80);
    expect(robot.motors).toEqual({ left: 60, right: 60 });
    const stopAt = robot.nowMs;
    await robot.run(driver.stop());
    expect(await outcome).toBe('stopped');
    expect(robot.motors).toEqual({ left: 0, right: 0 });
    expect(robot.nowMs - stopAt).toBeLessThan(5);
    expect(robot.output).toMatch(/ERR 1 stopped\r\nSTOPPED\r\n$/);
    // The robot takes the next command normally.
    await robot.run(driver.perform({ type: 'turn', direction: 'left' }));
  });

  test('the watchdog stops the wheels when the host goes quiet', async () => {
    const { robot, driver } = await connected();
    driver.setMotion({ calibration: { ...calibration, msPerCm: 100 } }); // a 2 s square
    const move = driver.perform({ type: 'forward' });
    const outcome = move.then(
      () => 'completed',
      (error: unknown) => (isRobotError(error) ? `${error.code}: ${error.detail}` : String(error)),
    );
    await robot.advance(100);
    expect(robot.motors).toEqual({ left: 60, right: 60 });
    robot.hostMuted = true; // the cable's host side goes silent: no more PINGs arrive
    const quietAt = robot.nowMs;
    await robot.advance(400);
    expect(robot.motors).toEqual({ left: 60, right: 60 });
    await robot.advance(300);
    expect(robot.motors).toEqual({ left: 0, right: 0 });
    expect(await outcome).toBe('robot-error: ERR 1 watchdog');
    expect(robot.output).toContain('ERR 1 watchdog\r\nEVT watchdog\r\n');
    // Stopped within the 500 ms watchdog (plus one PING period) of the last line heard.
    expect(robot.nowMs - quietAt).toBeLessThan(1000);
  });

  test('works over 1- and 20-byte writes (Bluetooth-sized), and after line noise', async () => {
    for (const maxWriteSize of [1, 20]) {
      const { robot, driver } = await connected({ maxWriteSize });
      robot.receive(Uint8Array.from([0xff, 0x00, 0x13, 0x37, 0x0a, 0x41, 0x0d]));
      await robot.run(driver.perform({ type: 'forward' }));
      expect(robot.output).toContain('ERR - syntax');
      expect(robot.output).toContain('DONE 1\r\n');
    }
  });

  test('reads the obstacle sensor for "path ahead"', async () => {
    const { robot, driver } = await connected();
    expect(driver.canSense({ kind: 'path', direction: 'ahead' })).toBe(true);
    expect(driver.canSense({ kind: 'path', direction: 'left' })).toBe(false);
    expect(await robot.run(driver.sense({ kind: 'path', direction: 'ahead' }))).toBe(true);
    robot.setObstacle(true);
    expect(await robot.run(driver.sense({ kind: 'path', direction: 'ahead' }))).toBe(false);
    await expect(robot.run(driver.sense({ kind: 'at-goal' }))).rejects.toMatchObject({
      code: 'unsupported',
    });
  });

  test('identify blinks the LED and sounds the buzzer', async () => {
    const { robot, driver } = await connected();
    const seen = { led: false, hz: 0 };
    const identify = driver.identify();
    const limit = robot.nowMs + 2000;
    let settled = false;
    void identify.then(() => (settled = true));
    while (!settled && robot.nowMs < limit) {
      await robot.advance(5);
      seen.led ||= robot.ledOn;
      seen.hz = Math.max(seen.hz, robot.toneHz);
    }
    await identify;
    expect(seen.led).toBe(true);
    // Timer1 divides 16 MHz by 16 × (OCR1A + 1): 1320 Hz comes out as 1320 or 1321.
    expect(Math.abs(seen.hz - 1320)).toBeLessThanOrEqual(1);
    expect(robot.ledOn).toBe(false);
    expect(robot.toneHz).toBe(0);
  });

  test('unplugging mid-move rejects with disconnected', async () => {
    const { robot, driver } = await connected();
    const move = driver.perform({ type: 'forward' });
    await robot.advance(50);
    robot.unplug();
    await expect(move).rejects.toMatchObject({ code: 'disconnected' });
    await expect(driver.perform({ type: 'forward' })).rejects.toMatchObject({
      code: 'disconnected',
    });
  });
});
