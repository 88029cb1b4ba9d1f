// The robot service as the lesson page holds it: the transports, drivers and connection session
// (the largest code a pupil may never use) load the first time someone taps the Robot button.
// Until then the dock shows "no robot". UI layer: the composition root says how to build it.
import type { BadgeTone, RobotState } from './robot.svelte';

/** What the status badge reads: the loaded robot state, or the resting "no robot" badge. */
export interface RobotBadge {
  readonly badgeTone: BadgeTone;
  readonly badgeText: string;
  readonly badgeShort: string;
}

export class RobotLoader {
  /** The robot state once loaded; null before the first tap on the Robot button. */
  current = $state.raw<RobotState | null>(null);
  #pending: Promise<RobotState> | null = null;

  constructor(private readonly create: () => Promise<RobotState>) {}

  /** Loads the robot code once (later calls share the same promise; a failure may be retried). */
  load(): Promise<RobotState> {
    this.#pending ??= this.create().then(
      (state) => (this.current = state),
      (error: unknown) => {
        this.#pending = null;
        throw error;
      },
    );
    return this.#pending;
  }
}
