// Clock: the time source drivers use for timeouts, watchdog pings and timed moves. Injected so
// tests run on simulated time (a ManualClock advanced by the test or by a simulated CPU) and
// never wait on the wall clock. Layer contract (robots): pure, no browser API.

export type TimerId = number;

export interface Clock {
  /** Milliseconds since an arbitrary origin; never goes backwards. */
  now(): number;
  /** Calls `callback` once, `ms` milliseconds from now. */
  setTimeout(callback: () => void, ms: number): TimerId;
  clearTimeout(id: TimerId): void;
}

/** The real clock, for the app. */
export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms) as unknown as TimerId,
  clearTimeout: (id) => globalThis.clearTimeout(id as unknown as ReturnType<typeof setTimeout>),
};

interface PendingTimer {
  readonly id: TimerId;
  readonly due: number;
  readonly callback: () => void;
}

/**
 * A clock that moves only when told to. Timers fire in due order (ties in creation order)
 * during `advanceBy`/`advanceTo`; a timer set by a firing callback fires in the same advance if
 * it falls due within it.
 */
export class ManualClock implements Clock {
  #now: number;
  #nextId = 1;
  #timers: PendingTimer[] = [];

  constructor(start = 0) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimeout(callback: () => void, ms: number): TimerId {
    const id = this.#nextId++;
    this.#timers.push({ id, due: this.#now + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(id: TimerId): void {
    this.#timers = this.#timers.filter((timer) => timer.id !== id);
  }

  /** Time of the earliest pending timer, or null when none is pending. */
  nextDue(): number | null {
    let best: number | null = null;
    for (const timer of this.#timers) if (best === null || timer.due < best) best = timer.due;
    return best;
  }

  get pendingTimers(): number {
    return this.#timers.length;
  }

  advanceBy(ms: number): void {
    this.advanceTo(this.#now + ms);
  }

  advanceTo(time: number): void {
    for (;;) {
      let index = -1;
      for (let i = 0; i < this.#timers.length; i++) {
        const timer = this.#timers[i] as PendingTimer;
        if (timer.due > time) continue;
        if (index < 0 || timer.due < (this.#timers[index] as PendingTimer).due) index = i;
      }
      if (index < 0) break;
      const [timer] = this.#timers.splice(index, 1) as [PendingTimer];
      this.#now = Math.max(this.#now, timer.due);
      timer.callback();
    }
    this.#now = Math.max(this.#now, time);
  }
}
