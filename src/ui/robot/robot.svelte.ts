// The robot's state for the UI: the connection session as reactive state, the panel's choices,
// the connected robot's name and calibration (saved per robot), Identify, STOP, and a program
// run on the robot with its steps as the robot confirms them. Components only read it and call
// its commands. Contract: UI state class; devices and robots do the work, storage keeps the
// profiles, the words come from the message catalogue.
import {
  availability,
  isAppleMobile,
  platformSupport,
  type Availability,
  type BrowserFacts,
  type PlatformSupport,
  type TransportKind,
} from '../../devices/availability';
import type { DeviceHandle } from '../../devices/connectors';
import type { DeviceErrorCode } from '../../devices/errors';
import { isDeviceError } from '../../devices/errors';
import type { RobotStep } from '../../devices/robot-body';
import { runOnRobot } from '../../devices/robot-run';
import { ROBOT_KINDS, ROBOT_LINKS } from '../../devices/robot-links';
import {
  INITIAL_STATE,
  lastRobot,
  type ConnectedRobot,
  type RobotSession,
  type RobotTarget,
  type SessionState,
} from '../../devices/session';
import type { Pose } from '../../core/geometry';
import type { Level } from '../../core/lesson/types';
import type { WorkspaceState } from '../../core/program/blockly-json';
import type { Program } from '../../core/program/ir';
import type { BodyErrorCode, RunOutcome, RunResult } from '../../core/run/types';
import { simulate } from '../../core/world/simulate';
import { starThresholds, starsFor } from '../../core/scoring';
import { DEFAULT_CALIBRATION, type Calibration, type RobotKind } from '../../robots/driver';
import type { MessageKey } from '../../messages/index';
import type { AttemptRecorder, LevelKey, Player } from '../context';
import type { RobotProfile, RobotProfiles } from './robot-profiles';

/** What the pupil picks in the panel: a robot kind, or the demo robot. */
export type RobotChoice = RobotKind | 'demo';

export const ERROR_TEXTS: Readonly<Record<DeviceErrorCode, MessageKey>> = {
  'no-device-selected': 'robot.error.no-device-selected',
  'device-in-use': 'robot.error.device-in-use',
  disconnected: 'robot.error.disconnected',
  timeout: 'robot.error.timeout',
  unsupported: 'robot.error.unsupported',
  'permission-denied': 'robot.error.permission-denied',
  protocol: 'robot.error.protocol',
};

export const KIND_TEXTS: Readonly<Record<RobotKind, MessageKey>> = {
  'parcours-line': 'robot.kind.parcours-line',
  'microbit-repl': 'robot.kind.microbit-repl',
  thymio: 'robot.kind.thymio',
  mbot: 'robot.kind.mbot',
};

const SHORT_NAMES: Readonly<Record<RobotKind | 'demo', MessageKey>> = {
  'parcours-line': 'robot.shortName.parcours-line',
  'microbit-repl': 'robot.shortName.microbit-repl',
  thymio: 'robot.shortName.thymio',
  mbot: 'robot.shortName.mbot',
  demo: 'robot.shortName.demo',
};

export const TRANSPORT_TEXTS: Readonly<Record<TransportKind, MessageKey>> = {
  serial: 'robot.transport.serial',
  'usb-serial': 'robot.transport.usb-serial',
  bluetooth: 'robot.transport.bluetooth',
  simulator: 'robot.transport.simulator',
};

const RUN_ERROR_TEXTS: Readonly<Record<BodyErrorCode, MessageKey>> = {
  disconnected: 'robot.run.lost',
  stopped: 'robot.run.stopped',
  timeout: 'robot.run.timeout',
  'robot-error': 'robot.run.robotError',
};

/** Calibration steps: each press lengthens or shortens a move by this share. */
export const CALIBRATION_STEP = 0.05;

export type BadgeTone = 'off' | 'busy' | 'ok' | 'warn';

/** A program to run on the robot, as the lesson player hands it over. */
export interface RobotRunRequest {
  readonly level: Level;
  readonly levelKey: LevelKey;
  readonly player: Player;
  readonly program: Program;
  readonly state: WorkspaceState;
}

/** A run on the robot, as the run view shows it. */
export interface RobotRunView {
  readonly level: Level;
  /** What the simulator predicts: the path drawn faintly under the real robot. */
  readonly plan: RunResult;
  /** Actions the robot confirmed, in order. */
  readonly steps: readonly RobotStep[];
  /** Where the robot stands, as it confirmed. */
  readonly pose: Pose;
  readonly running: boolean;
  readonly result: RunResult | null;
  readonly stars: number;
}

