// Browser exceptions become typed device error codes, depending on when they happened.
import { describe, expect, it } from 'vitest';
import { DeviceError, deviceErrorCode, toDeviceError } from '../../../src/devices/errors';
import { domError } from './fakes';

describe('deviceErrorCode', () => {
  it.each([
    ['NotFoundError', 'request', 'no-device-selected'],
    ['NotFoundError', 'io', 'disconnected'],
    ['SecurityError', 'request', 'permission-denied'],
    ['NotAllowedError', 'open', 'permission-denied'],
    ['NetworkError', 'open', 'device-in-use'],
    ['NetworkError', 'io', 'disconnected'],
    ['InvalidStateError', 'open', 'device-in-use'],
    ['NotSupportedError', 'request', 'unsupported'],
    ['TimeoutError', 'io', 'timeout'],
  ] as const)('%s during %s is %s', (name, phase, code) => {
    expect(deviceErrorCode(domError(name), phase)).toBe(code);
  });

  it('reads a missing Bluetooth adapter as unsupported', () => {
    expect(
      deviceErrorCode(domError('NotFoundError', 'Bluetooth adapter not available.'), 'request'),
    ).toBe('unsupported');
  });

  it("reads the polyfill's wrapped errors", () => {
    const error = new Error('Error setting up device: NetworkError: Unable to claim interface.');
    expect(deviceErrorCode(error, 'open')).toBe('device-in-use');
  });

  it('keeps a DeviceError as it is and wraps anything else with its cause', () => {
    const original = new DeviceError('timeout');
    expect(toDeviceError(original, 'open')).toBe(original);
    const cause = domError('NetworkError');
    const wrapped = toDeviceError(cause, 'io');
    expect(wrapped).toMatchObject({ code: 'disconnected', cause });
  });
});
