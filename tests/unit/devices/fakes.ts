// Fakes of the browser's device objects for unit tests, built on Node's own web streams and
// EventTarget: a Web Serial port and `navigator.serial`, a WebUSB CDC-ACM device and
// `navigator.usb` (driven through the real web-serial-polyfill), and Web Bluetooth GATT
// objects. They misbehave the way the real ones do: a port refuses to close while a stream is
// locked, a lost device errors its stream, overlapping GATT operations fail.

export function domError(name: string, message = name): DOMException {
  return new DOMException(message, name);
}

/** Waits until the microtask and macrotask queues have drained a little. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Polls a condition across event-loop turns (no wall-clock assertions: it only waits). */
export async function until(condition: () => boolean, turns = 200): Promise<void> {
  for (let i = 0; i < turns; i++) {
    if (condition()) return;
    await settle();
  }
  throw new Error('condition never became true');
}

export function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function text(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  return chunks.map((chunk) => decoder.decode(chunk)).join('');
}

// ---------------------------------------------------------------------------------------------
// Web Serial

export class FakeSerialPort extends EventTarget {
  /** What happened to the port, in order: 'open', 'readable.cancel', 'close', … */
  readonly log: string[] = [];
  /** Bytes the host wrote. */
  readonly written: Uint8Array[] = [];
  openError: DOMException | null = null;
  isOpen = false;
  private readable_: ReadableStream<Uint8Array> | null = null;
  private controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  private writable_: WritableStream<Uint8Array> | null = null;
  private lost = false;

  constructor(
    readonly info: SerialPortInfo = { usbVendorId: 0x2341, usbProductId: 0x0043 },
    private readonly serial?: FakeSerial,
  ) {
    super();
  }

  get readable(): ReadableStream<Uint8Array> | null {
    if (!this.isOpen || this.lost) return null;
    this.readable_ ??= this.makeReadable();
    return this.readable_;
  }

  get writable(): WritableStream<Uint8Array> | null {
    if (!this.isOpen || this.lost) return null;
    this.writable_ ??= new WritableStream<Uint8Array>({
      write: (chunk) => {
        this.written.push(chunk.slice());
      },
    });
    return this.writable_;
  }

  private makeReadable(): ReadableStream<Uint8Array> {
    return new ReadableStream<Uint8Array>({
      start: (controller) => {
        this.controller = controller;
      },
      cancel: () => {
        this.log.push('readable.cancel');
        this.readable_ = null;
        this.controller = null;
      },
    });
  }

  getInfo(): SerialPortInfo {
    return this.info;
  }

  async open(_options: SerialOptions): Promise<void> {
    if (this.openError) throw this.openError;
    if (this.isOpen) throw domError('InvalidStateError', 'The port is already open.');
    this.isOpen = true;
    this.log.push('open');
  }

  async close(): Promise<void> {
    // Chromium refuses while a reader or a writer holds a stream (WICG/serial#182).
    if (this.readable_?.locked || this.writable_?.locked) {
      this.log.push('close-refused');
      throw new TypeError(
        "Failed to execute 'close' on 'SerialPort': Cannot cancel a locked stream",
      );
    }
    this.log.push('close');
    this.isOpen = false;
    this.readable_ = null;
    this.writable_ = null;
  }

  /** The device sends bytes. */
  push(chunk: Uint8Array): void {
    this.controller?.enqueue(chunk);
  }

  /** A framing or overrun error: the stream errors, and the port offers a fresh one. */
  glitch(name = 'BufferOverrunError'): void {
    const controller = this.controller;
    this.readable_ = null;
    this.controller = null;
    controller?.error(domError(name));
  }

  /** The cable is pulled: the stream errors, no new stream, 'disconnect' fires. */
  unplug(): void {
    this.lost = true;
    const controller = this.controller;
    this.controller = null;
    controller?.error(domError('NetworkError', 'The device has been lost.'));
    this.readable_ = null;
    this.writable_ = null;
    const event = new Event('disconnect', { bubbles: true });
    this.dispatchEvent(event);
    // The real event bubbles from the port to navigator.serial, its target still the port.
    this.serial?.relay(this);
  }
}

