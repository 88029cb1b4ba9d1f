// The backup file format: a versioned JSON document with the device it came from, when it
// was made, what it covers and a SHA-256 checksum of its canonical content. Storage layer.
// `parseBackup` restores a file on read: anything damaged, cut off, foreign or from a newer
// app is refused with a problem code before the database is touched.
//
// ⚠ WARNING: backup files outlive the app version that wrote them. Changing BackupFile or the
// record schemas below needs BACKUP_VERSION + 1 and a migration of older files in
// `parseBackup`, with a test reading a file of every older version.
import * as v from 'valibot';
import { canonicalJson, sha256Hex } from './canonical-json';
import { AVATARS } from './records';
import type {
  AttemptRecord,
  AuthoredPackRecord,
  ClassRecord,
  PupilRecord,
  RobotRecord,
  SessionRecord,
  WorkspaceRecord,
} from './records';

export const BACKUP_FORMAT = 'parcours-backup';
export const BACKUP_VERSION = 1;

export type BackupScope =
  { readonly kind: 'all' } | { readonly kind: 'class'; readonly classId: string };

export interface BackupContent {
  readonly classes: readonly ClassRecord[];
  readonly pupils: readonly PupilRecord[];
  readonly sessions: readonly SessionRecord[];
  readonly attempts: readonly AttemptRecord[];
  readonly workspaces: readonly WorkspaceRecord[];
  readonly robots: readonly RobotRecord[];
  readonly packs: readonly AuthoredPackRecord[];
}

export interface BackupFile {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: number;
  readonly deviceId: string;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly scope: BackupScope;
  /** Hex SHA-256 of the canonical JSON of every other field. */
  readonly checksum: string;
  readonly content: BackupContent;
}

export type BackupProblem =
  /** Not JSON, and not one of ours (a photo, a text, another app's file). */
  | 'foreign'
  /** One of ours, cut off before its end. */
  | 'truncated'
  /** Made by a newer version of the app. */
  | 'newer-version'
  /** The checksum does not match: bytes were changed. */
  | 'corrupted'
  /** Well-formed and untouched, but its content does not make sense. */
  | 'invalid';

export type ParsedBackup =
  | { readonly ok: true; readonly backup: BackupFile }
  | { readonly ok: false; readonly problem: BackupProblem };

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
const time = v.pipe(v.number(), v.finite());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const name = v.pipe(v.string(), v.maxLength(200));
const nullableId = v.nullable(id);

const classSchema = v.object({ id, name, archived: v.boolean(), createdAt: time, updatedAt: time });

const pupilSchema = v.object({
  id,
  classId: id,
  name,
  avatar: v.picklist(AVATARS),
  archived: v.boolean(),
  createdAt: time,
  updatedAt: time,
});

const sessionSchema = v.object({
  id,
  classId: id,
  packId: id,
  levelIds: v.array(id),
  groups: v.array(v.object({ id, name, pupilIds: v.array(id), robotId: nullableId })),
  rotation: v.picklist(['level', 'run']),
  startedAt: time,
  endedAt: v.nullable(time),
  updatedAt: time,
});

/** Tolerant: outcome kinds added by later app versions are kept as they are. */
const outcomeSchema = v.looseObject({ kind: v.string() });
const workspaceStateSchema = v.looseObject({});
const learner = v.pipe(v.string(), v.regex(/^(guest|pupil:.+|group:.+)$/));

const attemptSchema = v.object({
  id,
  learner,
  pupilId: nullableId,
  groupId: nullableId,
  sessionId: nullableId,
  packId: id,
  levelId: id,
  deviceId: id,
  startedAt: time,
  endedAt: time,
  outcome: outcomeSchema,
  blockCount: count,
  stars: count,
  program: workspaceStateSchema,
  on: v.string(),
});

const workspaceSchema = v.object({
  learner,
  packId: id,
  levelId: id,
  pupilId: nullableId,
  groupId: nullableId,
  state: workspaceStateSchema,
  updatedAt: time,
});

const robotSchema = v.object({
  id,
  kind: v.string(),
  name,
  calibration: v.record(v.string(), v.union([v.number(), v.string(), v.boolean()])),
  updatedAt: time,
});

const packSchema = v.object({ id, json: v.unknown(), updatedAt: time });

const backupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  deviceId: id,
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  scope: v.variant('kind', [
    v.object({ kind: v.literal('all') }),
    v.object({ kind: v.literal('class'), classId: id }),
  ]),
  checksum: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  content: v.object({
    classes: v.array(classSchema),
    pupils: v.array(pupilSchema),
    sessions: v.array(sessionSchema),
    attempts: v.array(attemptSchema),
    workspaces: v.array(workspaceSchema),
    robots: v.array(robotSchema),
    packs: v.array(packSchema),
  }),
});

/** The checksum of a file: every field but `checksum`, canonical JSON, SHA-256. */
export async function backupChecksum(
  file: Omit<BackupFile, 'checksum'> | Record<string, unknown>,
): Promise<string> {
  const { checksum: _ignored, ...rest } = file as Record<string, unknown>;
  return sha256Hex(canonicalJson(rest));
}

/** Builds a file around its content, with its checksum. */
export async function buildBackup(
  deviceId: string,
  createdAt: Date,
  scope: BackupScope,
  content: BackupContent,
): Promise<BackupFile> {
  const unsigned = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    deviceId,
    createdAt: createdAt.toISOString(),
    scope,
    content,
  } as const;
  return { ...unsigned, checksum: await backupChecksum(unsigned) };
}

/** The text written to disk. */
export function serializeBackup(file: BackupFile): string {
  return `${JSON.stringify(file)}\n`;
}

/** Reads a file's text; refuses anything that is not an intact backup this app can read. */
export async function parseBackup(text: string): Promise<ParsedBackup> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: text.includes(`"${BACKUP_FORMAT}"`) ? 'truncated' : 'foreign' };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, problem: 'foreign' };
  const header = raw as Record<string, unknown>;
  if (header.format !== BACKUP_FORMAT) return { ok: false, problem: 'foreign' };
  if (
    typeof header.version !== 'number' ||
    !Number.isInteger(header.version) ||
    header.version < 1
  ) {
    return { ok: false, problem: 'invalid' };
  }
  if (header.version > BACKUP_VERSION) return { ok: false, problem: 'newer-version' };
  if (typeof header.checksum !== 'string' || header.checksum !== (await backupChecksum(header))) {
    return { ok: false, problem: 'corrupted' };
  }
  const parsed = v.safeParse(backupSchema, raw);
  if (!parsed.success) return { ok: false, problem: 'invalid' };
  return { ok: true, backup: parsed.output as unknown as BackupFile };
}
