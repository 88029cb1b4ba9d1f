// RobotDriver: the contract every robot kind implements on top of a Transport. A driver turns
// interpreter actions into protocol messages and resolves only when the robot has confirmed;
// it owns the handshake, timeouts, calibration of motor commands and the immediate STOP.
// Layer contract (robots): imports core types and the transport/clock interfaces only; no
// browser API. Failures are thrown as RobotError with a typed code (see errors.ts).

import type { Action } from '../core/run/types';
import type { SensorQuery } from '../core/program/ir';
import type { Clock } from './clock';
import type { Transport } from './transport';

export type RobotKind = 'parcours-line' | 'microbit-repl' | 'thymio' | 'mbot';

/** Robot sensors a level's conditions can read (see `RobotDriver.canSense`). */
export type RobotSensor =
  /** Something (wall, box) right ahead, within one square. Answers `path ahead`. */
  'obstacle';

export interface RobotCapabilities {
  /** Can drive a square and turn a quarter. */
  readonly move: boolean;
  /** Has a light (LED, screen) for `identify` and `collect`. */
  readonly light: boolean;
  /** Has a buzzer or speaker. */
  readonly sound: boolean;
  readonly sensors: readonly RobotSensor[];
}

export interface RobotInfo {
  readonly kind: RobotKind;
  /** What the robot calls itself (firmware name, Aseba node name…), for the UI. */
  readonly name: string;
  /** Firmware identity and version as reported, e.g. "parcours-avr/1.0.0". */
  readonly firmware: string;
  /** Protocol version agreed in the handshake, when the protocol has one. */
  readonly protocolVersion: number | null;
  readonly capabilities: RobotCapabilities;
}

/**
 * Per-robot motion parameters, saved with the robot and reused. Moves are timed, so the values
 * are times at a given power; the square's size comes from the level (`MotionSettings`).
 */
export interface Calibration {
  /** Motor power for moves, 10..100 (% of the robot's maximum). */
  readonly power: number;
  /** Milliseconds to drive one centimetre straight at `power`. */
  readonly msPerCm: number;
  /** Milliseconds to turn a quarter on the spot at `power`. */
  readonly quarterTurnMs: number;
  /**
   * Straight-line trim, −20..20: positive slows the right wheel by that many % of power,
   * negative slows the left one.
   */
  readonly trim: number;
}

export interface MotionSettings {
  readonly calibration: Calibration;
  /** Side of a square on the mat, in centimetres (the level's `squareCm`). */
  readonly squareCm: number;
}

/** The robot's confirmation that an action is complete. */
export interface ActionConfirmation {
  readonly action: Action;
  /** Clock times (ms) at which the robot acknowledged and completed the action. */
  readonly startedAt: number;
  readonly completedAt: number;
}

export interface DriverTimeouts {
  /** Wait for the handshake's answer (per attempt). */
  readonly handshakeMs: number;
  /** Wait for a command's acknowledgement. */
  readonly ackMs: number;
  /** Extra time beyond a move's expected duration before `timeout`. */
  readonly completionMarginMs: number;
}

export interface DriverOptions {
  /** Time source for timeouts and timed moves; the real clock when omitted. */
  readonly clock?: Clock;
  readonly calibration?: Calibration;
  readonly squareCm?: number;
  readonly timeouts?: Partial<DriverTimeouts>;
  /** Receives one line per protocol event, for a developer log. */
  readonly log?: (line: string) => void;
}

export interface RobotDriver {
  readonly kind: RobotKind;
  /** Null until `connect()` has succeeded. */
  readonly info: RobotInfo | null;
  readonly motion: MotionSettings;

  /**
   * Handshake: finds out who is on the other end and what it can do. Rejects with `timeout`,
   * `protocol`, `unsupported-firmware` or `disconnected`. May be called again after a failure.
   */
  connect(signal?: AbortSignal): Promise<RobotInfo>;

  /**
   * Sends the action and resolves when the robot confirms it complete. One action at a time
   * (a second call while one runs rejects with `busy`). If `signal` fires, the robot is stopped
   * and the call rejects with `aborted`; after `stop()` it rejects with `stopped`.
   */
  perform(action: Action, signal?: AbortSignal): Promise<ActionConfirmation>;

  /** Whether the robot's own sensors can answer this query. */
  canSense(query: SensorQuery): boolean;
  /** Asks the robot's sensors; rejects with `unsupported` when `canSense` is false. */
  sense(query: SensorQuery, signal?: AbortSignal): Promise<boolean>;

  /** Stops the motors at once; a running `perform` rejects with `stopped`. Never throws. */
  stop(): Promise<void>;
  /** Blinks and/or beeps so a group can find its robot. */
  identify(signal?: AbortSignal): Promise<void>;

  setMotion(settings: Partial<MotionSettings>): void;

  /** Stops the motors (best effort), stops timers and listeners. Does not close the transport. */
  dispose(): Promise<void>;
}

export type DriverFactory = (transport: Transport, options?: DriverOptions) => RobotDriver;

export const DEFAULT_CALIBRATION: Calibration = {
  power: 60,
  msPerCm: 50,
  quarterTurnMs: 600,
  trim: 0,
};

export const DEFAULT_SQUARE_CM = 20;

export const DEFAULT_TIMEOUTS: DriverTimeouts = {
  handshakeMs: 1500,
  ackMs: 1000,
  completionMarginMs: 2000,
};

/** Milliseconds a forward move of one square takes with these settings. */
export function squareMs(motion: MotionSettings): number {
  return Math.max(1, Math.round(motion.calibration.msPerCm * motion.squareCm));
}

/**
 * Motor command for an action: wheel powers (−100..100) and duration in ms, or null for actions
 * that do not move. Forward drives both wheels (trim slows one); a turn spins them against
 * each other for a quarter turn.
 */
export function motorCommand(
  action: Action,
  motion: MotionSettings,
): { left: number; right: number; ms: number } | null {
  const { calibration } = motion;
  const power = clampInt(calibration.power, 10, 100);
  const trim = clampInt(calibration.trim, -20, 20);
  const turnMs = Math.max(1, Math.round(calibration.quarterTurnMs));
  switch (action.type) {
    case 'forward':
      return {
        left: trim < 0 ? Math.round((power * (100 + trim)) / 100) : power,
        right: trim > 0 ? Math.round((power * (100 - trim)) / 100) : power,
        ms: squareMs(motion),
      };
    case 'turn':
      return action.direction === 'left'
        ? { left: -power, right: power, ms: turnMs }
        : { left: power, right: -power, ms: turnMs };
    case 'collect':
      return null;
  }
}

function clampInt(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.round(value)));
}
