// The listener bookkeeping every concrete transport shares: data and disconnect listeners,
// a disconnect reported exactly once, and `write` refused after it. Devices layer: no DOM
// beyond what a subclass brings; this file touches no browser API at all.
import type { DisconnectReason, Transport, Unsubscribe } from '../robots/transport';
import { DeviceError } from './errors';

export abstract class TransportBase implements Transport {
  readonly maxWriteSize?: number;
  private readonly dataListeners = new Set<(chunk: Uint8Array) => void>();
  private readonly disconnectListeners = new Set<(reason: DisconnectReason) => void>();
  private ended: DisconnectReason | null = null;

  /** Why the transport went away, or null while it is up. */
  get disconnectReason(): DisconnectReason | null {
    return this.ended;
  }

  get isOpen(): boolean {
    return this.ended === null;
  }

  abstract write(bytes: Uint8Array): Promise<void>;
  abstract close(): Promise<void>;

  onData(listener: (chunk: Uint8Array) => void): Unsubscribe {
    this.dataListeners.add(listener);
    return () => this.dataListeners.delete(listener);
  }

  onDisconnect(listener: (reason: DisconnectReason) => void): Unsubscribe {
    if (this.ended !== null) {
      // Late subscribers still hear about it, once, after the current turn.
      const reason = this.ended;
      let active = true;
      queueMicrotask(() => {
        if (active) listener(reason);
      });
      return () => {
        active = false;
      };
    }
    this.disconnectListeners.add(listener);
    return () => this.disconnectListeners.delete(listener);
  }

  /** Hands a received chunk to every listener; a throwing listener does not stop the others. */
  protected emitData(chunk: Uint8Array): void {
    if (this.ended !== null || chunk.length === 0) return;
    for (const listener of [...this.dataListeners]) {
      try {
        listener(chunk);
      } catch (error) {
        console.error('Transport data listener failed', error);
      }
    }
  }

  /** Marks the transport as gone and tells every listener, once. Returns false if it already was. */
  protected finish(reason: DisconnectReason): boolean {
    if (this.ended !== null) return false;
    this.ended = reason;
    const listeners = [...this.disconnectListeners];
    this.disconnectListeners.clear();
    this.dataListeners.clear();
    for (const listener of listeners) {
      try {
        listener(reason);
      } catch (error) {
        console.error('Transport disconnect listener failed', error);
      }
    }
    return true;
  }

  /** The error a write gets once the transport is gone. */
  protected closedError(): DeviceError {
    return new DeviceError('disconnected', `transport ${this.ended ?? 'closed'}`);
  }
}
