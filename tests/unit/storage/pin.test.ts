// The teacher PIN: only a salted PBKDF2 hash is stored, with at least 100 000 rounds by
// default; the right PIN opens, a wrong one does not; badly shaped PINs are refused.
import { describe, expect, it } from 'vitest';
import { testStorage } from './helpers';
import { checkPinShape, hashPin, PIN_ITERATIONS, verifyPin } from '../../../src/storage/pin';
import { SETTING_KEYS } from '../../../src/storage/settings-repository';

describe('PIN hashing', () => {
  it('uses PBKDF2-SHA-256 with at least 100 000 rounds and a fresh salt', async () => {
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(100_000);
    const a = await hashPin('2468');
    const b = await hashPin('2468');
    expect(a).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: PIN_ITERATIONS });
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifyPin('2468', a)).toBe(true);
    expect(await verifyPin('2469', a)).toBe(false);
    expect(await verifyPin('', a)).toBe(false);
  });

  it('checks the shape of a new PIN', () => {
    expect(checkPinShape('12')).toBe('too-short');
    expect(checkPinShape('12a4')).toBe('not-digits');
    expect(checkPinShape('123456789')).toBe('too-long');
    expect(checkPinShape('0000')).toBeNull();
  });
});

describe('TeacherPin', () => {
  it('is set on first use, stored only as a hash, and verifies right and wrong PINs', async () => {
    const storage = testStorage();
    expect(await storage.pin.isSet()).toBe(false);
    expect(await storage.pin.check('1234')).toBe(false);
    expect(await storage.pin.set('12')).toBe('too-short');
    expect(await storage.pin.isSet()).toBe(false);

    expect(await storage.pin.set('4321')).toBeNull();
    expect(await storage.pin.isSet()).toBe(true);
    expect(await storage.pin.check('4321')).toBe(true);
    expect(await storage.pin.check('1234')).toBe(false);
    const stored = JSON.stringify(await storage.settings.get(SETTING_KEYS.teacherPin));
    expect(stored).not.toContain('4321');
  });
});
