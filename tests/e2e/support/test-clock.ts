// The page's test clock for end-to-end tests with a simulated robot CPU. Installed with
// page.addInitScript before the app starts; the app takes it from `window.parcoursTestBridge`
// when opened with `?bridge=test`, and its drivers' timeouts then run on the robot's time.
// Node moves it (`window.parcoursTestClock.advanceTo(ms)`) as the simulated CPU advances, so
// a simulation slower than the wall clock never looks like a silent robot.

/** Page side. Self-contained: Playwright sends its source text to the page. */
export function installTestClock(): void {
  interface Timer {
    readonly id: number;
    readonly due: number;
    readonly callback: () => void;
  }
  let now = 0;
  let nextId = 1;
  let timers: Timer[] = [];
  const clock = {
    now: () => now,
    setTimeout(callback: () => void, ms: number): number {
      const id = nextId++;
      timers.push({ id, due: now + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout(id: number): void {
      timers = timers.filter((timer) => timer.id !== id);
    },
  };
  function advanceTo(time: number): void {
    for (;;) {
      let next: Timer | null = null;
      for (const timer of timers) {
        if (timer.due <= time && (!next || timer.due < next.due)) next = timer;
      }
      if (!next) break;
      const fired = next;
      timers = timers.filter((timer) => timer !== fired);
      now = Math.max(now, fired.due);
      try {
        fired.callback();
      } catch (error) {
        console.error(error);
      }
    }
    now = Math.max(now, time);
  }
  const global = window as unknown as Record<string, unknown>;
  global['parcoursTestBridge'] = { ...(global['parcoursTestBridge'] as object | undefined), clock };
  global['parcoursTestClock'] = { advanceTo };
}
