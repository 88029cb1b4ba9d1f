// A Transport over a Web Serial port: the browser's own `SerialPort` or the WebUSB polyfill's,
// which have the same shape. It owns the read loop, the writer, the clean close order and the
// disconnect listeners. Devices layer: uses the Web Serial stream API, nothing above bytes.
//
// Close order (WICG/serial#182): cancel the reader, let the read loop end (it releases the
// reader's lock), release the writer's lock, then close the port; closing with a locked stream
// throws "Cannot cancel a locked stream". Bytes are passed up raw: no TextDecoderStream, which
// cannot be unlocked cleanly (WICG/serial#134).
import type { DisconnectReason, Unsubscribe } from '../robots/transport';
import { toDeviceError } from './errors';
import { TransportBase } from './transport-base';

/** What this transport needs of a port: the common part of native and polyfill ports. */
export interface SerialPortLike {
  readonly readable: ReadableStream<Uint8Array> | null;
  readonly writable: WritableStream<Uint8Array> | null;
  open(options: SerialOptions): Promise<void>;
  close(): Promise<void>;
  getInfo(): SerialPortInfo;
}

/** Subscribes to "this port's device went away" (navigator.serial or navigator.usb events). */
export type DisconnectWatch = (onLost: () => void) => Unsubscribe;

export interface SerialTransportOptions {
  readonly baudRate: number;
  readonly watchDisconnect?: DisconnectWatch;
}

/** Read errors in a row, with no data between them, after which the port is given up. */
const MAX_READ_ERRORS = 3;

export class SerialTransport extends TransportBase {
  private reader: ReadableStreamDefaultReader<Uint8Array> | null = null;
  private writer: WritableStreamDefaultWriter<Uint8Array> | null = null;
  private readLoop: Promise<void> = Promise.resolve();
  private stopWatching: Unsubscribe = () => {};
  private closing: Promise<void> | null = null;
  private shuttingDown = false;

  private constructor(readonly port: SerialPortLike) {
    super();
  }

  /** Opens the port and starts reading. Rejects with a DeviceError ('device-in-use', …). */
  static async open(
    port: SerialPortLike,
    options: SerialTransportOptions,
  ): Promise<SerialTransport> {
    try {
      await port.open({ baudRate: options.baudRate });
    } catch (error) {
      throw toDeviceError(error, 'open');
    }
    const transport = new SerialTransport(port);
    transport.start(options.watchDisconnect);
    return transport;
  }

  private start(watch: DisconnectWatch | undefined): void {
    if (watch) this.stopWatching = watch(() => this.lose('lost'));
    const writable = this.port.writable;
    if (writable) this.writer = writable.getWriter();
    this.readLoop = this.runReadLoop();
  }

  private async runReadLoop(): Promise<void> {
    let errorsInARow = 0;
    let reason: DisconnectReason = 'lost';
    while (!this.shuttingDown) {
      const readable = this.port.readable;
      if (!readable) break; // unplugged: the port gives no more streams
      let streamEnded = false;
      const reader = readable.getReader();
      this.reader = reader;
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) {
            streamEnded = true;
            break;
          }
          if (value && value.length > 0) {
            errorsInARow = 0;
            // Copy: some ports reuse their buffers once the next read starts.
            this.emitData(value.slice());
          }
        }
      } catch (error) {
        // Framing, parity or overrun errors give a fresh `readable`; a lost device gives none.
        errorsInARow += 1;
        reason = toDeviceError(error, 'io').code === 'disconnected' ? 'lost' : 'error';
      } finally {
        reader.releaseLock();
        this.reader = null;
      }
      if (streamEnded) break; // cancelled by close(), or the device closed the stream
      if (errorsInARow >= MAX_READ_ERRORS) {
        reason = 'error';
        break;
      }
    }
    if (!this.shuttingDown) this.lose(reason);
  }

  async write(bytes: Uint8Array): Promise<void> {
    const writer = this.writer;
    if (!this.isOpen || !writer || this.shuttingDown) throw this.closedError();
    try {
      await writer.write(bytes);
    } catch (error) {
      throw toDeviceError(error, 'io');
    }
  }

  /** Closes on the host's request; fires onDisconnect('closed'). */
  close(): Promise<void> {
    return this.shutDown('closed');
  }

  /** The device went away by itself: tell the listeners now, then release what is left. */
  private lose(reason: DisconnectReason): void {
    void this.shutDown(reason);
  }

  private shutDown(reason: DisconnectReason): Promise<void> {
    if (this.closing) return this.closing;
    this.shuttingDown = true;
    this.stopWatching();
    // Listeners hear at once; a driver must not wait for the port to finish closing.
    this.finish(reason);
    this.closing = this.release();
    return this.closing;
  }

  private async release(): Promise<void> {
    const reader = this.reader;
    if (reader) {
      try {
        await reader.cancel();
      } catch {
        // Already errored or released: the loop ends either way.
      }
    }
    await this.readLoop;
    if (this.writer) {
      try {
        this.writer.releaseLock();
      } catch {
        // Nothing to release.
      }
      this.writer = null;
    }
    try {
      await this.port.close();
    } catch {
      // A lost port may refuse to close; it is gone anyway.
    }
  }
}
