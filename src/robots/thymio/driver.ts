// Thymio II driver: Aseba over serial. Handshake (LIST_NODES → NODE_PRESENT, then the node's
// description and its variable table, whose offsets are the sums of the sizes before each),
// moves timed by calibration on motor.left/right.target (SET_VARIABLES has no answer, so the
// targets are read back to confirm), and prox.horizontal for "path ahead". Aseba over serial
// has no watchdog: the driver stops the motors itself on STOP, abort and dispose.
// Layer contract (robots): no browser API; time only through the injected Clock; failures are
// RobotError codes.

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
  AsebaDeframer,
  decodeMessage,
  encodeGetNodeDescription,
  encodeGetVariables,
  encodeListNodes,
  encodeSetVariables,
  type AsebaMessage,
} from './protocol';

/** Thymio wheel speed for 100 % power (its range is −500..500). */
export const THYMIO_MAX_SPEED = 500;
/** prox.horizontal reading above which something is right ahead (about 5 cm). */
export const THYMIO_OBSTACLE_THRESHOLD = 1000;
const HANDSHAKE_ATTEMPTS = 3;

export interface VariableSlot {
  readonly offset: number;
  readonly size: number;
}

export interface ThymioDriverOptions extends DriverOptions {
  readonly obstacleThreshold?: number;
}

type Description = AsebaMessage & { kind: 'description' };

export class ThymioDriver implements RobotDriver {
  readonly kind = 'thymio' as const;
  #info: RobotInfo | null = null;
  #motion: MotionSettings;
  #node: number | null = null;
  #variables = new Map<string, VariableSlot>();

  readonly #clock: Clock;
  readonly #timeouts: DriverTimeouts;
  readonly #threshold: number;
  readonly #log: ((line: string) => void) | undefined;
  readonly #writer: WriteQueue;
  readonly #deframer = new AsebaDeframer();
  readonly #unsubscribe: Unsubscribe[];
  readonly #listeners = new Set<(message: AsebaMessage) => void>();
  #running: Deferred<never> | null = null;
  #lost: RobotError | null = null;
  #disposed = false;

  constructor(transport: Transport, options: ThymioDriverOptions = {}) {
    this.#clock = options.clock ?? systemClock;
    this.#timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    this.#threshold = options.obstacleThreshold ?? THYMIO_OBSTACLE_THRESHOLD;
    this.#log = options.log;
    this.#motion = {
      calibration: options.calibration ?? DEFAULT_CALIBRATION,
      squareCm: options.squareCm ?? DEFAULT_SQUARE_CM,
    };
    this.#writer = new WriteQueue(transport);
    this.#unsubscribe = [
      transport.onData((chunk) => {
        for (const frame of this.#deframer.push(chunk)) {
          const message = decodeMessage(frame);
          for (const listener of [...this.#listeners]) listener(message);
        }
      }),
      transport.onDisconnect((reason) => {
        this.#lost = new RobotError('disconnected', `transport ${reason}`);
        this.#running?.reject(this.#lost);
        for (const listener of [...this.#listeners])
          listener({ kind: 'other', node: -1, type: -1 });
      }),
    ];
  }

  get info(): RobotInfo | null {
    return this.#info;
  }

  get motion(): MotionSettings {
    return this.#motion;
  }

  /** The node's variable table (name → offset and size), empty before `connect()`. */
  get variables(): ReadonlyMap<string, VariableSlot> {
    return this.#variables;
  }

  get node(): number | null {
    return this.#node;
  }

  setMotion(settings: Partial<MotionSettings>): void {
    this.#motion = { ...this.#motion, ...settings };
  }

  async connect(signal?: AbortSignal): Promise<RobotInfo> {
    this.#assertUsable();
    let present: (AsebaMessage & { kind: 'node-present' }) | null = null;
    let heardOther = false;
    for (let attempt = 1; attempt <= HANDSHAKE_ATTEMPTS && !present; attempt++) {
      try {
        present = await this.#request(
          encodeListNodes(),
          (message) => {
            if (message.kind === 'node-present') return message;
            heardOther = true;
            return null;
          },
          this.#timeouts.handshakeMs,
          signal,
        );
      } catch (error) {
        if (!(error instanceof RobotError) || error.code !== 'timeout') throw error;
      }
    }
    if (!present) {
      throw new RobotError(
        heardOther || this.#deframer.dropped > 0 ? 'unsupported-firmware' : 'timeout',
        'no Aseba node answered LIST_NODES',
      );
    }
    const node = present.node;
    const description = await this.#describe(node, signal);
    for (const name of ['motor.left.target', 'motor.right.target']) {
      if (!this.#variables.has(name)) {
        throw new RobotError('unsupported-firmware', `${description.name} has no ${name}`);
      }
    }
    this.#node = node;
    this.#info = {
      kind: 'thymio',
      name: description.name,
      firmware: `${description.name} (Aseba ${description.protocolVersion})`,
      protocolVersion: description.protocolVersion,
      capabilities: {
        move: true,
        light: false,
        sound: false,
        sensors: this.#variables.has('prox.horizontal') ? ['obstacle'] : [],
      },
    };
    return this.#info;
  }

