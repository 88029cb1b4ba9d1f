// The simulated robot answers the Parcours line protocol like the reference firmware: golden
// replies for each command, STOP mid-move, the watchdog, and bad lines.
import { describe, expect, it } from 'vitest';
import { SimulatedRobot, SimulatedRobotTransport } from '../../../src/devices/simulated-robot';
import { ManualClock } from '../../../src/robots/clock';
import { bytes, settle, text } from './fakes';

function robotWithOutput(options: ConstructorParameters<typeof SimulatedRobot>[0] = {}) {
  const clock = new ManualClock();
  const robot = new SimulatedRobot({ clock, ...options });
  const out: Uint8Array[] = [];
  robot.onOutput((chunk) => out.push(chunk));
  const said = () => text(out);
  return { clock, robot, said };
}

describe('SimulatedRobot', () => {
  it('answers the handshake with version, firmware, watchdog and capabilities', () => {
    const { robot, said } = robotWithOutput();
    robot.receive(bytes('\nHELLO 3\n'));
    expect(said()).toBe('HELLO 1 parcours-sim/1.0.0 500 move,led,tone,obstacle\r\n');
  });

  it('acknowledges a move at once and completes it after its duration', () => {
    const { robot, said, clock } = robotWithOutput();
    const motors: string[] = [];
    robot.onEvent((event) => {
      if (event.type === 'motors') motors.push(`${event.left}/${event.right}`);
    });
    robot.receive(bytes('M 12 60 60 1000\n'));
    expect(said()).toBe('ACK 12\r\n');
    clock.advanceBy(400);
    robot.receive(bytes('PING\n'));
    clock.advanceBy(400);
    robot.receive(bytes('PING\n'));
    clock.advanceBy(200);
    expect(said()).toBe('ACK 12\r\nPONG\r\nPONG\r\nDONE 12\r\n');
    expect(motors).toEqual(['60/60', '0/0']);
  });

  it('stops a move on STOP, failing it before saying STOPPED', () => {
    const { robot, said } = robotWithOutput();
    robot.receive(bytes('M 13 -60 60 600\nSTOP\n'));
    expect(said()).toBe('ACK 13\r\nERR 13 stopped\r\nSTOPPED\r\n');
    expect(robot.busy).toBe(false);
  });

  it('stops the motors when the host goes quiet (watchdog)', () => {
    const { robot, said, clock } = robotWithOutput();
    robot.receive(bytes('M 14 60 60 5000\n'));
    clock.advanceBy(499);
    expect(robot.busy).toBe(true);
    clock.advanceBy(1);
    expect(robot.busy).toBe(false);
    expect(said()).toBe('ACK 14\r\nERR 14 watchdog\r\nEVT watchdog\r\n');
  });

  it('refuses a second timed command, bad ranges, unknown words and garbage', () => {
    const { robot, said } = robotWithOutput({ capabilities: ['move', 'led'] });
    robot.receive(bytes('M 1 60 60 1000\nM 2 60 60 1000\n'));
    robot.receive(bytes('M 3 120 60 1000\nTONE 4 440 100\nJUMP 5\n'));
    robot.receive(new Uint8Array([0x4d, 0x20, 0xff, 0x0a]));
    robot.receive(bytes(`${'X'.repeat(70)}\n`));
    robot.receive(bytes('READ 6 obstacle\n'));
    expect(said()).toBe(
      [
        'ACK 1',
        'ERR 2 busy',
        'ERR 3 range',
        'ERR 4 unsupported',
        'ERR - unknown',
        'ERR - syntax',
        'ERR - toolong',
        'ERR 6 unsupported',
        '',
      ].join('\r\n'),
    );
  });

  it('reads its obstacle sensor and sets its light', () => {
    let blocked = false;
    const { robot, said } = robotWithOutput({ obstacleAhead: () => blocked });
    robot.receive(bytes('READ 7 obstacle\n'));
    blocked = true;
    robot.receive(bytes('READ 8 obstacle\nLED 9 255 0 0\n'));
    expect(said()).toBe('ACK 7\r\nDONE 7 0\r\nACK 8\r\nDONE 8 1\r\nACK 9\r\nDONE 9\r\n');
  });

  it('handles lines split across and merged within chunks', () => {
    const { robot, said } = robotWithOutput();
    for (const piece of ['PI', 'NG\r', '\nPING\nST', 'OP\n']) robot.receive(bytes(piece));
    expect(said()).toBe('PONG\r\nPONG\r\nSTOPPED\r\n');
  });
});

describe('SimulatedRobotTransport', () => {
  it('carries bytes both ways asynchronously and reports an unplug as lost', async () => {
    const robot = new SimulatedRobot({ clock: new ManualClock() });
    const transport = new SimulatedRobotTransport(robot);
    const received: Uint8Array[] = [];
    const reasons: string[] = [];
    transport.onData((chunk) => received.push(chunk));
    transport.onDisconnect((reason) => reasons.push(reason));
    await transport.write(bytes('PING\n'));
    await settle();
    expect(text(received)).toBe('PONG\r\n');
    transport.unplug();
    expect(reasons).toEqual(['lost']);
    await expect(transport.write(bytes('PING\n'))).rejects.toMatchObject({ code: 'disconnected' });
  });
});
