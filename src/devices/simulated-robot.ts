// A simulated robot: an in-page model of a two-wheel robot running the Parcours line firmware
// (docs/protocol/parcours-line.md), behind a Transport. The robot UI and the real driver work
// with it unchanged, with no hardware: for demos, for iPads (no device API at all) and for
// tests. It answers like the reference firmware: handshake, ACK/DONE per command, one timed
// command at a time, STOP, sensor reads, the watchdog, and ERR replies for bad lines.
// Devices layer: no browser API; time comes from the injected Clock.
import { systemClock, type Clock, type TimerId } from '../robots/clock';
import { LineDeframer } from '../robots/parcours-line/deframer';
import type { DisconnectReason } from '../robots/transport';
import { TransportBase } from './transport-base';

export const SIMULATED_FIRMWARE = 'parcours-sim/1.0.0';
export const SIMULATED_PROTOCOL_VERSION = 1;

export interface SimulatedRobotOptions {
  readonly clock?: Clock;
  /** Motors stop when the host is silent this long during a timed command (ms). */
  readonly watchdogMs?: number;
  readonly firmware?: string;
  /** Capabilities announced in the handshake. */
  readonly capabilities?: readonly string[];
  /** What the obstacle sensor sees; nothing by default. */
  readonly obstacleAhead?: () => boolean;
}

/** What the simulated robot's body is doing, for a demo display or a test. */
export type SimulatedRobotEvent =
  | { readonly type: 'motors'; readonly left: number; readonly right: number }
  | { readonly type: 'light'; readonly r: number; readonly g: number; readonly b: number }
  | { readonly type: 'tone'; readonly hz: number };

interface TimedCommand {
  readonly id: number;
  readonly kind: 'move' | 'tone';
  readonly timer: TimerId;
}

const INTEGER = /^-?(0|[1-9][0-9]{0,9})$/;

function integer(token: string | undefined): number | null {
  return token !== undefined && INTEGER.test(token) ? Number(token) : null;
}

function inRange(value: number | null, min: number, max: number): value is number {
  return value !== null && value >= min && value <= max;
}

/** The robot's side: reads command bytes, writes reply bytes. */
export class SimulatedRobot {
  readonly clock: Clock;
  readonly watchdogMs: number;
  readonly firmware: string;
  readonly capabilities: readonly string[];
  private readonly obstacleAhead: () => boolean;
  private readonly deframer = new LineDeframer();
  private readonly output = new Set<(bytes: Uint8Array) => void>();
  private readonly events = new Set<(event: SimulatedRobotEvent) => void>();
  private running: TimedCommand | null = null;
  private watchdog: TimerId | null = null;
  /** Every complete line received, in order (for tests and a developer log). */
  readonly received: string[] = [];

  constructor(options: SimulatedRobotOptions = {}) {
    this.clock = options.clock ?? systemClock;
    this.watchdogMs = options.watchdogMs ?? 500;
    this.firmware = options.firmware ?? SIMULATED_FIRMWARE;
    this.capabilities = options.capabilities ?? ['move', 'led', 'tone', 'obstacle'];
    this.obstacleAhead = options.obstacleAhead ?? (() => false);
  }

  /** Whether a move or a tone is running. */
  get busy(): boolean {
    return this.running !== null;
  }

  onOutput(listener: (bytes: Uint8Array) => void): () => void {
    this.output.add(listener);
    return () => this.output.delete(listener);
  }

  onEvent(listener: (event: SimulatedRobotEvent) => void): () => void {
    this.events.add(listener);
    return () => this.events.delete(listener);
  }

  /** Bytes from the host, in any chunking. */
  receive(bytes: Uint8Array): void {
    for (const frame of this.deframer.push(bytes)) {
      this.feedWatchdog();
      if (frame.kind === 'garbage') {
        this.reply(`ERR - ${frame.reason === 'toolong' ? 'toolong' : 'syntax'}`);
        continue;
      }
      this.received.push(frame.text);
      this.handle(frame.text);
    }
  }

  /** The robot loses power: motors stop, nothing more is said. */
  powerOff(): void {
    this.endRunning(null);
    this.output.clear();
  }

