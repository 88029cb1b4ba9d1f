// MicroPython raw REPL over a Transport (as mpremote's transport_serial.py does it): enter with
// Ctrl-C then Ctrl-A, run code and collect its output and errors, raw-paste mode when the board
// proves it works (probed with a deadline, because a board may hang on it) and otherwise plain
// raw mode with 256-byte chunks. Leaves with Ctrl-B; soft-reboots with Ctrl-D at the friendly
// prompt, which runs main.py. Layer contract (robots): no browser API; time only through the
// injected Clock; failures are RobotError codes.

import { guard, sleep, WriteQueue, deferred, type Deferred } from '../async';
import { systemClock, type Clock } from '../clock';
import { RobotError } from '../errors';
import type { Transport, Unsubscribe } from '../transport';
import { ExecResponseParser, type ExecResponse } from './exec-response';

export const RAW_REPL_BANNER = 'raw REPL; CTRL-B to exit\r\n>';
/** Plain raw mode: bytes written at a time, with a pause between, as mpremote does. */
export const RAW_CHUNK_SIZE = 256;

const CTRL_A = 0x01;
const CTRL_B = 0x02;
const CTRL_C = 0x03;
const CTRL_D = 0x04;
const CTRL_E = 0x05;
const CR = 0x0d;

/** Longest run of board output kept while waiting (older bytes are dropped). */
const MAX_BUFFER = 65_536;

export interface RawReplTimeouts {
  /** Waiting for the raw REPL banner. */
  readonly enterMs: number;
  /** Waiting for the answer to the raw-paste probe and for each flow-control step. */
  readonly probeMs: number;
  /** Waiting for a program's `OK` and its complete output. */
  readonly execMs: number;
  /** Pause between 256-byte chunks in plain raw mode. */
  readonly chunkPauseMs: number;
}

export const DEFAULT_RAW_REPL_TIMEOUTS: RawReplTimeouts = {
  enterMs: 2000,
  probeMs: 1000,
  execMs: 5000,
  chunkPauseMs: 10,
};

export interface RawReplOptions {
  readonly clock?: Clock;
  readonly timeouts?: Partial<RawReplTimeouts>;
  readonly log?: (line: string) => void;
}

export type RawPasteSupport = 'unknown' | 'yes' | 'no';

const encoder = new TextEncoder();

export class RawRepl {
  readonly #clock: Clock;
  readonly #timeouts: RawReplTimeouts;
  readonly #log: ((line: string) => void) | undefined;
  readonly #writer: WriteQueue;
  readonly #unsubscribe: Unsubscribe[];
  #buffer: number[] = [];
  #wake: Deferred<void> = deferred<void>();
  #lost: RobotError | null = null;
  #rawPaste: RawPasteSupport = 'unknown';

  constructor(transport: Transport, options: RawReplOptions = {}) {
    this.#clock = options.clock ?? systemClock;
    this.#timeouts = { ...DEFAULT_RAW_REPL_TIMEOUTS, ...options.timeouts };
    this.#log = options.log;
    this.#writer = new WriteQueue(transport);
    this.#unsubscribe = [
      transport.onData((chunk) => {
        for (const byte of chunk) this.#buffer.push(byte);
        if (this.#buffer.length > MAX_BUFFER)
          this.#buffer.splice(0, this.#buffer.length - MAX_BUFFER);
        this.#wake.resolve();
      }),
      transport.onDisconnect((reason) => {
        this.#lost = new RobotError('disconnected', `transport ${reason}`);
        this.#wake.resolve();
      }),
    ];
  }

  /** Whether raw-paste mode was found to work ('unknown' before the first `exec`). */
  get rawPaste(): RawPasteSupport {
    return this.#rawPaste;
  }

