// Transport: the small byte pipe every robot driver talks through. It moves bytes and knows
// nothing above them (no frames, no protocols). Layer contract (robots): pure TypeScript, no
// browser API; the concrete transports (Web Serial, WebUSB, Web Bluetooth, test bridges) live
// in src/devices and implement this interface.

/** Undo a subscription. Calling it twice is harmless. */
export type Unsubscribe = () => void;

/** Why a transport went away. */
export type DisconnectReason =
  /** `close()` was called by the host. */
  | 'closed'
  /** The device was unplugged, switched off or went out of radio range. */
  | 'lost'
  /** The underlying stream failed in a way the transport could not recover from. */
  | 'error';

export interface Transport {
  /**
   * Largest number of bytes one `write` may carry (Web Bluetooth: 20), or undefined for no
   * limit. Drivers never exceed it: use `writeChunked`.
   */
  readonly maxWriteSize?: number;
  /** Sends bytes in order. Rejects when the transport is closed or lost. */
  write(bytes: Uint8Array): Promise<void>;
  /**
   * Receives every chunk that arrives after the call, in order. Chunk boundaries mean nothing:
   * a message may be split over chunks or several may share one. Listeners must not throw.
   */
  onData(listener: (chunk: Uint8Array) => void): Unsubscribe;
  /** Called once when the transport goes away, whatever the reason. */
  onDisconnect(listener: (reason: DisconnectReason) => void): Unsubscribe;
  /** Releases the device. Resolves once closed; idempotent. Fires `onDisconnect('closed')`. */
  close(): Promise<void>;
}

/** Writes `bytes` in pieces no larger than the transport's `maxWriteSize`, in order. */
export async function writeChunked(transport: Transport, bytes: Uint8Array): Promise<void> {
  const size = transport.maxWriteSize;
  if (size === undefined || bytes.length <= size) {
    await transport.write(bytes);
    return;
  }
  for (let start = 0; start < bytes.length; start += size) {
    await transport.write(bytes.subarray(start, start + size));
  }
}

const encoder = new TextEncoder();

/** ASCII/UTF-8 text as bytes. */
export function textBytes(text: string): Uint8Array {
  return encoder.encode(text);
}
