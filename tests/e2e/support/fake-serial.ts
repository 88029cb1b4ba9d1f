// A fake Web Serial port for end-to-end tests, bridged to the REAL reference firmware running
// in avr8js on the Node side (see firmware-loop.ts). In the page (installed with
// page.addInitScript before the app starts, and picked by the app's `?bridge=test` flag): a
// `navigator.serial`-like object whose port has real web streams. Bytes the app writes reach
// Node through page.exposeBinding and go into the firmware's UART; bytes the firmware sends
// come back through page.evaluate. The page's test clock follows the simulated CPU.
import type { Page } from '@playwright/test';
import { FirmwareLoop } from './firmware-loop';
import { installTestClock } from './test-clock';

/** Page side. Self-contained: Playwright sends its source text to the page. */
export function installFakeSerial(): void {
  interface Bindings {
    parcoursSerialWrite(bytes: number[]): Promise<void>;
    parcoursSerialOpened(baudRate: number): Promise<void>;
  }
  const bindings = window as unknown as Bindings;
  const settings = { busy: false, cancelPicker: false };

  class FakeSerialPort extends EventTarget {
    lost = false;
    #open = false;
    #readable: ReadableStream<Uint8Array> | null = null;
    #controller: ReadableStreamDefaultController<Uint8Array> | null = null;
    #writable: WritableStream<Uint8Array> | null = null;

    getInfo(): { usbVendorId: number; usbProductId: number } {
      // An Arduino Uno's USB chip.
      return { usbVendorId: 0x2341, usbProductId: 0x0043 };
    }

    get readable(): ReadableStream<Uint8Array> | null {
      if (!this.#open || this.lost) return null;
      this.#readable ??= new ReadableStream<Uint8Array>({
        start: (controller) => {
          this.#controller = controller;
        },
        cancel: () => {
          this.#readable = null;
          this.#controller = null;
        },
      });
      return this.#readable;
    }

    get writable(): WritableStream<Uint8Array> | null {
      if (!this.#open || this.lost) return null;
      this.#writable ??= new WritableStream<Uint8Array>({
        write: async (chunk) => {
          await bindings.parcoursSerialWrite(Array.from(chunk));
        },
      });
      return this.#writable;
    }

    async open(options: { baudRate: number }): Promise<void> {
      if (this.lost) throw new DOMException('The device has been lost.', 'NetworkError');
      if (this.#open) throw new DOMException('The port is already open.', 'InvalidStateError');
      if (settings.busy) throw new DOMException('Failed to open serial port.', 'NetworkError');
      this.#open = true;
      await bindings.parcoursSerialOpened(options.baudRate);
    }

    async close(): Promise<void> {
      // As Chromium: no closing while a reader or writer holds a stream (WICG/serial#182).
      if (this.#readable?.locked || this.#writable?.locked) {
        throw new TypeError(
          "Failed to execute 'close' on 'SerialPort': Cannot cancel a locked stream",
        );
      }
      this.#open = false;
      this.#readable = null;
      this.#writable = null;
    }

    push(bytes: number[]): void {
      this.#controller?.enqueue(new Uint8Array(bytes));
    }

    unplug(): void {
      this.lost = true;
      const controller = this.#controller;
      this.#controller = null;
      this.#readable = null;
      this.#writable = null;
      controller?.error(new DOMException('The device has been lost.', 'NetworkError'));
      this.dispatchEvent(new Event('disconnect'));
    }
  }

  const port = new FakeSerialPort();
  let granted = false;
  const serial = Object.assign(new EventTarget(), {
    async requestPort(): Promise<FakeSerialPort> {
      if (settings.cancelPicker) {
        throw new DOMException('No port selected by the user.', 'NotFoundError');
      }
      granted = true;
      return port;
    },
    async getPorts(): Promise<FakeSerialPort[]> {
      return granted && !port.lost ? [port] : [];
    },
  });

  const global = window as unknown as Record<string, unknown>;
  global['parcoursTestBridge'] = {
    ...(global['parcoursTestBridge'] as object | undefined),
    serial,
  };
  global['parcoursTestDeliver'] = (bytes: number[]) => port.push(bytes);
  global['parcoursSerialTest'] = { settings, unplug: () => port.unplug() };
}

interface SerialTestApi {
  readonly settings: { busy: boolean; cancelPicker: boolean };
  unplug(): void;
}

/** The Node end: the firmware's UART wired to the page's fake port. */
export class SerialRobotBridge {
  private constructor(
    private readonly page: Page,
    readonly firmware: FirmwareLoop,
  ) {}

  get robot() {
    return this.firmware.robot;
  }

  /** Everything the app wrote to the robot, as text. */
  get written(): string {
    return this.firmware.received;
  }

  /** Installs the fake port in the page (call before `page.goto`) with the reference firmware. */
  static async attach(page: Page): Promise<SerialRobotBridge> {
    const bridge = new SerialRobotBridge(page, new FirmwareLoop(page));
    await page.exposeBinding('parcoursSerialWrite', (_source, bytes: number[]) => {
      bridge.firmware.receive(Uint8Array.from(bytes));
    });
    await page.exposeBinding('parcoursSerialOpened', () => bridge.firmware.start(true));
    await page.addInitScript(installTestClock);
    await page.addInitScript(installFakeSerial);
    return bridge;
  }

  /** Lines the app sent that start with `prefix` ('M ' for moves). */
  sent(prefix: string): string[] {
    return this.firmware.sent(prefix);
  }

  /** Makes the next picker come back empty (the pupil closed it). */
  async cancelNextPicker(cancel = true): Promise<void> {
    await this.page.evaluate((value) => {
      (
        window as unknown as { parcoursSerialTest: SerialTestApi }
      ).parcoursSerialTest.settings.cancelPicker = value;
    }, cancel);
  }

  /** Makes the port refuse to open, as when another program holds it. */
  async holdPortElsewhere(busy = true): Promise<void> {
    await this.page.evaluate((value) => {
      (
        window as unknown as { parcoursSerialTest: SerialTestApi }
      ).parcoursSerialTest.settings.busy = value;
    }, busy);
  }

  /** Pulls the cable: the page's port errors and fires 'disconnect'; the firmware runs on. */
  async unplug(): Promise<void> {
    await this.page.evaluate(() => {
      (window as unknown as { parcoursSerialTest: SerialTestApi }).parcoursSerialTest.unplug();
    });
  }

  /** Stops the simulation (end of test). */
  async dispose(): Promise<void> {
    await this.firmware.stop();
  }
}
