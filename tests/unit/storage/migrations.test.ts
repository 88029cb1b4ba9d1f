// Migrations: a database created at every older schema version (declared here as it was
// released, frozen) is opened by today's ParcoursDb; every row is still there and the
// upgrades filled what they should (version 2: best results computed from old attempts).
// Adding a schema version without a fixture for the previous one fails this test.
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CURRENT_SCHEMA_VERSION } from '../../../src/storage/database';
import { createStorage } from '../../../src/storage/index';
import { fixedEnv } from '../../../src/storage/env';
import { resultFromAttempts } from '../../../src/storage/best-results';
import type { AttemptRecord } from '../../../src/storage/records';

/** Version 1 as released: never edit. */
const V1_STORES = {
  classes: 'id',
  pupils: 'id, classId',
  sessions: 'id, classId, startedAt',
  attempts: 'id, sessionId, [learner+packId+levelId], pupilId, groupId',
  workspaces: '[learner+packId+levelId], pupilId',
  robots: 'id, kind',
  packs: 'id',
  settings: 'key',
};

function attempt(
  id: string,
  learner: string,
  levelId: string,
  success: boolean,
  stars: number,
  endedAt: number,
): AttemptRecord {
  const pupilId = learner.startsWith('pupil:') ? learner.slice(6) : null;
  const groupId = learner.startsWith('group:') ? learner.slice(6) : null;
  return {
    id,
    learner,
    pupilId,
    groupId,
    sessionId: 'S1',
    packId: 'pack-a',
    levelId,
    deviceId: 'D1',
    startedAt: endedAt - 30_000,
    endedAt,
    outcome: success ? { kind: 'success' } : { kind: 'timeout', ticks: 10_000 },
    blockCount: 5,
    stars,
    program: { blocks: { languageVersion: 0, blocks: [] } },
    on: 'simulator',
  };
}

/** Rows a pupil's tablet could hold at version 1. */
const V1_ROWS = {
  classes: [{ id: 'C1', name: 'CM1', archived: false, createdAt: 1, updatedAt: 2 }],
  pupils: [
    {
      id: 'P1',
      classId: 'C1',
      name: 'Léa',
      avatar: 'fox',
      archived: false,
      createdAt: 1,
      updatedAt: 1,
    },
    {
      id: 'P2',
      classId: 'C1',
      name: 'Noé',
      avatar: 'owl',
      archived: true,
      createdAt: 1,
      updatedAt: 3,
    },
  ],
  sessions: [
    {
      id: 'S1',
      classId: 'C1',
      packId: 'pack-a',
      levelIds: ['level-1', 'level-2'],
      groups: [{ id: 'G1', name: '', pupilIds: ['P2'], robotId: 'R1' }],
      rotation: 'level',
      startedAt: 10,
      endedAt: null,
      updatedAt: 10,
    },
  ],
  attempts: [
    attempt('01J0000000000000000000000A', 'pupil:P1', 'level-1', false, 0, 100_000),
    attempt('01J0000000000000000000000B', 'pupil:P1', 'level-1', true, 2, 200_000),
    attempt('01J0000000000000000000000C', 'pupil:P1', 'level-1', true, 3, 300_000),
    attempt('01J0000000000000000000000D', 'group:G1', 'level-2', false, 0, 400_000),
  ],
  workspaces: [
    {
      learner: 'pupil:P1',
      packId: 'pack-a',
      levelId: 'level-2',
      pupilId: 'P1',
      groupId: null,
      state: { blocks: { languageVersion: 0, blocks: [{ type: 'parcours_start', id: 'x' }] } },
      updatedAt: 5,
    },
  ],
  robots: [
    { id: 'R1', kind: 'thymio', name: 'Robot 1', calibration: { stepMm: 100 }, updatedAt: 4 },
  ],
  packs: [{ id: 'my-pack', json: { schemaVersion: 1, id: 'my-pack' }, updatedAt: 6 }],
  settings: [
    { key: 'device.id', value: 'D1' },
    {
      key: 'teacher.pin',
      value: { algorithm: 'PBKDF2-SHA-256', iterations: 1000, salt: 'AA==', hash: 'AA==' },
    },
  ],
};

type Fixture = { stores: Record<string, string>; rows: Record<string, readonly unknown[]> };

/** One fixture per released version older than the current one. */
const OLDER_VERSIONS: Record<number, Fixture> = {
  1: { stores: V1_STORES, rows: V1_ROWS },
};

async function createOldDatabase(
  name: string,
  indexedDB: IDBFactory,
  version: number,
  fixture: Fixture,
) {
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  old.version(version).stores(fixture.stores);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.rows))
    await old.table(table).bulkAdd([...rows]);
  old.close();
}

describe('schema migrations', () => {
  it('has a fixture for every older version', () => {
    expect(Object.keys(OLDER_VERSIONS).map(Number)).toEqual(
      Array.from({ length: CURRENT_SCHEMA_VERSION - 1 }, (_, i) => i + 1),
    );
  });

  for (const [version, fixture] of Object.entries(OLDER_VERSIONS)) {
    it(`opens a version ${version} database and loses nothing`, async () => {
      const indexedDB = new IDBFactory();
      await createOldDatabase('old', indexedDB, Number(version), fixture);

      const storage = createStorage({ name: 'old', indexedDB, IDBKeyRange, env: fixedEnv() });
      await storage.db.open();
      expect(storage.db.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(fixture.rows)) {
        const stored = await storage.db.table(table).toArray();
        expect(stored, table).toEqual(expect.arrayContaining([...rows]));
        expect(stored, table).toHaveLength(rows.length);
      }
      // Version 2 computed best results from the old attempts.
      const attempts = (fixture.rows.attempts ?? []) as AttemptRecord[];
      const lea = await storage.attempts.bestResult('pupil:P1', {
        packId: 'pack-a',
        levelId: 'level-1',
      });
      expect(lea).toEqual(resultFromAttempts(attempts.filter((a) => a.learner === 'pupil:P1')));
      expect(lea).toMatchObject({
        attempts: 3,
        successes: 2,
        stars: 3,
        bestAttemptId: '01J0000000000000000000000C',
      });
      expect(await storage.db.bestResults.count()).toBe(2);
      // The old settings still work: same device id, PIN still set.
      expect(await storage.settings.deviceId()).toBe('D1');
      expect(await storage.pin.isSet()).toBe(true);
      // And new writes go through.
      await storage.attempts.record({
        player: { pupilId: 'P1', sessionId: 'S1' },
        level: { packId: 'pack-a', levelId: 'level-2' },
        startedAt: 0,
        endedAt: 1,
        outcome: { kind: 'success' },
        blockCount: 3,
        stars: 3,
        program: {},
        on: 'simulator',
      });
      expect(await storage.db.bestResults.count()).toBe(3);
      storage.db.close();
    });
  }

  it('creates a fresh database at the current version', async () => {
    const storage = createStorage({
      name: 'fresh',
      indexedDB: new IDBFactory(),
      IDBKeyRange,
      env: fixedEnv(),
    });
    await storage.db.open();
    expect(storage.db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(storage.db.tables.map((t) => t.name).sort()).toEqual(
      [
        'attempts',
        'bestResults',
        'classes',
        'packs',
        'pupils',
        'robots',
        'sessions',
        'settings',
        'workspaces',
      ].sort(),
    );
  });
});
