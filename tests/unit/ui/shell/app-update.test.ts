// AppUpdate: the offline status and the new-version flow. Nothing is applied without a call
// to `apply`, a dismissed banner hides but the update stays, a failed update can be retried.
import { describe, expect, it, vi } from 'vitest';
import { AppUpdate } from '../../../../src/ui/shell/app-update.svelte';

function actions() {
  const calls: string[] = [];
  let fail = false;
  return {
    calls,
    failNext: () => {
      fail = true;
    },
    value: {
      apply: async () => {
        calls.push('apply');
        if (fail) {
          fail = false;
          throw new Error('no worker');
        }
      },
      reload: () => {
        calls.push('reload');
      },
    },
  };
}

describe('AppUpdate', () => {
  it('goes from unsupported to pending to ready as the worker installs', () => {
    const updates = new AppUpdate();
    expect(updates.offline).toBe('unsupported');
    updates.didStartInstall();
    expect(updates.offline).toBe('pending');
    updates.didBecomeOfflineReady();
    expect(updates.offline).toBe('ready');
    updates.didStartInstall();
    expect(updates.offline).toBe('ready');
  });

  it('announces a waiting version and applies it only when asked', async () => {
    const updates = new AppUpdate();
    const fake = actions();
    updates.connect(fake.value);
    updates.didFindUpdate();
    expect(updates.update).toBe('ready');
    expect(updates.announce).toBe(true);
    expect(fake.calls).toEqual([]);

    await updates.apply();
    expect(fake.calls).toEqual(['apply']);
    expect(updates.update).toBe('applying');
  });

  it('hides the banner on "later" but keeps the update available', async () => {
    const updates = new AppUpdate();
    const fake = actions();
    updates.connect(fake.value);
    updates.didFindUpdate();
    updates.dismiss();
    expect(updates.announce).toBe(false);
    expect(updates.update).toBe('ready');
    await updates.apply();
    expect(fake.calls).toEqual(['apply']);
  });

  it('returns to ready when applying fails', async () => {
    const updates = new AppUpdate();
    const fake = actions();
    updates.connect(fake.value);
    updates.didFindUpdate();
    fake.failNext();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await updates.apply();
    expect(error).toHaveBeenCalled();
    error.mockRestore();
    expect(updates.update).toBe('ready');
  });

  it('does nothing on apply when no version waits', async () => {
    const updates = new AppUpdate();
    const fake = actions();
    updates.connect(fake.value);
    await updates.apply();
    expect(fake.calls).toEqual([]);
    expect(updates.update).toBe('none');
  });

  it('asks for a reload after another tab updated', () => {
    const updates = new AppUpdate();
    const fake = actions();
    updates.connect(fake.value);
    updates.didUpdateElsewhere();
    expect(updates.announce).toBe(true);
    updates.reload();
    expect(fake.calls).toEqual(['reload']);
  });
});
