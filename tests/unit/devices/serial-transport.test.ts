// The Web Serial transport against a fake port on Node's web streams: the read loop, writes,
// the close order that Chromium demands, unplugging, and read errors that are not fatal.
import { describe, expect, it } from 'vitest';
import { SerialTransport } from '../../../src/devices/serial-transport';
import { webSerialConnector } from '../../../src/devices/connectors';
import { DeviceError } from '../../../src/devices/errors';
import { FakeSerial, FakeSerialPort, bytes, domError, settle, text, until } from './fakes';

async function openPort(): Promise<{ port: FakeSerialPort; transport: SerialTransport }> {
  const port = new FakeSerialPort();
  const transport = await SerialTransport.open(port, { baudRate: 115200 });
  return { port, transport };
}

describe('SerialTransport', () => {
  it('passes received chunks up in order, as copies', async () => {
    const { port, transport } = await openPort();
    const received: Uint8Array[] = [];
    transport.onData((chunk) => received.push(chunk));
    const first = bytes('HEL');
    port.push(first);
    port.push(bytes('LO 1\r\n'));
    await until(() => received.length === 2);
    first.fill(0);
    expect(text(received)).toBe('HELLO 1\r\n');
  });

  it('writes bytes to the port', async () => {
    const { port, transport } = await openPort();
    await transport.write(bytes('PING\n'));
    await transport.write(bytes('STOP\n'));
    expect(text(port.written)).toBe('PING\nSTOP\n');
  });

  it('closes in the order Chromium needs: reader cancelled, locks released, then the port', async () => {
    const { port, transport } = await openPort();
    const reasons: string[] = [];
    transport.onDisconnect((reason) => reasons.push(reason));
    await settle(); // the read loop is waiting in read()
    await transport.close();
    // The fake port refuses to close while a stream is locked, as Chromium does.
    expect(port.log).toEqual(['open', 'readable.cancel', 'close']);
    expect(port.isOpen).toBe(false);
    expect(reasons).toEqual(['closed']);
    await transport.close(); // idempotent
    expect(port.log.filter((entry) => entry === 'close')).toHaveLength(1);
    await expect(transport.write(bytes('X'))).rejects.toMatchObject({ code: 'disconnected' });
  });

  it('reports an unplugged device as lost and still releases the port', async () => {
    const { port, transport } = await openPort();
    const reasons: string[] = [];
    transport.onDisconnect((reason) => reasons.push(reason));
    await settle();
    port.unplug();
    await until(() => reasons.length > 0);
    expect(reasons).toEqual(['lost']);
    await transport.close();
    expect(reasons).toEqual(['lost']);
    expect(port.log).toContain('close');
    expect(port.log).not.toContain('close-refused');
    await expect(transport.write(bytes('PING\n'))).rejects.toBeInstanceOf(DeviceError);
  });

  it('keeps reading after a non-fatal error, on the fresh stream the port offers', async () => {
    const { port, transport } = await openPort();
    const received: Uint8Array[] = [];
    const reasons: string[] = [];
    transport.onData((chunk) => received.push(chunk));
    transport.onDisconnect((reason) => reasons.push(reason));
    await settle();
    port.glitch('BufferOverrunError');
    await settle();
    port.push(bytes('PONG\r\n'));
    await until(() => received.length === 1);
    expect(text(received)).toBe('PONG\r\n');
    expect(reasons).toEqual([]);
  });

  it('gives up after repeated read errors with no data between them', async () => {
    const { port, transport } = await openPort();
    const reasons: string[] = [];
    transport.onDisconnect((reason) => reasons.push(reason));
    for (let i = 0; i < 3; i++) {
      await settle();
      port.glitch('FramingError');
    }
    await until(() => reasons.length > 0);
    expect(reasons).toEqual(['error']);
  });

  it('maps a port held by another program to device-in-use', async () => {
    const port = new FakeSerialPort();
    port.openError = domError('NetworkError', 'Failed to open serial port.');
    await expect(SerialTransport.open(port, { baudRate: 115200 })).rejects.toMatchObject({
      code: 'device-in-use',
    });
  });

  it('calls a late disconnect listener once', async () => {
    const { transport } = await openPort();
    await transport.close();
    const reasons: string[] = [];
    transport.onDisconnect((reason) => reasons.push(reason));
    await settle();
    expect(reasons).toEqual(['closed']);
  });
});

describe('webSerialConnector', () => {
  it('maps a cancelled picker to no-device-selected', async () => {
    const serial = new FakeSerial();
    await expect(webSerialConnector(serial).request()).rejects.toMatchObject({
      code: 'no-device-selected',
    });
  });

  it('maps a refused permission to permission-denied', async () => {
    const serial = new FakeSerial();
    serial.pick = domError('SecurityError', 'Access denied.');
    await expect(webSerialConnector(serial).request()).rejects.toMatchObject({
      code: 'permission-denied',
    });
  });

  it('lists granted ports with stable keys and opens them without the picker', async () => {
    const serial = new FakeSerial();
    const a = serial.addPort({ usbVendorId: 0x2341, usbProductId: 0x0043 });
    const b = serial.addPort({ usbVendorId: 0x2341, usbProductId: 0x0043 });
    serial.ports.push(a, b);
    const known = await webSerialConnector(serial).known();
    expect(known.map((handle) => handle.key)).toEqual(['usb:2341:0043', 'usb:2341:0043#1']);
    const transport = await known[1]!.open({ baudRate: 115200 });
    expect(b.isOpen).toBe(true);
    expect(a.isOpen).toBe(false);
    await transport.close();
  });

  it('hears navigator.serial disconnect events for its own port only', async () => {
    const serial = new FakeSerial();
    const mine = serial.addPort();
    const other = serial.addPort({ usbVendorId: 0x1a86, usbProductId: 0x7523 });
    serial.pick = mine;
    const handle = await webSerialConnector(serial).request();
    expect(handle.key).toBe('usb:2341:0043');
    const transport = await handle.open({ baudRate: 115200 });
    const reasons: string[] = [];
    transport.onDisconnect((reason) => reasons.push(reason));
    serial.relay(other);
    await settle();
    expect(reasons).toEqual([]);
    serial.relay(mine);
    await settle();
    expect(reasons).toEqual(['lost']);
  });
});
