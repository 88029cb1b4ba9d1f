// A simulated Arduino-class robot: the reference firmware's Intel HEX running in avr8js (CPU,
// USART, timers, GPIO, watchdog), with its motor, LED, buzzer and obstacle-sensor pins read
// back as robot state, and a Transport into its UART. Time is simulated: a ManualClock follows
// the CPU's cycle count, so drivers' timeouts run on the robot's time and tests never wait on
// the wall clock.

import {
  AVRClock,
  AVRIOPort,
  AVRTimer,
  AVRUSART,
  AVRWatchdog,
  CPU,
  avrInstruction,
  clockConfig,
  portBConfig,
  portDConfig,
  timer0Config,
  timer1Config,
  timer2Config,
  usart0Config,
  watchdogConfig,
} from 'avr8js';
import { ManualClock } from '../../../src/robots/clock';
import type { DisconnectReason, Transport } from '../../../src/robots/transport';

export const CPU_HZ = 16_000_000;
const CYCLES_PER_MS = CPU_HZ / 1000;

// ATmega328P data-space addresses of the registers the robot state is read from.
const REG = {
  PORTB: 0x25,
  PORTD: 0x2b,
  TCCR0A: 0x44,
  OCR0A: 0x47,
  OCR0B: 0x48,
  TCCR1B: 0x81,
  OCR1AL: 0x88,
  OCR1AH: 0x89,
} as const;

/** Parses Intel HEX into 16-bit program words (32 KiB flash). */
export function loadHex(text: string): Uint16Array {
  const bytes = new Uint8Array(0x8000);
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line.startsWith(':')) continue;
    const count = parseInt(line.slice(1, 3), 16);
    const address = parseInt(line.slice(3, 7), 16);
    const type = parseInt(line.slice(7, 9), 16);
    if (type !== 0) continue;
    for (let i = 0; i < count; i++) {
      bytes[address + i] = parseInt(line.slice(9 + i * 2, 11 + i * 2), 16);
    }
  }
  return new Uint16Array(bytes.buffer);
}

export interface MotorState {
  /** Wheel power −100..100 as the PWM duty and direction pins say. */
  readonly left: number;
  readonly right: number;
}

interface Board {
  readonly cpu: CPU;
  readonly usart: AVRUSART;
  readonly portB: AVRIOPort;
  readonly portD: AVRIOPort;
}

export interface SimTransportOptions {
  /** Like Web Bluetooth's 20-byte writes. */
  readonly maxWriteSize?: number;
}

export class AvrRobot {
  readonly clock = new ManualClock();
  /** Every byte the firmware sent, as text. */
  output = '';
  #program: Uint16Array;
  #board: Board;
  /** Cycles run by boards before the last reset, so time never goes backwards. */
  #cyclesBefore = 0;
  #rxQueue: number[] = [];
  #txPending: number[] = [];
  #listeners = new Set<(chunk: Uint8Array) => void>();
  #disconnectListeners = new Set<(reason: DisconnectReason) => void>();
  #obstacle = false;
  /** While true, bytes written by the host are lost (the host "goes quiet"). */
  hostMuted = false;
  #closed = false;

  constructor(hex: string) {
    this.#program = loadHex(hex);
    this.#board = this.#boot();
  }

