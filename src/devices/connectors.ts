// Connectors: how the app reaches a device through each browser API. A connector opens the
// browser's picker (`request`, needs a user gesture), lists devices this page may already use
// (`known`, so a robot reconnects without the picker) and turns a device into an open
// Transport. Devices layer: takes the API objects as arguments; the composition root passes
// `navigator.serial`, `navigator.usb`, `navigator.bluetooth` or test bridges.
import { SerialPort as PolyfillSerialPort } from 'web-serial-polyfill';
import type { Transport, Unsubscribe } from '../robots/transport';
import type { TransportKind } from './availability';
import {
  BluetoothUartTransport,
  UART_SERVICE,
  type BluetoothDeviceLike,
  type UartVariant,
} from './bluetooth-transport';
import { DeviceError, toDeviceError } from './errors';
import { SerialTransport, type DisconnectWatch, type SerialPortLike } from './serial-transport';
import { SimulatedRobot, SimulatedRobotTransport } from './simulated-robot';

/** A device the page may open: picked just now, or granted earlier. */
export interface DeviceHandle {
  readonly transport: TransportKind;
  /** Identifies the device among the known ones (for reconnecting and for the robot's record). */
  readonly key: string;
  /** A technical label: the Bluetooth name, or the USB vendor and product ids. */
  readonly label: string;
  open(settings: LinkSettings): Promise<Transport>;
}

export interface LinkSettings {
  /** Serial line speed; ignored by Bluetooth. */
  readonly baudRate: number;
}

export interface Connector {
  readonly kind: TransportKind;
  /** Opens the browser's device picker. Rejects with 'no-device-selected' when cancelled. */
  request(): Promise<DeviceHandle>;
  /** Devices already granted to this page, openable without the picker. */
  known(): Promise<DeviceHandle[]>;
}

function hex4(value: number | undefined): string {
  return (value ?? 0).toString(16).padStart(4, '0');
}

/** Adds an event listener and returns its removal. */
function listen(target: EventTarget, type: string, handler: (event: Event) => void): Unsubscribe {
  target.addEventListener(type, handler);
  return () => target.removeEventListener(type, handler);
}

// ---------------------------------------------------------------------------------------------
// Web Serial (native)

/** The parts of `navigator.serial` the app uses. */
export interface SerialLike extends EventTarget {
  requestPort(options?: SerialPortRequestOptions): Promise<SerialPortLike>;
  getPorts(): Promise<SerialPortLike[]>;
}

/** Serial ports fire 'disconnect' on themselves; the event bubbles to navigator.serial. */
function watchSerialPort(serial: SerialLike, port: SerialPortLike): DisconnectWatch {
  return (onLost) => {
    const handler = (event: Event): void => {
      if (event.target === (port as unknown)) onLost();
    };
    const stops = [listen(serial, 'disconnect', handler)];
    if (typeof (port as Partial<EventTarget>).addEventListener === 'function') {
      stops.push(listen(port as unknown as EventTarget, 'disconnect', handler));
    }
    return () => stops.forEach((stop) => stop());
  };
}

function serialHandles(serial: SerialLike, ports: readonly SerialPortLike[]): DeviceHandle[] {
  const seen = new Map<string, number>();
  return ports.map((port) => {
    const info = port.getInfo();
    const base =
      info.usbVendorId === undefined
        ? 'serial'
        : `usb:${hex4(info.usbVendorId)}:${hex4(info.usbProductId)}`;
    const index = seen.get(base) ?? 0;
    seen.set(base, index + 1);
    return {
      transport: 'serial',
      key: index === 0 ? base : `${base}#${index}`,
      label: info.usbVendorId === undefined ? 'Serial' : `USB ${base.slice(4)}`,
      open: (settings) =>
        SerialTransport.open(port, {
          baudRate: settings.baudRate,
          watchDisconnect: watchSerialPort(serial, port),
        }),
    };
  });
}

