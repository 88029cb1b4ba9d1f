// The connection session: which robot this tablet is connected to, and the one-at-a-time
// orchestration of everything done with it (connect, reconnect, identify, run, disconnect).
// `nextState` is the pure state machine; `RobotSession` runs the asynchronous steps and feeds
// it events. STOP never waits in the queue. Failures end as typed DeviceErrorCodes that the UI
// turns into words. Devices layer: knows connectors and drivers, not the UI or storage.
import type { DeviceHandle, Connector } from './connectors';
import type { TransportKind } from './availability';
import { DeviceError, isDeviceError, toDeviceError, type DeviceErrorCode } from './errors';
import { OperationQueue } from './queue';
import { ROBOT_LINKS, canCarry } from './robot-links';
import { systemClock, type Clock } from '../robots/clock';
import type {
  DriverFactory,
  DriverOptions,
  RobotDriver,
  RobotInfo,
  RobotKind,
} from '../robots/driver';
import { isRobotError } from '../robots/errors';
import type { MicrobitDriverOptions } from '../robots/microbit-repl/driver';
import type { DisconnectReason, Transport, Unsubscribe } from '../robots/transport';

/** What the user asked to connect: a kind of robot, over a way of connecting. */
export interface RobotTarget {
  readonly robot: RobotKind;
  readonly transport: TransportKind;
}

/** A robot the session has shaken hands with. */
export interface ConnectedRobot {
  /** Stable identity on this device, for its name and calibration: kind and device key. */
  readonly id: string;
  readonly target: RobotTarget;
  readonly deviceKey: string;
  readonly deviceLabel: string;
  readonly info: RobotInfo;
}

/** `installing`: the micro:bit driver is copying the Parcours firmware onto the board. */
export type ConnectingStep = 'picking' | 'opening' | 'handshake' | 'installing';

export type SessionState =
  | { readonly status: 'idle'; readonly last: ConnectedRobot | null }
  | { readonly status: 'connecting'; readonly target: RobotTarget; readonly step: ConnectingStep }
  | { readonly status: 'connected'; readonly robot: ConnectedRobot }
  | {
      /** The link dropped by itself (unplugged, out of range); reconnecting may work. */
      readonly status: 'disconnected';
      readonly robot: ConnectedRobot;
      readonly reason: Exclude<DisconnectReason, 'closed'>;
    }
  | {
      readonly status: 'error';
      readonly code: DeviceErrorCode;
      readonly target: RobotTarget | null;
      /** Technical detail for a developer log; never shown to pupils as is. */
      readonly detail: string;
      readonly last: ConnectedRobot | null;
    };

export type SessionStatus = SessionState['status'];

export type SessionEvent =
  | { readonly type: 'connect'; readonly target: RobotTarget }
  | { readonly type: 'step'; readonly step: ConnectingStep }
  | { readonly type: 'connected'; readonly robot: ConnectedRobot }
  | { readonly type: 'failed'; readonly code: DeviceErrorCode; readonly detail: string }
  /** Connecting was given up by the user (not an error). */
  | { readonly type: 'cancelled' }
  | { readonly type: 'link-lost'; readonly reason: Exclude<DisconnectReason, 'closed'> }
  /** The user disconnected. */
  | { readonly type: 'closed' }
  /** The user read the message: back to idle. */
  | { readonly type: 'dismiss' };

export const INITIAL_STATE: SessionState = { status: 'idle', last: null };

/** The robot the state is about, if any (connected, lost, or the last one). */
export function lastRobot(state: SessionState): ConnectedRobot | null {
  switch (state.status) {
    case 'connected':
    case 'disconnected':
      return state.robot;
    case 'idle':
    case 'error':
      return state.last;
    case 'connecting':
      return null;
  }
}

