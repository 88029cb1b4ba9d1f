// Line deframer for the Parcours line protocol: pure and incremental. Feed it chunks as they
// arrive; it returns the complete lines they finish. Chunk boundaries do not matter. CR is
// ignored, lines longer than the limit and lines holding non-printable bytes are reported as
// garbage and dropped whole, and the buffer never holds more than `maxLength` bytes.
// Layer contract (robots): pure, no I/O.

export const MAX_LINE_LENGTH = 64;

export type LineFrame =
  | { readonly kind: 'line'; readonly text: string }
  /** A dropped line: `binary` held a non-printable byte, `toolong` exceeded the limit. */
  | { readonly kind: 'garbage'; readonly reason: 'binary' | 'toolong' };

const LF = 0x0a;
const CR = 0x0d;

export class LineDeframer {
  readonly maxLength: number;
  readonly #buffer: Uint8Array;
  #length = 0;
  #binary = false;
  #tooLong = false;

  constructor(maxLength = MAX_LINE_LENGTH) {
    this.maxLength = maxLength;
    this.#buffer = new Uint8Array(maxLength);
  }

  push(chunk: Uint8Array): LineFrame[] {
    const frames: LineFrame[] = [];
    for (const byte of chunk) {
      if (byte === CR) continue;
      if (byte === LF) {
        const frame = this.#finish();
        if (frame) frames.push(frame);
        continue;
      }
      if (byte < 0x20 || byte > 0x7e) this.#binary = true;
      if (this.#length < this.maxLength) this.#buffer[this.#length++] = byte;
      else this.#tooLong = true;
    }
    return frames;
  }

  /** Bytes held for the line in progress (never more than `maxLength`). */
  get buffered(): number {
    return this.#length;
  }

  /** Forgets a partial line (after a reconnect, say). */
  reset(): void {
    this.#length = 0;
    this.#binary = false;
    this.#tooLong = false;
  }

  #finish(): LineFrame | null {
    const { binary, tooLong } = { binary: this.#binary, tooLong: this.#tooLong };
    const length = this.#length;
    this.reset();
    if (tooLong) return { kind: 'garbage', reason: 'toolong' };
    if (binary) return { kind: 'garbage', reason: 'binary' };
    if (length === 0) return null;
    let text = '';
    for (let i = 0; i < length; i++) text += String.fromCharCode(this.#buffer[i] as number);
    return { kind: 'line', text };
  }
}
