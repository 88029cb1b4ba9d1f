// Small promise helpers shared by the drivers: deferreds, deadlines on an injected Clock,
// abort signals turned into RobotError('aborted'), and a serial write queue. Layer contract
// (robots): pure, time only through the Clock passed in.

import type { Clock } from './clock';
import { RobotError, type RobotErrorCode } from './errors';
import { writeChunked, type Transport } from './transport';

export interface Deferred<T> {
  readonly promise: Promise<T>;
  readonly settled: boolean;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  let settled = false;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A deferred nobody awaits must not crash the process when it is rejected.
  promise.catch(() => undefined);
  return {
    promise,
    get settled() {
      return settled;
    },
    resolve(value) {
      if (settled) return;
      settled = true;
      resolve(value);
    },
    reject(error) {
      if (settled) return;
      settled = true;
      reject(error);
    },
  };
}

export interface GuardOptions {
  readonly clock: Clock;
  /** Rejects with `timeout` after this many ms; no deadline when undefined. */
  readonly ms?: number;
  readonly signal?: AbortSignal;
  /** For the error's detail. */
  readonly what: string;
  /** Called once when the deadline passes or the signal fires, before rejecting. */
  readonly onGiveUp?: (code: RobotErrorCode) => void;
}

/** `promise`, or a RobotError when the deadline passes (`timeout`) or the signal fires (`aborted`). */
export function guard<T>(promise: Promise<T>, options: GuardOptions): Promise<T> {
  const { clock, ms, signal, what, onGiveUp } = options;
  if (signal?.aborted) {
    onGiveUp?.('aborted');
    return Promise.reject(new RobotError('aborted', what));
  }
  return new Promise<T>((resolve, reject) => {
    let done = false;
    const finish = () => {
      done = true;
      if (timer !== null) clock.clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const giveUp = (code: RobotErrorCode) => {
      if (done) return;
      finish();
      onGiveUp?.(code);
      reject(new RobotError(code, what));
    };
    const onAbort = () => giveUp('aborted');
    const timer = ms === undefined ? null : clock.setTimeout(() => giveUp('timeout'), ms);
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        if (done) return;
        finish();
        resolve(value);
      },
      (error: unknown) => {
        if (done) return;
        finish();
        reject(error);
      },
    );
  });
}

/** Resolves after `ms` on the clock; rejects with `aborted` if the signal fires first. */
export function sleep(clock: Clock, ms: number, signal?: AbortSignal): Promise<void> {
  const wait = deferred<void>();
  const timer = clock.setTimeout(() => wait.resolve(), ms);
  return guard(wait.promise, {
    clock,
    signal,
    what: 'sleep',
    onGiveUp: () => clock.clearTimeout(timer),
  });
}

/**
 * Serialises writes so that two messages never interleave, even when a transport splits them
 * into `maxWriteSize` pieces. A failed write rejects with `disconnected` and does not block the
 * writes queued after it.
 */
export class WriteQueue {
  readonly #transport: Transport;
  #tail: Promise<void> = Promise.resolve();

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  write(bytes: Uint8Array): Promise<void> {
    const result = this.#tail.then(() => writeChunked(this.#transport, bytes));
    this.#tail = result.catch(() => undefined);
    return result.catch((error: unknown) => {
      throw error instanceof RobotError
        ? error
        : new RobotError('disconnected', `write failed: ${String(error)}`);
    });
  }
}
