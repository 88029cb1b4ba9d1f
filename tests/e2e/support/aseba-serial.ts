// The page's fake Web Serial port (fake-serial.ts) wired to a simulated Thymio II: Debian's
// asebaplayground, reached over TCP from the Node side. Bytes the app writes go to the
// playground's robot; what the robot answers goes back to the page. The app keeps its real
// clock (no test clock): the playground runs in real time. The host's SET_VARIABLES requests
// are decoded, so a test can follow the motor targets the app set.
import { Socket } from 'node:net';
import type { Page } from '@playwright/test';
import { AsebaDeframer, MessageType } from '../../../src/robots/thymio/protocol';
import { installFakeSerial } from './fake-serial';

export class AsebaSerialBridge {
  /** Every SET_VARIABLES the app sent: start offset and values. */
  readonly sets: { start: number; values: number[] }[] = [];
  readonly #page: Page;
  readonly #tcpPort: number;
  readonly #fromHost = new AsebaDeframer();
  #socket: Socket | null = null;

  private constructor(page: Page, tcpPort: number) {
    this.#page = page;
    this.#tcpPort = tcpPort;
  }

  /** Installs the fake port in the page (call before `page.goto`), backed by `tcpPort`. */
  static async attach(page: Page, tcpPort: number): Promise<AsebaSerialBridge> {
    const bridge = new AsebaSerialBridge(page, tcpPort);
    await page.exposeBinding('parcoursSerialWrite', (_source, bytes: number[]) =>
      bridge.#write(Uint8Array.from(bytes)),
    );
    await page.exposeBinding('parcoursSerialOpened', () => bridge.#open());
    await page.addInitScript(installFakeSerial);
    return bridge;
  }

  /** The last motor targets the app set (motor.left.target, motor.right.target at `offset`). */
  motorTargets(offset: number): number[] | null {
    const last = this.sets.filter((set) => set.start === offset).at(-1);
    return last ? last.values : null;
  }

  async dispose(): Promise<void> {
    this.#socket?.destroy();
    this.#socket = null;
  }

  /**
   * One TCP connection for the whole test: an Aseba node serves one client and forgets it
   * when any client disconnects, so the bridge never reconnects behind the app's back.
   */
  async #open(): Promise<void> {
    if (this.#socket) return;
    const socket = new Socket();
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('error', reject);
      socket.connect(this.#tcpPort, '127.0.0.1');
    });
    socket.setNoDelay(true);
    socket.on('data', (data: Buffer) => {
      const bytes = Array.from(data);
      void this.#page
        .evaluate(
          (chunk) =>
            (window as unknown as { parcoursTestDeliver(b: number[]): void }).parcoursTestDeliver(
              chunk,
            ),
          bytes,
        )
        .catch(() => undefined);
    });
    this.#socket = socket;
  }

  #write(bytes: Uint8Array): void {
    for (const frame of this.#fromHost.push(bytes)) {
      if (frame.type !== MessageType.SET_VARIABLES || frame.payload.length < 4) continue;
      const view = new DataView(frame.payload.buffer, frame.payload.byteOffset);
      const values: number[] = [];
      for (let at = 4; at < frame.payload.length; at += 2) values.push(view.getInt16(at, true));
      this.sets.push({ start: view.getUint16(2, true), values });
    }
    this.#socket?.write(bytes);
  }
}