export interface RobotStateDeps {
  readonly session: RobotSession;
  readonly profiles: RobotProfiles;
  readonly facts: BrowserFacts;
  readonly attempts: AttemptRecorder;
  readonly t: (key: MessageKey, values?: Record<string, string | number>) => string;
  readonly announce?: (text: string, politeness?: 'polite' | 'assertive') => void;
  readonly clock?: () => number;
}

export class RobotState {
  state = $state.raw<SessionState>(INITIAL_STATE);
  /** An operation (identify, calibration try, run) is under way. */
  working = $state(false);
  panelOpen = $state(false);
  choice = $state<RobotChoice>('parcours-line');
  profile = $state.raw<RobotProfile | null>(null);
  calibration = $state.raw<Calibration>(DEFAULT_CALIBRATION);
  calibrationDirty = $state(false);
  /** A short confirmation or failure about the last operation, as a message key. */
  notice = $state<MessageKey | null>(null);
  known = $state.raw<readonly { target: RobotTarget; handle: DeviceHandle }[]>([]);
  run = $state.raw<RobotRunView | null>(null);

  readonly availability: Readonly<Record<TransportKind, Availability>>;
  readonly support: PlatformSupport;
  readonly appleMobile: boolean;

  readonly #deps: RobotStateDeps;
  #stopWatching: () => void;

  constructor(deps: RobotStateDeps) {
    this.#deps = deps;
    this.availability = availability(deps.facts);
    this.support = platformSupport(deps.facts);
    this.appleMobile = isAppleMobile(deps.facts);
    this.state = deps.session.state;
    this.#stopWatching = deps.session.subscribe((state) => this.#sessionChanged(state));
  }

  // --- What the screen shows -------------------------------------------------------------------

  readonly robot = $derived<ConnectedRobot | null>(
    this.state.status === 'connected' ? this.state.robot : null,
  );
  readonly connected = $derived(this.state.status === 'connected');
  readonly isDemo = $derived(this.robot?.target.transport === 'simulator');
  readonly name = $derived(this.profile?.name ?? this.robot?.info.name ?? '');
  readonly running = $derived(this.run?.running ?? false);

  readonly badgeTone = $derived.by<BadgeTone>(() => {
    switch (this.state.status) {
      case 'connected':
        return 'ok';
      case 'connecting':
        return 'busy';
      case 'disconnected':
      case 'error':
        return this.state.status === 'error' && this.state.code === 'no-device-selected'
          ? 'off'
          : 'warn';
      case 'idle':
        return 'off';
    }
  });

  readonly badgeText = $derived.by<string>(() => {
    const { t } = this.#deps;
    switch (this.state.status) {
      case 'connected':
        return t('robot.status.connected', { name: this.name });
      case 'connecting':
        return t('robot.status.connecting');
      case 'disconnected':
        return t('robot.status.lost');
      case 'error':
        return t(
          this.state.code === 'no-device-selected' ? 'robot.status.none' : 'robot.status.error',
        );
      case 'idle':
        return t('robot.status.none');
    }
  });

  /** The badge in few words, where space is short: the robot's name once it is ready. */
  readonly badgeShort = $derived(this.state.status === 'connected' ? this.name : this.badgeText);

  /** The failure in words, when the session is in error. */
  readonly errorText = $derived.by<string | null>(() =>
    this.state.status === 'error' ? this.#deps.t(ERROR_TEXTS[this.state.code]) : null,
  );

  /** Whether the panel should say that robots cannot be reached from this browser. */
  readonly supportText = $derived.by<string | null>(() => {
    if (this.support === 'full') return null;
    if (this.support === 'insecure-context') return this.#deps.t('robot.support.insecure');
    return this.#deps.t(this.appleMobile ? 'robot.support.ipad' : 'robot.support.simulatorOnly');
  });

  /** The ways of connecting the current choice, each with whether this browser can use it. */
  readonly transportChoices = $derived.by<readonly { kind: TransportKind; available: boolean }[]>(
    () => {
      if (this.choice === 'demo') return [{ kind: 'simulator', available: true }];
      const profile = ROBOT_LINKS[this.choice];
      return profile.transports
        .filter((kind) => kind !== 'simulator')
        .filter((kind) => {
          // The polyfill only shows where it is the way to go (no native Web Serial).
          const entry = this.availability[kind];
          return entry.available || !(entry.reason === 'native-preferred');
        })
        .map((kind) => ({
          kind,
          available:
            this.availability[kind].available &&
            this.#deps.session.supports({ robot: profile.robot, transport: kind }),
        }));
    },
  );

  /** Robot kinds the panel offers (those with a driver), then the demo robot. */
  readonly choices = $derived.by<readonly RobotChoice[]>(() => [
    ...ROBOT_KINDS.filter((kind) =>
      ROBOT_LINKS[kind].transports.some((transport) =>
        this.#deps.session.supports({ robot: kind, transport }),
      ),
    ),
    'demo',
  ]);

