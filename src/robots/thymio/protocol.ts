// Aseba messages for the Thymio II over serial (as epfl-mobots/thymio-python's thymiodirect
// speaks them): frames `[payload length u16][source u16][type u16][payload]`, little-endian.
// Pure encoders for the host's requests, a decoder for the robot's answers, and an incremental
// deframer with a bounded buffer. Layer contract (robots): pure, no I/O.

/** Aseba protocol version the host announces (Thymio firmware ≥ 10 speaks 5 or newer). */
export const ASEBA_PROTOCOL_VERSION = 5;
/** Node id the host uses as source (thymiodirect does the same). */
export const HOST_NODE_ID = 1;
/** Largest payload accepted; anything longer is taken for noise. */
export const MAX_PAYLOAD = 1024;

export const MessageType = {
  DESCRIPTION: 0x9000,
  NAMED_VARIABLE_DESCRIPTION: 0x9001,
  LOCAL_EVENT_DESCRIPTION: 0x9002,
  NATIVE_FUNCTION_DESCRIPTION: 0x9003,
  VARIABLES: 0x9005,
  NODE_PRESENT: 0x900c,
  GET_VARIABLES: 0xa00b,
  SET_VARIABLES: 0xa00c,
  GET_NODE_DESCRIPTION: 0xa010,
  LIST_NODES: 0xa011,
} as const;

export interface AsebaFrame {
  readonly source: number;
  readonly type: number;
  readonly payload: Uint8Array;
}

export type AsebaMessage =
  | { readonly kind: 'node-present'; readonly node: number; readonly version: number }
  | {
      readonly kind: 'description';
      readonly node: number;
      readonly name: string;
      readonly protocolVersion: number;
      readonly bytecodeSize: number;
      readonly stackSize: number;
      readonly variablesSize: number;
      readonly namedVariables: number;
      readonly localEvents: number;
      readonly nativeFunctions: number;
    }
  | {
      readonly kind: 'variable-description';
      readonly node: number;
      readonly name: string;
      readonly size: number;
    }
  | {
      readonly kind: 'variables';
      readonly node: number;
      readonly start: number;
      readonly values: readonly number[];
    }
  /** Any other message (events, function descriptions…), or one too short to decode. */
  | { readonly kind: 'other'; readonly node: number; readonly type: number };

/** A frame's bytes: header then payload. */
export function encodeFrame(type: number, payload: Uint8Array, source = HOST_NODE_ID): Uint8Array {
  const bytes = new Uint8Array(6 + payload.length);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, payload.length, true);
  view.setUint16(2, source, true);
  view.setUint16(4, type, true);
  bytes.set(payload, 6);
  return bytes;
}

function words(values: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(values.length * 2);
  const view = new DataView(bytes.buffer);
  values.forEach((value, i) => view.setUint16(i * 2, value & 0xffff, true));
  return bytes;
}

export function encodeListNodes(version = ASEBA_PROTOCOL_VERSION): Uint8Array {
  return encodeFrame(MessageType.LIST_NODES, words([version]));
}

export function encodeGetNodeDescription(
  node: number,
  version = ASEBA_PROTOCOL_VERSION,
): Uint8Array {
  return encodeFrame(MessageType.GET_NODE_DESCRIPTION, words([node, version]));
}

/** Sets variables from `start` (values are signed 16-bit). No answer comes back. */
export function encodeSetVariables(
  node: number,
  start: number,
  values: readonly number[],
): Uint8Array {
  return encodeFrame(MessageType.SET_VARIABLES, words([node, start, ...values]));
}

/** Asks `count` variables from `start`; the node answers with VARIABLES. */
export function encodeGetVariables(node: number, start: number, count: number): Uint8Array {
  return encodeFrame(MessageType.GET_VARIABLES, words([node, start, count]));
}

/** Reads an Aseba string (length byte, then bytes) at `offset`; null when it overruns. */
function readString(payload: Uint8Array, offset: number): { text: string; next: number } | null {
  const length = payload[offset];
  if (length === undefined || offset + 1 + length > payload.length) return null;
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(payload[offset + 1 + i] as number);
  return { text, next: offset + 1 + length };
}

export function decodeMessage(frame: AsebaFrame): AsebaMessage {
  const { payload, source: node, type } = frame;
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const u16 = (offset: number) => view.getUint16(offset, true);
  const other: AsebaMessage = { kind: 'other', node, type };
  switch (type) {
    case MessageType.NODE_PRESENT:
      return payload.length >= 2 ? { kind: 'node-present', node, version: u16(0) } : other;
    case MessageType.DESCRIPTION: {
      const name = readString(payload, 0);
      if (!name || name.next + 14 > payload.length) return other;
      const at = name.next;
      return {
        kind: 'description',
        node,
        name: name.text,
        protocolVersion: u16(at),
        bytecodeSize: u16(at + 2),
        stackSize: u16(at + 4),
        variablesSize: u16(at + 6),
        namedVariables: u16(at + 8),
        localEvents: u16(at + 10),
        nativeFunctions: u16(at + 12),
      };
    }
    case MessageType.NAMED_VARIABLE_DESCRIPTION: {
      if (payload.length < 3) return other;
      const name = readString(payload, 2);
      return name ? { kind: 'variable-description', node, name: name.text, size: u16(0) } : other;
    }
    case MessageType.VARIABLES: {
      if (payload.length < 2 || payload.length % 2 !== 0) return other;
      const values: number[] = [];
      for (let at = 2; at < payload.length; at += 2) values.push(view.getInt16(at, true));
      return { kind: 'variables', node, start: u16(0), values };
    }
    default:
      return other;
  }
}

/**
 * Incremental Aseba deframer. Aseba has no start marker, so a header announcing a payload
 * longer than MAX_PAYLOAD is taken for noise: one byte is dropped and the search goes on.
 * The buffer never holds more than one frame's worth of bytes.
 */
export class AsebaDeframer {
  #buffer = new Uint8Array(6 + MAX_PAYLOAD);
  #length = 0;
  /** Bytes dropped while resynchronising, for diagnostics. */
  dropped = 0;

  push(chunk: Uint8Array): AsebaFrame[] {
    const frames: AsebaFrame[] = [];
    let offset = 0;
    while (offset < chunk.length) {
      const room = this.#buffer.length - this.#length;
      const take = Math.min(room, chunk.length - offset);
      this.#buffer.set(chunk.subarray(offset, offset + take), this.#length);
      this.#length += take;
      offset += take;
      this.#extract(frames);
    }
    return frames;
  }

  /** Bytes held for the frame in progress (never more than 6 + MAX_PAYLOAD). */
  get buffered(): number {
    return this.#length;
  }

  reset(): void {
    this.#length = 0;
  }

  #extract(frames: AsebaFrame[]): void {
    for (;;) {
      if (this.#length < 6) return;
      const payloadLength = this.#buffer[0]! | (this.#buffer[1]! << 8);
      if (payloadLength > MAX_PAYLOAD) {
        this.#consume(1);
        this.dropped++;
        continue;
      }
      if (this.#length < 6 + payloadLength) return;
      frames.push({
        source: this.#buffer[2]! | (this.#buffer[3]! << 8),
        type: this.#buffer[4]! | (this.#buffer[5]! << 8),
        payload: this.#buffer.slice(6, 6 + payloadLength),
      });
      this.#consume(6 + payloadLength);
    }
  }

  #consume(count: number): void {
    this.#buffer.copyWithin(0, count, this.#length);
    this.#length -= count;
  }
}
