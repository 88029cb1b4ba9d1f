// The clock and the id generator every repository uses, injected so tests are deterministic.
// Storage layer. Ids are ULIDs: they sort by creation time and never collide across tablets,
// which keeps backup merges conflict-free.
import { monotonicFactory } from 'ulidx';

export interface StorageEnv {
  /** Milliseconds since the epoch. */
  now(): number;
  /** A new ULID. */
  newId(): string;
}

/** The real clock and a monotonic ULID factory. */
export function systemEnv(): StorageEnv {
  const ulid = monotonicFactory();
  return {
    now: () => Date.now(),
    newId: () => ulid(),
  };
}

/** A deterministic env for tests: a clock that moves on by `stepMs` per reading, seeded ids. */
export function fixedEnv(start = Date.UTC(2025, 8, 1, 8, 0, 0), stepMs = 1000): StorageEnv {
  let time = start;
  let seed = 1;
  const prng = (): number => {
    // Park–Miller: deterministic, good enough to fill a ULID's random part.
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  const ulid = monotonicFactory(prng);
  return {
    now: () => {
      time += stepMs;
      return time;
    },
    newId: () => ulid(time),
  };
}
