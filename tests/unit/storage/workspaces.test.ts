// Workspaces: one current workspace per learner × level, survives a new storage on the same
// database (a reload), and stays available in memory when the device is full.
import { describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createStorage } from '../../../src/storage/index';
import { fixedEnv } from '../../../src/storage/env';
import { testStorage } from './helpers';
import { StorageWriteError } from '../../../src/storage/storage-health';

const level = { packId: 'pack-a', levelId: 'level-1' };
const state = (n: number) => ({
  blocks: { languageVersion: 0, blocks: [{ type: 'parcours_start', id: `s${n}` }] },
});

describe('WorkspaceRepository', () => {
  it('saves per learner and level, and a reloaded app finds the blocks', async () => {
    const indexedDB = new IDBFactory();
    const first = createStorage({ name: 'reload', indexedDB, IDBKeyRange, env: fixedEnv() });
    await first.workspaces.save({ pupilId: 'P1', sessionId: 'S1' }, level, state(1));
    await first.workspaces.save({ pupilId: 'P1', sessionId: 'S1' }, level, state(2));
    await first.workspaces.save({ pupilId: 'P2', sessionId: 'S1' }, level, state(3));
    await first.workspaces.save({ pupilId: null, sessionId: 'S1', groupId: 'G1' }, level, state(4));
    first.db.close();

    const reloaded = createStorage({ name: 'reload', indexedDB, IDBKeyRange, env: fixedEnv() });
    expect(await reloaded.workspaces.load({ pupilId: 'P1', sessionId: 'S1' }, level)).toEqual(
      state(2),
    );
    expect(await reloaded.workspaces.load({ pupilId: 'P2', sessionId: null }, level)).toEqual(
      state(3),
    );
    expect(
      await reloaded.workspaces.load({ pupilId: 'P1', sessionId: null, groupId: 'G1' }, level),
    ).toEqual(state(4));
    expect(await reloaded.workspaces.load({ pupilId: null, sessionId: null }, level)).toBeNull();
    expect(
      await reloaded.workspaces.load(
        { pupilId: 'P1', sessionId: null },
        { ...level, levelId: 'level-2' },
      ),
    ).toBeNull();
  });

  it('keeps the pupil’s work in memory when the quota is hit and writes it on the next save', async () => {
    const storage = testStorage();
    const player = { pupilId: 'P1', sessionId: null };
    const bulkPut = vi
      .spyOn(storage.db.workspaces, 'bulkPut')
      .mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    // The save rejects (the player must not say "saved"), but the blocks are kept.
    await expect(storage.workspaces.save(player, level, state(1))).rejects.toEqual(
      new StorageWriteError('quota-exceeded'),
    );
    expect(storage.health.snapshot).toEqual({ problem: 'quota-exceeded', pendingWrites: 1 });
    expect(await storage.workspaces.load(player, level)).toEqual(state(1));
    expect(await storage.db.workspaces.count()).toBe(0);

    bulkPut.mockRestore();
    await storage.workspaces.save(player, { ...level, levelId: 'level-2' }, state(2));
    expect(storage.health.snapshot).toEqual({ problem: null, pendingWrites: 0 });
    expect((await storage.db.workspaces.toArray()).map((w) => w.state)).toEqual([
      state(1),
      state(2),
    ]);
  });

  it('says storage is unavailable for other write failures', async () => {
    const storage = testStorage();
    vi.spyOn(storage.db.workspaces, 'bulkPut').mockRejectedValue(
      new DOMException('nope', 'InvalidStateError'),
    );
    await expect(
      storage.workspaces.save({ pupilId: 'P1', sessionId: null }, level, state(1)),
    ).rejects.toBeInstanceOf(StorageWriteError);
    expect(storage.health.snapshot.problem).toBe('unavailable');
    expect(await storage.workspaces.load({ pupilId: 'P1', sessionId: null }, level)).toEqual(
      state(1),
    );
  });
});
