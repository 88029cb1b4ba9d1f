// Helpers for the robot protocol tests: load a golden file from tests/samples/robots, turn
// spaced hex into bytes, and cut a byte stream into chunks (every split point, one byte at a
// time, random sizes) so deframers are checked whatever the chunk boundaries.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function loadSample<T>(name: string): T {
  const path = join(import.meta.dirname, '..', '..', 'samples', 'robots', name);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function hex(text: string): Uint8Array {
  const digits = text.replace(/\s+/g, '');
  if (!/^([0-9a-f]{2})*$/i.test(digits)) throw new Error(`not hex: ${text}`);
  return Uint8Array.from(digits.match(/../g) ?? [], (pair) => parseInt(pair, 16));
}

export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ');
}

export function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Every way to cut `bytes` in two, then one byte at a time. */
export function* chunkings(bytes: Uint8Array): Generator<Uint8Array[]> {
  yield [bytes];
  for (let cut = 1; cut < bytes.length; cut++) yield [bytes.subarray(0, cut), bytes.subarray(cut)];
  yield Array.from(bytes, (byte) => Uint8Array.of(byte));
}

/** A small seeded generator (mulberry32), so a failing fuzz run can be replayed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random bytes, biased towards `alphabet` (the protocol's own bytes) half of the time. */
export function randomBytes(next: () => number, length: number, alphabet: readonly number[]) {
  return Uint8Array.from({ length }, () =>
    next() < 0.5
      ? (alphabet[Math.floor(next() * alphabet.length)] as number)
      : Math.floor(next() * 256),
  );
}