  /** The run's ending in words. */
  readonly runText = $derived.by<string | null>(() => {
    const outcome = this.run?.result?.outcome;
    if (!outcome) return null;
    return this.#outcomeText(outcome);
  });

  // --- Commands --------------------------------------------------------------------------------

  openPanel = (): void => {
    this.panelOpen = true;
    this.notice = null;
    void this.refreshKnown();
  };

  closePanel = (): void => {
    this.panelOpen = false;
  };

  choose = (choice: RobotChoice): void => {
    this.choice = choice;
  };

  /** Connects the current choice over a transport. Call it from a tap (the picker needs one). */
  connect = (transport: TransportKind): Promise<void> => {
    const robot: RobotKind = this.choice === 'demo' ? 'parcours-line' : this.choice;
    this.notice = null;
    return this.#settle(this.#deps.session.connect({ robot, transport }));
  };

  connectKnown = (target: RobotTarget, key: string): Promise<void> => {
    this.notice = null;
    return this.#settle(this.#deps.session.connectKnown(target, key));
  };

  reconnect = (): Promise<void> => {
    this.notice = null;
    return this.#settle(this.#deps.session.reconnect());
  };

  cancelConnect = (): void => {
    this.#deps.session.cancelConnect();
  };

  disconnect = async (): Promise<void> => {
    await this.#deps.session.disconnect();
    await this.refreshKnown();
  };

  /** Clears an error or lost-robot message. */
  dismiss = (): void => {
    this.#deps.session.dismiss();
  };

