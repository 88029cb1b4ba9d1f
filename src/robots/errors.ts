// Robot errors: typed codes that every driver throws, so the layers above turn them into
// translated words (the words live in src/messages, never here). Layer contract (robots): pure.

import type { BodyErrorCode } from '../core/run/types';

export type RobotErrorCode =
  /** The robot did not answer in time. */
  | 'timeout'
  /** The robot answered with bytes that break the protocol. */
  | 'protocol'
  /** Something answers, but not a firmware (or version) this driver can use. */
  | 'unsupported-firmware'
  /** The transport went away (unplugged, out of range, closed). */
  | 'disconnected'
  /** The host pressed STOP while the command ran. */
  | 'stopped'
  /** The caller's AbortSignal fired. */
  | 'aborted'
  /** The robot cannot do this (no such sensor, no LED…). */
  | 'unsupported'
  /** Another command is still running on the robot. */
  | 'busy'
  /** The robot refused or failed the command (bad range, motor fault, its watchdog fired). */
  | 'robot-error'
  /** The driver was used before `connect()` or after `dispose()`. */
  | 'not-connected';

export class RobotError extends Error {
  readonly code: RobotErrorCode;
  /** Technical detail for logs (never shown to pupils as is). */
  readonly detail: string;

  constructor(code: RobotErrorCode, detail = '') {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'RobotError';
    this.code = code;
    this.detail = detail;
  }
}

export function isRobotError(error: unknown, code?: RobotErrorCode): error is RobotError {
  return error instanceof RobotError && (code === undefined || error.code === code);
}

/** The Body error an interpreter run ends with when a driver call fails with this error. */
export function toBodyErrorCode(error: unknown): BodyErrorCode {
  if (!(error instanceof RobotError)) return 'robot-error';
  switch (error.code) {
    case 'disconnected':
    case 'not-connected':
      return 'disconnected';
    case 'stopped':
    case 'aborted':
      return 'stopped';
    case 'timeout':
      return 'timeout';
    default:
      return 'robot-error';
  }
}

/** Rejects with `aborted` if the signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new RobotError('aborted', 'signal aborted');
}
