// The services the composition root (src/main.ts) hands to every component, through a
// typed Svelte context. Components never construct services themselves.
import { createContext } from 'svelte';
import type { I18n } from './i18n.svelte';
import type { LessonLibrary } from './lesson-library';
import type { Settings } from './settings/settings.svelte';
import type { Speech } from './speech/speech.svelte';
import type { Announcer } from './shell/announcer.svelte';
import type { AppUpdate } from './shell/app-update.svelte';
import type { CurrentPlayer } from './pupil-picker/current-player.svelte';
import type { TeacherLock } from './shell/teacher-lock.svelte';
import type { RobotLoader } from './robot/robot-loader.svelte';
import type { LazyMarkdown } from './markdown/lazy-markdown.svelte';
import type { AppStorage } from '../storage/index';
import type { WorkspaceState } from '../core/program/blockly-json';
import type { RunOutcome } from '../core/run/types';

/** Who is playing: a pupil picked from a class session, or an anonymous guest. */
export interface Player {
  readonly pupilId: string | null;
  readonly sessionId: string | null;
  /** Set when a group of pupils shares the tablet (pupilId is then null). */
  readonly groupId?: string | null;
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

/** Reads a player's progress back: the most stars earned on each level of a pack. */
export interface ProgressReader {
  /** Level id → most stars of any attempt (levels never tried are absent). */
  starsByLevel(player: Player, packId: string): Promise<ReadonlyMap<string, number>>;
}

export interface AppServices {
  readonly i18n: I18n;
  readonly lessons: LessonLibrary;
  /** Markdown for the lesson player: shipped texts come rendered, others load the parser. */
  readonly markdown: LazyMarkdown;
  readonly workspaces: WorkspaceStore;
  readonly attempts: AttemptRecorder;
  /** Stars earned per level, for the home screen's level tiles. */
  readonly progress: ProgressReader;
  /** Display preferences (language, theme, font, read-aloud, pictograms), kept per device. */
  readonly settings: Settings;
  /** Read-aloud: `speech.speak(text, i18n.contentLocale)`; or use speech/ReadAloudButton. */
  readonly speech: Speech;
  /** Screen-reader announcements: `announcer.announce(text)` (level opened, run result). */
  readonly announcer: Announcer;
  /** Offline readiness and the waiting new version, shown by the shell. */
  readonly updates: AppUpdate;
  /** IndexedDB repositories: classes, sessions, attempts, backups, robots, space, write health. */
  readonly storage: AppStorage;
  /** Who plays on this tablet; the player checks `currentPlayer.allows(level)` in a session. */
  readonly currentPlayer: CurrentPlayer;
  /** The teacher area's PIN lock. */
  readonly teacherLock: TeacherLock;
  /**
   * The robot connection (session, name and calibration, Identify, STOP, runs on the robot),
   * loaded on first use: `await robots.load()`, or `robots.current` once loaded.
   */
  readonly robots: RobotLoader;
}

export const [getServices, setServices] = createContext<AppServices>();
