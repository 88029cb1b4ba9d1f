// A Transport over a Bluetooth Low Energy UART: the Nordic UART Service, or the BBC micro:bit's
// variant of it, which uses the same UUIDs with the two characteristics swapped. Writes go out
// in pieces of at most 20 bytes (the default ATT MTU of 23 minus 3; a page cannot read the real
// MTU), and every GATT operation waits for the previous one ("GATT operation already in
// progress" otherwise). Devices layer: Web Bluetooth objects in, bytes out.
import { DeviceError, toDeviceError } from './errors';
import { OperationQueue } from './queue';
import { TransportBase } from './transport-base';

export const UART_SERVICE = '6e400001-b5a3-f393-e0a9-e50e24dcca9e';
/** Nordic: the host writes here. micro:bit: the device indicates here. */
export const UART_CHAR_2 = '6e400002-b5a3-f393-e0a9-e50e24dcca9e';
/** Nordic: the device notifies here. micro:bit: the host writes here. */
export const UART_CHAR_3 = '6e400003-b5a3-f393-e0a9-e50e24dcca9e';

/** Largest write that fits the default ATT MTU (23 bytes, 3 of them for the ATT header). */
export const BLE_MAX_WRITE = 20;

export type UartVariant = 'nordic' | 'microbit';

/** The parts of BluetoothRemoteGATTCharacteristic this transport uses. */
export interface CharacteristicLike extends EventTarget {
  readonly uuid: string;
  readonly properties: {
    readonly write: boolean;
    readonly writeWithoutResponse: boolean;
    readonly notify: boolean;
    readonly indicate: boolean;
  };
  readonly value?: DataView | null;
  writeValueWithoutResponse(value: BufferSource): Promise<void>;
  writeValueWithResponse(value: BufferSource): Promise<void>;
  startNotifications(): Promise<unknown>;
}

export interface ServiceLike {
  getCharacteristic(uuid: string): Promise<CharacteristicLike>;
}

export interface GattServerLike {
  readonly connected: boolean;
  connect(): Promise<GattServerLike>;
  disconnect(): void;
  getPrimaryService(uuid: string): Promise<ServiceLike>;
}

export interface BluetoothDeviceLike extends EventTarget {
  readonly id: string;
  readonly name?: string | undefined;
  readonly gatt?: GattServerLike | undefined;
}

export interface BluetoothUartOptions {
  /** Force a variant; by default it is read from the characteristics' properties. */
  readonly variant?: UartVariant;
}

/** Which characteristic the host writes to and which one the device talks on. */
export function uartRoles(variant: UartVariant): {
  readonly write: string;
  readonly receive: string;
} {
  return variant === 'microbit'
    ? { write: UART_CHAR_3, receive: UART_CHAR_2 }
    : { write: UART_CHAR_2, receive: UART_CHAR_3 };
}

/** The micro:bit's characteristic 2 talks to the host; Nordic's characteristic 2 listens. */
export function detectVariant(char2: CharacteristicLike): UartVariant {
  const talks = char2.properties.notify || char2.properties.indicate;
  const listens = char2.properties.write || char2.properties.writeWithoutResponse;
  return talks && !listens ? 'microbit' : 'nordic';
}

function copyBytes(view: DataView): Uint8Array {
  return new Uint8Array(view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength));
}

export class BluetoothUartTransport extends TransportBase {
  override readonly maxWriteSize = BLE_MAX_WRITE;
  private readonly gattQueue = new OperationQueue();
  private shuttingDown = false;
  private closing: Promise<void> | null = null;

  private constructor(
    readonly device: BluetoothDeviceLike,
    private readonly server: GattServerLike,
    private readonly writeChar: CharacteristicLike,
    private readonly receiveChar: CharacteristicLike,
    readonly variant: UartVariant,
  ) {
    super();
  }

