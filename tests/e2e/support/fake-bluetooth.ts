// A Bluetooth LE robot for end-to-end tests, through Chromium's own Web Bluetooth emulation
// (DevTools protocol): a preconnected peripheral with the Nordic UART Service, whose GATT
// operations Node answers. What the app writes arrives as `characteristicOperationReceived`
// and goes into the REAL reference firmware running in avr8js (firmware-loop.ts). The device
// chooser is answered on the page's session (`DeviceAccess.selectPrompt`).
//
// The DevTools protocol has no command for a peripheral to push a notification by itself, so
// the receive side is an injected fake on top: an init script remembers the characteristic
// the app subscribed to, and Node hands it the firmware's bytes as `characteristicvaluechanged`
// events (in pieces of at most 20 bytes, as a real link would), with `value` set on the object.
import type { Browser, CDPSession, Page } from '@playwright/test';
import { FirmwareLoop } from './firmware-loop';
import { installTestClock } from './test-clock';

export const UART_SERVICE = '6e400001-b5a3-f393-e0a9-e50e24dcca9e';
const UART_RX = '6e400002-b5a3-f393-e0a9-e50e24dcca9e';
const UART_TX = '6e400003-b5a3-f393-e0a9-e50e24dcca9e';
const CCCD = '00002902-0000-1000-8000-00805f9b34fb';

/** Page side. Self-contained: Playwright sends its source text to the page. */
function installNotificationTap(): void {
  const subscribed: EventTarget[] = [];
  const prototype = (window as unknown as Record<string, { prototype: Record<string, unknown> }>)[
    'BluetoothRemoteGATTCharacteristic'
  ]?.prototype;
  if (!prototype) return;
  const start = prototype['startNotifications'] as (this: EventTarget) => Promise<unknown>;
  prototype['startNotifications'] = async function (this: EventTarget) {
    const result = await start.call(this);
    if (!subscribed.includes(this)) subscribed.push(this);
    return result;
  };
  (window as unknown as Record<string, unknown>)['parcoursTestDeliver'] = (bytes: number[]) => {
    for (let at = 0; at < bytes.length; at += 20) {
      const piece = new Uint8Array(bytes.slice(at, at + 20));
      for (const characteristic of subscribed) {
        Object.defineProperty(characteristic, 'value', {
          configurable: true,
          value: new DataView(piece.buffer),
        });
        characteristic.dispatchEvent(new Event('characteristicvaluechanged'));
      }
    }
  };
}

interface CharacteristicOperation {
  readonly characteristicId: string;
  readonly type: 'read' | 'write' | 'subscribe-to-notifications' | 'unsubscribe-from-notifications';
  readonly data?: string;
}

export class BluetoothRobotBridge {
  readonly address = '0C:0C:0C:0C:0C:0C';
  /** Length of every write the app made, to check the 20-byte limit. */
  readonly writeSizes: number[] = [];
  /** How many times the app asked to connect the GATT server. */
  connections = 0;
  #rx = '';

  private constructor(
    private readonly browserSession: CDPSession,
    readonly firmware: FirmwareLoop,
  ) {}

  get robot() {
    return this.firmware.robot;
  }

