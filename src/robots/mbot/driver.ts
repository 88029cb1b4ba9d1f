// mBot driver: Makeblock's factory mCore firmware over serial (115200 baud, CH340). Handshake
// by asking the firmware version, moves timed by calibration on both motors (each RUN is
// acknowledged), the ultrasonic sensor for "path ahead", and the on-board RGB LEDs and buzzer
// for identify and collect. Acknowledgements carry no index: the firmware handles requests in
// order, so they are matched first in, first out. mCore has no watchdog: the driver stops the
// motors itself on STOP, abort and dispose. Layer contract (robots): no browser API; time only
// through the injected Clock; failures are RobotError codes.

import type { Action } from '../../core/run/types';
import type { SensorQuery } from '../../core/program/ir';
import { deferred, guard, sleep, WriteQueue, type Deferred } from '../async';
import { systemClock, type Clock } from '../clock';
import {
  DEFAULT_CALIBRATION,
  DEFAULT_SQUARE_CM,
  DEFAULT_TIMEOUTS,
  motorCommand,
  type ActionConfirmation,
  type DriverOptions,
  type DriverTimeouts,
  type MotionSettings,
  type RobotDriver,
  type RobotInfo,
} from '../driver';
import { RobotError } from '../errors';
import type { Transport, Unsubscribe } from '../transport';
import {
  encodeDrive,
  encodeGetUltrasonic,
  encodeGetVersion,
  encodeLed,
  encodeTone,
  MAX_INDEX,
  MBOT_MAX_SPEED,
  McoreDeframer,
  type McoreValue,
} from './protocol';

const HANDSHAKE_ATTEMPTS = 3;

export class MbotDriver implements RobotDriver {
  readonly kind = 'mbot' as const;
  #info: RobotInfo | null = null;
  #motion: MotionSettings;

  readonly #clock: Clock;
  readonly #timeouts: DriverTimeouts;
  readonly #log: ((line: string) => void) | undefined;
  readonly #writer: WriteQueue;
  readonly #deframer = new McoreDeframer();
  readonly #unsubscribe: Unsubscribe[];
  /** Requests waiting for `FF 55 0D 0A`, oldest first. */
  #acks: Deferred<void>[] = [];
  readonly #values = new Map<number, Deferred<McoreValue>>();
  #nextIndex = 1;
  #running: Deferred<never> | null = null;
  #heardBytes = false;
  #lost: RobotError | null = null;
  #disposed = false;