  /** Connects to the device's GATT server and subscribes to its UART. */
  static async open(
    device: BluetoothDeviceLike,
    options: BluetoothUartOptions = {},
  ): Promise<BluetoothUartTransport> {
    const gatt = device.gatt;
    if (!gatt) throw new DeviceError('unsupported', 'device has no GATT server');
    const queue = new OperationQueue();
    let server: GattServerLike;
    try {
      server = await queue.run(() => gatt.connect());
    } catch (error) {
      // A device that is off or out of range fails to connect with a NetworkError.
      const mapped = toDeviceError(error, 'io');
      throw mapped.code === 'disconnected' ? new DeviceError('timeout', mapped.message) : mapped;
    }
    try {
      const service = await queue.run(() => server.getPrimaryService(UART_SERVICE));
      const char2 = await queue.run(() => service.getCharacteristic(UART_CHAR_2));
      const char3 = await queue.run(() => service.getCharacteristic(UART_CHAR_3));
      const variant = options.variant ?? detectVariant(char2);
      const [writeChar, receiveChar] = variant === 'microbit' ? [char3, char2] : [char2, char3];
      const transport = new BluetoothUartTransport(device, server, writeChar, receiveChar, variant);
      await transport.start();
      return transport;
    } catch (error) {
      gatt.disconnect();
      if (error instanceof DeviceError) throw error;
      // No UART service or characteristic: this device does not speak our language.
      const name = (error as { name?: string } | null)?.name;
      if (name === 'NotFoundError') {
        throw new DeviceError('unsupported', 'no UART service', { cause: error });
      }
      throw toDeviceError(error, 'open');
    }
  }

  private readonly handleValue = (event: Event): void => {
    const target = event.target as CharacteristicLike | null;
    const value = target?.value;
    if (value) this.emitData(copyBytes(value));
  };

  private readonly handleDisconnected = (): void => {
    if (!this.shuttingDown) void this.shutDown('lost');
  };

  private async start(): Promise<void> {
    this.receiveChar.addEventListener('characteristicvaluechanged', this.handleValue);
    this.device.addEventListener('gattserverdisconnected', this.handleDisconnected);
    try {
      await this.gattQueue.run(() => this.receiveChar.startNotifications());
    } catch (error) {
      this.detach();
      throw error;
    }
  }

  private detach(): void {
    this.receiveChar.removeEventListener('characteristicvaluechanged', this.handleValue);
    this.device.removeEventListener('gattserverdisconnected', this.handleDisconnected);
  }

  /** Sends bytes in writes of at most 20 bytes, one GATT operation at a time. */
  async write(bytes: Uint8Array): Promise<void> {
    if (!this.isOpen || this.shuttingDown) throw this.closedError();
    const withoutResponse = this.writeChar.properties.writeWithoutResponse;
    const pieces: Uint8Array<ArrayBuffer>[] = [];
    for (let start = 0; start < bytes.length; start += BLE_MAX_WRITE) {
      pieces.push(bytes.slice(start, start + BLE_MAX_WRITE));
    }
    // Queue every piece now, so that pieces of two writes never interleave; a failed piece
    // fails the pieces after it.
    let failed: unknown = null;
    const sent = pieces.map((piece) =>
      this.gattQueue.run(async () => {
        if (failed !== null) throw failed;
        if (!this.isOpen) throw this.closedError();
        try {
          if (withoutResponse) await this.writeChar.writeValueWithoutResponse(piece);
          else await this.writeChar.writeValueWithResponse(piece);
        } catch (error) {
          failed = toDeviceError(error, 'io');
          throw failed;
        }
      }),
    );
    const results = await Promise.allSettled(sent);
    const rejected = results.find((result) => result.status === 'rejected');
    if (rejected) throw rejected.reason;
  }

  /** How many GATT operations are queued or running (for tests and diagnostics). */
  get pendingOperations(): number {
    return this.gattQueue.size;
  }

  close(): Promise<void> {
    return this.shutDown('closed');
  }

  private shutDown(reason: 'closed' | 'lost'): Promise<void> {
    if (this.closing) return this.closing;
    this.shuttingDown = true;
    this.detach();
    this.finish(reason);
    // No stopNotifications first: it would wait behind a stuck write, and dropping the link
    // ends the subscription anyway.
    this.closing = Promise.resolve().then(() => {
      if (this.server.connected) this.server.disconnect();
    });
    return this.closing;
  }
}
