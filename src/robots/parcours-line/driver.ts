// Parcours line driver: speaks the Parcours line protocol (docs/protocol/parcours-line.md) over
// a Transport. Handshake with retries, one timed command at a time with ACK then DONE, PING
// keep-alive while a command runs, immediate STOP, sensor reads. Layer contract (robots): no
// browser API; time only through the injected Clock; failures are RobotError codes.

import type { Action } from '../../core/run/types';
import type { SensorQuery } from '../../core/program/ir';
import { deferred, guard, sleep, WriteQueue, type Deferred } from '../async';
import { systemClock, type Clock, type TimerId } from '../clock';
import {
  DEFAULT_CALIBRATION,
  DEFAULT_SQUARE_CM,
  DEFAULT_TIMEOUTS,
  motorCommand,
  type ActionConfirmation,
  type DriverOptions,
  type DriverTimeouts,
  type MotionSettings,
  type RobotCapabilities,
  type RobotDriver,
  type RobotInfo,
  type RobotKind,
  type RobotSensor,
} from '../driver';
import { RobotError, type RobotErrorCode } from '../errors';
import type { Transport, Unsubscribe } from '../transport';
import { LineDeframer } from './deframer';
import {
  encodeCommand,
  MAX_COMMAND_ID,
  parseReply,
  PROTOCOL_VERSION,
  type Command,
  type Reply,
  type SensorName,
} from './protocol';

/** Handshake attempts before giving up (an Arduino spends 1–2 s in its bootloader). */
export const HELLO_ATTEMPTS = 3;

export interface ParcoursLineOptions extends DriverOptions {
  /** Reported as the driver's kind (the micro:bit driver reuses this one). */
  readonly kind?: RobotKind;
  readonly helloAttempts?: number;
}

interface Pending {
  readonly id: number;
  readonly ack: Deferred<number>;
  readonly done: Deferred<number | null>;
}

/** Facts from the handshake that the driver needs beyond RobotInfo. */
export interface LineSession {
  readonly version: number;
  readonly firmware: string;
  readonly watchdogMs: number;
  readonly capabilities: readonly string[];
}

function errorForCode(code: string, id: number | null): RobotError {
  const detail = `ERR ${id ?? '-'} ${code}`;
  const map: Record<string, RobotErrorCode> = {
    busy: 'busy',
    stopped: 'stopped',
    unsupported: 'unsupported',
    version: 'unsupported-firmware',
    syntax: 'protocol',
    toolong: 'protocol',
    unknown: 'protocol',
  };
  return new RobotError(map[code] ?? 'robot-error', detail);
}

export class ParcoursLineDriver implements RobotDriver {
  readonly kind: RobotKind;
  #info: RobotInfo | null = null;
  #session: LineSession | null = null;
  #motion: MotionSettings;

  readonly #clock: Clock;
  readonly #timeouts: DriverTimeouts;
  readonly #helloAttempts: number;
  readonly #log: ((line: string) => void) | undefined;
  readonly #writer: WriteQueue;
  readonly #deframer = new LineDeframer();
  readonly #unsubscribe: Unsubscribe[] = [];

  #nextId = 1;
  readonly #pending = new Map<number, Pending>();
  #hello: Deferred<Reply & { type: 'hello' }> | null = null;
  #stopped: Deferred<void> | null = null;
  #sawBytes = false;
  #sawBoot = false;
  #running: Pending | null = null;
  #pingTimer: TimerId | null = null;
  #disconnected = false;
  #disposed = false;

  constructor(transport: Transport, options: ParcoursLineOptions = {}) {
    this.kind = options.kind ?? 'parcours-line';
    this.#clock = options.clock ?? systemClock;
    this.#timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.#helloAttempts = options.helloAttempts ?? HELLO_ATTEMPTS;
    this.#log = options.log;
    this.#motion = {
      calibration: options.calibration ?? DEFAULT_CALIBRATION,
      squareCm: options.squareCm ?? DEFAULT_SQUARE_CM,
    };
    this.#writer = new WriteQueue(transport);
    this.#unsubscribe.push(
      transport.onData((chunk) => this.#receive(chunk)),
      transport.onDisconnect((reason) => this.#lost(`transport ${reason}`)),
    );
  }

