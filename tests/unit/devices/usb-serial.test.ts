// Web Serial over WebUSB: the real web-serial-polyfill driving a fake CDC-ACM USBDevice, with
// navigator.usb's 'disconnect' event standing in for the serial events the polyfill lacks.
import { describe, expect, it } from 'vitest';
import { isCdcAcm, usbSerialConnector } from '../../../src/devices/connectors';
import { FakeUsb, FakeUsbDevice, bytes, domError, settle, text, until } from './fakes';

function setup(device = new FakeUsbDevice()) {
  const usb = new FakeUsb();
  usb.pick = device;
  return { usb, device, connector: usbSerialConnector(usb) };
}

describe('usbSerialConnector (web-serial-polyfill)', () => {
  it('asks the picker for CDC devices only', async () => {
    const { usb, connector } = setup();
    const handle = await connector.request();
    expect(usb.lastFilters).toEqual([{ classCode: 2 }]);
    expect(handle.key).toBe('usb:0d28:0204:9904360258994e45');
    expect(handle.transport).toBe('usb-serial');
  });

  it('opens the device, claims its interfaces, and carries bytes both ways', async () => {
    const { device, connector } = setup();
    const transport = await (await connector.request()).open({ baudRate: 115200 });
    expect(device.log.slice(0, 3)).toEqual(['open', 'claim 0', 'claim 1']);
    const received: Uint8Array[] = [];
    transport.onData((chunk) => received.push(chunk));
    device.push(bytes('HELLO 1 parcours-mb/1.0.0 500 move\r\n'));
    await until(() => received.length > 0);
    expect(text(received)).toBe('HELLO 1 parcours-mb/1.0.0 500 move\r\n');
    await transport.write(bytes('PING\n'));
    expect(text(device.written)).toBe('PING\n');
    await transport.close();
    expect(device.opened).toBe(false);
  });

  it('reports the device as lost on navigator.usb disconnect', async () => {
    const { usb, device, connector } = setup();
    const transport = await (await connector.request()).open({ baudRate: 115200 });
    const reasons: string[] = [];
    transport.onDisconnect((reason) => reasons.push(reason));
    await settle();
    device.unplug(usb);
    await until(() => reasons.length > 0);
    expect(reasons).toEqual(['lost']);
    await expect(transport.write(bytes('PING\n'))).rejects.toMatchObject({ code: 'disconnected' });
  });

  it('ignores other devices being unplugged', async () => {
    const { usb, connector } = setup();
    const transport = await (await connector.request()).open({ baudRate: 115200 });
    const reasons: string[] = [];
    transport.onDisconnect((reason) => reasons.push(reason));
    const other = new FakeUsbDevice(0x0617, 0x000a, 'thymio');
    other.unplug(usb);
    await settle();
    expect(reasons).toEqual([]);
    await transport.close();
    expect(reasons).toEqual(['closed']);
  });

  it('refuses a device that is not CDC-ACM (CH340, FTDI) as unsupported', async () => {
    const device = new FakeUsbDevice(0x1a86, 0x7523, '', 'USB Serial', false);
    const { connector } = setup(device);
    expect(isCdcAcm(device as unknown as USBDevice)).toBe(false);
    const handle = await connector.request();
    await expect(handle.open({ baudRate: 115200 })).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('maps "Unable to claim interface" to device-in-use', async () => {
    const device = new FakeUsbDevice();
    device.claimError = domError('NetworkError', 'Unable to claim interface.');
    const { connector } = setup(device);
    const handle = await connector.request();
    await expect(handle.open({ baudRate: 115200 })).rejects.toMatchObject({
      code: 'device-in-use',
    });
  });

  it('maps a cancelled picker to no-device-selected', async () => {
    const usb = new FakeUsb();
    await expect(usbSerialConnector(usb).request()).rejects.toMatchObject({
      code: 'no-device-selected',
    });
  });

  it('lists only CDC devices among the granted ones', async () => {
    const usb = new FakeUsb();
    usb.devices.push(new FakeUsbDevice(), new FakeUsbDevice(0x1a86, 0x7523, '', 'CH340', false));
    const known = await usbSerialConnector(usb).known();
    expect(known.map((handle) => handle.label)).toEqual(['BBC micro:bit CMSIS-DAP']);
  });
});