  async perform(action: Action, signal?: AbortSignal): Promise<ActionConfirmation> {
    this.#requireNode();
    if (this.#running) throw new RobotError('busy', 'a move is running');
    const move = motorCommand(action, this.#motion);
    if (!move) {
      // Collecting: the Thymio has no light or sound reachable over plain Aseba variables.
      const now = this.#clock.now();
      return { action, startedAt: now, completedAt: now };
    }
    const running = deferred<never>();
    this.#running = running;
    try {
      const race = <T>(promise: Promise<T>) => Promise.race([promise, running.promise]);
      await race(this.#setWheels(move.left, move.right, signal));
      const startedAt = this.#clock.now();
      await race(sleep(this.#clock, move.ms, signal));
      await race(this.#setWheels(0, 0, signal));
      return { action, startedAt, completedAt: this.#clock.now() };
    } catch (error) {
      if (!this.#lost) await this.#halt();
      throw error;
    } finally {
      if (this.#running === running) this.#running = null;
    }
  }

  canSense(query: SensorQuery): boolean {
    return (
      query.kind === 'path' && query.direction === 'ahead' && this.#variables.has('prox.horizontal')
    );
  }

  async sense(query: SensorQuery, signal?: AbortSignal): Promise<boolean> {
    const node = this.#requireNode();
    if (!this.canSense(query)) throw new RobotError('unsupported', `cannot sense ${query.kind}`);
    const slot = this.#variables.get('prox.horizontal') as VariableSlot;
    const values = await this.readVariables(node, slot.offset, slot.size, signal);
    // Sensors 1–3 face forward (0 and 4 look to the sides, 5 and 6 backwards).
    const ahead = Math.max(...values.slice(1, 4));
    return ahead < this.#threshold;
  }

  async stop(): Promise<void> {
    if (this.#lost || this.#disposed || this.#node === null) return;
    this.#running?.reject(new RobotError('stopped', 'STOP'));
    await this.#halt();
  }

  /** A short wiggle: the Thymio has no light or sound reachable over plain Aseba variables. */
  async identify(signal?: AbortSignal): Promise<void> {
    this.#requireNode();
    try {
      for (const [left, right] of [
        [-200, 200],
        [200, -200],
        [-200, 200],
        [200, -200],
      ] as const) {
        await this.#setSpeeds(left, right, signal);
        await sleep(this.#clock, 150, signal);
      }
    } finally {
      await this.#halt();
    }
  }

  async dispose(): Promise<void> {
    if (this.#disposed) return;
    if (this.#running) await this.stop();
    this.#disposed = true;
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
    this.#listeners.clear();
  }

  /** Reads `count` variables from `offset` (GET_VARIABLES → VARIABLES). */
  async readVariables(
    node: number,
    offset: number,
    count: number,
    signal?: AbortSignal,
  ): Promise<number[]> {
    const message = await this.#request(
      encodeGetVariables(node, offset, count),
      (reply) =>
        reply.kind === 'variables' && reply.node === node && reply.start === offset ? reply : null,
      this.#timeouts.ackMs,
      signal,
    );
    return [...message.values];
  }

  // ---- internals ----

  async #describe(node: number, signal?: AbortSignal): Promise<Description> {
    const table: { name: string; size: number }[] = [];
    let description: Description | null = null;
    const done = deferred<Description>();
    const listener = (message: AsebaMessage) => {
      if (message.node !== node) return;
      if (message.kind === 'description') description = message;
      else if (message.kind === 'variable-description' && description) {
        table.push({ name: message.name, size: message.size });
      } else return;
      if (description && table.length >= description.namedVariables) done.resolve(description);
    };
    this.#listeners.add(listener);
    try {
      await this.#send(encodeGetNodeDescription(node));
      const result = await guard(done.promise, {
        clock: this.#clock,
        ms: this.#timeouts.handshakeMs * 2,
        signal,
        what: 'node description',
      });
      this.#variables = new Map();
      let offset = 0;
      for (const variable of table) {
        this.#variables.set(variable.name, { offset, size: variable.size });
        offset += variable.size;
      }
      return result;
    } finally {
      this.#listeners.delete(listener);
    }
  }

  /** Sends `bytes` and waits for the first message `match` accepts. */
  async #request<T>(
    bytes: Uint8Array,
    match: (message: AsebaMessage) => T | null,
    ms: number,
    signal?: AbortSignal,
  ): Promise<T> {
    const answer = deferred<T>();
    const listener = (message: AsebaMessage) => {
      if (this.#lost) {
        answer.reject(this.#lost);
        return;
      }
      const value = match(message);
      if (value !== null) answer.resolve(value);
    };
    this.#listeners.add(listener);
    try {
      await this.#send(bytes);
      return await guard(answer.promise, { clock: this.#clock, ms, signal, what: 'Aseba answer' });
    } finally {
      this.#listeners.delete(listener);
    }
  }

  /** Wheel powers in % → Thymio speeds, set then read back. */
  #setWheels(left: number, right: number, signal?: AbortSignal): Promise<void> {
    const scale = THYMIO_MAX_SPEED / 100;
    return this.#setSpeeds(Math.round(left * scale), Math.round(right * scale), signal);
  }

  async #setSpeeds(left: number, right: number, signal?: AbortSignal): Promise<void> {
    const node = this.#requireNode();
    const leftSlot = this.#variables.get('motor.left.target') as VariableSlot;
    const rightSlot = this.#variables.get('motor.right.target') as VariableSlot;
    await this.#setTargets(node, leftSlot, rightSlot, left, right);
    const [readLeft, readRight] = await Promise.all([
      this.readVariables(node, leftSlot.offset, 1, signal),
      this.readVariables(node, rightSlot.offset, 1, signal),
    ]);
    if (readLeft[0] !== left || readRight[0] !== right) {
      throw new RobotError(
        'robot-error',
        `motor targets read back as ${readLeft[0]}, ${readRight[0]}`,
      );
    }
  }

  async #setTargets(
    node: number,
    leftSlot: VariableSlot,
    rightSlot: VariableSlot,
    left: number,
    right: number,
  ): Promise<void> {
    if (rightSlot.offset === leftSlot.offset + 1) {
      await this.#send(encodeSetVariables(node, leftSlot.offset, [left, right]));
    } else {
      await this.#send(encodeSetVariables(node, leftSlot.offset, [left]));
      await this.#send(encodeSetVariables(node, rightSlot.offset, [right]));
    }
  }

  /** Motors off without waiting for confirmation (STOP must not hang on a silent robot). */
  async #halt(): Promise<void> {
    const node = this.#node;
    if (node === null || this.#lost) return;
    const leftSlot = this.#variables.get('motor.left.target') as VariableSlot;
    const rightSlot = this.#variables.get('motor.right.target') as VariableSlot;
    try {
      await this.#setTargets(node, leftSlot, rightSlot, 0, 0);
    } catch (error) {
      this.#log?.(`halt: ${String(error)}`);
    }
  }

  async #send(bytes: Uint8Array): Promise<void> {
    if (this.#lost) throw this.#lost;
    await this.#writer.write(bytes);
  }

  #assertUsable(): void {
    if (this.#disposed) throw new RobotError('not-connected', 'driver disposed');
    if (this.#lost) throw this.#lost;
  }

  #requireNode(): number {
    this.#assertUsable();
    if (this.#node === null) throw new RobotError('not-connected', 'call connect() first');
    return this.#node;
  }
}

export function createThymioDriver(
  transport: Transport,
  options?: ThymioDriverOptions,
): ThymioDriver {
  return new ThymioDriver(transport, options);
}
