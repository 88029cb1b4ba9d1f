// Typed device errors: every failure of a transport or of the connection session becomes one
// of a few string codes, which the UI turns into translated words. Browser exceptions
// (DOMException names from Web Serial, WebUSB and Web Bluetooth) are mapped here, in one place.

export type DeviceErrorCode =
  /** The browser's picker was closed without choosing a device (NotFoundError). */
  | 'no-device-selected'
  /** Another program or tab holds the device (NetworkError or InvalidStateError on open). */
  | 'device-in-use'
  /** The link dropped: unplugged, out of range, switched off. */
  | 'disconnected'
  /** The device did not answer in time. */
  | 'timeout'
  /** This browser or this device cannot be used (no API, no adapter, wrong kind of chip). */
  | 'unsupported'
  /** The browser or the user refused access (SecurityError, NotAllowedError). */
  | 'permission-denied'
  /** The device answered, but not in a language the app speaks. */
  | 'protocol';

export const DEVICE_ERROR_CODES: readonly DeviceErrorCode[] = [
  'no-device-selected',
  'device-in-use',
  'disconnected',
  'timeout',
  'unsupported',
  'permission-denied',
  'protocol',
];

export class DeviceError extends Error {
  override readonly name = 'DeviceError';

  constructor(
    readonly code: DeviceErrorCode,
    message: string = code,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isDeviceError(value: unknown): value is DeviceError {
  return value instanceof DeviceError;
}

/** When the error happened: choosing a device, opening it, or talking to it. */
export type DevicePhase = 'request' | 'open' | 'io';

function errorName(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'name' in error) {
    return String((error as { name: unknown }).name);
  }
  return '';
}

function errorMessage(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error) {
    return String((error as { message: unknown }).message);
  }
  return String(error);
}

/** Maps anything a browser device API throws to a device error code. */
export function deviceErrorCode(error: unknown, phase: DevicePhase): DeviceErrorCode {
  if (isDeviceError(error)) return error.code;
  const name = errorName(error);
  const message = errorMessage(error);
  switch (name) {
    case 'NotFoundError':
      // A cancelled picker; Web Bluetooth also uses it for a missing adapter.
      if (/adapter/i.test(message)) return 'unsupported';
      return phase === 'request' ? 'no-device-selected' : 'disconnected';
    case 'SecurityError':
    case 'NotAllowedError':
      return 'permission-denied';
    case 'NotSupportedError':
      return 'unsupported';
    case 'TimeoutError':
      return 'timeout';
    case 'InvalidStateError':
      return phase === 'io' ? 'disconnected' : 'device-in-use';
    case 'NetworkError':
      return phase === 'open' ? 'device-in-use' : 'disconnected';
    case 'AbortError':
      return 'disconnected';
  }
  // web-serial-polyfill wraps its failures in a plain Error with the original text.
  if (/unable to claim interface|NetworkError|in use|busy/i.test(message)) {
    return phase === 'io' ? 'disconnected' : 'device-in-use';
  }
  if (/access denied|permission/i.test(message)) return 'permission-denied';
  return phase === 'io' ? 'disconnected' : 'protocol';
}

/** Wraps anything a browser device API throws as a DeviceError (kept as the cause). */
export function toDeviceError(error: unknown, phase: DevicePhase): DeviceError {
  if (isDeviceError(error)) return error;
  const code = deviceErrorCode(error, phase);
  return new DeviceError(code, `${code}: ${errorMessage(error)}`, { cause: error });
}
