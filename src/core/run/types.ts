// Run types: what the interpreter asks a Body to do, what a Body answers, the transcript of
// a run and its outcome. Shared by the simulator, the robot drivers and the UI.

import type { Cell, Pose, TurnDirection } from '../geometry';
import type { SensorQuery } from '../program/ir';

/** A physical action of the robot. */
export type Action =
  | { readonly type: 'forward' }
  | { readonly type: 'turn'; readonly direction: TurnDirection }
  | { readonly type: 'collect' };

export type CrashCause = 'wall' | 'edge';

/** Why a Body could not go on (robots report these; the simulator never does). */
export type BodyErrorCode = 'disconnected' | 'stopped' | 'timeout' | 'robot-error';

/** What a Body reports after performing an action. */
export type ActionResult =
  | {
      readonly status: 'ok';
      readonly pose: Pose;
      /** Items collected so far, when the body keeps count (the grid world does). */
      readonly collected?: number;
    }
  | {
      readonly status: 'crash';
      readonly cause: CrashCause;
      /** The square the robot tried to enter. */
      readonly at: Cell;
      /** Where the robot stands after the crash. */
      readonly pose: Pose;
    }
  | { readonly status: 'error'; readonly code: BodyErrorCode; readonly pose: Pose };

/** The simulated world, answering at once. */
export interface Body {
  readonly pose: Pose;
  perform(action: Action): ActionResult;
  sense(query: SensorQuery): boolean;
}

/** A real robot (or a bridge to one), answering when the robot has confirmed. */
export interface AsyncBody {
  readonly pose: Pose;
  perform(action: Action, signal?: AbortSignal): Promise<ActionResult>;
  sense(query: SensorQuery, signal?: AbortSignal): Promise<boolean>;
}

/** One step of a run, for the animation, block highlighting and the attempt record. */
export type TranscriptEntry =
  | {
      readonly kind: 'action';
      readonly blockId: string;
      readonly action: Action;
      readonly outcome: ActionResult['status'];
      /** Pose after the step. */
      readonly pose: Pose;
      /** Number of this action in the run, counting from 1 (for "on its 4th move"). */
      readonly index: number;
      /** Items collected so far, after this step. */
      readonly collected: number;
    }
  | {
      readonly kind: 'sense';
      readonly blockId: string;
      readonly query: SensorQuery;
      readonly result: boolean;
      readonly pose: Pose;
    };

export type RunOutcome =
  | { readonly kind: 'success' }
  | {
      readonly kind: 'crash';
      readonly cause: CrashCause;
      readonly at: Cell;
      readonly blockId: string;
      /** Which action crashed, counting from 1. */
      readonly actionIndex: number;
    }
  | {
      /** The program ended but the rule does not hold. */
      readonly kind: 'not-reached';
      readonly reason: 'goal' | 'items' | 'facing';
      /** Items still to collect, when that is the reason. */
      readonly itemsLeft: number;
    }
  | { readonly kind: 'timeout'; readonly ticks: number }
  | {
      readonly kind: 'error';
      readonly code: 'compile' | BodyErrorCode;
      readonly blockId: string | null;
    };

export interface RunResult {
  readonly outcome: RunOutcome;
  readonly transcript: readonly TranscriptEntry[];
  readonly finalPose: Pose;
  readonly ticks: number;
}

export interface RunOptions {
  /** Statements and loop passes the interpreter may take before it gives up with `timeout`. */
  readonly tickBudget?: number;
}

export const DEFAULT_TICK_BUDGET = 10_000;