export class FakeSerial extends EventTarget {
  readonly ports: FakeSerialPort[] = [];
  /** The port the picker returns, or an error (NotFoundError when cancelled). */
  pick: FakeSerialPort | DOMException | null = null;

  addPort(info?: SerialPortInfo): FakeSerialPort {
    const port = new FakeSerialPort(info, this);
    return port;
  }

  async requestPort(): Promise<FakeSerialPort> {
    const pick = this.pick;
    if (pick instanceof FakeSerialPort) {
      if (!this.ports.includes(pick)) this.ports.push(pick);
      return pick;
    }
    throw pick ?? domError('NotFoundError', 'No port selected by the user.');
  }

  async getPorts(): Promise<FakeSerialPort[]> {
    return [...this.ports];
  }

  /** Re-dispatches a port's disconnect on navigator.serial with the port as target. */
  relay(port: FakeSerialPort): void {
    const event = new Event('disconnect');
    Object.defineProperty(event, 'target', { value: port });
    this.dispatchEvent(event);
  }
}

// ---------------------------------------------------------------------------------------------
// WebUSB (for web-serial-polyfill)

interface PendingIn {
  resolve(result: USBInTransferResult): void;
  reject(error: unknown): void;
}

export class FakeUsbDevice {
  readonly log: string[] = [];
  readonly written: Uint8Array[] = [];
  opened = false;
  configuration: USBConfiguration | null = null;
  claimError: DOMException | null = null;
  private inbox: Uint8Array[] = [];
  private pendingIn: PendingIn | null = null;
  private lost = false;
  readonly configurations: USBConfiguration[];

  constructor(
    readonly vendorId = 0x0d28,
    readonly productId = 0x0204,
    readonly serialNumber = '9904360258994e45',
    readonly productName = 'BBC micro:bit CMSIS-DAP',
    cdc = true,
  ) {
    const endpoint = (n: number, direction: USBDirection): USBEndpoint =>
      ({ endpointNumber: n, direction, type: 'bulk', packetSize: 64 }) as USBEndpoint;
    const iface = (number: number, interfaceClass: number, endpoints: USBEndpoint[]) =>
      ({
        interfaceNumber: number,
        claimed: false,
        alternate: null,
        alternates: [{ alternateSetting: 0, interfaceClass, endpoints }],
      }) as unknown as USBInterface;
    const interfaces = cdc
      ? [iface(0, 2, [endpoint(3, 'in')]), iface(1, 10, [endpoint(1, 'in'), endpoint(2, 'out')])]
      : [iface(0, 0xff, [endpoint(1, 'in'), endpoint(2, 'out')])];
    this.configurations = [{ configurationValue: 1, interfaces } as unknown as USBConfiguration];
  }

  get deviceClass(): number {
    return 0xef;
  }

  async open(): Promise<void> {
    if (this.lost) throw domError('NotFoundError', 'The device was disconnected.');
    this.opened = true;
    this.log.push('open');
  }

  async selectConfiguration(value: number): Promise<void> {
    this.configuration = this.configurations.find((c) => c.configurationValue === value) ?? null;
  }

  async claimInterface(n: number): Promise<void> {
    if (this.claimError) throw this.claimError;
    this.log.push(`claim ${n}`);
  }

  async controlTransferOut(setup: USBControlTransferParameters): Promise<USBOutTransferResult> {
    this.log.push(`control ${setup.request.toString(16)}`);
    return { status: 'ok', bytesWritten: 0 } as USBOutTransferResult;
  }

  transferIn(_endpoint: number, _length: number): Promise<USBInTransferResult> {
    if (this.lost)
      return Promise.reject(domError('NetworkError', 'A transfer error has occurred.'));
    const next = this.inbox.shift();
    if (next) return Promise.resolve(this.inResult(next));
    return new Promise((resolve, reject) => {
      this.pendingIn = { resolve, reject };
    });
  }

