// The Bluetooth UART transport against fake GATT objects: 20-byte writes, one GATT operation
// at a time, the Nordic and micro:bit variants, notifications, and a dropped link.
import { describe, expect, it } from 'vitest';
import {
  BluetoothUartTransport,
  UART_CHAR_2,
  UART_CHAR_3,
  UART_SERVICE,
} from '../../../src/devices/bluetooth-transport';
import { bluetoothConnector } from '../../../src/devices/connectors';
import { FakeBluetooth, FakeBluetoothDevice, bytes, domError, settle, text } from './fakes';

describe('BluetoothUartTransport', () => {
  it('writes to …0002 and listens on …0003 on a Nordic UART', async () => {
    const device = new FakeBluetoothDevice('dev-1', 'Parcours-42', 'nordic');
    const transport = await BluetoothUartTransport.open(device);
    expect(transport.variant).toBe('nordic');
    await transport.write(bytes('PING\n'));
    expect(text(device.characteristic(UART_CHAR_2).written)).toBe('PING\n');
    const received: Uint8Array[] = [];
    transport.onData((chunk) => received.push(chunk));
    device.characteristic(UART_CHAR_3).notify(bytes('PONG\r\n'));
    expect(text(received)).toBe('PONG\r\n');
  });

  it('swaps the characteristics on a micro:bit', async () => {
    const device = new FakeBluetoothDevice('dev-2', 'BBC micro:bit [zotev]', 'microbit');
    const transport = await BluetoothUartTransport.open(device);
    expect(transport.variant).toBe('microbit');
    await transport.write(bytes('STOP\n'));
    expect(text(device.characteristic(UART_CHAR_3).written)).toBe('STOP\n');
    expect(device.characteristic(UART_CHAR_2).written).toEqual([]);
    const received: Uint8Array[] = [];
    transport.onData((chunk) => received.push(chunk));
    device.characteristic(UART_CHAR_2).notify(bytes('STOPPED\r\n'));
    expect(text(received)).toBe('STOPPED\r\n');
  });

  it('splits writes into pieces of at most 20 bytes, in order', async () => {
    const device = new FakeBluetoothDevice('dev-3', 'Parcours', 'nordic');
    const transport = await BluetoothUartTransport.open(device);
    expect(transport.maxWriteSize).toBe(20);
    const line = 'M 12 60 60 1000\nLED 13 255 120 0\nTONE 14 1320 120\n';
    await transport.write(bytes(line));
    const written = device.characteristic(UART_CHAR_2).written;
    expect(written.map((piece) => piece.length)).toEqual([20, 20, 10]);
    expect(text(written)).toBe(line);
  });

  it('runs one GATT operation at a time, even for writes started together', async () => {
    const device = new FakeBluetoothDevice('dev-4', 'Parcours', 'nordic');
    const transport = await BluetoothUartTransport.open(device);
    // The fake rejects an operation that overlaps another, as Chromium does.
    await Promise.all([
      transport.write(bytes('A'.repeat(45))),
      transport.write(bytes('B'.repeat(5))),
      transport.write(bytes('C'.repeat(21))),
    ]);
    expect(device.gatt.maxInFlight).toBe(1);
    expect(text(device.characteristic(UART_CHAR_2).written)).toBe(
      'A'.repeat(45) + 'B'.repeat(5) + 'C'.repeat(21),
    );
    expect(transport.pendingOperations).toBe(0);
  });

  it('reports a dropped link as lost and refuses further writes', async () => {
    const device = new FakeBluetoothDevice('dev-5', 'Parcours', 'nordic');
    const transport = await BluetoothUartTransport.open(device);
    const reasons: string[] = [];
    transport.onDisconnect((reason) => reasons.push(reason));
    device.gatt.disconnect();
    expect(reasons).toEqual(['lost']);
    await expect(transport.write(bytes('PING\n'))).rejects.toMatchObject({ code: 'disconnected' });
    await transport.close();
    expect(reasons).toEqual(['lost']);
  });

  it('closes by dropping the GATT link, reported once as closed', async () => {
    const device = new FakeBluetoothDevice('dev-6', 'Parcours', 'nordic');
    const transport = await BluetoothUartTransport.open(device);
    const reasons: string[] = [];
    transport.onDisconnect((reason) => reasons.push(reason));
    await transport.close();
    expect(device.gatt.connected).toBe(false);
    expect(reasons).toEqual(['closed']);
    const received: Uint8Array[] = [];
    transport.onData((chunk) => received.push(chunk));
    device.characteristic(UART_CHAR_3).notify(bytes('late'));
    expect(received).toEqual([]);
  });

  it('calls a device without the UART service unsupported, and lets go of it', async () => {
    const device = new FakeBluetoothDevice('dev-7', 'Headphones', 'nordic');
    device.gatt.hasUart = false;
    await expect(BluetoothUartTransport.open(device)).rejects.toMatchObject({
      code: 'unsupported',
    });
    expect(device.gatt.connected).toBe(false);
  });

  it('turns a failed GATT connection into a timeout (robot off or out of range)', async () => {
    const device = new FakeBluetoothDevice('dev-8', 'Parcours', 'nordic');
    device.gatt.connectError = domError('NetworkError', 'Connection failed for unknown reason.');
    await expect(BluetoothUartTransport.open(device)).rejects.toMatchObject({ code: 'timeout' });
  });
});

describe('bluetoothConnector', () => {
  it('asks for UART peripherals and micro:bits, and reconnects a picked device without the picker', async () => {
    const bluetooth = new FakeBluetooth();
    const device = new FakeBluetoothDevice('dev-9', 'BBC micro:bit [gatov]', 'microbit');
    bluetooth.pick = device;
    const connector = bluetoothConnector(bluetooth);
    const handle = await connector.request();
    expect((bluetooth.lastOptions as { filters?: unknown } | null)?.filters).toEqual([
      { services: [UART_SERVICE] },
      { namePrefix: 'BBC micro:bit' },
    ]);
    expect(bluetooth.lastOptions?.optionalServices).toEqual([UART_SERVICE]);
    expect(handle.label).toBe('BBC micro:bit [gatov]');
    const first = await handle.open({ baudRate: 0 });
    device.gatt.disconnect();
    await settle();
    bluetooth.pick = null; // the picker would now be cancelled: reconnecting must not need it
    const [known] = await connector.known();
    expect(known?.key).toBe(handle.key);
    const second = await known!.open({ baudRate: 0 });
    expect(device.gatt.connected).toBe(true);
    expect(first).not.toBe(second);
  });

  it('maps a cancelled chooser to no-device-selected and a missing adapter to unsupported', async () => {
    const bluetooth = new FakeBluetooth();
    const connector = bluetoothConnector(bluetooth);
    await expect(connector.request()).rejects.toMatchObject({ code: 'no-device-selected' });
    bluetooth.available = false;
    await expect(connector.request()).rejects.toMatchObject({ code: 'unsupported' });
  });
});
