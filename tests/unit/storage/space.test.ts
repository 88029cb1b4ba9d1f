// Persistent storage and quota: the browser is asked once for persistence (later calls only
// read the state), and the usage estimate is passed on; old browsers without the API are
// reported as unsupported.
import { describe, expect, it, vi } from 'vitest';
import { testStorage } from './helpers';
import { SpaceService } from '../../../src/storage/space';

describe('SpaceService', () => {
  it('asks for persistent storage once only', async () => {
    const { settings } = testStorage();
    const manager = {
      persist: vi.fn().mockResolvedValue(true),
      persisted: vi.fn().mockResolvedValue(true),
      estimate: vi.fn().mockResolvedValue({ usage: 2_000_000, quota: 50_000_000 }),
    };
    const space = new SpaceService(manager, settings);
    expect(await space.requestPersistenceOnce()).toBe('granted');
    expect(await space.requestPersistenceOnce()).toBe('granted');
    // A second SpaceService (after a reload) does not ask again either.
    expect(await new SpaceService(manager, settings).requestPersistenceOnce()).toBe('granted');
    expect(manager.persist).toHaveBeenCalledTimes(1);
    expect(await space.estimate()).toEqual({ usage: 2_000_000, quota: 50_000_000 });
  });

  it('reports a refusal, and browsers without the API', async () => {
    const { settings } = testStorage();
    const refused = new SpaceService(
      { persist: async () => false, persisted: async () => false },
      settings,
    );
    expect(await refused.requestPersistenceOnce()).toBe('denied');
    expect(await refused.persisted()).toBe('denied');
    expect(await refused.estimate()).toBeNull();
    const none = new SpaceService(undefined, settings);
    expect(await none.requestPersistenceOnce()).toBe('unsupported');
    expect(await none.estimate()).toBeNull();
  });
});
