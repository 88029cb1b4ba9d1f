// Whether writes are reaching IndexedDB. Storage layer, framework-free: repositories report
// failed and recovered writes here, the UI subscribes and shows a translated message. Work that
// could not be written stays in the repositories' memory and is written on the next retry.

/** Why writes are failing: the device is full, or IndexedDB refuses (private mode, broken). */
export type StorageProblem = 'quota-exceeded' | 'unavailable';

export interface StorageHealthSnapshot {
  /** The worst current problem, or null when every write went through. */
  readonly problem: StorageProblem | null;
  /** Writes kept in memory, waiting for a retry. */
  readonly pendingWrites: number;
}

/** Something that holds unwritten work and can try again. */
export interface PendingWriter {
  /** Tries to write everything pending; resolves whether all of it was written. */
  flush(): Promise<boolean>;
}

const OK: StorageHealthSnapshot = { problem: null, pendingWrites: 0 };

/** True for the browser's "storage is full" errors, also when Dexie wraps them. */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    current = inner ?? cause;
  }
  return false;
}

export class StorageHealth {
  #states = new Map<string, { problem: StorageProblem | null; pending: number }>();
  #writers = new Set<PendingWriter>();
  #listeners = new Set<() => void>();
  #snapshot: StorageHealthSnapshot = OK;

  get snapshot(): StorageHealthSnapshot {
    return this.#snapshot;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  register(writer: PendingWriter): void {
    this.#writers.add(writer);
  }

  /** A source reports its state after a write attempt. */
  report(source: string, problem: StorageProblem | null, pending: number): void {
    this.#states.set(source, { problem, pending });
    let worst: StorageProblem | null = null;
    let pendingWrites = 0;
    for (const state of this.#states.values()) {
      pendingWrites += state.pending;
      if (state.problem === 'quota-exceeded') worst = 'quota-exceeded';
      else if (state.problem === 'unavailable' && worst === null) worst = 'unavailable';
    }
    const next = { problem: worst, pendingWrites };
    if (
      next.problem === this.#snapshot.problem &&
      next.pendingWrites === this.#snapshot.pendingWrites
    )
      return;
    this.#snapshot = next;
    for (const listener of this.#listeners) listener();
  }

  /** Asks every writer to write its pending work again; resolves whether all succeeded. */
  async retry(): Promise<boolean> {
    const results = await Promise.all([...this.#writers].map((writer) => writer.flush()));
    return results.every(Boolean);
  }
}

/**
 * A write that did not reach IndexedDB; the work is kept in memory and written on the next
 * retry. Callers that show a save status (the player) tell the pupil it is not saved yet.
 */
export class StorageWriteError extends Error {
  constructor(readonly problem: StorageProblem) {
    super(`Storage write failed: ${problem}`);
    this.name = 'StorageWriteError';
  }
}

/** The problem a failed write means. */
export function problemOf(error: unknown): StorageProblem {
  return isQuotaError(error) ? 'quota-exceeded' : 'unavailable';
}