  async transferOut(_endpoint: number, data: BufferSource): Promise<USBOutTransferResult> {
    if (this.lost) throw domError('NetworkError', 'A transfer error has occurred.');
    const view = ArrayBuffer.isView(data)
      ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
      : new Uint8Array(data);
    this.written.push(view.slice());
    return { status: 'ok', bytesWritten: view.length } as USBOutTransferResult;
  }

  async close(): Promise<void> {
    this.log.push('close');
    this.opened = false;
    const pending = this.pendingIn;
    this.pendingIn = null;
    pending?.reject(domError('AbortError', 'The transfer was cancelled.'));
  }

  async forget(): Promise<void> {}

  private inResult(chunk: Uint8Array): USBInTransferResult {
    return {
      status: 'ok',
      data: new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength),
    } as USBInTransferResult;
  }

  /** The device sends bytes to the host. */
  push(chunk: Uint8Array): void {
    const pending = this.pendingIn;
    if (pending) {
      this.pendingIn = null;
      pending.resolve(this.inResult(chunk));
    } else {
      this.inbox.push(chunk);
    }
  }

  /** The cable is pulled. */
  unplug(usb: FakeUsb): void {
    this.lost = true;
    this.opened = false;
    const pending = this.pendingIn;
    this.pendingIn = null;
    pending?.reject(domError('NetworkError', 'The device was disconnected.'));
    const event = new Event('disconnect');
    Object.defineProperty(event, 'device', { value: this });
    usb.dispatchEvent(event);
  }
}

export class FakeUsb extends EventTarget {
  readonly devices: FakeUsbDevice[] = [];
  pick: FakeUsbDevice | DOMException | null = null;
  lastFilters: USBDeviceFilter[] = [];

  async requestDevice(options: USBDeviceRequestOptions): Promise<USBDevice> {
    this.lastFilters = options.filters;
    const pick = this.pick;
    if (pick instanceof FakeUsbDevice) {
      if (!this.devices.includes(pick)) this.devices.push(pick);
      return pick as unknown as USBDevice;
    }
    throw pick ?? domError('NotFoundError', 'No device selected.');
  }

  async getDevices(): Promise<USBDevice[]> {
    return this.devices as unknown as USBDevice[];
  }
}

// ---------------------------------------------------------------------------------------------
// Web Bluetooth

export interface FakeProperties {
  write?: boolean;
  writeWithoutResponse?: boolean;
  notify?: boolean;
  indicate?: boolean;
}

export class FakeCharacteristic extends EventTarget {
  readonly written: Uint8Array[] = [];
  value: DataView | null = null;
  notifying = false;
  readonly properties: Required<FakeProperties>;

  constructor(
    readonly uuid: string,
    properties: FakeProperties,
    private readonly gatt: FakeGattServer,
  ) {
    super();
    this.properties = {
      write: false,
      writeWithoutResponse: false,
      notify: false,
      indicate: false,
      ...properties,
    };
  }

  writeValueWithoutResponse(value: BufferSource): Promise<void> {
    return this.gatt.operation(() => {
      if (!this.properties.writeWithoutResponse) throw domError('NotSupportedError');
      this.written.push(copy(value));
    });
  }

  writeValueWithResponse(value: BufferSource): Promise<void> {
    return this.gatt.operation(() => {
      if (!this.properties.write) throw domError('NotSupportedError');
      this.written.push(copy(value));
    });
  }

  startNotifications(): Promise<this> {
    return this.gatt.operation(() => {
      if (!this.properties.notify && !this.properties.indicate) throw domError('NotSupportedError');
      this.notifying = true;
      return this;
    });
  }

  stopNotifications(): Promise<this> {
    return this.gatt.operation(() => {
      this.notifying = false;
      return this;
    });
  }

