// The connection session: the pure state machine, and the orchestration of connect, reconnect,
// identify, STOP and disconnect over the simulated robot and fake serial ports, with the real
// Parcours line driver and simulated time.
import { describe, expect, it } from 'vitest';
import {
  INITIAL_STATE,
  RobotSession,
  nextState,
  sessionErrorCode,
  type ConnectedRobot,
  type SessionState,
} from '../../../src/devices/session';
import { simulatorConnector, webSerialConnector } from '../../../src/devices/connectors';
import { SimulatedRobot } from '../../../src/devices/simulated-robot';
import { DeviceError } from '../../../src/devices/errors';
import { ManualClock } from '../../../src/robots/clock';
import { RobotError } from '../../../src/robots/errors';
import { createParcoursLineDriver } from '../../../src/robots/parcours-line/driver';
import type { DriverFactory } from '../../../src/robots/driver';
import type { MicrobitDriverOptions } from '../../../src/robots/microbit-repl/driver';
import { FakeSerial, bytes, domError, settle, until } from './fakes';

const target = { robot: 'parcours-line', transport: 'simulator' } as const;
const serialTarget = { robot: 'parcours-line', transport: 'serial' } as const;

const robot: ConnectedRobot = {
  id: 'parcours-line|sim:1',
  target,
  deviceKey: 'sim:1',
  deviceLabel: 'sim',
  info: {
    kind: 'parcours-line',
    name: 'parcours-sim',
    firmware: 'parcours-sim/1.0.0',
    protocolVersion: 1,
    capabilities: { move: true, light: true, sound: true, sensors: [] },
  },
};

describe('nextState', () => {
  it('walks idle → connecting → connected → disconnected → idle', () => {
    let state: SessionState = INITIAL_STATE;
    state = nextState(state, { type: 'connect', target });
    expect(state).toEqual({ status: 'connecting', target, step: 'picking' });
    state = nextState(state, { type: 'step', step: 'handshake' });
    expect(state).toMatchObject({ status: 'connecting', step: 'handshake' });
    state = nextState(state, { type: 'connected', robot });
    expect(state).toEqual({ status: 'connected', robot });
    state = nextState(state, { type: 'link-lost', reason: 'lost' });
    expect(state).toEqual({ status: 'disconnected', robot, reason: 'lost' });
    state = nextState(state, { type: 'dismiss' });
    expect(state).toEqual({ status: 'idle', last: robot });
  });

  it('turns a failure while connecting into an error with its code', () => {
    const connecting = nextState(INITIAL_STATE, { type: 'connect', target });
    const failed = nextState(connecting, { type: 'failed', code: 'device-in-use', detail: 'x' });
    expect(failed).toMatchObject({ status: 'error', code: 'device-in-use', target });
    expect(nextState(failed, { type: 'dismiss' })).toEqual({ status: 'idle', last: null });
  });

  it('ignores events that make no sense in a state', () => {
    const connected: SessionState = { status: 'connected', robot };
    expect(nextState(connected, { type: 'failed', code: 'timeout', detail: '' })).toBe(connected);
    expect(nextState(connected, { type: 'step', step: 'opening' })).toBe(connected);
    expect(nextState(connected, { type: 'dismiss' })).toBe(connected);
    expect(nextState(INITIAL_STATE, { type: 'link-lost', reason: 'lost' })).toBe(INITIAL_STATE);
    const connecting = nextState(INITIAL_STATE, { type: 'connect', target });
    expect(nextState(connecting, { type: 'connect', target: serialTarget })).toBe(connecting);
  });

  it('reports a link lost while connecting as a disconnected error', () => {
    const connecting = nextState(INITIAL_STATE, { type: 'connect', target });
    expect(nextState(connecting, { type: 'link-lost', reason: 'lost' })).toMatchObject({
      status: 'error',
      code: 'disconnected',
    });
  });

  it('goes back to idle, remembering the robot, when the user disconnects', () => {
    expect(nextState({ status: 'connected', robot }, { type: 'closed' })).toEqual({
      status: 'idle',
      last: robot,
    });
  });
});

describe('sessionErrorCode', () => {
  it('maps driver errors to session codes', () => {
    expect(sessionErrorCode(new RobotError('timeout'))).toBe('timeout');
    expect(sessionErrorCode(new RobotError('unsupported-firmware'))).toBe('protocol');
    expect(sessionErrorCode(new RobotError('protocol'))).toBe('protocol');
    expect(sessionErrorCode(new RobotError('disconnected'))).toBe('disconnected');
    expect(sessionErrorCode(new RobotError('unsupported'))).toBe('unsupported');
    expect(sessionErrorCode(new DeviceError('device-in-use'))).toBe('device-in-use');
    expect(sessionErrorCode(domError('NetworkError'))).toBe('device-in-use');
  });
});

