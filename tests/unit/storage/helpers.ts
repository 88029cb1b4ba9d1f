// Test helpers for the storage layer: a fresh fake IndexedDB per storage, a deterministic
// clock and ULIDs, attempt inputs and a dump of every table for before/after comparisons.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createStorage, type AppStorage, type StorageOptions } from '../../../src/storage/index';
import { fixedEnv } from '../../../src/storage/env';
import type { AttemptInput } from '../../../src/storage/attempt-repository';
import type { PlayerRef } from '../../../src/storage/records';
import type { ParcoursDb } from '../../../src/storage/database';
import type { RunOutcome } from '../../../src/core/run/types';

let counter = 0;

/** A storage on its own fake IndexedDB, with a clock starting at `start`. */
export function testStorage(options: StorageOptions & { start?: number } = {}): AppStorage {
  counter += 1;
  return createStorage({
    name: `parcours-test-${counter}`,
    indexedDB: new IDBFactory(),
    IDBKeyRange,
    env: fixedEnv(options.start),
    pinIterations: 1000,
    ...options,
  });
}

export const SUCCESS: RunOutcome = { kind: 'success' };
export const CRASH: RunOutcome = {
  kind: 'crash',
  cause: 'wall',
  at: { x: 1, y: 0 },
  blockId: 'b2',
  actionIndex: 2,
};

export function attemptInput(
  player: PlayerRef,
  overrides: Partial<AttemptInput> = {},
): AttemptInput {
  return {
    player,
    level: { packId: 'pack-a', levelId: 'level-1' },
    startedAt: 1_000,
    endedAt: 61_000,
    outcome: SUCCESS,
    blockCount: 4,
    stars: 3,
    program: { blocks: { languageVersion: 0, blocks: [{ type: 'parcours_start', id: 'start' }] } },
    on: 'simulator',
    ...overrides,
  };
}

/** Every row of every table, sorted by primary key, settings left out unless asked. */
export async function dump(
  db: ParcoursDb,
  withSettings = false,
): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.allTables) {
    if (table.name === 'settings' && !withSettings) continue;
    out[table.name] = await table.toArray();
  }
  return out;
}
