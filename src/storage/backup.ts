// Export, preview and merge of backups. Storage layer.
//
// Merge rules (so that tablets can swap files in any order, any number of times):
// - attempts are append-only: an attempt whose ULID is already stored is skipped;
// - classes, pupils, sessions, workspaces, robots and authored packs are matched by key; the
//   copy with the newest `updatedAt` wins, equal times are settled by comparing canonical
//   JSON, so the winner never depends on the order files are merged in;
// - best results of every learner × level that received attempts are recomputed from all
//   of that key's attempts;
// - settings (PIN, device id) are never exported nor merged.
// Merging the same file twice changes nothing; A then B gives the same database as B then A.
// Every file is checked before the single read-write transaction that applies them all.
import type { Table } from 'dexie';
import { resultFromAttempts } from './best-results';
import { canonicalJson } from './canonical-json';
import type { ParcoursDb } from './database';
import type { StorageEnv } from './env';
import {
  buildBackup,
  parseBackup,
  type BackupContent,
  type BackupFile,
  type BackupProblem,
  type BackupScope,
} from './backup-format';
import type {
  AttemptRecord,
  AuthoredPackRecord,
  BestResultRecord,
  ClassRecord,
  LearnerLevelKey,
  PupilRecord,
  RobotRecord,
  SessionRecord,
  WorkspaceRecord,
} from './records';
import type { SettingsRepository } from './settings-repository';

export interface TableChanges {
  readonly added: number;
  readonly updated: number;
}

/** What a merge adds or changes, table by table. */
export interface MergeReport {
  readonly classes: TableChanges;
  readonly pupils: TableChanges;
  readonly sessions: TableChanges;
  readonly attempts: TableChanges;
  readonly workspaces: TableChanges;
  readonly robots: TableChanges;
  readonly packs: TableChanges;
  /** Names of the classes and pupils that are new to this tablet, for the preview. */
  readonly newClassNames: readonly string[];
  readonly newPupilNames: readonly string[];
}

/** True when a merge would change nothing. */
export function isEmptyMerge(report: MergeReport): boolean {
  return (
    ['classes', 'pupils', 'sessions', 'attempts', 'workspaces', 'robots', 'packs'] as const
  ).every((table) => report[table].added === 0 && report[table].updated === 0);
}

interface Versioned {
  readonly updatedAt: number;
}

/** The winner of two copies of one record: newest, then larger canonical JSON. */
export function newerCopy<T extends Versioned>(a: T, b: T): T {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b;
  return canonicalJson(a) >= canonicalJson(b) ? a : b;
}

interface TablePlan<T> {
  readonly added: T[];
  readonly updated: T[];
}

/** Collapses the incoming copies of each key, then compares them with the stored ones. */
async function planVersioned<T extends Versioned, K>(
  table: Table<T, K>,
  incoming: readonly T[],
  keyOf: (record: T) => K,
): Promise<TablePlan<T>> {
  const winners = new Map<string, T>();
  for (const record of incoming) {
    const key = JSON.stringify(keyOf(record));
    const current = winners.get(key);
    winners.set(key, current ? newerCopy(current, record) : record);
  }
  const candidates = [...winners.values()];
  const stored = await table.bulkGet(candidates.map(keyOf));
  const added: T[] = [];
  const updated: T[] = [];
  candidates.forEach((record, i) => {
    const existing = stored[i];
    if (!existing) added.push(record);
    else if (
      newerCopy(existing, record) === record &&
      canonicalJson(existing) !== canonicalJson(record)
    ) {
      updated.push(record);
    }
  });
  return { added, updated };
}

interface MergePlan {
  readonly classes: TablePlan<ClassRecord>;
  readonly pupils: TablePlan<PupilRecord>;
  readonly sessions: TablePlan<SessionRecord>;
  readonly attempts: TablePlan<AttemptRecord>;
  readonly workspaces: TablePlan<WorkspaceRecord>;
  readonly robots: TablePlan<RobotRecord>;
  readonly packs: TablePlan<AuthoredPackRecord>;
}

const workspaceKey = (w: WorkspaceRecord): LearnerLevelKey => [w.learner, w.packId, w.levelId];

