// The services the composition root (src/main.ts) hands to every component, through a
// typed Svelte context. Components never construct services themselves.
import { createContext } from 'svelte';
import type { I18n } from './i18n.svelte';
import type { LessonLibrary } from './lesson-library';
import type { WorkspaceState } from '../core/program/blockly-json';
import type { RunOutcome } from '../core/run/types';

/** Who is playing: a pupil picked from a class session, or an anonymous guest. */
export interface Player {
  readonly pupilId: string | null;
  readonly sessionId: string | null;
}

export interface LevelKey {
  readonly packId: string;
  readonly levelId: string;
}

/** Keeps a pupil's blocks per level across reloads (autosaved within a second of a change). */
export interface WorkspaceStore {
  load(player: Player, level: LevelKey): Promise<WorkspaceState | null>;
  save(player: Player, level: LevelKey, state: WorkspaceState): Promise<void>;
}

/** One finished run, as the player reports it. */
export interface AttemptReport {
  readonly player: Player;
  readonly level: LevelKey;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly outcome: RunOutcome;
  readonly blockCount: number;
  readonly stars: number;
  readonly program: WorkspaceState;
  /** 'simulator' or the robot kind the run was played on. */
  readonly on: string;
}

/** Appends attempts to the pupil's progress. */
export interface AttemptRecorder {
  record(attempt: AttemptReport): Promise<void>;
}

export interface AppServices {
  readonly i18n: I18n;
  readonly lessons: LessonLibrary;
  readonly workspaces: WorkspaceStore;
  readonly attempts: AttemptRecorder;
}

export const [getServices, setServices] = createContext<AppServices>();