  /** Emulates the peripheral and answers the chooser (call before `page.goto`). */
  static async attach(page: Page, browser: Browser): Promise<BluetoothRobotBridge> {
    const session = await browser.newBrowserCDPSession();
    const bridge = new BluetoothRobotBridge(session, new FirmwareLoop(page));
    // A Bluetooth robot is switched on before it is picked (no reset when the link opens).
    bridge.firmware.powerOnEarlier();
    const send = (method: string, params: object = {}) =>
      session.send(method as never, params as never) as Promise<Record<string, string>>;

    session.on('BluetoothEmulation.gattOperationReceived' as never, (event: { type: string }) => {
      if (event.type === 'connection') bridge.connections += 1;
      void send('BluetoothEmulation.simulateGATTOperationResponse', {
        address: bridge.address,
        type: event.type,
        code: 0,
      });
    });
    session.on(
      'BluetoothEmulation.characteristicOperationReceived' as never,
      (event: CharacteristicOperation) => {
        if (event.type === 'write' && event.characteristicId === bridge.#rx && event.data) {
          const bytes = Buffer.from(event.data, 'base64');
          bridge.writeSizes.push(bytes.length);
          bridge.firmware.receive(new Uint8Array(bytes));
        }
        if (event.type === 'subscribe-to-notifications') bridge.firmware.start(false);
        void send('BluetoothEmulation.simulateCharacteristicOperationResponse', {
          characteristicId: event.characteristicId,
          type: event.type,
          code: 0,
        });
      },
    );
    session.on(
      'BluetoothEmulation.descriptorOperationReceived' as never,
      (event: { descriptorId: string; type: string }) => {
        void send('BluetoothEmulation.simulateDescriptorOperationResponse', {
          descriptorId: event.descriptorId,
          type: event.type,
          code: 0,
        });
      },
    );

    await send('BluetoothEmulation.enable', { state: 'powered-on', leSupported: true });
    await send('BluetoothEmulation.simulatePreconnectedPeripheral', {
      address: bridge.address,
      name: 'Parcours-BLE',
      manufacturerData: [],
      knownServiceUuids: [UART_SERVICE],
    });
    await bridge.#declareGatt();

    // The chooser: the prompt event fires twice per request; select the device once.
    const pageSession = await page.context().newCDPSession(page);
    const answered = new Set<string>();
    pageSession.on(
      'DeviceAccess.deviceRequestPrompted' as never,
      (event: { id: string; devices: { id: string }[] }) => {
        const device = event.devices[0];
        if (!device || answered.has(event.id)) return;
        answered.add(event.id);
        void pageSession.send(
          'DeviceAccess.selectPrompt' as never,
          {
            id: event.id,
            deviceId: device.id,
          } as never,
        );
      },
    );
    await pageSession.send('DeviceAccess.enable' as never);

    await page.addInitScript(installTestClock);
    await page.addInitScript(installNotificationTap);
    return bridge;
  }

  /** The UART service as the peripheral offers it: …0002 written by the host, …0003 notifying. */
  async #declareGatt(): Promise<void> {
    const send = (method: string, params: object) =>
      this.browserSession.send(method as never, params as never) as Promise<Record<string, string>>;
    const { serviceId } = await send('BluetoothEmulation.addService', {
      address: this.address,
      serviceUuid: UART_SERVICE,
    });
    const rx = await send('BluetoothEmulation.addCharacteristic', {
      serviceId,
      characteristicUuid: UART_RX,
      properties: { write: true, writeWithoutResponse: true },
    });
    this.#rx = rx.characteristicId as string;
    const tx = await send('BluetoothEmulation.addCharacteristic', {
      serviceId,
      characteristicUuid: UART_TX,
      properties: { notify: true },
    });
    await send('BluetoothEmulation.addDescriptor', {
      characteristicId: tx.characteristicId,
      descriptorUuid: CCCD,
    });
  }

  /** Lines the app sent that start with `prefix`. */
  sent(prefix: string): string[] {
    return this.firmware.sent(prefix);
  }

  /** The robot goes out of range (or is switched off): the GATT link drops. */
  async dropLink(): Promise<void> {
    await this.browserSession.send(
      'BluetoothEmulation.simulateGATTDisconnection' as never,
      {
        address: this.address,
      } as never,
    );
    // Chromium's emulated peripheral forgets its GATT table with the link; a real robot offers
    // it again on the next connection, so it is declared again here.
    await this.#declareGatt();
  }

  async dispose(): Promise<void> {
    await this.firmware.stop();
    await this.browserSession.detach().catch(() => undefined);
  }
}
