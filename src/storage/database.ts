// The Dexie database: every table and every schema version, declared here and nowhere else.
// Storage layer: depends on core types and dexie only.
//
// ⚠ Rules for changing the schema (pupils' progress lives in these tables for years):
// - never edit a released version below; add a new `this.version(n)` with the full store list
//   and an `.upgrade()` that rewrites old rows;
// - add a fixture for the previous version in tests/unit/storage/migrations.test.ts, which
//   opens a database created at every older version and checks nothing was lost;
// - the row shapes live in records.ts, each with its own warning.
import { Dexie, type Table } from 'dexie';
import { groupByLearnerLevel, resultFromAttempts } from './best-results';
import type {
  AttemptRecord,
  AuthoredPackRecord,
  BestResultRecord,
  ClassRecord,
  LearnerLevelKey,
  PupilRecord,
  RobotRecord,
  SessionRecord,
  SettingRecord,
  WorkspaceRecord,
} from './records';

export const DATABASE_NAME = 'parcours';

/** The version the app writes; tests open databases of every version below it. */
export const CURRENT_SCHEMA_VERSION = 2;

/** Version 1: the initial schema. */
const SCHEMA_V1 = {
  classes: 'id',
  pupils: 'id, classId',
  sessions: 'id, classId, startedAt',
  attempts: 'id, sessionId, [learner+packId+levelId], pupilId, groupId',
  workspaces: '[learner+packId+levelId], pupilId',
  robots: 'id, kind',
  packs: 'id',
  settings: 'key',
} as const;

/** Version 2: best results per learner × level, so reviews never scan attempts. */
const SCHEMA_V2 = {
  ...SCHEMA_V1,
  bestResults: '[learner+packId+levelId], learner, pupilId, [packId+levelId]',
} as const;

/** Where Dexie finds IndexedDB; tests pass fake-indexeddb's. */
export interface DatabaseOptions {
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
}

export class ParcoursDb extends Dexie {
  classes!: Table<ClassRecord, string>;
  pupils!: Table<PupilRecord, string>;
  sessions!: Table<SessionRecord, string>;
  /** Append-only: rows are added, never changed or deleted. */
  attempts!: Table<AttemptRecord, string>;
  workspaces!: Table<WorkspaceRecord, LearnerLevelKey>;
  bestResults!: Table<BestResultRecord, LearnerLevelKey>;
  robots!: Table<RobotRecord, string>;
  packs!: Table<AuthoredPackRecord, string>;
  settings!: Table<SettingRecord, string>;

  constructor(name: string = DATABASE_NAME, options: DatabaseOptions = {}) {
    // Only pass what is given: an explicit undefined would hide the browser's own IndexedDB.
    super(name, {
      ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });

    this.version(1).stores(SCHEMA_V1);

    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const attempts = await tx.table<AttemptRecord, string>('attempts').toArray();
        const rows: BestResultRecord[] = [];
        for (const group of groupByLearnerLevel(attempts).values()) {
          const row = resultFromAttempts(group);
          if (row) rows.push(row);
        }
        await tx.table<BestResultRecord, LearnerLevelKey>('bestResults').bulkPut(rows);
      });
  }

  /** Every table, for transactions that span the whole database (backup merges). */
  get allTables(): Table[] {
    return [
      this.classes,
      this.pupils,
      this.sessions,
      this.attempts,
      this.workspaces,
      this.bestResults,
      this.robots,
      this.packs,
      this.settings,
    ];
  }
}
