// The shapes stored in IndexedDB, one interface per table. Storage layer: depends on core
// types only. These are persisted on pupils' tablets and inside backup files, so they outlive
// any release of the app.
//
// ⚠ WARNING: every interface marked "STORED" below is written to IndexedDB. Changing one
// (adding a required field, renaming, changing a meaning or an index) needs a new Dexie
// version in database.ts with an upgrade that rewrites old rows, a fixture for the previous
// version in tests/unit/storage/migrations.test.ts, and a look at backup-format.ts.

import type { WorkspaceState } from '../core/program/blockly-json';
import type { RunOutcome } from '../core/run/types';

/** Who a row belongs to: `pupil:<id>`, `group:<id>` or `guest` (nobody picked on this tablet). */
export type LearnerKey = string;

export const GUEST_LEARNER: LearnerKey = 'guest';

/** The identity the player reports; structurally the UI's `Player`. */
export interface PlayerRef {
  readonly pupilId: string | null;
  readonly sessionId: string | null;
  /** Set when a group plays together; the group's pupils share the workspace and attempts. */
  readonly groupId?: string | null;
}

/** A level of a pack; structurally the UI's `LevelKey`. */
export interface LevelRef {
  readonly packId: string;
  readonly levelId: string;
}

/** The learner key of a player: a group wins over a pupil, nobody is the guest. */
export function learnerKey(player: PlayerRef): LearnerKey {
  if (player.groupId) return `group:${player.groupId}`;
  if (player.pupilId) return `pupil:${player.pupilId}`;
  return GUEST_LEARNER;
}

/** The primary key of per-learner-per-level tables (workspaces, best results). */
export type LearnerLevelKey = [learner: LearnerKey, packId: string, levelId: string];

/** STORED (table `classes`) — ⚠ changing this shape needs a migration. */
export interface ClassRecord {
  /** ULID. */
  readonly id: string;
  readonly name: string;
  readonly archived: boolean;
  readonly createdAt: number;
  /** Last change; the newer copy wins when backups are merged. */
  readonly updatedAt: number;
}

/** Avatar ids; the UI maps each to a picture. */
export const AVATARS = [
  'fox',
  'panda',
  'frog',
  'octopus',
  'lion',
  'tiger',
  'koala',
  'monkey',
  'rabbit',
  'bear',
  'penguin',
  'owl',
  'turtle',
  'dolphin',
  'unicorn',
  'bee',
  'ladybug',
  'butterfly',
  'snail',
  'whale',
  'cat',
  'dog',
  'hedgehog',
  'chick',
] as const;
export type AvatarId = (typeof AVATARS)[number];

/** STORED (table `pupils`) — ⚠ changing this shape needs a migration. No email, no surname. */
export interface PupilRecord {
  /** ULID. */
  readonly id: string;
  readonly classId: string;
  /** First name or nickname, as the pupil recognises it on the picker. */
  readonly name: string;
  readonly avatar: AvatarId;
  readonly archived: boolean;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** How group roles move on: at every new level, or after every run. */
export type RoleRotation = 'level' | 'run';

/** A group inside a session: pupils sharing one tablet and one robot. Stored within SessionRecord. */
export interface SessionGroup {
  /** ULID. */
  readonly id: string;
  readonly name: string;
  readonly pupilIds: readonly string[];
  /** Robot from the `robots` table, or null to stay on the simulator. */
  readonly robotId: string | null;
}

/** STORED (table `sessions`) — ⚠ changing this shape (or SessionGroup) needs a migration. */
export interface SessionRecord {
  /** ULID. */
  readonly id: string;
  readonly classId: string;
  readonly packId: string;
  /** Levels pupils may open, in pack order. */
  readonly levelIds: readonly string[];
  readonly groups: readonly SessionGroup[];
  readonly rotation: RoleRotation;
  readonly startedAt: number;
  /** Null while the session runs. */
  readonly endedAt: number | null;
  readonly updatedAt: number;
}

/** STORED (table `attempts`, append-only) — ⚠ changing this shape needs a migration. */
export interface AttemptRecord {
  /** ULID: sorts by creation time and never collides across tablets. */
  readonly id: string;
  readonly learner: LearnerKey;
  readonly pupilId: string | null;
  readonly groupId: string | null;
  readonly sessionId: string | null;
  readonly packId: string;
  readonly levelId: string;
  /** The tablet that recorded it (settings `device.id`). */
  readonly deviceId: string;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly outcome: RunOutcome;
  readonly blockCount: number;
  readonly stars: number;
  /** The program, as Blockly's JSON serialization. */
  readonly program: WorkspaceState;
  /** 'simulator' or the robot kind. */
  readonly on: string;
}

/** STORED (table `workspaces`) — ⚠ changing this shape needs a migration. */
export interface WorkspaceRecord {
  readonly learner: LearnerKey;
  readonly packId: string;
  readonly levelId: string;
  readonly pupilId: string | null;
  readonly groupId: string | null;
  readonly state: WorkspaceState;
  readonly updatedAt: number;
}

/**
 * STORED (table `bestResults`, since version 2) — ⚠ changing this shape needs a migration.
 * A fold of every attempt of one learner on one level; `foldAttempt` keeps it order-free.
 */
export interface BestResultRecord {
  readonly learner: LearnerKey;
  readonly packId: string;
  readonly levelId: string;
  readonly pupilId: string | null;
  readonly groupId: string | null;
  readonly attempts: number;
  readonly successes: number;
  /** Most stars of any attempt (0 until a success). */
  readonly stars: number;
  /** Fewest blocks of a successful attempt, or null before the first success. */
  readonly bestBlockCount: number | null;
  /** The best attempt: most stars, then fewest blocks, then earliest, then smallest id. */
  readonly bestAttemptId: string;
  readonly firstAttemptAt: number;
  readonly lastAttemptAt: number;
  readonly firstSuccessAt: number | null;
  /** Sum of the attempts' durations. */
  readonly totalTimeMs: number;
}

/** Calibration values of one physical robot (units are the devices layer's business). */
export type RobotCalibration = Readonly<Record<string, number | string | boolean>>;

/** STORED (table `robots`) — ⚠ changing this shape needs a migration. */
export interface RobotRecord {
  readonly id: string;
  /** Robot kind, as the robots layer names it. */
  readonly kind: string;
  readonly name: string;
  readonly calibration: RobotCalibration;
  readonly updatedAt: number;
}

/** STORED (table `packs`: packs authored on this device) — ⚠ changing this shape needs a migration. */
export interface AuthoredPackRecord {
  readonly id: string;
  /** The raw pack file; it goes through core `restore` whenever it is read. */
  readonly json: unknown;
  readonly updatedAt: number;
}

/** STORED (table `settings`: one row per key, device-local, never exported). */
export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}