  /** Interrupts whatever runs (Ctrl-C twice) and enters raw mode (Ctrl-A). */
  async enter(signal?: AbortSignal): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      await this.#write([CR, CTRL_C, CTRL_C]);
      await sleep(this.#clock, 100, signal);
      this.#buffer = [];
      await this.#write([CR, CTRL_A]);
      try {
        await this.#readUntil(RAW_REPL_BANNER, this.#timeouts.enterMs, signal);
        return;
      } catch (error) {
        if (attempt >= 2 || !(error instanceof RobotError) || error.code !== 'timeout') {
          throw error instanceof RobotError && error.code === 'timeout'
            ? new RobotError('unsupported-firmware', 'no MicroPython raw REPL')
            : error;
        }
      }
    }
  }

  /** Leaves raw mode for the friendly prompt (Ctrl-B). */
  async exit(): Promise<void> {
    await this.#write([CR, CTRL_B]);
  }

  /** From raw mode: leaves it and soft-reboots (Ctrl-D at the friendly prompt runs main.py). */
  async softReboot(signal?: AbortSignal): Promise<void> {
    await this.exit();
    await sleep(this.#clock, 50, signal);
    this.#buffer = [];
    await this.#write([CTRL_D]);
  }

  /**
   * Runs `code` in raw mode and returns its output. The board must be at the raw prompt.
   * The first call probes raw-paste mode on a harmless program; if the board does not
   * complete it in time, the raw REPL is re-entered and plain mode is used from then on.
   */
  async exec(code: string, signal?: AbortSignal): Promise<ExecResponse> {
    if (this.#rawPaste === 'unknown') await this.#probe(signal);
    const bytes = encoder.encode(code);
    return this.#rawPaste === 'yes'
      ? this.#pasteExec(bytes, this.#timeouts.execMs, signal)
      : this.#plainExec(bytes, signal);
  }

  /** Runs `code` and rejects with `robot-error` when it raised. */
  async run(code: string, signal?: AbortSignal): Promise<string> {
    const response = await this.exec(code, signal);
    if (response.stderr) throw new RobotError('robot-error', response.stderr.trim());
    return response.stdout;
  }

  dispose(): void {
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
  }

  // ---- internals ----

  async #probe(signal?: AbortSignal): Promise<void> {
    const probe = encoder.encode("print('raw-paste')");
    try {
      await this.#write([CTRL_E, 0x41, CTRL_A]); // \x05 A \x01
      const answer = await this.#read(2, this.#timeouts.probeMs, signal);
      if (answer[0] === 0x52 && answer[1] === 0x01) {
        const response = await this.#pasteBody(probe, this.#timeouts.probeMs, signal);
        if (response.stdout.trim() === 'raw-paste') {
          this.#rawPaste = 'yes';
          this.#log?.('raw-paste mode works');
          return;
        }
        throw new RobotError('protocol', 'raw-paste probe printed something else');
      }
      if (answer[0] === 0x52 && answer[1] === 0x00) {
        // Understood but not supported: still at the raw prompt.
        this.#rawPaste = 'no';
        return;
      }
      // An older MicroPython treats the probe as text then Ctrl-A: it re-prints the banner.
      throw new RobotError('protocol', 'no raw-paste answer');
    } catch (error) {
      if (
        error instanceof RobotError &&
        (error.code === 'aborted' || error.code === 'disconnected')
      ) {
        throw error;
      }
      this.#log?.(`raw-paste probe failed (${String(error)}): plain raw mode`);
      this.#rawPaste = 'no';
      await this.enter(signal);
    }
  }

  async #plainExec(bytes: Uint8Array, signal?: AbortSignal): Promise<ExecResponse> {
    for (let start = 0; start < bytes.length; start += RAW_CHUNK_SIZE) {
      await this.#write(bytes.subarray(start, start + RAW_CHUNK_SIZE));
      if (start + RAW_CHUNK_SIZE < bytes.length) {
        await sleep(this.#clock, this.#timeouts.chunkPauseMs, signal);
      }
    }
    await this.#write([CTRL_D]);
    return this.#response(true, this.#timeouts.execMs, signal);
  }

  async #pasteExec(bytes: Uint8Array, ms: number, signal?: AbortSignal): Promise<ExecResponse> {
    await this.#write([CTRL_E, 0x41, CTRL_A]);
    const answer = await this.#read(2, ms, signal);
    if (answer[0] !== 0x52 || answer[1] !== 0x01) {
      throw new RobotError('protocol', 'raw-paste refused');
    }
    return this.#pasteBody(bytes, ms, signal);
  }

  /** After `R\x01`: window size, flow-controlled data, end, then the response. */
  async #pasteBody(bytes: Uint8Array, ms: number, signal?: AbortSignal): Promise<ExecResponse> {
    const header = await this.#read(2, ms, signal);
    const window = (header[0] as number) | ((header[1] as number) << 8);
    if (window === 0) throw new RobotError('protocol', 'raw-paste window of 0');
    let remaining = window;
    let sent = 0;
    while (sent < bytes.length) {
      while (remaining === 0 || this.#buffer.length > 0) {
        const [flow] = await this.#read(1, ms, signal);
        if (flow === CTRL_A) remaining += window;
        else if (flow === CTRL_D) {
          // The board ended reception early: acknowledge, then it reports why.
          await this.#write([CTRL_D]);
          return this.#response(false, ms, signal);
        } else throw new RobotError('protocol', `unexpected byte ${flow} during raw paste`);
      }
      const piece = bytes.subarray(sent, sent + remaining);
      await this.#write(piece);
      sent += piece.length;
      remaining -= piece.length;
    }
    await this.#write([CTRL_D]);
    // The board acknowledges the end of data with \x04, then runs the program.
    for (;;) {
      const [byte] = await this.#read(1, ms, signal);
      if (byte === CTRL_D) break;
      if (byte !== CTRL_A)
        throw new RobotError('protocol', `unexpected byte ${byte} ending raw paste`);
    }
    return this.#response(false, ms, signal);
  }

  #response(expectOk: boolean, ms: number, signal?: AbortSignal): Promise<ExecResponse> {
    const parser = new ExecResponseParser(expectOk);
    return this.#until(
      () => {
        const result = parser.push(Uint8Array.from(this.#buffer));
        this.#buffer = [];
        if (result.kind === 'refused') {
          throw new RobotError('protocol', `raw REPL answered ${JSON.stringify(result.received)}`);
        }
        if (result.kind === 'pending') return null;
        this.#buffer = Array.from(result.rest);
        return result.response;
      },
      ms,
      signal,
      'raw REPL response',
    );
  }

  #read(count: number, ms: number, signal?: AbortSignal): Promise<number[]> {
    return this.#until(
      () => (this.#buffer.length >= count ? this.#buffer.splice(0, count) : null),
      ms,
      signal,
      `read ${count} bytes`,
    );
  }

  #readUntil(text: string, ms: number, signal?: AbortSignal): Promise<void> {
    const pattern = Array.from(text, (c) => c.charCodeAt(0));
    return this.#until(
      () => {
        const at = indexOf(this.#buffer, pattern);
        if (at < 0) return null;
        this.#buffer.splice(0, at + pattern.length);
        return true;
      },
      ms,
      signal,
      `wait for ${JSON.stringify(text)}`,
    ).then(() => undefined);
  }

  /**
   * Polls the buffer each time bytes arrive until `poll` returns a value. A poll that gave up
   * (deadline, abort) stops at once, so it never eats bytes meant for the next operation.
   */
  #until<T>(
    poll: () => T | null,
    ms: number,
    signal: AbortSignal | undefined,
    what: string,
  ): Promise<T> {
    let active = true;
    const work = (async () => {
      for (;;) {
        if (!active) throw new RobotError('aborted', `${what}: given up`);
        const value = poll();
        if (value !== null) return value;
        await this.#waitForData();
      }
    })();
    return guard(work, {
      clock: this.#clock,
      ms,
      signal,
      what,
      onGiveUp: () => {
        active = false;
        this.#wake.resolve();
      },
    });
  }

  async #waitForData(): Promise<void> {
    if (this.#lost) throw this.#lost;
    if (this.#wake.settled) this.#wake = deferred<void>();
    await this.#wake.promise;
    if (this.#lost) throw this.#lost;
  }

  async #write(bytes: Uint8Array | readonly number[]): Promise<void> {
    if (this.#lost) throw this.#lost;
    await this.#writer.write(bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes));
  }
}

function indexOf(haystack: readonly number[], needle: readonly number[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