/** The pure state machine. Events that make no sense in a state leave it unchanged. */
export function nextState(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'connect':
      if (state.status === 'connecting') return state;
      return { status: 'connecting', target: event.target, step: 'picking' };
    case 'step':
      if (state.status !== 'connecting') return state;
      return { ...state, step: event.step };
    case 'connected':
      if (state.status !== 'connecting') return state;
      return { status: 'connected', robot: event.robot };
    case 'failed':
      if (state.status !== 'connecting') return state;
      return {
        status: 'error',
        code: event.code,
        target: state.target,
        detail: event.detail,
        last: null,
      };
    case 'cancelled':
      if (state.status !== 'connecting') return state;
      return { status: 'idle', last: null };
    case 'link-lost':
      if (state.status === 'connected') {
        return { status: 'disconnected', robot: state.robot, reason: event.reason };
      }
      if (state.status === 'connecting') {
        return {
          status: 'error',
          code: 'disconnected',
          target: state.target,
          detail: `link ${event.reason} while connecting`,
          last: null,
        };
      }
      return state;
    case 'closed':
      if (state.status === 'connecting') return state;
      return { status: 'idle', last: lastRobot(state) };
    case 'dismiss':
      if (state.status === 'error' || state.status === 'disconnected') {
        return { status: 'idle', last: lastRobot(state) };
      }
      return state;
  }
}