  constructor(transport: Transport, options: DriverOptions = {}) {
    this.#clock = options.clock ?? systemClock;
    this.#timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.#log = options.log;
    this.#motion = {
      calibration: options.calibration ?? DEFAULT_CALIBRATION,
      squareCm: options.squareCm ?? DEFAULT_SQUARE_CM,
    };
    this.#writer = new WriteQueue(transport);
    this.#unsubscribe = [
      transport.onData((chunk) => this.#receive(chunk)),
      transport.onDisconnect((reason) =>
        this.#fail(new RobotError('disconnected', `transport ${reason}`)),
      ),
    ];
  }

  get info(): RobotInfo | null {
    return this.#info;
  }

  get motion(): MotionSettings {
    return this.#motion;
  }

  setMotion(settings: Partial<MotionSettings>): void {
    this.#motion = { ...this.#motion, ...settings };
  }

  async connect(signal?: AbortSignal): Promise<RobotInfo> {
    this.#assertUsable();
    this.#heardBytes = false;
    for (let attempt = 1; attempt <= HANDSHAKE_ATTEMPTS; attempt++) {
      try {
        const version = await this.#get(encodeGetVersion, this.#timeouts.handshakeMs, signal);
        if (typeof version !== 'string')
          throw new RobotError('protocol', 'version is not a string');
        this.#info = {
          kind: 'mbot',
          name: 'mBot',
          firmware: `mcore/${version}`,
          protocolVersion: null,
          capabilities: { move: true, light: true, sound: true, sensors: ['obstacle'] },
        };
        return this.#info;
      } catch (error) {
        if (!(error instanceof RobotError) || error.code !== 'timeout') throw error;
      }
    }
    throw new RobotError(
      this.#heardBytes ? 'unsupported-firmware' : 'timeout',
      'no answer to GET VERSION',
    );
  }

  async perform(action: Action, signal?: AbortSignal): Promise<ActionConfirmation> {
    this.#requireInfo();
    if (this.#running) throw new RobotError('busy', 'a move is running');
    const move = motorCommand(action, this.#motion);
    const running = deferred<never>();
    this.#running = running;
    const race = <T>(promise: Promise<T>) => Promise.race([promise, running.promise]);
    try {
      if (!move) {
        const startedAt = this.#clock.now();
        await race(this.#flash(0, 255, 0, 880, 150, signal));
        return { action, startedAt, completedAt: this.#clock.now() };
      }
      const scale = MBOT_MAX_SPEED / 100;
      await race(this.#run((i) => encodeDrive(i, move.left * scale, move.right * scale), signal));
      const startedAt = this.#clock.now();
      await race(sleep(this.#clock, move.ms, signal));
      await race(this.#run((i) => encodeDrive(i, 0, 0), signal));
      return { action, startedAt, completedAt: this.#clock.now() };
    } catch (error) {
      if (!this.#lost) await this.#halt();
      throw error;
    } finally {
      if (this.#running === running) this.#running = null;
    }
  }

  canSense(query: SensorQuery): boolean {
    return query.kind === 'path' && query.direction === 'ahead';
  }

  async sense(query: SensorQuery, signal?: AbortSignal): Promise<boolean> {
    this.#requireInfo();
    if (!this.canSense(query)) throw new RobotError('unsupported', `cannot sense ${query.kind}`);
    const cm = await this.#get(encodeGetUltrasonic, this.#timeouts.ackMs, signal);
    if (typeof cm !== 'number') throw new RobotError('protocol', 'distance is not a number');
    // 0 means no echo (or no sensor); the firmware caps far readings at 400 cm.
    return cm <= 0 || cm >= this.#motion.squareCm;
  }

  async stop(): Promise<void> {
    if (this.#lost || this.#disposed || !this.#info) return;
    this.#running?.reject(new RobotError('stopped', 'STOP'));
    await this.#halt();
  }

  async identify(signal?: AbortSignal): Promise<void> {
    this.#requireInfo();
    for (let blink = 0; blink < 2; blink++) {
      await this.#flash(0, 180, 255, 1320, 150, signal);
      await sleep(this.#clock, 150, signal);
    }
  }

  async dispose(): Promise<void> {
    if (this.#disposed) return;
    if (this.#running) await this.stop();
    this.#disposed = true;
    this.#fail(new RobotError('not-connected', 'driver disposed'));
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
  }

  // ---- internals ----

  async #flash(r: number, g: number, b: number, hz: number, ms: number, signal?: AbortSignal) {
    await this.#run((i) => encodeLed(i, r, g, b), signal);
    // The firmware answers the tone only once it has played.
    await this.#run((i) => encodeTone(i, hz, ms), signal, ms);
    await this.#run((i) => encodeLed(i, 0, 0, 0), signal);
  }

  #index(): number {
    const index = this.#nextIndex;
    this.#nextIndex = index >= MAX_INDEX ? 1 : index + 1;
    return index;
  }

  /** Sends a RUN request and waits for its acknowledgement. */
  async #run(
    make: (index: number) => Uint8Array,
    signal?: AbortSignal,
    extraMs = 0,
  ): Promise<void> {
    const ack = deferred<void>();
    this.#acks.push(ack);
    await this.#send(make(this.#index()));
    await guard(ack.promise, {
      clock: this.#clock,
      ms: this.#timeouts.ackMs + extraMs,
      signal,
      what: 'mCore acknowledgement',
    });
  }

  /** Sends a GET request and waits for the value with its index. */
  async #get(
    make: (index: number) => Uint8Array,
    ms: number,
    signal?: AbortSignal,
  ): Promise<McoreValue> {
    const index = this.#index();
    const answer = deferred<McoreValue>();
    this.#values.get(index)?.reject(new RobotError('timeout', 'superseded'));
    this.#values.set(index, answer);
    try {
      await this.#send(make(index));
      return await guard(answer.promise, { clock: this.#clock, ms, signal, what: 'mCore value' });
    } finally {
      if (this.#values.get(index) === answer) this.#values.delete(index);
    }
  }

  /** Motors off, without waiting for the acknowledgement (STOP must not hang). */
  async #halt(): Promise<void> {
    if (this.#lost) return;
    const ack = deferred<void>();
    this.#acks.push(ack);
    try {
      await this.#send(encodeDrive(this.#index(), 0, 0));
    } catch (error) {
      this.#log?.(`halt: ${String(error)}`);
    }
  }

  #receive(chunk: Uint8Array): void {
    if (chunk.length > 0) this.#heardBytes = true;
    for (const frame of this.#deframer.push(chunk)) {
      if (frame.kind === 'ack') this.#acks.shift()?.resolve();
      else this.#values.get(frame.index)?.resolve(frame.value);
    }
  }

  async #send(bytes: Uint8Array): Promise<void> {
    if (this.#lost) throw this.#lost;
    await this.#writer.write(bytes);
  }

  #fail(error: RobotError): void {
    if (error.code === 'disconnected') this.#lost = error;
    this.#running?.reject(error);
    for (const ack of this.#acks) ack.reject(error);
    this.#acks = [];
    for (const value of this.#values.values()) value.reject(error);
    this.#values.clear();
  }

  #assertUsable(): void {
    if (this.#disposed) throw new RobotError('not-connected', 'driver disposed');
    if (this.#lost) throw this.#lost;
  }

  #requireInfo(): RobotInfo {
    this.#assertUsable();
    if (!this.#info) throw new RobotError('not-connected', 'call connect() first');
    return this.#info;
  }
}

export function createMbotDriver(transport: Transport, options?: DriverOptions): MbotDriver {
  return new MbotDriver(transport, options);
}