  #boot(): Board {
    const cpu = new CPU(new Uint16Array(this.#program));
    const avrClock = new AVRClock(cpu, CPU_HZ, clockConfig);
    new AVRWatchdog(cpu, watchdogConfig, avrClock);
    new AVRTimer(cpu, timer0Config);
    new AVRTimer(cpu, timer1Config);
    new AVRTimer(cpu, timer2Config);
    const portB = new AVRIOPort(cpu, portBConfig);
    const portD = new AVRIOPort(cpu, portDConfig);
    const usart = new AVRUSART(cpu, usart0Config, CPU_HZ);
    usart.onByteTransmit = (byte) => {
      this.#txPending.push(byte);
      this.output += String.fromCharCode(byte);
    };
    usart.onRxComplete = () => this.#feed();
    portD.setPin(2, !this.#obstacle);
    return { cpu, usart, portB, portD };
  }

  /** A power-on reset, as when the host opens an Arduino's port (DTR). */
  resetBoard(): void {
    this.#cyclesBefore += this.#board.cpu.cycles;
    this.#rxQueue = [];
    this.#board = this.#boot();
  }

  get cycles(): number {
    return this.#cyclesBefore + this.#board.cpu.cycles;
  }

  get nowMs(): number {
    return this.cycles / CYCLES_PER_MS;
  }

  get motors(): MotorState {
    const data = this.#board.cpu.data;
    const tccr0a = data[REG.TCCR0A] as number;
    const portd = data[REG.PORTD] as number;
    const power = (connected: boolean, ocr: number, backwards: boolean) =>
      connected ? Math.round(((ocr as number) * 100) / 255) * (backwards ? -1 : 1) : 0;
    return {
      left: power((tccr0a & 0x20) !== 0, data[REG.OCR0B] as number, (portd & 0x10) !== 0),
      right: power((tccr0a & 0x80) !== 0, data[REG.OCR0A] as number, (portd & 0x80) !== 0),
    };
  }

  get ledOn(): boolean {
    return ((this.#board.cpu.data[REG.PORTB] as number) & 0x20) !== 0;
  }

  /** Buzzer frequency in Hz, 0 when silent. */
  get toneHz(): number {
    const data = this.#board.cpu.data;
    if (((data[REG.TCCR1B] as number) & 0x07) === 0) return 0;
    const ocr = (data[REG.OCR1AL] as number) | ((data[REG.OCR1AH] as number) << 8);
    return Math.round(CPU_HZ / (16 * (ocr + 1)));
  }

  setObstacle(present: boolean): void {
    this.#obstacle = present;
    this.#board.portD.setPin(2, !present); // the IR module pulls the line low when it sees something
  }

  /** Queues bytes into the firmware's UART receiver, at the line's baud rate. */
  receive(bytes: Uint8Array | string): void {
    if (this.hostMuted) return;
    const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
    this.#rxQueue.push(...data);
    this.#feed();
  }

  #feed(): void {
    const { usart } = this.#board;
    while (this.#rxQueue.length > 0 && !usart.rxBusy) {
      const byte = this.#rxQueue.shift() as number;
      // A receiver that is not enabled yet loses the byte, as real hardware does.
      if (usart.writeByte(byte)) break;
    }
  }

  /** Runs the CPU for `ms` of simulated time, then hands the bytes sent meanwhile to listeners. */
  step(ms: number): void {
    const { cpu } = this.#board;
    const target = cpu.cycles + Math.round(ms * CYCLES_PER_MS);
    while (cpu.cycles < target) {
      avrInstruction(cpu);
      cpu.tick();
    }
    if (this.#txPending.length > 0) {
      const chunk = Uint8Array.from(this.#txPending);
      this.#txPending = [];
      for (const listener of [...this.#listeners]) listener(chunk);
    }
    this.clock.advanceTo(this.nowMs);
  }

  /** Runs simulated time until `promise` settles (host code runs between 1 ms slices). */
  async run<T>(promise: Promise<T>, limitMs = 20_000): Promise<T> {
    let settled = false;
    promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    const limit = this.nowMs + limitMs;
    await flush();
    while (!settled) {
      if (this.nowMs >= limit) throw new Error(`simulation ran ${limitMs} ms without settling`);
      this.step(1);
      await flush();
    }
    return promise;
  }

  /** Runs simulated time for `ms`, letting host code run between 1 ms slices. */
  async advance(ms: number): Promise<void> {
    const end = this.nowMs + ms;
    while (this.nowMs < end) {
      this.step(Math.min(1, end - this.nowMs));
      await flush();
    }
  }

  /** Runs until the firmware's output contains `text` (after `from`), for raw-protocol tests. */
  async runUntilOutput(text: string, from = 0, limitMs = 2000): Promise<string> {
    const limit = this.nowMs + limitMs;
    while (!this.output.slice(from).includes(text)) {
      if (this.nowMs >= limit) {
        throw new Error(`no ${JSON.stringify(text)} in ${JSON.stringify(this.output.slice(from))}`);
      }
      this.step(0.25);
    }
    return this.output.slice(from);
  }

  /** The host's end of the UART. */
  transport(options: SimTransportOptions = {}): Transport {
    return {
      maxWriteSize: options.maxWriteSize,
      write: async (bytes) => {
        if (this.#closed) throw new Error('closed');
        if (options.maxWriteSize !== undefined && bytes.length > options.maxWriteSize) {
          throw new Error(`write of ${bytes.length} bytes exceeds ${options.maxWriteSize}`);
        }
        this.receive(Uint8Array.from(bytes));
      },
      onData: (listener) => {
        this.#listeners.add(listener);
        return () => this.#listeners.delete(listener);
      },
      onDisconnect: (listener) => {
        this.#disconnectListeners.add(listener);
        return () => this.#disconnectListeners.delete(listener);
      },
      close: async () => this.unplug('closed'),
    };
  }

  /** The cable is pulled: the transport reports the loss and refuses writes. */
  unplug(reason: DisconnectReason = 'lost'): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const listener of [...this.#disconnectListeners]) listener(reason);
  }
}

function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