export function webSerialConnector(serial: SerialLike): Connector {
  return {
    kind: 'serial',
    async request() {
      let port: SerialPortLike;
      try {
        port = await serial.requestPort();
      } catch (error) {
        throw toDeviceError(error, 'request');
      }
      // The key of a freshly picked port follows the same numbering as `known()`.
      const granted = await serial.getPorts().catch((): SerialPortLike[] => []);
      const all = granted.includes(port) ? granted : [...granted, port];
      return serialHandles(serial, all)[all.indexOf(port)] as DeviceHandle;
    },
    async known() {
      return serialHandles(serial, await serial.getPorts());
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Web Serial over WebUSB (web-serial-polyfill), for Chrome on Android and CDC-ACM boards

/** The parts of `navigator.usb` the app uses. */
export interface UsbLike extends EventTarget {
  requestDevice(options: USBDeviceRequestOptions): Promise<USBDevice>;
  getDevices(): Promise<USBDevice[]>;
}

/** USB class code of a communications device (CDC): the only kind the polyfill drives. */
export const USB_CLASS_CDC = 2;

/** Whether a USB device has a CDC-ACM control interface the polyfill can use. */
export function isCdcAcm(device: USBDevice): boolean {
  if (device.deviceClass === USB_CLASS_CDC) return true;
  const configuration = device.configurations[0];
  return (configuration?.interfaces ?? []).some(
    (iface) => iface.alternates[0]?.interfaceClass === USB_CLASS_CDC,
  );
}

export type UsbPortFactory = (device: USBDevice) => SerialPortLike;

const polyfillPort: UsbPortFactory = (device) => new PolyfillSerialPort(device);

function usbHandle(usb: UsbLike, device: USBDevice, makePort: UsbPortFactory): DeviceHandle {
  const ids = `${hex4(device.vendorId)}:${hex4(device.productId)}`;
  return {
    transport: 'usb-serial',
    key: `usb:${ids}${device.serialNumber ? `:${device.serialNumber}` : ''}`,
    label: device.productName || `USB ${ids}`,
    async open(settings) {
      let port: SerialPortLike;
      try {
        port = makePort(device);
      } catch (error) {
        // No CDC-ACM interface (CH340, FTDI, CP210x chips): only native Web Serial drives them.
        throw new DeviceError('unsupported', 'not a CDC-ACM device', { cause: error });
      }
      return SerialTransport.open(port, {
        baudRate: settings.baudRate,
        // The polyfill has no disconnect event of its own: navigator.usb has one.
        watchDisconnect: (onLost) =>
          listen(usb, 'disconnect', (event) => {
            if ((event as USBConnectionEvent).device === device) onLost();
          }),
      });
    },
  };
}

export function usbSerialConnector(
  usb: UsbLike,
  makePort: UsbPortFactory = polyfillPort,
): Connector {
  return {
    kind: 'usb-serial',
    async request() {
      let device: USBDevice;
      try {
        device = await usb.requestDevice({ filters: [{ classCode: USB_CLASS_CDC }] });
      } catch (error) {
        throw toDeviceError(error, 'request');
      }
      return usbHandle(usb, device, makePort);
    },
    async known() {
      const devices = await usb.getDevices();
      return devices.filter(isCdcAcm).map((device) => usbHandle(usb, device, makePort));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Web Bluetooth UART

/** The parts of `navigator.bluetooth` the app uses. */
export interface BluetoothLike {
  requestDevice(options: RequestDeviceOptions): Promise<BluetoothDeviceLike>;
  getAvailability?(): Promise<boolean>;
  getDevices?(): Promise<BluetoothDeviceLike[]>;
}

/** What the picker offers: any UART peripheral, and micro:bits by name. */
export const BLUETOOTH_REQUEST: RequestDeviceOptions = {
  filters: [{ services: [UART_SERVICE] }, { namePrefix: 'BBC micro:bit' }],
  optionalServices: [UART_SERVICE],
};

function bluetoothHandle(device: BluetoothDeviceLike, variant?: UartVariant): DeviceHandle {
  return {
    transport: 'bluetooth',
    key: `ble:${device.id}`,
    label: device.name || device.id,
    open: () => BluetoothUartTransport.open(device, variant ? { variant } : {}),
  };
}

export function bluetoothConnector(bluetooth: BluetoothLike): Connector {
  // Devices picked during this visit: a BluetoothDevice reconnects without the picker.
  const picked = new Map<string, BluetoothDeviceLike>();
  return {
    kind: 'bluetooth',
    async request() {
      if (bluetooth.getAvailability && !(await bluetooth.getAvailability())) {
        throw new DeviceError('unsupported', 'no Bluetooth adapter');
      }
      let device: BluetoothDeviceLike;
      try {
        device = await bluetooth.requestDevice(BLUETOOTH_REQUEST);
      } catch (error) {
        throw toDeviceError(error, 'request');
      }
      picked.set(device.id, device);
      return bluetoothHandle(device);
    },
    async known() {
      const granted = bluetooth.getDevices ? await bluetooth.getDevices().catch(() => []) : [];
      for (const device of granted) if (!picked.has(device.id)) picked.set(device.id, device);
      return [...picked.values()].map((device) => bluetoothHandle(device));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The simulated robot (no hardware)

/** The simulated robot is always there: "picking" it needs no browser picker. */
export function simulatorConnector(
  makeRobot: () => SimulatedRobot = () => new SimulatedRobot(),
): Connector & { readonly lastTransport: () => SimulatedRobotTransport | null } {
  let last: SimulatedRobotTransport | null = null;
  const handle: DeviceHandle = {
    transport: 'simulator',
    key: 'sim:1',
    label: 'Parcours simulator',
    async open() {
      last = new SimulatedRobotTransport(makeRobot());
      return last;
    },
  };
  return {
    kind: 'simulator',
    request: async () => handle,
    known: async () => [handle],
    lastTransport: () => last,
  };
}