  get info(): RobotInfo | null {
    return this.#info;
  }

  /** Handshake facts (firmware, watchdog, raw capabilities), null before `connect()`. */
  get session(): LineSession | null {
    return this.#session;
  }

  get motion(): MotionSettings {
    return this.#motion;
  }

  setMotion(settings: Partial<MotionSettings>): void {
    this.#motion = { ...this.#motion, ...settings };
  }

  async connect(signal?: AbortSignal): Promise<RobotInfo> {
    this.#assertUsable();
    this.#sawBytes = false;
    for (let attempt = 1; attempt <= this.#helloAttempts; attempt++) {
      this.#sawBoot = false;
      const hello = deferred<Reply & { type: 'hello' }>();
      this.#hello = hello;
      await this.#send({ type: 'hello', version: PROTOCOL_VERSION });
      try {
        const reply = await guard(hello.promise, {
          clock: this.#clock,
          ms: this.#timeouts.handshakeMs,
          signal,
          what: 'HELLO',
        });
        return this.#accept(reply);
      } catch (error) {
        if (!(error instanceof RobotError) || error.code !== 'timeout') throw error;
        if (this.#sawBoot) attempt--; // the board reset under us: that attempt does not count
      } finally {
        this.#hello = null;
      }
    }
    // Something that answers but never with HELLO is another firmware (a REPL, a factory sketch).
    throw new RobotError(
      this.#sawBytes ? 'unsupported-firmware' : 'timeout',
      this.#sawBytes ? 'answers, but not with HELLO' : 'no answer to HELLO',
    );
  }

  async perform(action: Action, signal?: AbortSignal): Promise<ActionConfirmation> {
    const session = this.#requireSession();
    if (this.#running) throw new RobotError('busy', 'a command is running');
    const move = motorCommand(action, this.#motion);
    if (move && session.capabilities.includes('move')) {
      const { startedAt, completedAt } = await this.#timed(
        (id) => ({ type: 'move', id, left: move.left, right: move.right, ms: move.ms }),
        move.ms,
        session,
        signal,
      );
      return { action, startedAt, completedAt };
    }
    if (move) throw new RobotError('unsupported', 'robot cannot move');
    // Collecting: a short green flash and a chirp, as far as the robot can.
    const startedAt = this.#clock.now();
    await this.#flash(0, 255, 0, 880, 150, session, signal);
    return { action, startedAt, completedAt: this.#clock.now() };
  }

  canSense(query: SensorQuery): boolean {
    return this.#sensorFor(query) !== null;
  }

  async sense(query: SensorQuery, signal?: AbortSignal): Promise<boolean> {
    this.#requireSession();
    const sensor = this.#sensorFor(query);
    if (!sensor) throw new RobotError('unsupported', `cannot sense ${query.kind}`);
    const value = await this.#instant((id) => ({ type: 'read', id, sensor }), signal);
    if (value === null) throw new RobotError('protocol', `READ ${sensor} without a value`);
    // The only answerable query is `path ahead`: free when nothing is close.
    if (sensor === 'obstacle') return value === 0;
    return value < 0 || value > this.#motion.squareCm * 10;
  }

  async stop(): Promise<void> {
    if (this.#disconnected || this.#disposed) return;
    this.#failRunning(new RobotError('stopped', 'STOP'));
    const stopped = this.#stopped ?? deferred<void>();
    this.#stopped = stopped;
    try {
      await this.#send({ type: 'stop' });
      await guard(stopped.promise, { clock: this.#clock, ms: this.#timeouts.ackMs, what: 'STOP' });
    } catch (error) {
      this.#log?.(`stop: ${String(error)}`);
    } finally {
      if (this.#stopped === stopped) this.#stopped = null;
    }
  }

  async identify(signal?: AbortSignal): Promise<void> {
    const session = this.#requireSession();
    for (let blink = 0; blink < 3; blink++) {
      await this.#flash(255, 120, 0, 1320, 120, session, signal);
      await sleep(this.#clock, 120, signal);
    }
  }

  async dispose(): Promise<void> {
    if (this.#disposed) return;
    if (this.#running && !this.#disconnected) await this.stop();
    this.#disposed = true;
    this.#stopPings();
    this.#failAll(new RobotError('not-connected', 'driver disposed'));
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
  }

  // ---- internals ----

  #accept(reply: Reply & { type: 'hello' }): RobotInfo {
    if (reply.version < 1 || reply.version > PROTOCOL_VERSION) {
      throw new RobotError('unsupported-firmware', `protocol version ${reply.version}`);
    }
    this.#session = {
      version: reply.version,
      firmware: reply.firmware,
      watchdogMs: reply.watchdogMs,
      capabilities: reply.capabilities,
    };
    const caps = reply.capabilities;
    const sensors: RobotSensor[] =
      caps.includes('obstacle') || caps.includes('dist') ? ['obstacle'] : [];
    const capabilities: RobotCapabilities = {
      move: caps.includes('move'),
      light: caps.includes('led'),
      sound: caps.includes('tone'),
      sensors,
    };
    const name = reply.firmware.split('/')[0] ?? reply.firmware;
    this.#info = {
      kind: this.kind,
      name,
      firmware: reply.firmware,
      protocolVersion: reply.version,
      capabilities,
    };
    return this.#info;
  }

  #sensorFor(query: SensorQuery): SensorName | null {
    const caps = this.#session?.capabilities ?? [];
    if (query.kind !== 'path' || query.direction !== 'ahead') return null;
    if (caps.includes('obstacle')) return 'obstacle';
    if (caps.includes('dist')) return 'dist';
    return null;
  }

  async #flash(
    r: number,
    g: number,
    b: number,
    hz: number,
    ms: number,
    session: LineSession,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const caps = session.capabilities;
    if (caps.includes('led')) await this.#instant((id) => ({ type: 'led', id, r, g, b }), signal);
    if (caps.includes('tone')) {
      await this.#timed((id) => ({ type: 'tone', id, hz, ms }), ms, session, signal);
    } else {
      await sleep(this.#clock, ms, signal);
    }
    if (caps.includes('led')) {
      await this.#instant((id) => ({ type: 'led', id, r: 0, g: 0, b: 0 }), signal);
    }
  }

  /** A command that completes at once (LED, READ): ACK then DONE. */
  async #instant(make: (id: number) => Command, signal?: AbortSignal): Promise<number | null> {
    const pending = this.#open();
    try {
      await this.#send(make(pending.id));
      const what = `command ${pending.id}`;
      await guard(pending.ack.promise, {
        clock: this.#clock,
        ms: this.#timeouts.ackMs,
        signal,
        what,
      });
      return await guard(pending.done.promise, {
        clock: this.#clock,
        ms: this.#timeouts.ackMs,
        signal,
        what,
      });
    } finally {
      this.#pending.delete(pending.id);
    }
  }

  /** A command that runs for `ms` (M, TONE): ACK, PINGs while it runs, then DONE. */
  async #timed(
    make: (id: number) => Command,
    ms: number,
    session: LineSession,
    signal: AbortSignal | undefined,
  ): Promise<{ startedAt: number; completedAt: number }> {
    const pending = this.#open();
    this.#running = pending;
    const onGiveUp = () => void this.stop();
    try {
      await this.#send(make(pending.id));
      this.#startPings(session.watchdogMs);
      const what = `command ${pending.id}`;
      const startedAt = await guard(pending.ack.promise, {
        clock: this.#clock,
        ms: this.#timeouts.ackMs,
        signal,
        what,
        onGiveUp,
      });
      await guard(pending.done.promise, {
        clock: this.#clock,
        ms: ms + this.#timeouts.completionMarginMs,
        signal,
        what,
        onGiveUp,
      });
      return { startedAt, completedAt: this.#clock.now() };
    } finally {
      if (this.#running === pending) this.#running = null;
      this.#stopPings();
      this.#pending.delete(pending.id);
    }
  }

  #open(): Pending {
    const id = this.#nextId;
    this.#nextId = id >= MAX_COMMAND_ID ? 1 : id + 1;
    const pending: Pending = { id, ack: deferred<number>(), done: deferred<number | null>() };
    this.#pending.set(id, pending);
    return pending;
  }

  #startPings(watchdogMs: number): void {
    this.#stopPings();
    const every = Math.max(20, Math.floor(watchdogMs / 4));
    const tick = () => {
      this.#pingTimer = this.#clock.setTimeout(tick, every);
      this.#send({ type: 'ping' }).catch(() => undefined);
    };
    this.#pingTimer = this.#clock.setTimeout(tick, every);
  }

  #stopPings(): void {
    if (this.#pingTimer !== null) this.#clock.clearTimeout(this.#pingTimer);
    this.#pingTimer = null;
  }

  async #send(command: Command): Promise<void> {
    if (this.#disconnected) throw new RobotError('disconnected', 'transport gone');
    const bytes = encodeCommand(command);
    this.#log?.(`→ ${new TextDecoder().decode(bytes).trim()}`);
    await this.#writer.write(bytes);
  }

  #receive(chunk: Uint8Array): void {
    if (chunk.length > 0) this.#sawBytes = true;
    for (const frame of this.#deframer.push(chunk)) {
      if (frame.kind === 'garbage') {
        this.#log?.(`← garbage (${frame.reason})`);
        continue;
      }
      this.#log?.(`← ${frame.text}`);
      this.#handle(parseReply(frame.text));
    }
  }

  #handle(reply: Reply): void {
    switch (reply.type) {
      case 'hello':
        this.#hello?.resolve(reply);
        return;
      case 'ack':
        this.#pending.get(reply.id)?.ack.resolve(this.#clock.now());
        return;
      case 'done': {
        const pending = this.#pending.get(reply.id);
        pending?.ack.resolve(this.#clock.now());
        pending?.done.resolve(reply.value);
        return;
      }
      case 'err': {
        if (reply.id === null) {
          if (reply.code === 'version') this.#hello?.reject(errorForCode(reply.code, null));
          return;
        }
        const pending = this.#pending.get(reply.id);
        const error = errorForCode(reply.code, reply.id);
        pending?.ack.reject(error);
        pending?.done.reject(error);
        return;
      }
      case 'stopped':
        this.#stopped?.resolve();
        return;
      case 'event':
        if (reply.name === 'boot') {
          this.#sawBoot = true;
          // A reset mid-command: the robot forgot it, so it will never complete.
          this.#failCommands(new RobotError('robot-error', 'robot restarted'));
          if (this.#hello)
            void this.#send({ type: 'hello', version: PROTOCOL_VERSION }).catch(() => undefined);
        }
        return;
      case 'pong':
      case 'invalid':
        return;
    }
  }

  #failRunning(error: RobotError): void {
    const running = this.#running;
    if (!running) return;
    running.ack.reject(error);
    running.done.reject(error);
  }

  #failCommands(error: RobotError): void {
    for (const pending of this.#pending.values()) {
      pending.ack.reject(error);
      pending.done.reject(error);
    }
  }

  #failAll(error: RobotError): void {
    this.#failCommands(error);
    this.#hello?.reject(error);
    this.#stopped?.resolve();
  }

  #lost(detail: string): void {
    if (this.#disconnected) return;
    this.#disconnected = true;
    this.#stopPings();
    this.#failAll(new RobotError('disconnected', detail));
  }

  #assertUsable(): void {
    if (this.#disposed) throw new RobotError('not-connected', 'driver disposed');
    if (this.#disconnected) throw new RobotError('disconnected', 'transport gone');
  }

  #requireSession(): LineSession {
    this.#assertUsable();
    if (!this.#session) throw new RobotError('not-connected', 'call connect() first');
    return this.#session;
  }
}

export function createParcoursLineDriver(
  transport: Transport,
  options?: DriverOptions,
): ParcoursLineDriver {
  return new ParcoursLineDriver(transport, options);
}
