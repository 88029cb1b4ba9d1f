// micro:bit driver: a BBC micro:bit running stock MicroPython, reached over its USB serial.
// On connect it first asks whether the Parcours firmware already runs (a HELLO); if not, it
// takes the board's raw REPL, installs firmware/microbit/parcours.py as main.py, soft-reboots
// and then speaks the Parcours line protocol, through the same driver as the AVR robots.
// Layer contract (robots): no browser API; time only through the injected Clock; failures are
// RobotError codes.

import type { Action } from '../../core/run/types';
import type { SensorQuery } from '../../core/program/ir';
import { systemClock } from '../clock';
import {
  DEFAULT_CALIBRATION,
  DEFAULT_SQUARE_CM,
  type ActionConfirmation,
  type DriverOptions,
  type MotionSettings,
  type RobotDriver,
  type RobotInfo,
} from '../driver';
import { RobotError } from '../errors';
import type { Transport } from '../transport';
import { ParcoursLineDriver } from '../parcours-line/driver';
import { compactPython, firmwareIdentity, MICROBIT_FIRMWARE_SOURCE } from './firmware';
import { installFile, type InstallProgress } from './installer';
import { RawRepl, type RawReplTimeouts } from './raw-repl';

export type InstallPolicy =
  /** Install only when the board does not already run this very firmware version. */
  | 'if-needed'
  /** Always reinstall (a "repair" button). */
  | 'always'
  /** Never touch the board's files: fail with `unsupported-firmware` instead. */
  | 'never';

export type MicrobitStage = 'checking' | 'entering-repl' | 'installing' | 'rebooting' | 'handshake';

export interface MicrobitProgress {
  readonly stage: MicrobitStage;
  /** While installing: bytes written so far and in all. */
  readonly install?: InstallProgress;
}

export interface MicrobitDriverOptions extends DriverOptions {
  readonly install?: InstallPolicy;
  /** Firmware to install (defaults to the bundled parcours.py). */
  readonly firmwareSource?: string;
  readonly replTimeouts?: Partial<RawReplTimeouts>;
  readonly onProgress?: (progress: MicrobitProgress) => void;
}

export class MicrobitReplDriver implements RobotDriver {
  readonly kind = 'microbit-repl' as const;
  readonly #transport: Transport;
  readonly #options: MicrobitDriverOptions;
  readonly #source: string;
  readonly #identity: string;
  #motion: MotionSettings;
  #line: ParcoursLineDriver | null = null;
  #installed = false;

  constructor(transport: Transport, options: MicrobitDriverOptions = {}) {
    this.#transport = transport;
    this.#options = options;
    this.#source = options.firmwareSource ?? MICROBIT_FIRMWARE_SOURCE;
    const identity = firmwareIdentity(this.#source);
    if (!identity)
      throw new RobotError('unsupported-firmware', 'firmware source has no FIRMWARE line');
    this.#identity = identity;
    this.#motion = {
      calibration: options.calibration ?? DEFAULT_CALIBRATION,
      squareCm: options.squareCm ?? DEFAULT_SQUARE_CM,
    };
  }

  get info(): RobotInfo | null {
    return this.#line?.info ?? null;
  }

  get motion(): MotionSettings {
    return this.#motion;
  }

  /** True when the last `connect()` had to install the firmware. */
  get installed(): boolean {
    return this.#installed;
  }

  setMotion(settings: Partial<MotionSettings>): void {
    this.#motion = { ...this.#motion, ...settings };
    this.#line?.setMotion(settings);
  }

  async connect(signal?: AbortSignal): Promise<RobotInfo> {
    const policy = this.#options.install ?? 'if-needed';
    this.#installed = false;
    await this.#dropLine();
    if (policy !== 'always') {
      this.#progress({ stage: 'checking' });
      const running = await this.#tryHello(1, signal);
      if (running) return running;
      if (policy === 'never') {
        throw new RobotError('unsupported-firmware', `${this.#identity} is not running`);
      }
    }
    await this.#install(signal);
    this.#installed = true;
    this.#progress({ stage: 'handshake' });
    const info = await this.#tryHello(3, signal);
    if (!info) throw new RobotError('robot-error', 'installed firmware does not answer');
    return info;
  }

  async perform(action: Action, signal?: AbortSignal): Promise<ActionConfirmation> {
    return this.#requireLine().perform(action, signal);
  }

  canSense(query: SensorQuery): boolean {
    return this.#line?.canSense(query) ?? false;
  }

  async sense(query: SensorQuery, signal?: AbortSignal): Promise<boolean> {
    return this.#requireLine().sense(query, signal);
  }

  async stop(): Promise<void> {
    await this.#line?.stop();
  }

  async identify(signal?: AbortSignal): Promise<void> {
    return this.#requireLine().identify(signal);
  }

  async dispose(): Promise<void> {
    await this.#dropLine();
  }

  // ---- internals ----

  /** A HELLO; the robot info when this firmware version answers, else null. */
  async #tryHello(attempts: number, signal?: AbortSignal): Promise<RobotInfo | null> {
    const line = new ParcoursLineDriver(this.#transport, {
      ...this.#options,
      kind: 'microbit-repl',
      calibration: this.#motion.calibration,
      squareCm: this.#motion.squareCm,
      helloAttempts: attempts,
    });
    try {
      const info = await line.connect(signal);
      if (info.firmware === this.#identity) {
        this.#line = line;
        return info;
      }
      this.#options.log?.(`board runs ${info.firmware}, not ${this.#identity}`);
    } catch (error) {
      if (!(error instanceof RobotError)) throw error;
      if (error.code === 'aborted' || error.code === 'disconnected') {
        await line.dispose();
        throw error;
      }
    }
    await line.dispose();
    return null;
  }

  async #install(signal?: AbortSignal): Promise<void> {
    const repl = new RawRepl(this.#transport, {
      clock: this.#options.clock ?? systemClock,
      timeouts: this.#options.replTimeouts,
      log: this.#options.log,
    });
    try {
      this.#progress({ stage: 'entering-repl' });
      await repl.enter(signal);
      this.#progress({ stage: 'installing', install: { written: 0, total: 0 } });
      await installFile(repl, compactPython(this.#source), {
        path: 'main.py',
        signal,
        onProgress: (install) => this.#progress({ stage: 'installing', install }),
      });
      this.#progress({ stage: 'rebooting' });
      await repl.softReboot(signal);
    } finally {
      repl.dispose();
    }
  }

  async #dropLine(): Promise<void> {
    const line = this.#line;
    this.#line = null;
    await line?.dispose();
  }

  #requireLine(): ParcoursLineDriver {
    if (!this.#line) throw new RobotError('not-connected', 'call connect() first');
    return this.#line;
  }

  #progress(progress: MicrobitProgress): void {
    this.#options.onProgress?.(progress);
  }
}

export function createMicrobitReplDriver(
  transport: Transport,
  options?: MicrobitDriverOptions,
): MicrobitReplDriver {
  return new MicrobitReplDriver(transport, options);
}
