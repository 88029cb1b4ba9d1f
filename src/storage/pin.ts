// The teacher PIN: checked for shape, stored only as a salted PBKDF2-SHA-256 hash (WebCrypto),
// verified in constant time. Storage layer. The PIN itself is never stored or exported.
import type { SettingsRepository } from './settings-repository';
import { SETTING_KEYS } from './settings-repository';

export const PIN_MIN_LENGTH = 4;
export const PIN_MAX_LENGTH = 8;
/** PBKDF2 rounds for new hashes; stored with each hash so it can rise later. */
export const PIN_ITERATIONS = 210_000;

/** STORED (settings `teacher.pin`) — ⚠ changing this shape needs a migration. */
export interface PinHash {
  readonly algorithm: 'PBKDF2-SHA-256';
  readonly iterations: number;
  /** Base64. */
  readonly salt: string;
  /** Base64 of the 256-bit derived key. */
  readonly hash: string;
}

export type PinProblem = 'not-digits' | 'too-short' | 'too-long';

/** Why a PIN cannot be chosen, or null when it can. */
export function checkPinShape(pin: string): PinProblem | null {
  if (!/^\d*$/.test(pin)) return 'not-digits';
  if (pin.length < PIN_MIN_LENGTH) return 'too-short';
  if (pin.length > PIN_MAX_LENGTH) return 'too-long';
  return null;
}

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

async function derive(
  pin: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  crypto: Crypto,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

/** Hashes a PIN with a fresh 16-byte salt. */
export async function hashPin(
  pin: string,
  iterations: number = PIN_ITERATIONS,
  crypto: Crypto = globalThis.crypto,
): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, iterations, crypto);
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Whether a PIN matches a stored hash; compares every byte so timing says nothing. */
export async function verifyPin(
  pin: string,
  stored: PinHash,
  crypto: Crypto = globalThis.crypto,
): Promise<boolean> {
  const expected = fromBase64(stored.hash);
  const actual = await derive(pin, fromBase64(stored.salt), stored.iterations, crypto);
  if (actual.length !== expected.length) return false;
  let difference = 0;
  for (let i = 0; i < actual.length; i++) difference |= actual[i]! ^ expected[i]!;
  return difference === 0;
}

function isPinHash(value: unknown): value is PinHash {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    v.algorithm === 'PBKDF2-SHA-256' &&
    typeof v.iterations === 'number' &&
    typeof v.salt === 'string' &&
    typeof v.hash === 'string'
  );
}

/** The teacher PIN as the teacher area uses it. */
export class TeacherPin {
  constructor(
    private readonly settings: SettingsRepository,
    private readonly iterations: number = PIN_ITERATIONS,
  ) {}

  async isSet(): Promise<boolean> {
    return isPinHash(await this.settings.get(SETTING_KEYS.teacherPin));
  }

  /** Sets the PIN; refuses a badly shaped one. The caller makes sure the teacher may. */
  async set(pin: string): Promise<PinProblem | null> {
    const problem = checkPinShape(pin);
    if (problem) return problem;
    await this.settings.set(SETTING_KEYS.teacherPin, await hashPin(pin, this.iterations));
    return null;
  }

  /** Whether the PIN is right; false when none is set. */
  async check(pin: string): Promise<boolean> {
    const stored = await this.settings.get(SETTING_KEYS.teacherPin);
    if (!isPinHash(stored)) return false;
    return verifyPin(pin, stored);
  }
}
