// A simulated BBC micro:bit for tests: real MicroPython (WebAssembly) in a worker thread stands
// for the board's MCU, shared-memory rings for its USB serial line, and a ManualClock for its
// time. The test and the board run in lockstep (see the worker), so runs are deterministic and
// never wait on the wall clock, with one exception: a board whose MicroPython hangs inside a
// call (the WebAssembly port does on the raw-paste probe `\x05A\x01`) is noticed when it fails
// to come back within HANG_MS. On a real micro:bit the UART interrupt turns Ctrl-C into a
// KeyboardInterrupt even then; the WebAssembly port cannot, so the board models it by starting
// MicroPython afresh (with its initial files) when Ctrl-C arrives while it hangs.

import { Worker } from 'node:worker_threads';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ManualClock } from '../../../src/robots/clock';
import type { DisconnectReason, Transport } from '../../../src/robots/transport';

const GEN = 0;
const IDLE_GEN = 1;
const TIME = 2;
const RX_WRITE = 3;
// Slot 4 (RX_READ) is advanced by the worker only.
const TX_WRITE = 5;
const EVENT_WRITE = 6;
const ECHO_US = 7;

/** Wall-clock bound for "this board hangs"; a healthy board answers in microseconds. */
const HANG_MS = 2000;

const shimDir = join(import.meta.dirname, 'microbit-shim');

/** The Python stand-ins for the micro:bit's hardware modules. */
export function shimFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(shimDir)) {
    if (name.endsWith('.py')) files[name] = readFileSync(join(shimDir, name), 'utf8');
  }
  return files;
}

export interface MotorPowers {
  readonly left: number;
  readonly right: number;
}

export class MicrobitBoard {
  readonly clock = new ManualClock();
  /** Everything the board sent, as latin-1 text. */
  output = '';
  /** Hardware events reported by the shim ("i2c 16 0 0 153", "display ARROW_N", …). */
  readonly events: string[] = [];
  /** How many times the board hung and was started afresh by Ctrl-C. */
  restarts = 0;

  #files: Record<string, string>;
  #worker!: Worker;
  #ctrl!: Int32Array;
  #rx!: Uint8Array;
  #tx!: Uint8Array;
  #eventRing!: Uint8Array;
  #txRead = 0;
  #eventRead = 0;
  #eventPartial = '';
  #hung = false;
  #listeners = new Set<(chunk: Uint8Array) => void>();
  #disconnectListeners = new Set<(reason: DisconnectReason) => void>();
  #closed = false;
  #echoUs = -2;

  private constructor(files: Record<string, string>) {
    this.#files = files;
  }

  /** Boots a board with the shim modules and `files` in its file system. */
  static async start(files: Record<string, string> = {}): Promise<MicrobitBoard> {
    const board = new MicrobitBoard({ ...shimFiles(), ...files });
    await board.#boot();
    return board;
  }