  private handle(text: string): void {
    const [keyword, ...args] = text.split(' ').filter((token) => token.length > 0);
    const id = integer(args[0]);
    const idText = inRange(id, 1, 65535) ? String(id) : '-';
    switch (keyword) {
      case 'HELLO': {
        const version = integer(args[0]);
        if (args.length !== 1 || version === null) return this.reply('ERR - syntax');
        if (version < 1) return this.reply('ERR - version');
        this.endRunning('stopped');
        const agreed = Math.min(version, SIMULATED_PROTOCOL_VERSION);
        return this.reply(
          `HELLO ${agreed} ${this.firmware} ${this.watchdogMs} ${this.capabilities.join(',')}`,
        );
      }
      case 'PING':
        return this.reply('PONG');
      case 'STOP':
        this.endRunning('stopped');
        return this.reply('STOPPED');
      case 'M': {
        if (idText === '-' || args.length !== 4) return this.reply(`ERR ${idText} syntax`);
        const [left, right, ms] = args.slice(1).map(integer);
        if (![left, right, ms].every((value) => value !== null && value !== undefined)) {
          return this.reply(`ERR ${idText} syntax`);
        }
        if (!inRange(left ?? null, -100, 100) || !inRange(right ?? null, -100, 100)) {
          return this.reply(`ERR ${idText} range`);
        }
        if (!inRange(ms ?? null, 1, 30000)) return this.reply(`ERR ${idText} range`);
        if (!this.capabilities.includes('move')) return this.reply(`ERR ${idText} unsupported`);
        return this.startTimed(id as number, 'move', ms as number, () =>
          this.emit({ type: 'motors', left: left as number, right: right as number }),
        );
      }
      case 'TONE': {
        if (idText === '-' || args.length !== 3) return this.reply(`ERR ${idText} syntax`);
        const [hz, ms] = args.slice(1).map(integer);
        if (!inRange(hz ?? null, 20, 20000) || !inRange(ms ?? null, 1, 5000)) {
          return this.reply(`ERR ${idText} range`);
        }
        if (!this.capabilities.includes('tone')) return this.reply(`ERR ${idText} unsupported`);
        return this.startTimed(id as number, 'tone', ms as number, () =>
          this.emit({ type: 'tone', hz: hz as number }),
        );
      }
      case 'LED': {
        if (idText === '-' || args.length !== 4) return this.reply(`ERR ${idText} syntax`);
        const [r, g, b] = args.slice(1).map(integer);
        if (![r, g, b].every((value) => inRange(value ?? null, 0, 255))) {
          return this.reply(`ERR ${idText} range`);
        }
        if (!this.capabilities.includes('led')) return this.reply(`ERR ${idText} unsupported`);
        this.emit({ type: 'light', r: r as number, g: g as number, b: b as number });
        this.reply(`ACK ${idText}`);
        return this.reply(`DONE ${idText}`);
      }
      case 'READ': {
        if (idText === '-' || args.length !== 2) return this.reply(`ERR ${idText} syntax`);
        const sensor = args[1] as string;
        if (!this.capabilities.includes(sensor)) return this.reply(`ERR ${idText} unsupported`);
        const blocked = this.obstacleAhead();
        const value = sensor === 'obstacle' ? (blocked ? 1 : 0) : blocked ? 100 : -1;
        this.reply(`ACK ${idText}`);
        return this.reply(`DONE ${idText} ${value}`);
      }
      default:
        return this.reply('ERR - unknown');
    }
  }

  private startTimed(id: number, kind: 'move' | 'tone', ms: number, begin: () => void): void {
    if (this.running) return this.reply(`ERR ${id} busy`);
    const timer = this.clock.setTimeout(() => {
      if (this.running?.id !== id) return;
      this.endRunning(null);
      this.reply(`DONE ${id}`);
    }, ms);
    this.running = { id, kind, timer };
    begin();
    this.reply(`ACK ${id}`);
    this.armWatchdog();
  }

  /** Ends the running command; with a code, reports it as failed. */
  private endRunning(code: 'stopped' | 'watchdog' | null): void {
    const running = this.running;
    if (!running) return;
    this.running = null;
    this.clock.clearTimeout(running.timer);
    this.disarmWatchdog();
    if (running.kind === 'move') this.emit({ type: 'motors', left: 0, right: 0 });
    else this.emit({ type: 'tone', hz: 0 });
    if (code) this.reply(`ERR ${running.id} ${code}`);
  }

  private armWatchdog(): void {
    this.disarmWatchdog();
    this.watchdog = this.clock.setTimeout(() => {
      this.watchdog = null;
      if (!this.running) return;
      this.endRunning('watchdog');
      this.reply('EVT watchdog');
    }, this.watchdogMs);
  }

  private disarmWatchdog(): void {
    if (this.watchdog !== null) this.clock.clearTimeout(this.watchdog);
    this.watchdog = null;
  }

  private feedWatchdog(): void {
    if (this.running) this.armWatchdog();
  }

  private emit(event: SimulatedRobotEvent): void {
    for (const listener of [...this.events]) listener(event);
  }

  private reply(line: string): void {
    const bytes = new TextEncoder().encode(`${line}\r\n`);
    for (const listener of [...this.output]) listener(bytes);
  }
}

/**
 * The host's end of the simulated link. Bytes cross in both directions on a later microtask,
 * as they would over a real port, never inside the caller's own stack.
 */
export class SimulatedRobotTransport extends TransportBase {
  private readonly stopListening: () => void;

  constructor(readonly robot: SimulatedRobot) {
    super();
    this.stopListening = robot.onOutput((bytes) => {
      queueMicrotask(() => this.emitData(bytes));
    });
  }

  async write(bytes: Uint8Array): Promise<void> {
    if (!this.isOpen) throw this.closedError();
    const copy = bytes.slice();
    await Promise.resolve();
    if (!this.isOpen) throw this.closedError();
    this.robot.receive(copy);
  }

  async close(): Promise<void> {
    this.end('closed');
  }

  /** The cable is pulled: the host hears 'lost', the robot's watchdog stops its motors. */
  unplug(): void {
    this.end('lost');
  }

  private end(reason: DisconnectReason): void {
    if (!this.isOpen) return;
    this.stopListening();
    this.finish(reason);
  }
}