/** Maps a driver's RobotError or a transport's failure to the session's error codes. */
export function sessionErrorCode(error: unknown): DeviceErrorCode {
  if (isDeviceError(error)) return error.code;
  if (isRobotError(error)) {
    switch (error.code) {
      case 'timeout':
        return 'timeout';
      case 'disconnected':
      case 'not-connected':
        return 'disconnected';
      case 'unsupported':
        return 'unsupported';
      default:
        return 'protocol';
    }
  }
  return toDeviceError(error, 'open').code;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface SessionOptions {
  readonly connectors: Partial<Record<TransportKind, Connector>>;
  readonly drivers: Partial<Record<RobotKind, DriverFactory>>;
  readonly clock?: Clock;
  /** Opening a port or a GATT connection that takes longer than this fails with 'timeout'. */
  readonly openTimeoutMs?: number;
  /** Extra options for every driver (a developer log, timeouts). */
  readonly driverOptions?: DriverOptions;
}

export const DEFAULT_OPEN_TIMEOUT_MS = 15_000;

/** What `withRobot` hands to an operation that has the robot to itself. */
export interface RobotUse {
  readonly driver: RobotDriver;
  readonly robot: ConnectedRobot;
  /** Fires when STOP is pressed (a lost link fails the driver's calls instead). */
  readonly signal: AbortSignal;
}

interface Link {
  readonly robot: ConnectedRobot;
  readonly transport: Transport;
  readonly driver: RobotDriver;
  readonly handle: DeviceHandle;
  readonly unwatch: Unsubscribe;
}

export class RobotSession {
  private current: SessionState = INITIAL_STATE;
  private readonly listeners = new Set<(state: SessionState) => void>();
  private readonly queue = new OperationQueue();
  private readonly clock: Clock;
  private link: Link | null = null;
  /** The device of the last robot, for reconnecting without the picker. */
  private lastDevice: { readonly target: RobotTarget; readonly key: string } | null = null;
  private connecting: AbortController | null = null;
  private using: AbortController | null = null;

  constructor(private readonly options: SessionOptions) {
    this.clock = options.clock ?? systemClock;
  }

  get state(): SessionState {
    return this.current;
  }

  /** The connected robot's driver, or null. */
  get driver(): RobotDriver | null {
    return this.link?.driver ?? null;
  }

  get robot(): ConnectedRobot | null {
    return this.link?.robot ?? null;
  }

  /** Whether an operation (connect, identify, a run…) is queued or running. */
  get busy(): boolean {
    return this.queue.size > 0;
  }

  /** Ways of connecting the composition root provided. */
  get transports(): readonly TransportKind[] {
    return Object.keys(this.options.connectors) as TransportKind[];
  }

  /** Whether a robot kind has a driver and the transport a connector. */
  supports(target: RobotTarget): boolean {
    return (
      canCarry(target.robot, target.transport) &&
      this.options.connectors[target.transport] !== undefined &&
      this.options.drivers[target.robot] !== undefined
    );
  }

  /** Calls `listener` with every new state (not the current one). */
  subscribe(listener: (state: SessionState) => void): Unsubscribe {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private dispatch(event: SessionEvent): void {
    const next = nextState(this.current, event);
    if (next === this.current) return;
    this.current = next;
    for (const listener of [...this.listeners]) listener(next);
  }

  /** Opens the browser's picker (call it from a tap), then connects and shakes hands. */
  connect(target: RobotTarget): Promise<SessionState> {
    return this.queue.run(async () => {
      await this.closeLink();
      this.dispatch({ type: 'connect', target });
      const connector = this.options.connectors[target.transport];
      if (!connector || !this.supports(target)) {
        return this.fail(
          new DeviceError('unsupported', `${target.robot} over ${target.transport}`),
        );
      }
      let handle: DeviceHandle;
      try {
        handle = await connector.request();
      } catch (error) {
        return this.fail(toDeviceError(error, 'request'));
      }
      return this.open(target, handle);
    });
  }

  /** Devices already granted for a way of connecting (shown as "reconnect" choices). */
  async knownDevices(transport: TransportKind): Promise<DeviceHandle[]> {
    const connector = this.options.connectors[transport];
    if (!connector) return [];
    try {
      return await connector.known();
    } catch {
      return [];
    }
  }

  /** Connects a device granted earlier, without the picker. */
  connectKnown(target: RobotTarget, key: string): Promise<SessionState> {
    return this.queue.run(async () => {
      await this.closeLink();
      this.dispatch({ type: 'connect', target });
      return this.openKnown(target, key);
    });
  }

  /** Reconnects the last robot (after an unplug or a reload) without the picker. */
  reconnect(): Promise<SessionState> {
    return this.queue.run(async () => {
      const last = this.lastDevice;
      if (!last) return this.current;
      await this.closeLink();
      this.dispatch({ type: 'connect', target: last.target });
      return this.openKnown(last.target, last.key);
    });
  }

  /** Gives up a connection in progress (a handshake that takes too long). */
  cancelConnect(): void {
    this.connecting?.abort();
  }

  /** Stops the motors, then releases the robot. */
  disconnect(): Promise<SessionState> {
    return this.queue.run(async () => {
      await this.closeLink();
      this.dispatch({ type: 'closed' });
      return this.current;
    });
  }

  /** Clears an error or a "robot lost" message. */
  dismiss(): void {
    this.dispatch({ type: 'dismiss' });
  }

  /** Makes the robot blink and beep. Rejects with a DeviceError. */
  identify(): Promise<void> {
    return this.withRobot(({ driver, signal }) => driver.identify(signal));
  }

  /**
   * Runs `operation` with the robot to itself: queued behind other operations, with a signal
   * that STOP or a lost link fires. Errors come out as DeviceErrors (RobotErrors mapped).
   */
  withRobot<T>(operation: (use: RobotUse) => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      const link = this.link;
      if (!link || this.current.status !== 'connected') {
        throw new DeviceError('disconnected', 'no robot connected');
      }
      const controller = new AbortController();
      this.using = controller;
      try {
        return await operation({
          driver: link.driver,
          robot: link.robot,
          signal: controller.signal,
        });
      } catch (error) {
        if (isDeviceError(error)) throw error;
        throw new DeviceError(sessionErrorCode(error), describe(error), { cause: error });
      } finally {
        if (this.using === controller) this.using = null;
      }
    });
  }

  /** STOP: aborts whatever runs and stops the motors at once. Never queued, never throws. */
  async stop(): Promise<void> {
    this.using?.abort();
    const driver = this.link?.driver;
    if (!driver) return;
    try {
      await driver.stop();
    } catch {
      // stop() never throws by contract; a dead link has no motors to stop anyway.
    }
  }

  /** Releases everything (page unload). */
  async dispose(): Promise<void> {
    this.connecting?.abort();
    await this.stop();
    await this.closeLink();
    this.listeners.clear();
  }

  // ---- steps ----

  /** Ends a connection attempt with an error state (a closed picker included: its own code). */
  private fail(error: DeviceError): SessionState {
    this.dispatch({ type: 'failed', code: error.code, detail: error.message });
    return this.current;
  }

  private async openKnown(target: RobotTarget, key: string): Promise<SessionState> {
    const connector = this.options.connectors[target.transport];
    if (!connector || !this.supports(target)) {
      return this.fail(new DeviceError('unsupported', `${target.robot} over ${target.transport}`));
    }
    const handles = await connector.known().catch((): DeviceHandle[] => []);
    const handle = handles.find((candidate) => candidate.key === key);
    if (!handle) return this.fail(new DeviceError('disconnected', `device ${key} not found`));
    return this.open(target, handle);
  }

  private async open(target: RobotTarget, handle: DeviceHandle): Promise<SessionState> {
    const factory = this.options.drivers[target.robot];
    if (!factory) return this.fail(new DeviceError('unsupported', `no driver for ${target.robot}`));
    this.dispatch({ type: 'step', step: 'opening' });
    const controller = new AbortController();
    this.connecting = controller;
    try {
      let transport: Transport;
      try {
        transport = await this.openWithTimeout(handle, ROBOT_LINKS[target.robot].baudRate);
      } catch (error) {
        return this.fail(toDeviceError(error, 'open'));
      }
      this.dispatch({ type: 'step', step: 'handshake' });
      const driverOptions: MicrobitDriverOptions = {
        ...this.options.driverOptions,
        clock: this.clock,
        // Only the micro:bit driver reports progress: installing takes several seconds.
        onProgress: (progress) => {
          const now = this.current;
          if (progress.stage !== 'installing' || controller.signal.aborted) return;
          if (now.status === 'connecting' && now.step !== 'installing') {
            this.dispatch({ type: 'step', step: 'installing' });
          }
        },
      };
      const driver = factory(transport, driverOptions);
      let info: RobotInfo;
      try {
        info = await driver.connect(controller.signal);
      } catch (error) {
        await driver.dispose().catch(() => undefined);
        await transport.close().catch(() => undefined);
        if (controller.signal.aborted) {
          this.dispatch({ type: 'cancelled' });
          return this.current;
        }
        return this.fail(
          new DeviceError(sessionErrorCode(error), describe(error), { cause: error }),
        );
      }
      const robot: ConnectedRobot = {
        id: `${target.robot}|${handle.key}`,
        target,
        deviceKey: handle.key,
        deviceLabel: handle.label,
        info,
      };
      const unwatch = transport.onDisconnect((reason) => this.linkEnded(transport, reason));
      this.link = { robot, transport, driver, handle, unwatch };
      this.lastDevice = { target, key: handle.key };
      this.dispatch({ type: 'connected', robot });
      return this.current;
    } finally {
      if (this.connecting === controller) this.connecting = null;
    }
  }

  private openWithTimeout(handle: DeviceHandle, baudRate: number): Promise<Transport> {
    const limit = this.options.openTimeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS;
    return new Promise<Transport>((resolve, reject) => {
      let timedOut = false;
      const timer = this.clock.setTimeout(() => {
        timedOut = true;
        reject(new DeviceError('timeout', 'opening the device took too long'));
      }, limit);
      handle.open({ baudRate }).then(
        (transport) => {
          this.clock.clearTimeout(timer);
          // Too late: release it so the device is not left held.
          if (timedOut) void transport.close();
          else resolve(transport);
        },
        (error: unknown) => {
          this.clock.clearTimeout(timer);
          reject(error);
        },
      );
    });
  }

  /** The transport went away by itself: the robot is lost, a running operation stops. */
  private linkEnded(transport: Transport, reason: DisconnectReason): void {
    const link = this.link;
    if (!link || link.transport !== transport || reason === 'closed') return;
    this.link = null;
    link.unwatch();
    // No abort of a running operation here: the driver fails it with 'disconnected' itself,
    // and a run must end as 'disconnected', not as 'stopped'.
    void link.driver.dispose().catch(() => undefined);
    this.dispatch({ type: 'link-lost', reason });
  }

  /** Stops the motors, disposes the driver and closes the transport of the current link. */
  private async closeLink(): Promise<void> {
    const link = this.link;
    if (!link) return;
    this.link = null;
    link.unwatch();
    try {
      await link.driver.stop();
    } catch {
      // Best effort: the firmware's watchdog stops the motors anyway.
    }
    await link.driver.dispose().catch(() => undefined);
    await link.transport.close().catch(() => undefined);
  }
}
