// Runs the REAL reference firmware (firmware/avr, built with gcc-avr) in avr8js on the Node
// side of an end-to-end test, in slices of simulated time. After each slice, the bytes the
// firmware sent go to the page (to whatever fake transport registered
// `window.parcoursTestDeliver`) and the page's test clock moves to the CPU's time.
import type { Page } from '@playwright/test';
import { AvrRobot } from '../../firmware/support/avr-robot';
import { buildAvrFirmware } from '../../firmware/support/build-firmware';

/** Simulated robot time per round of the loop, in ms. */
const SLICE_MS = 16;

interface PageHooks {
  parcoursTestDeliver?: (bytes: number[]) => void;
  parcoursTestClock: { advanceTo(time: number): void };
}

export class FirmwareLoop {
  readonly robot = new AvrRobot(buildAvrFirmware());
  /** Everything the app sent to the robot, as text. */
  received = '';
  #outbox: number[] = [];
  #running = false;
  #loop: Promise<void> = Promise.resolve();

  constructor(private readonly page: Page) {
    this.robot.transport().onData((chunk) => this.#outbox.push(...chunk));
  }

  /** Bytes from the app, into the firmware's UART. */
  receive(bytes: Uint8Array): void {
    this.received += new TextDecoder().decode(bytes);
    this.robot.receive(bytes);
  }

  /** Lines the app sent that start with `prefix` ('M ' for moves). */
  sent(prefix: string): string[] {
    return this.received.split('\n').filter((line) => line.startsWith(prefix));
  }

  /** A robot switched on well before the app connects: its boot message went to nobody. */
  powerOnEarlier(): void {
    this.robot.step(100);
    this.#outbox = [];
  }

  /** Starts the CPU (again, with a reset: opening an Arduino's port resets it). */
  start(reset: boolean): void {
    if (reset) this.robot.resetBoard();
    if (this.#running) return;
    this.#running = true;
    this.#loop = this.#run();
  }

  async stop(): Promise<void> {
    this.#running = false;
    await this.#loop;
  }

  async #run(): Promise<void> {
    while (this.#running) {
      this.robot.step(SLICE_MS);
      const bytes = this.#outbox;
      this.#outbox = [];
      try {
        await this.page.evaluate(
          ([out, time]) => {
            const hooks = window as unknown as PageHooks;
            if (out.length > 0) hooks.parcoursTestDeliver?.(out);
            hooks.parcoursTestClock.advanceTo(time);
          },
          [bytes, this.robot.nowMs] as [number[], number],
        );
      } catch {
        // The page is gone (end of test): stop quietly.
        this.#running = false;
      }
    }
  }
}
