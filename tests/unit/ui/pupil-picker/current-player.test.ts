// Who plays on the tablet: a picked pupil or group is remembered across a reload, levels
// outside the session are refused, and a full tablet does not stop a pupil from picking their
// name or leaving (the choice then lives in memory for this visit).
import { describe, expect, it } from 'vitest';
import {
  CurrentPlayer,
  type SessionStore,
} from '../../../../src/ui/pupil-picker/current-player.svelte';
import type { PickedLearner } from '../../../../src/storage/session-repository';
import type { SessionRecord } from '../../../../src/storage/records';

const SESSION: SessionRecord = {
  id: 'S1',
  classId: 'C1',
  packId: 'pack-a',
  levelIds: ['level-1', 'level-2'],
  groups: [{ id: 'G1', name: '', pupilIds: ['P2', 'P3'], robotId: null }],
  rotation: 'level',
  startedAt: 1,
  endedAt: null,
  updatedAt: 1,
};

class FakeSessions implements SessionStore {
  active: string | null = 'S1';
  picked: PickedLearner | null = null;
  full = false;

  async get(id: string) {
    return id === SESSION.id ? SESSION : undefined;
  }
  async activeSessionId() {
    return this.active;
  }
  async setActiveSession(id: string | null) {
    this.#write();
    this.active = id;
  }
  async pickedLearner() {
    return this.picked;
  }
  async setPickedLearner(picked: PickedLearner | null) {
    this.#write();
    this.picked = picked;
  }
  #write(): void {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
  }
}

describe('CurrentPlayer', () => {
  it('keeps pupils within the session’s levels, once they picked their name', async () => {
    const current = new CurrentPlayer(new FakeSessions());
    await current.restore();
    expect(current.inSession).toBe(true);
    expect(current.allows({ packId: 'pack-a', levelId: 'level-1' })).toBe(false);
    await current.pick({ pupilId: 'P1', groupId: null });
    expect(current.player).toEqual({ pupilId: 'P1', groupId: null, sessionId: 'S1' });
    expect(current.allows({ packId: 'pack-a', levelId: 'level-1' })).toBe(true);
    expect(current.allows({ packId: 'pack-a', levelId: 'level-3' })).toBe(false);
    expect(current.allows({ packId: 'pack-b', levelId: 'level-1' })).toBe(false);
  });

  it('brings the same group back after a reload', async () => {
    const sessions = new FakeSessions();
    const first = new CurrentPlayer(sessions);
    await first.restore();
    await first.pick({ pupilId: null, groupId: 'G1' });
    const reloaded = new CurrentPlayer(sessions);
    await reloaded.restore();
    expect(reloaded.player).toEqual({ pupilId: null, groupId: 'G1', sessionId: 'S1' });
  });

  it('lets a pupil pick and leave when the tablet is full', async () => {
    const sessions = new FakeSessions();
    const current = new CurrentPlayer(sessions);
    await current.restore();
    sessions.full = true;
    await current.pick({ pupilId: 'P1', groupId: null });
    expect(current.player.pupilId).toBe('P1');
    expect(sessions.picked).toBeNull();
    await current.leave();
    expect(current.learner).toBeNull();
  });

  it('goes back to free play when the session has ended', async () => {
    const sessions = new FakeSessions();
    sessions.active = 'gone';
    const current = new CurrentPlayer(sessions);
    await current.restore();
    expect(current.inSession).toBe(false);
    expect(sessions.active).toBeNull();
    expect(current.allows({ packId: 'any', levelId: 'any' })).toBe(true);
    expect(current.player).toEqual({ pupilId: null, sessionId: null, groupId: null });
  });
});
