// The robot kinds Parcours can drive, as data: how each is reached (serial settings, USB ids
// for the port picker's filters, Bluetooth services where one exists) and the factory of its
// driver. The devices layer and the composition root read this; nothing registers itself.
// Layer contract (robots): pure data and factories over the Transport interface.

import type { DriverOptions, RobotDriver, RobotKind } from './driver';
import type { Transport } from './transport';
import { createParcoursLineDriver } from './parcours-line/driver';
import { createMicrobitReplDriver, type MicrobitDriverOptions } from './microbit-repl/driver';
import { createThymioDriver, type ThymioDriverOptions } from './thymio/driver';
import { createMbotDriver } from './mbot/driver';

export interface UsbId {
  readonly usbVendorId: number;
  readonly usbProductId?: number;
}

export interface BluetoothUart {
  readonly service: string;
  /** Characteristic the host writes to. */
  readonly write: string;
  /** Characteristic the device notifies (or indicates) on. */
  readonly notify: string;
}

export interface RobotKindInfo {
  readonly kind: RobotKind;
  readonly serial: { readonly baudRate: number } | null;
  /** USB ids for Web Serial's `requestPort({filters})`; empty means "show every port". */
  readonly usbFilters: readonly UsbId[];
  /** Whether the board's USB serial is CDC-ACM (usable through the WebUSB polyfill). */
  readonly cdcAcm: boolean;
  readonly bluetooth: readonly BluetoothUart[];
  create(transport: Transport, options?: DriverOptions): RobotDriver;
}

export const NORDIC_UART: BluetoothUart = {
  service: '6e400001-b5a3-f393-e0a9-e50e24dcca9e',
  write: '6e400002-b5a3-f393-e0a9-e50e24dcca9e',
  notify: '6e400003-b5a3-f393-e0a9-e50e24dcca9e',
};

/** HM-10 style BLE serial modules, common on Arduino robots. */
export const HM10_UART: BluetoothUart = {
  service: '0000ffe0-0000-1000-8000-00805f9b34fb',
  write: '0000ffe1-0000-1000-8000-00805f9b34fb',
  notify: '0000ffe1-0000-1000-8000-00805f9b34fb',
};

export const ROBOT_KINDS: readonly RobotKindInfo[] = [
  {
    kind: 'parcours-line',
    serial: { baudRate: 115200 },
    // Arduino (genuine, CDC-ACM), CH340 and FTDI clones.
    usbFilters: [{ usbVendorId: 0x2341 }, { usbVendorId: 0x1a86 }, { usbVendorId: 0x0403 }],
    cdcAcm: true,
    bluetooth: [NORDIC_UART, HM10_UART],
    create: (transport, options) => createParcoursLineDriver(transport, options),
  },
  {
    kind: 'microbit-repl',
    serial: { baudRate: 115200 },
    usbFilters: [{ usbVendorId: 0x0d28, usbProductId: 0x0204 }],
    cdcAcm: true,
    // MicroPython on the micro:bit has no Bluetooth.
    bluetooth: [],
    create: (transport, options) =>
      createMicrobitReplDriver(transport, options as MicrobitDriverOptions),
  },
  {
    kind: 'thymio',
    serial: { baudRate: 115200 },
    // Thymio II (cable) and its wireless dongle.
    usbFilters: [
      { usbVendorId: 0x0617, usbProductId: 0x000a },
      { usbVendorId: 0x0617, usbProductId: 0x000c },
    ],
    cdcAcm: true,
    bluetooth: [],
    create: (transport, options) => createThymioDriver(transport, options as ThymioDriverOptions),
  },
  {
    kind: 'mbot',
    serial: { baudRate: 115200 },
    usbFilters: [{ usbVendorId: 0x1a86, usbProductId: 0x7523 }],
    cdcAcm: false,
    bluetooth: [],
    create: (transport, options) => createMbotDriver(transport, options),
  },
];

export function robotKindInfo(kind: RobotKind): RobotKindInfo {
  const info = ROBOT_KINDS.find((entry) => entry.kind === kind);
  if (!info) throw new Error(`unknown robot kind ${kind}`);
  return info;
}

/** The driver for `kind` over `transport`. */
export function createDriver(
  kind: RobotKind,
  transport: Transport,
  options?: DriverOptions,
): RobotDriver {
  return robotKindInfo(kind).create(transport, options);
}

export type { RobotDriver, RobotKind, RobotInfo, DriverOptions, Calibration } from './driver';
export type { Transport } from './transport';
export { RobotError, type RobotErrorCode } from './errors';