  /** The device notifies a value. */
  notify(chunk: Uint8Array): void {
    if (!this.notifying) return;
    this.value = new DataView(chunk.slice().buffer);
    this.dispatchEvent(new Event('characteristicvaluechanged'));
  }
}

function copy(value: BufferSource): Uint8Array {
  return ArrayBuffer.isView(value)
    ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength).slice()
    : new Uint8Array(value).slice();
}

export class FakeGattServer {
  connected = false;
  /** Most GATT operations ever in flight at once (Web Bluetooth allows one). */
  maxInFlight = 0;
  private inFlight = 0;
  connectError: DOMException | null = null;
  readonly characteristics = new Map<string, FakeCharacteristic>();
  hasUart = true;

  constructor(readonly device: FakeBluetoothDevice) {}

  /** Runs an operation asynchronously, failing when another is in flight, as Chromium did. */
  async operation<T>(body: () => T): Promise<T> {
    if (!this.connected) throw domError('NetworkError', 'GATT Server is disconnected.');
    if (this.inFlight > 0) throw domError('NetworkError', 'GATT operation already in progress.');
    this.inFlight += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      await settle();
      if (!this.connected) throw domError('NetworkError', 'GATT Server is disconnected.');
      return body();
    } finally {
      this.inFlight -= 1;
    }
  }

  async connect(): Promise<this> {
    if (this.connectError) throw this.connectError;
    this.connected = true;
    return this;
  }

  disconnect(): void {
    if (!this.connected) return;
    this.connected = false;
    this.device.dispatchEvent(new Event('gattserverdisconnected'));
  }

  async getPrimaryService(uuid: string) {
    return this.operation(() => {
      if (!this.hasUart || uuid !== '6e400001-b5a3-f393-e0a9-e50e24dcca9e') {
        throw domError('NotFoundError', 'No Services matching UUID found in Device.');
      }
      return {
        getCharacteristic: (id: string) =>
          this.operation(() => {
            const found = this.characteristics.get(id);
            if (!found) throw domError('NotFoundError', 'No Characteristics matching UUID.');
            return found;
          }),
      };
    });
  }
}

export class FakeBluetoothDevice extends EventTarget {
  readonly gatt: FakeGattServer;

  constructor(
    readonly id: string,
    readonly name: string,
    variant: 'nordic' | 'microbit',
  ) {
    super();
    this.gatt = new FakeGattServer(this);
    const two = '6e400002-b5a3-f393-e0a9-e50e24dcca9e';
    const three = '6e400003-b5a3-f393-e0a9-e50e24dcca9e';
    const host = { write: true, writeWithoutResponse: true };
    if (variant === 'nordic') {
      this.gatt.characteristics.set(two, new FakeCharacteristic(two, host, this.gatt));
      this.gatt.characteristics.set(
        three,
        new FakeCharacteristic(three, { notify: true }, this.gatt),
      );
    } else {
      this.gatt.characteristics.set(
        two,
        new FakeCharacteristic(two, { indicate: true }, this.gatt),
      );
      this.gatt.characteristics.set(three, new FakeCharacteristic(three, host, this.gatt));
    }
  }

  characteristic(uuid: string): FakeCharacteristic {
    const found = this.gatt.characteristics.get(uuid);
    if (!found) throw new Error(`no characteristic ${uuid}`);
    return found;
  }
}

export class FakeBluetooth {
  pick: FakeBluetoothDevice | DOMException | null = null;
  available = true;
  lastOptions: RequestDeviceOptions | null = null;

  async getAvailability(): Promise<boolean> {
    return this.available;
  }

  async requestDevice(options: RequestDeviceOptions): Promise<FakeBluetoothDevice> {
    this.lastOptions = options;
    const pick = this.pick;
    if (pick instanceof FakeBluetoothDevice) return pick;
    throw pick ?? domError('NotFoundError', 'User cancelled the requestDevice() chooser.');
  }
}
