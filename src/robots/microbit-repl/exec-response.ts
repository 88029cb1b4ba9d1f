// Pure, incremental parser of a MicroPython raw-REPL execution response (mpremote's
// transport_serial.py): `OK` (normal raw mode only), the program's output, `\x04`, the error
// output, `\x04`, then the `>` prompt. Feed it chunks as they arrive; it returns the response
// once complete. Output beyond `maxOutput` bytes is dropped (and flagged), so memory stays
// bounded whatever the board sends. Layer contract (robots): pure, no I/O.

export interface ExecResponse {
  readonly stdout: string;
  readonly stderr: string;
  /** True when either output was cut at `maxOutput` bytes. */
  readonly truncated: boolean;
}

export type ExecParseResult =
  | { readonly kind: 'pending' }
  | { readonly kind: 'done'; readonly response: ExecResponse; readonly rest: Uint8Array }
  /** The board answered something else than `OK` (normal mode): the program was not run. */
  | { readonly kind: 'refused'; readonly received: string };

const EOT = 0x04;
const PROMPT = 0x3e; // '>'

type Stage = 'ok-o' | 'ok-k' | 'stdout' | 'stderr' | 'prompt' | 'finished';

export class ExecResponseParser {
  readonly maxOutput: number;
  #stage: Stage;
  #stdout: number[] = [];
  #stderr: number[] = [];
  #truncated = false;

  /** `expectOk`: normal raw mode starts with `OK`; raw-paste mode does not. */
  constructor(expectOk: boolean, maxOutput = 16_384) {
    this.maxOutput = maxOutput;
    this.#stage = expectOk ? 'ok-o' : 'stdout';
  }

  /** Output bytes held so far (never more than twice `maxOutput`). */
  get buffered(): number {
    return this.#stdout.length + this.#stderr.length;
  }

  push(chunk: Uint8Array): ExecParseResult {
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i] as number;
      switch (this.#stage) {
        case 'ok-o':
        case 'ok-k': {
          const wanted = this.#stage === 'ok-o' ? 0x4f : 0x4b; // 'O', 'K'
          if (byte !== wanted) {
            this.#stage = 'finished';
            return { kind: 'refused', received: String.fromCharCode(byte) };
          }
          this.#stage = this.#stage === 'ok-o' ? 'ok-k' : 'stdout';
          break;
        }
        case 'stdout':
        case 'stderr': {
          if (byte === EOT) {
            this.#stage = this.#stage === 'stdout' ? 'stderr' : 'prompt';
            break;
          }
          const target = this.#stage === 'stdout' ? this.#stdout : this.#stderr;
          if (target.length < this.maxOutput) target.push(byte);
          else this.#truncated = true;
          break;
        }
        case 'prompt':
          // Anything before the prompt (there should be nothing) is ignored.
          if (byte === PROMPT) {
            this.#stage = 'finished';
            return {
              kind: 'done',
              response: {
                stdout: latin1(this.#stdout),
                stderr: latin1(this.#stderr),
                truncated: this.#truncated,
              },
              rest: chunk.slice(i + 1),
            };
          }
          break;
        case 'finished':
          return { kind: 'pending' };
      }
    }
    return { kind: 'pending' };
  }
}

function latin1(bytes: readonly number[]): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}