function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export class BackupService {
  constructor(
    private readonly db: ParcoursDb,
    private readonly env: StorageEnv,
    private readonly settings: SettingsRepository,
  ) {}

  /** Everything on this tablet, or one class with its pupils, sessions, attempts and workspaces. */
  async export(scope: BackupScope): Promise<BackupFile> {
    const deviceId = await this.settings.deviceId();
    const content = await this.db.transaction('r', this.db.allTables, () => this.#collect(scope));
    return buildBackup(deviceId, new Date(this.env.now()), scope, content);
  }

  async #collect(scope: BackupScope): Promise<BackupContent> {
    const db = this.db;
    if (scope.kind === 'all') {
      return {
        classes: await db.classes.toArray(),
        pupils: await db.pupils.toArray(),
        sessions: await db.sessions.toArray(),
        attempts: await db.attempts.toArray(),
        workspaces: await db.workspaces.toArray(),
        robots: await db.robots.toArray(),
        packs: await db.packs.toArray(),
      };
    }
    const classRecord = await db.classes.get(scope.classId);
    const pupils = await db.pupils.where('classId').equals(scope.classId).toArray();
    const sessions = await db.sessions.where('classId').equals(scope.classId).toArray();
    const pupilIds = pupils.map((p) => p.id);
    const sessionIds = sessions.map((s) => s.id);
    const groupIds = sessions.flatMap((s) => s.groups.map((g) => g.id));
    const attempts = new Map<string, AttemptRecord>();
    for (const list of [
      await db.attempts.where('pupilId').anyOf(pupilIds).toArray(),
      await db.attempts.where('sessionId').anyOf(sessionIds).toArray(),
      await db.attempts.where('groupId').anyOf(groupIds).toArray(),
    ]) {
      for (const attempt of list) attempts.set(attempt.id, attempt);
    }
    const learners = new Set([
      ...pupilIds.map((id) => `pupil:${id}`),
      ...groupIds.map((id) => `group:${id}`),
    ]);
    const workspaces = (await db.workspaces.toArray()).filter((w) => learners.has(w.learner));
    return {
      classes: classRecord ? [classRecord] : [],
      pupils: byId(pupils),
      sessions: byId(sessions),
      attempts: byId([...attempts.values()]),
      workspaces,
      robots: [],
      packs: [],
    };
  }

  /** What merging these files would add or change, without changing anything. */
  async preview(backups: readonly BackupFile[]): Promise<MergeReport> {
    return this.db.transaction('r', this.db.allTables, async () =>
      this.#report(await this.#plan(backups)),
    );
  }

  /** Merges the files in one transaction: all of them, or nothing if anything fails. */
  async merge(backups: readonly BackupFile[]): Promise<MergeReport> {
    const db = this.db;
    return db.transaction('rw', db.allTables, async () => {
      const plan = await this.#plan(backups);
      await db.classes.bulkPut([...plan.classes.added, ...plan.classes.updated]);
      await db.pupils.bulkPut([...plan.pupils.added, ...plan.pupils.updated]);
      await db.sessions.bulkPut([...plan.sessions.added, ...plan.sessions.updated]);
      await db.workspaces.bulkPut([...plan.workspaces.added, ...plan.workspaces.updated]);
      await db.robots.bulkPut([...plan.robots.added, ...plan.robots.updated]);
      await db.packs.bulkPut([...plan.packs.added, ...plan.packs.updated]);
      await db.attempts.bulkAdd(plan.attempts.added);
      await this.#recomputeBestResults(plan.attempts.added);
      return this.#report(plan);
    });
  }

  /** Reads one file and merges it; a refused file leaves the database untouched. */
  async importText(
    text: string,
  ): Promise<
    | { readonly ok: true; readonly report: MergeReport }
    | { readonly ok: false; readonly problem: BackupProblem }
  > {
    const parsed = await parseBackup(text);
    if (!parsed.ok) return parsed;
    return { ok: true, report: await this.merge([parsed.backup]) };
  }

  async #plan(backups: readonly BackupFile[]): Promise<MergePlan> {
    const all = <K extends keyof BackupContent>(table: K): BackupContent[K][number][] =>
      backups.flatMap((b) => b.content[table] as BackupContent[K][number][]);
    const db = this.db;

    const incomingAttempts = new Map<string, AttemptRecord>();
    for (const attempt of all('attempts'))
      if (!incomingAttempts.has(attempt.id)) incomingAttempts.set(attempt.id, attempt);
    const candidates = byId([...incomingAttempts.values()]);
    const stored = await db.attempts.bulkGet(candidates.map((a) => a.id));

    return {
      classes: await planVersioned(db.classes, all('classes'), (r) => r.id),
      pupils: await planVersioned(db.pupils, all('pupils'), (r) => r.id),
      sessions: await planVersioned(db.sessions, all('sessions'), (r) => r.id),
      attempts: { added: candidates.filter((_, i) => !stored[i]), updated: [] },
      workspaces: await planVersioned(db.workspaces, all('workspaces'), workspaceKey),
      robots: await planVersioned(db.robots, all('robots'), (r) => r.id),
      packs: await planVersioned(db.packs, all('packs'), (r) => r.id),
    };
  }

  async #recomputeBestResults(added: readonly AttemptRecord[]): Promise<void> {
    const keys = new Map<string, LearnerLevelKey>();
    for (const a of added)
      keys.set(JSON.stringify([a.learner, a.packId, a.levelId]), [a.learner, a.packId, a.levelId]);
    const rows: BestResultRecord[] = [];
    for (const key of keys.values()) {
      const attempts = await this.db.attempts
        .where('[learner+packId+levelId]')
        .equals(key)
        .toArray();
      const row = resultFromAttempts(byId(attempts));
      if (row) rows.push(row);
    }
    await this.db.bestResults.bulkPut(rows);
  }

  #report(plan: MergePlan): MergeReport {
    const changes = (p: TablePlan<unknown>): TableChanges => ({
      added: p.added.length,
      updated: p.updated.length,
    });
    return {
      classes: changes(plan.classes),
      pupils: changes(plan.pupils),
      sessions: changes(plan.sessions),
      attempts: changes(plan.attempts),
      workspaces: changes(plan.workspaces),
      robots: changes(plan.robots),
      packs: changes(plan.packs),
      newClassNames: plan.classes.added.map((c) => c.name),
      newPupilNames: plan.pupils.added.map((p) => p.name),
    };
  }
}