  async #boot(): Promise<void> {
    const control = new SharedArrayBuffer(16 * 4);
    const rxBuffer = new SharedArrayBuffer(1 << 16);
    const txBuffer = new SharedArrayBuffer(1 << 20);
    const eventBuffer = new SharedArrayBuffer(1 << 20);
    this.#ctrl = new Int32Array(control);
    this.#rx = new Uint8Array(rxBuffer);
    this.#tx = new Uint8Array(txBuffer);
    this.#eventRing = new Uint8Array(eventBuffer);
    this.#txRead = 0;
    this.#eventRead = 0;
    this.#hung = false;
    Atomics.store(this.#ctrl, TIME, Math.floor(this.clock.now()));
    Atomics.store(this.#ctrl, ECHO_US, this.#echoUs);
    Atomics.store(this.#ctrl, IDLE_GEN, -1);
    this.#worker = new Worker(new URL('./micropython-board.worker.mjs', import.meta.url), {
      workerData: { control, rxBuffer, txBuffer, eventBuffer, files: this.#files },
    });
    await new Promise<void>((resolve, reject) => {
      this.#worker.once('message', () => resolve());
      this.#worker.once('error', reject);
    });
    this.#sync();
  }

  get hung(): boolean {
    return this.#hung;
  }

  /** Echo time of the ultrasonic sensor in µs (negative: nothing in range). */
  setEcho(us: number): void {
    this.#echoUs = us;
    Atomics.store(this.#ctrl, ECHO_US, us);
  }

  /** Motor powers from the last Maqueen I2C writes (motor, direction, speed 0..255). */
  get motors(): MotorPowers {
    const powers = [0, 0];
    for (const event of this.events) {
      const match = /^i2c 16 ([01]) ([01]) (\d+)$/.exec(event);
      if (!match) continue;
      const power = Math.round((Number(match[3]) * 100) / 255);
      powers[Number(match[1])] = match[2] === '1' ? -power : power;
    }
    return { left: powers[0] as number, right: powers[1] as number };
  }

  /** Waits until the board is idle with its input consumed, then collects what it sent. */
  #sync(): void {
    if (!this.#hung) {
      const gen = Atomics.load(this.#ctrl, GEN);
      const deadline = Date.now() + HANG_MS;
      for (;;) {
        const seen = Atomics.load(this.#ctrl, IDLE_GEN);
        if (seen === gen) break;
        const left = deadline - Date.now();
        if (left <= 0) {
          this.#hung = true;
          break;
        }
        Atomics.wait(this.#ctrl, IDLE_GEN, seen, left);
      }
    }
    this.#collect();
  }

  #collect(): void {
    const txEnd = Atomics.load(this.#ctrl, TX_WRITE);
    if (txEnd > this.#txRead) {
      const chunk = new Uint8Array(txEnd - this.#txRead);
      for (let i = 0; i < chunk.length; i++) {
        chunk[i] = this.#tx[(this.#txRead + i) % this.#tx.length] as number;
      }
      this.#txRead = txEnd;
      for (const byte of chunk) this.output += String.fromCharCode(byte);
      for (const listener of [...this.#listeners]) listener(chunk);
    }
    const eventEnd = Atomics.load(this.#ctrl, EVENT_WRITE);
    if (eventEnd > this.#eventRead) {
      const bytes = new Uint8Array(eventEnd - this.#eventRead);
      for (let i = 0; i < bytes.length; i++) {
        bytes[i] = this.#eventRing[(this.#eventRead + i) % this.#eventRing.length] as number;
      }
      this.#eventRead = eventEnd;
      const lines = (this.#eventPartial + new TextDecoder().decode(bytes)).split('\n');
      this.#eventPartial = lines.pop() ?? '';
      this.events.push(...lines);
    }
  }

  #bump(): void {
    Atomics.add(this.#ctrl, GEN, 1);
    Atomics.notify(this.#ctrl, GEN);
  }

  /** Bytes on the board's serial input. */
  async receive(bytes: Uint8Array | string): Promise<void> {
    const data = typeof bytes === 'string' ? Uint8Array.from(bytes, (c) => c.charCodeAt(0)) : bytes;
    let start = 0;
    if (this.#hung) {
      const ctrlC = data.indexOf(3);
      if (ctrlC < 0) return; // a hung board hears nothing
      await this.#restart();
      start = ctrlC + 1;
    }
    let at = Atomics.load(this.#ctrl, RX_WRITE);
    for (let i = start; i < data.length; i++) this.#rx[at++ % this.#rx.length] = data[i] as number;
    Atomics.store(this.#ctrl, RX_WRITE, at);
    this.#bump();
  }

  async #restart(): Promise<void> {
    this.restarts++;
    await this.#worker.terminate();
    await this.#boot();
  }

  /** Lets the board work, then advances its time by `ms`. */
  step(ms: number): void {
    this.#sync();
    this.clock.advanceTo(this.clock.now() + ms);
    Atomics.store(this.#ctrl, TIME, Math.floor(this.clock.now()));
    this.#bump();
    this.#sync();
  }

  /** Runs simulated time in `sliceMs` steps until `promise` settles. */
  async run<T>(promise: Promise<T>, limitMs = 30_000, sliceMs = 5): Promise<T> {
    let settled = false;
    promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    const limit = this.clock.now() + limitMs;
    await flush();
    while (!settled) {
      if (this.clock.now() >= limit) throw new Error(`board ran ${limitMs} ms without settling`);
      this.step(sliceMs);
      await flush();
    }
    return promise;
  }

  async advance(ms: number, sliceMs = 5): Promise<void> {
    const end = this.clock.now() + ms;
    while (this.clock.now() < end) {
      this.step(Math.min(sliceMs, end - this.clock.now()));
      await flush();
    }
  }

  transport(): Transport {
    return {
      write: async (bytes) => {
        if (this.#closed) throw new Error('closed');
        await this.receive(Uint8Array.from(bytes));
      },
      onData: (listener) => {
        this.#listeners.add(listener);
        return () => this.#listeners.delete(listener);
      },
      onDisconnect: (listener) => {
        this.#disconnectListeners.add(listener);
        return () => this.#disconnectListeners.delete(listener);
      },
      close: async () => {
        if (this.#closed) return;
        this.#closed = true;
        for (const listener of [...this.#disconnectListeners]) listener('closed');
      },
    };
  }

  async stop(): Promise<void> {
    await this.#worker.terminate();
  }
}

function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