  /** Robots this tablet may reconnect without the picker, for the current choice. */
  refreshKnown = async (): Promise<void> => {
    const robot: RobotKind = this.choice === 'demo' ? 'parcours-line' : this.choice;
    const found: { target: RobotTarget; handle: DeviceHandle }[] = [];
    for (const transport of ['serial', 'usb-serial', 'bluetooth'] as const) {
      if (!this.#deps.session.supports({ robot, transport })) continue;
      for (const handle of await this.#deps.session.knownDevices(transport)) {
        found.push({ target: { robot, transport }, handle });
      }
    }
    this.known = found;
  };

  identify = async (): Promise<void> => {
    await this.#operate(async () => {
      await this.#deps.session.identify();
      this.notice = 'robot.identify.done';
      this.#deps.announce?.(this.#deps.t('robot.identify.done'));
    });
  };

  rename = async (name: string): Promise<void> => {
    const robot = this.robot;
    const trimmed = name.trim();
    if (!robot || trimmed === '') return;
    const profile: RobotProfile = {
      id: robot.id,
      kind: robot.target.robot,
      name: trimmed,
      calibration: this.profile?.calibration ?? null,
    };
    this.profile = profile;
    await this.#deps.profiles.save(profile);
  };

  /** Lengthens (+1) or shortens (−1) the square move or the quarter turn a little. */
  adjust = (what: 'square' | 'turn', direction: 1 | -1): void => {
    const factor = 1 + direction * CALIBRATION_STEP;
    const current = this.calibration;
    this.calibration =
      what === 'square'
        ? { ...current, msPerCm: Math.max(1, Math.round(current.msPerCm * factor * 10) / 10) }
        : { ...current, quarterTurnMs: Math.max(50, Math.round(current.quarterTurnMs * factor)) };
    this.calibrationDirty = true;
    this.#deps.session.driver?.setMotion({ calibration: this.calibration });
  };

  /** Makes the robot do one square or one quarter turn with the current settings. */
  tryCalibration = async (what: 'square' | 'turn', squareCm: number): Promise<void> => {
    await this.#operate(() =>
      this.#deps.session.withRobot(async ({ driver, signal }) => {
        driver.setMotion({ calibration: this.calibration, squareCm });
        await driver.perform(
          what === 'square' ? { type: 'forward' } : { type: 'turn', direction: 'right' },
          signal,
        );
      }),
    );
  };

  saveCalibration = async (): Promise<void> => {
    const robot = this.robot;
    if (!robot) return;
    const profile: RobotProfile = {
      id: robot.id,
      kind: robot.target.robot,
      name: this.name,
      calibration: this.calibration,
    };
    await this.#deps.profiles.save(profile);
    this.profile = profile;
    this.calibrationDirty = false;
    this.notice = 'robot.calibration.saved';
  };

  /** STOP: the robot stops at once, whatever it is doing. */
  stop = (): void => {
    void this.#deps.session.stop();
  };

  /**
   * Runs a program on the robot. The run view follows each action the robot confirms; the
   * attempt is recorded however the run ends (success, crash, STOP, robot unplugged).
   */
  runProgram = async (request: RobotRunRequest): Promise<RunResult | null> => {
    const robot = this.robot;
    if (!robot || this.running) return null;
    const { level } = request;
    const clock = this.#deps.clock ?? Date.now;
    const startedAt = clock();
    this.run = {
      level,
      plan: simulate(level, request.program),
      steps: [],
      pose: level.start,
      running: true,
      result: null,
      stars: 0,
    };
    this.panelOpen = false;
    let result: RunResult;
    try {
      result = await this.#deps.session.withRobot(({ driver, signal }) =>
        runOnRobot(driver, level, request.program, {
          signal,
          calibration: this.calibration,
          onStep: (step) => {
            const run = this.run;
            if (run) this.run = { ...run, steps: [...run.steps, step], pose: step.actual.pose };
          },
        }),
      );
    } catch (error) {
      // The robot went away before the run could start: nothing ran, nothing to record.
      const code = isDeviceError(error) ? error.code : 'disconnected';
      result = {
        outcome: {
          kind: 'error',
          code: code === 'timeout' ? 'timeout' : 'disconnected',
          blockId: null,
        },
        transcript: [],
        finalPose: this.run?.pose ?? level.start,
        ticks: 0,
      };
    }
    const stars = starsFor(result.outcome, request.program.blockCount, starThresholds(level));
    this.run = {
      ...(this.run as RobotRunView),
      running: false,
      result,
      stars,
      pose: result.finalPose,
    };
    await this.#deps.attempts
      .record({
        player: request.player,
        level: request.levelKey,
        startedAt,
        endedAt: clock(),
        outcome: result.outcome,
        blockCount: request.program.blockCount,
        stars,
        program: request.state,
        on: robot.target.robot,
      })
      .catch(() => undefined);
    return result;
  };

  closeRun = (): void => {
    if (this.running) return;
    this.run = null;
  };

  dispose(): void {
    this.#stopWatching();
  }

  // --- Internals -------------------------------------------------------------------------------

  async #settle(pending: Promise<SessionState>): Promise<void> {
    await pending;
    await this.refreshKnown();
  }

  async #operate(operation: () => Promise<void>): Promise<void> {
    if (this.working) return;
    this.working = true;
    this.notice = null;
    try {
      await operation();
    } catch (error) {
      if (isDeviceError(error) && error.code !== 'disconnected') {
        this.notice = ERROR_TEXTS[error.code];
      }
    } finally {
      this.working = false;
    }
  }

  #sessionChanged(state: SessionState): void {
    const before = this.state;
    this.state = state;
    const { t, announce } = this.#deps;
    if (state.status === 'connected' && before.status !== 'connected') {
      void this.#loadProfile(state.robot);
    }
    // The panel and the run view say errors in their own alerts; a robot lost while neither
    // is open is announced here.
    if (state.status === 'disconnected' && !this.panelOpen && !this.run) {
      announce?.(t('robot.lost'), 'assertive');
    }
    if (state.status === 'idle' && !lastRobot(state)) this.profile = null;
  }

  async #loadProfile(robot: ConnectedRobot): Promise<void> {
    let profile = await this.#deps.profiles.get(robot.id).catch(() => null);
    if (!profile) {
      const others = await this.#deps.profiles.list().catch((): RobotProfile[] => []);
      const sameKind = others.filter((other) => other.kind === robot.target.robot).length;
      const short = robot.target.transport === 'simulator' ? 'demo' : robot.target.robot;
      const name = this.#deps.t('robot.name.default', {
        kind: this.#deps.t(SHORT_NAMES[short]),
        n: sameKind + 1,
      });
      profile = { id: robot.id, kind: robot.target.robot, name, calibration: null };
      await this.#deps.profiles.save(profile).catch(() => undefined);
    }
    this.profile = profile;
    this.calibration = profile.calibration ?? DEFAULT_CALIBRATION;
    this.calibrationDirty = false;
    this.#deps.session.driver?.setMotion({ calibration: this.calibration });
    this.#deps.announce?.(this.#deps.t('robot.status.connected', { name: profile.name }));
  }

  #outcomeText(outcome: RunOutcome): string {
    const { t } = this.#deps;
    switch (outcome.kind) {
      case 'success':
        return t('robot.run.success');
      case 'error':
        return outcome.code === 'compile'
          ? t('player.outcome.error.compile')
          : t(RUN_ERROR_TEXTS[outcome.code]);
      // The same words as the simulator's, so a pupil hears one story for one program.
      case 'crash':
        return t(
          outcome.cause === 'wall' ? 'player.outcome.crash.wall' : 'player.outcome.crash.edge',
          { n: outcome.actionIndex },
        );
      case 'not-reached':
        if (outcome.reason === 'items') {
          return t('player.outcome.notReached.items', { n: outcome.itemsLeft });
        }
        return t(
          outcome.reason === 'facing'
            ? 'player.outcome.notReached.facing'
            : 'player.outcome.notReached.goal',
        );
      case 'timeout':
        return t('player.outcome.timeout');
    }
  }
}
