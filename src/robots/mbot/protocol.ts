// Makeblock mCore factory firmware protocol (mBot): requests `FF 55 len idx action device
// [port] data…` (len counts the bytes after it), RUN acknowledged by `FF 55 0D 0A`, GET
// answered by `FF 55 idx type value… 0D 0A`. Pure encoders for the requests the driver needs,
// and an incremental deframer that resynchronises on `FF 55` and keeps its buffer bounded.
// Layer contract (robots): pure, no I/O.

export const Action = { GET: 1, RUN: 2, RESET: 4, START: 5 } as const;

export const Device = {
  VERSION: 0,
  ULTRASONIC: 1,
  LIGHT: 3,
  JOYSTICK: 5,
  RGBLED: 8,
  MOTOR: 10,
  LINE: 17,
  TONE: 34,
} as const;

/** mBot wiring: ultrasonic sensor on port 3, the two on-board RGB LEDs on port 7 slot 2. */
export const ULTRASONIC_PORT = 3;
export const ONBOARD_LED_PORT = 7;
export const ONBOARD_LED_SLOT = 2;
/** Motor speed for 100 % power (mCore range −255..255). */
export const MBOT_MAX_SPEED = 255;

/** Request indices cycle through 1..12 so no index equals 0x0D (the ack's first byte). */
export const MAX_INDEX = 12;

function request(
  index: number,
  action: number,
  device: number,
  data: readonly number[],
): Uint8Array {
  const body = [index & 0xff, action, device, ...data.map((byte) => byte & 0xff)];
  return Uint8Array.from([0xff, 0x55, body.length, ...body]);
}

function int16(value: number): [number, number] {
  const word = Math.max(-32768, Math.min(32767, Math.round(value))) & 0xffff;
  return [word & 0xff, word >> 8];
}

/** Both motors (JOYSTICK): `left`, `right` in −255..255 as the wheels turn forward. */
export function encodeDrive(index: number, left: number, right: number): Uint8Array {
  // The left motor is mounted mirrored: forward is a negative speed.
  return request(index, Action.RUN, Device.JOYSTICK, [...int16(-left), ...int16(right)]);
}

/** The on-board RGB LEDs (`led` 0 = both, 1 = right, 2 = left). */
export function encodeLed(index: number, r: number, g: number, b: number, led = 0): Uint8Array {
  return request(index, Action.RUN, Device.RGBLED, [
    ONBOARD_LED_PORT,
    ONBOARD_LED_SLOT,
    led,
    r,
    g,
    b,
  ]);
}

/** The buzzer: `hz` for `ms` (the firmware acknowledges once the tone has ended). */
export function encodeTone(index: number, hz: number, ms: number): Uint8Array {
  return request(index, Action.RUN, Device.TONE, [...int16(hz), ...int16(ms)]);
}

export function encodeGetUltrasonic(index: number, port = ULTRASONIC_PORT): Uint8Array {
  return request(index, Action.GET, Device.ULTRASONIC, [port]);
}

export function encodeGetVersion(index: number): Uint8Array {
  return request(index, Action.GET, Device.VERSION, []);
}

/** Stops everything (motors, buzzer); acknowledged like a RUN. */
export function encodeReset(index: number): Uint8Array {
  return Uint8Array.from([0xff, 0x55, 0x02, index & 0xff, Action.RESET]);
}

export type McoreValue = number | string;

export type McoreFrame =
  | { readonly kind: 'ack' }
  | { readonly kind: 'value'; readonly index: number; readonly value: McoreValue };

/** Value type codes in answers, with their payload size (string: a length byte first). */
const VALUE_SIZES: Record<number, number | 'string'> = { 1: 1, 2: 4, 3: 2, 4: 'string', 5: 4 };

/** Longest possible answer: header, index, type, a 255-byte string with its length, trailer. */
export const MAX_FRAME = 4 + 1 + 255 + 2;

/**
 * Incremental deframer for mCore answers. Anything before `FF 55` is skipped; a frame whose
 * type is unknown or whose `0D 0A` trailer is missing is dropped and the search resumes one
 * byte further. The buffer never exceeds one frame.
 */
export class McoreDeframer {
  #buffer: number[] = [];
  dropped = 0;

  push(chunk: Uint8Array): McoreFrame[] {
    const frames: McoreFrame[] = [];
    for (const byte of chunk) {
      this.#buffer.push(byte);
      this.#extract(frames);
      if (this.#buffer.length > MAX_FRAME) this.#skip(1);
    }
    return frames;
  }

  /** Bytes held for the frame in progress (never more than one frame). */
  get buffered(): number {
    return this.#buffer.length;
  }

  reset(): void {
    this.#buffer = [];
  }

  #skip(count: number): void {
    this.#buffer.splice(0, count);
    this.dropped += count;
  }

  #extract(frames: McoreFrame[]): void {
    for (;;) {
      const buffer = this.#buffer;
      // Resynchronise on FF 55.
      let start = 0;
      while (
        start < buffer.length &&
        !(buffer[start] === 0xff && (start + 1 === buffer.length || buffer[start + 1] === 0x55))
      ) {
        start++;
      }
      if (start > 0) this.#skip(start);
      if (this.#buffer.length < 4) return;
      const b = this.#buffer;
      if (b[2] === 0x0d && b[3] === 0x0a) {
        frames.push({ kind: 'ack' });
        this.#buffer.splice(0, 4);
        continue;
      }
      const index = b[2] as number;
      const type = b[3] as number;
      const size = VALUE_SIZES[type];
      if (size === undefined) {
        this.#skip(1);
        continue;
      }
      let valueLength: number;
      if (size === 'string') {
        if (b.length < 5) return;
        valueLength = 1 + (b[4] as number);
      } else valueLength = size;
      const total = 4 + valueLength + 2;
      if (b.length < total) return;
      if (b[total - 2] !== 0x0d || b[total - 1] !== 0x0a) {
        this.#skip(1);
        continue;
      }
      frames.push({ kind: 'value', index, value: decodeValue(type, b.slice(4, 4 + valueLength)) });
      this.#buffer.splice(0, total);
    }
  }
}

function decodeValue(type: number, bytes: readonly number[]): McoreValue {
  const view = new DataView(Uint8Array.from(bytes).buffer);
  switch (type) {
    case 1:
      return bytes[0] as number;
    case 2:
    case 5:
      return view.getFloat32(0, true);
    case 3:
      return view.getInt16(0, true);
    default:
      return String.fromCharCode(...bytes.slice(1));
  }
}
