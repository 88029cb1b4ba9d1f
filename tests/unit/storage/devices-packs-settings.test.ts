// Robots with their calibrations, authored packs and device settings: each repository keeps
// its rows across a reload of the app (a new storage on the same database), and settings
// (device id, PIN hash) stay on the tablet: a backup of everything never carries them.
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createStorage } from '../../../src/storage/index';
import { fixedEnv } from '../../../src/storage/env';
import { SETTING_KEYS } from '../../../src/storage/settings-repository';
import { testStorage } from './helpers';

function reloadable() {
  const indexedDB = new IDBFactory();
  const open = () =>
    createStorage({ name: 'tablet', indexedDB, IDBKeyRange, env: fixedEnv(), pinIterations: 1000 });
  return { open };
}

describe('RobotRepository', () => {
  it('adds robots, keeps a calibration across a rename and a reload, and removes them', async () => {
    const { open } = reloadable();
    const first = open();
    const thymio = await first.robots.save({ kind: 'thymio', name: '  Robot 10 ' });
    await first.robots.save({ id: 'mbot-7A', kind: 'mbot', name: 'Robot 2' });
    expect(thymio.name).toBe('Robot 10');
    expect(thymio.calibration).toEqual({});

    const calibrated = await first.robots.setCalibration(thymio.id, { stepMm: 98, turnFix: -2 });
    expect(calibrated?.calibration).toEqual({ stepMm: 98, turnFix: -2 });
    expect(calibrated!.updatedAt).toBeGreaterThan(thymio.updatedAt);
    // A rename without a calibration keeps the measured one.
    await first.robots.save({ id: thymio.id, kind: 'thymio', name: 'Robot 1' });
    expect(await first.robots.setCalibration('nobody', { stepMm: 1 })).toBeUndefined();
    first.db.close();

    const reloaded = open();
    expect((await reloaded.robots.list()).map((r) => r.name)).toEqual(['Robot 1', 'Robot 2']);
    expect((await reloaded.robots.get(thymio.id))?.calibration).toEqual({
      stepMm: 98,
      turnFix: -2,
    });
    expect((await reloaded.robots.listByKind('mbot')).map((r) => r.id)).toEqual(['mbot-7A']);
    await reloaded.robots.remove('mbot-7A');
    expect(await reloaded.robots.get('mbot-7A')).toBeUndefined();
    expect(await reloaded.db.robots.count()).toBe(1);
  });
});

describe('PackRepository', () => {
  it('stores authored packs as raw JSON, most recently changed first', async () => {
    const { open } = reloadable();
    const first = open();
    await first.packs.save('maze', { schemaVersion: 1, id: 'maze', levels: [] });
    await first.packs.save('garden', { schemaVersion: 1, id: 'garden', levels: [] });
    await first.packs.save('maze', { schemaVersion: 1, id: 'maze', levels: [{ id: 'l1' }] });
    first.db.close();

    const reloaded = open();
    expect((await reloaded.packs.list()).map((p) => p.id)).toEqual(['maze', 'garden']);
    expect((await reloaded.packs.get('maze'))?.json).toEqual({
      schemaVersion: 1,
      id: 'maze',
      levels: [{ id: 'l1' }],
    });
    await reloaded.packs.remove('garden');
    expect(await reloaded.packs.get('garden')).toBeUndefined();
  });
});

describe('SettingsRepository', () => {
  it('creates the device id once and keeps it across reloads', async () => {
    const { open } = reloadable();
    const first = open();
    const id = await first.settings.deviceId();
    expect(id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(await first.settings.deviceId()).toBe(id);
    first.db.close();
    expect(await open().settings.deviceId()).toBe(id);
  });

  it('sets, reads and removes values', async () => {
    const { settings } = testStorage();
    expect(await settings.get('some.flag')).toBeUndefined();
    await settings.set('some.flag', { on: true });
    expect(await settings.get('some.flag')).toEqual({ on: true });
    await settings.remove('some.flag');
    expect(await settings.get('some.flag')).toBeUndefined();
  });

  it('never leave the tablet: an export of everything carries no settings', async () => {
    const storage = testStorage();
    await storage.pin.set('2468');
    await storage.settings.set(SETTING_KEYS.activeSession, 'S1');
    await storage.robots.save({ kind: 'thymio', name: 'Robot 1', calibration: { stepMm: 100 } });
    const file = await storage.backups.export({ kind: 'all' });
    const text = JSON.stringify(file);
    expect(text).not.toContain('teacher.pin');
    expect(text).not.toContain('PBKDF2');
    expect(text).not.toContain(SETTING_KEYS.activeSession);
    expect(file.content.robots).toHaveLength(1);
    expect(Object.keys(file.content)).not.toContain('settings');
  });
});
