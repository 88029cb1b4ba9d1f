// Which device APIs the app uses: the browser's own (`navigator.serial`, `navigator.usb`,
// `navigator.bluetooth`), or test bridges that end-to-end tests install before the app starts
// (`window.parcoursTestBridge`), selected by a URL flag (`?bridge=test`) or a cookie
// (`parcours-bridge=test`), as the micro:bit Python editor does. Production and tests run the
// same build; a bridge may also bring the clock the drivers' timeouts run on. Devices layer: the composition root calls these with the real globals.
import type { BrowserFacts } from './availability';
import {
  bluetoothConnector,
  simulatorConnector,
  usbSerialConnector,
  webSerialConnector,
  type BluetoothLike,
  type Connector,
  type SerialLike,
  type UsbLike,
} from './connectors';
import type { TransportKind } from './availability';
import type { Clock } from '../robots/clock';
import { SimulatedRobot } from './simulated-robot';

export interface DeviceApis {
  readonly serial?: SerialLike | undefined;
  readonly usb?: UsbLike | undefined;
  readonly bluetooth?: BluetoothLike | undefined;
}

/** What an end-to-end test may put on `window.parcoursTestBridge`. */
export interface TestBridge extends DeviceApis {
  /**
   * The time the drivers' timeouts run on. A bridge to a simulated CPU passes the CPU's time,
   * so a robot simulated slower than real time is not mistaken for a silent one.
   */
  readonly clock?: Clock | undefined;
}

export const TEST_BRIDGE_GLOBAL = 'parcoursTestBridge';

/** Whether the page was opened with the test bridges switched on. */
export function testBridgeRequested(search: string, cookie: string): boolean {
  if (new URLSearchParams(search).get('bridge') === 'test') return true;
  return cookie.split(';').some((part) => part.trim() === 'parcours-bridge=test');
}

/** The browser's device APIs, those it has. */
export function browserDeviceApis(nav: object): DeviceApis {
  const record = nav as Record<string, unknown>;
  return {
    serial: (record['serial'] ?? undefined) as SerialLike | undefined,
    usb: (record['usb'] ?? undefined) as UsbLike | undefined,
    bluetooth: (record['bluetooth'] ?? undefined) as BluetoothLike | undefined,
  };
}

/** The browser's APIs with the test bridge's in their place, where it provides some. */
export function withTestBridge(apis: DeviceApis, bridge: TestBridge | undefined): DeviceApis {
  if (!bridge) return apis;
  return {
    serial: bridge.serial ?? apis.serial,
    usb: bridge.usb ?? apis.usb,
    bluetooth: bridge.bluetooth ?? apis.bluetooth,
  };
}

/** The facts availability needs, for the APIs actually in use. */
export function factsFor(
  apis: DeviceApis,
  page: {
    readonly secureContext: boolean;
    readonly userAgent: string;
    readonly maxTouchPoints: number;
  },
): BrowserFacts {
  return {
    secureContext: page.secureContext,
    hasSerial: apis.serial !== undefined,
    hasUsb: apis.usb !== undefined,
    hasBluetooth: apis.bluetooth !== undefined,
    userAgent: page.userAgent,
    maxTouchPoints: page.maxTouchPoints,
  };
}

/** A connector for every API present, and always the simulated robot (on `clock`'s time). */
export function connectorsFor(
  apis: DeviceApis,
  clock?: Clock,
): Partial<Record<TransportKind, Connector>> {
  const connectors: Partial<Record<TransportKind, Connector>> = {
    simulator: simulatorConnector(() => new SimulatedRobot(clock ? { clock } : {})),
  };
  if (apis.serial) connectors.serial = webSerialConnector(apis.serial);
  if (apis.usb) connectors['usb-serial'] = usbSerialConnector(apis.usb);
  if (apis.bluetooth) connectors.bluetooth = bluetoothConnector(apis.bluetooth);
  return connectors;
}