function simulatedSession(robotOptions: ConstructorParameters<typeof SimulatedRobot>[0] = {}) {
  const clock = new ManualClock();
  const connector = simulatorConnector(() => new SimulatedRobot({ clock, ...robotOptions }));
  const session = new RobotSession({
    clock,
    connectors: { simulator: connector },
    drivers: { 'parcours-line': createParcoursLineDriver },
  });
  const states: SessionState[] = [];
  session.subscribe((state) => states.push(state));
  return { clock, connector, session, states };
}

describe('RobotSession', () => {
  it('connects through picking, opening and the handshake', async () => {
    const { session, states } = simulatedSession();
    const final = await session.connect(target);
    expect(
      states.map((state) => (state.status === 'connecting' ? state.step : state.status)),
    ).toEqual(['picking', 'opening', 'handshake', 'connected']);
    expect(final).toMatchObject({
      status: 'connected',
      robot: { id: 'parcours-line|sim:1', info: { firmware: 'parcours-sim/1.0.0' } },
    });
    expect(session.driver?.info?.capabilities.move).toBe(true);
  });

  it('shows an installing step while a driver copies firmware (micro:bit), once', async () => {
    const clock = new ManualClock();
    const connector = simulatorConnector(() => new SimulatedRobot({ clock }));
    const installing: DriverFactory = (transport, options) => {
      const progress = (options as MicrobitDriverOptions).onProgress;
      progress?.({ stage: 'checking' });
      progress?.({ stage: 'installing', install: { written: 10, total: 100 } });
      progress?.({ stage: 'installing', install: { written: 100, total: 100 } });
      return createParcoursLineDriver(transport, options);
    };
    const session = new RobotSession({
      clock,
      connectors: { simulator: connector },
      drivers: { 'parcours-line': installing },
    });
    const states: SessionState[] = [];
    session.subscribe((state) => states.push(state));
    await session.connect(target);
    expect(
      states.map((state) => (state.status === 'connecting' ? state.step : state.status)),
    ).toEqual(['picking', 'opening', 'handshake', 'installing', 'connected']);
  });

  it('reports a silent device as a timeout after the handshake attempts', async () => {
    const clock = new ManualClock();
    const serial = new FakeSerial();
    serial.pick = serial.addPort();
    const session = new RobotSession({
      clock,
      connectors: { serial: webSerialConnector(serial) },
      drivers: { 'parcours-line': createParcoursLineDriver },
    });
    let finished = false;
    const pending = session.connect(serialTarget).finally(() => (finished = true));
    for (let i = 0; i < 20 && !finished; i++) {
      await settle();
      clock.advanceBy(2000);
    }
    expect(await pending).toMatchObject({ status: 'error', code: 'timeout' });
    // The port was released for another try.
    expect(serial.ports[0]?.isOpen).toBe(false);
  });

  it('reports a device that answers in another language as a protocol error', async () => {
    const clock = new ManualClock();
    const serial = new FakeSerial();
    const port = serial.addPort();
    serial.pick = port;
    const session = new RobotSession({
      clock,
      connectors: { serial: webSerialConnector(serial) },
      drivers: { 'parcours-line': createParcoursLineDriver },
    });
    let finished = false;
    const pending = session.connect(serialTarget).finally(() => (finished = true));
    for (let i = 0; i < 20 && !finished; i++) {
      await settle();
      port.push(bytes('MicroPython v1.22 on micro:bit\r\n>>> '));
      await settle();
      clock.advanceBy(2000);
    }
    expect(await pending).toMatchObject({ status: 'error', code: 'protocol' });
  });

  it('maps a cancelled picker and a busy port to their codes', async () => {
    const serial = new FakeSerial();
    const session = new RobotSession({
      connectors: { serial: webSerialConnector(serial) },
      drivers: { 'parcours-line': createParcoursLineDriver },
    });
    expect(await session.connect(serialTarget)).toMatchObject({
      status: 'error',
      code: 'no-device-selected',
    });
    const port = serial.addPort();
    port.openError = domError('NetworkError', 'Failed to open serial port.');
    serial.pick = port;
    expect(await session.connect(serialTarget)).toMatchObject({
      status: 'error',
      code: 'device-in-use',
    });
  });

  it('refuses a way of connecting the composition root did not provide', async () => {
    const { session } = simulatedSession();
    expect(await session.connect(serialTarget)).toMatchObject({
      status: 'error',
      code: 'unsupported',
    });
    expect(await session.connect({ robot: 'mbot', transport: 'simulator' })).toMatchObject({
      status: 'error',
      code: 'unsupported',
    });
  });

  it('times out a device that never finishes opening', async () => {
    const clock = new ManualClock();
    const session = new RobotSession({
      clock,
      openTimeoutMs: 5000,
      connectors: {
        simulator: {
          kind: 'simulator',
          request: async () => ({
            transport: 'simulator',
            key: 'stuck',
            label: 'stuck',
            open: () => new Promise(() => undefined),
          }),
          known: async () => [],
        },
      },
      drivers: { 'parcours-line': createParcoursLineDriver },
    });
    const pending = session.connect(target);
    await settle();
    clock.advanceBy(5000);
    expect(await pending).toMatchObject({ status: 'error', code: 'timeout' });
  });

  it('notices an unplugged robot and reconnects it without the picker', async () => {
    const { session, connector } = simulatedSession();
    await session.connect(target);
    connector.lastTransport()?.unplug();
    expect(session.state).toMatchObject({ status: 'disconnected', reason: 'lost' });
    expect(session.driver).toBeNull();
    const again = await session.reconnect();
    expect(again).toMatchObject({ status: 'connected' });
  });

  it('fails a reconnect when the robot is no longer there', async () => {
    const clock = new ManualClock();
    const serial = new FakeSerial();
    const port = serial.addPort();
    serial.pick = port;
    const session = new RobotSession({
      clock,
      connectors: { serial: webSerialConnector(serial) },
      drivers: { 'parcours-line': createParcoursLineDriver },
    });
    const pending = session.connect(serialTarget);
    await until(() => port.written.length > 0);
    port.push(bytes('HELLO 1 parcours-avr/1.0.0 500 move,led\r\n'));
    expect(await pending).toMatchObject({ status: 'connected' });
    port.unplug();
    await until(() => session.state.status === 'disconnected');
    serial.ports.length = 0;
    expect(await session.reconnect()).toMatchObject({ status: 'error', code: 'disconnected' });
  });

  it('runs one operation at a time', async () => {
    const { session } = simulatedSession();
    await session.connect(target);
    const order: string[] = [];
    let release!: () => void;
    const first = session.withRobot(async () => {
      order.push('first starts');
      await new Promise<void>((resolve) => (release = resolve));
      order.push('first ends');
    });
    const second = session.withRobot(async () => {
      order.push('second starts');
    });
    await settle();
    expect(order).toEqual(['first starts']);
    expect(session.busy).toBe(true);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['first starts', 'first ends', 'second starts']);
    expect(session.busy).toBe(false);
  });

  it('STOP skips the queue, aborts the running operation and stops the motors', async () => {
    const { session, connector } = simulatedSession();
    await session.connect(target);
    const robotModel = connector.lastTransport()!.robot;
    const running = session.withRobot(({ driver, signal }) =>
      driver.perform({ type: 'forward' }, signal),
    );
    await until(() => robotModel.busy);
    await session.stop();
    await expect(running).rejects.toBeInstanceOf(DeviceError);
    expect(robotModel.busy).toBe(false);
    expect(robotModel.received).toContain('STOP');
  });

  it('identifies the robot with its light and sound', async () => {
    const { session, connector, clock } = simulatedSession();
    await session.connect(target);
    const robotModel = connector.lastTransport()!.robot;
    const lights: string[] = [];
    robotModel.onEvent((event) => {
      if (event.type === 'light') lights.push(`${event.r},${event.g},${event.b}`);
    });
    const identifying = session.identify();
    for (let i = 0; i < 50 && lights.length < 6; i++) {
      await settle();
      clock.advanceBy(100);
    }
    for (let i = 0; i < 10; i++) {
      await settle();
      clock.advanceBy(200);
    }
    await identifying;
    expect(lights).toEqual(['255,120,0', '0,0,0', '255,120,0', '0,0,0', '255,120,0', '0,0,0']);
  });

  it('rejects robot operations with disconnected when no robot is connected', async () => {
    const { session } = simulatedSession();
    await expect(session.identify()).rejects.toMatchObject({ code: 'disconnected' });
  });

  it('stops the motors and closes the link on disconnect', async () => {
    const { session, connector } = simulatedSession();
    await session.connect(target);
    const transport = connector.lastTransport()!;
    const final = await session.disconnect();
    expect(final).toMatchObject({ status: 'idle', last: { id: 'parcours-line|sim:1' } });
    expect(transport.robot.received.at(-1)).toBe('STOP');
    expect(transport.isOpen).toBe(false);
  });

  it('gives up a handshake the user cancels, back to idle', async () => {
    const clock = new ManualClock();
    const serial = new FakeSerial();
    serial.pick = serial.addPort();
    const factory: DriverFactory = createParcoursLineDriver;
    const session = new RobotSession({
      clock,
      connectors: { serial: webSerialConnector(serial) },
      drivers: { 'parcours-line': factory },
    });
    const pending = session.connect(serialTarget);
    await until(() => session.state.status === 'connecting' && session.state.step === 'handshake');
    session.cancelConnect();
    expect(await pending).toEqual({ status: 'idle', last: null });
  });
});
