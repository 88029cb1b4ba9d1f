// Sessions: plans are checked (levels, groups, robots), started and ended; the tablet
// remembers which session it shows and who picked their name. Also the group role rotation
// and the end-of-session summary (who finished what, who is stuck).
import { describe, expect, it } from 'vitest';
import { attemptInput, CRASH, testStorage } from './helpers';
import {
  groupRoles,
  roleTurn,
  STUCK_FAILURES,
  summarizeSession,
} from '../../../src/storage/session-summary';
import type { AppStorage } from '../../../src/storage/index';

async function classWithPupils(storage: AppStorage, names: string[]) {
  const cls = await storage.classes.createClass('CM2');
  if (!cls.ok) throw new Error('class not created');
  const added = await storage.classes.addPupils(
    cls.value.id,
    names.map((name) => ({ name })),
  );
  if (!added.ok) throw new Error('pupils not added');
  return { classId: cls.value.id, pupils: added.value };
}

describe('SessionRepository', () => {
  it('refuses plans without levels, with empty groups or shared pupils or robots', async () => {
    const storage = testStorage();
    const { classId, pupils } = await classWithPupils(storage, ['Ali', 'Bea', 'Cy']);
    const [a, b, c] = pupils.map((p) => p.id) as [string, string, string];
    const base = {
      classId,
      packId: 'pack-a',
      levelIds: ['level-1'],
      groups: [],
      rotation: 'level' as const,
    };
    expect(await storage.sessions.start({ ...base, levelIds: [] })).toEqual({
      ok: false,
      error: 'no-levels',
    });
    expect(
      await storage.sessions.start({
        ...base,
        groups: [{ name: '', pupilIds: [], robotId: null }],
      }),
    ).toEqual({
      ok: false,
      error: 'empty-group',
    });
    expect(
      await storage.sessions.start({
        ...base,
        groups: [
          { name: '', pupilIds: [a, b], robotId: null },
          { name: '', pupilIds: [b, c], robotId: null },
        ],
      }),
    ).toEqual({ ok: false, error: 'pupil-in-two-groups' });
    expect(
      await storage.sessions.start({
        ...base,
        groups: [
          { name: '', pupilIds: [a], robotId: 'r1' },
          { name: '', pupilIds: [b], robotId: 'r1' },
        ],
      }),
    ).toEqual({ ok: false, error: 'robot-in-two-groups' });
    expect(
      await storage.sessions.start({
        ...base,
        groups: [{ name: '', pupilIds: ['stranger'], robotId: null }],
      }),
    ).toEqual({ ok: false, error: 'unknown-pupil' });
    expect(await storage.sessions.start({ ...base, classId: 'nope' })).toEqual({
      ok: false,
      error: 'not-found',
    });
  });

  it('starts and ends a session, and the tablet forgets it when it ends', async () => {
    const storage = testStorage();
    const { classId, pupils } = await classWithPupils(storage, ['Ali', 'Bea']);
    const started = await storage.sessions.start({
      classId,
      packId: 'pack-a',
      levelIds: ['level-1', 'level-2'],
      groups: [{ name: ' Les renards ', pupilIds: pupils.map((p) => p.id), robotId: 'r1' }],
      rotation: 'run',
    });
    if (!started.ok) throw new Error(started.error);
    expect(started.value.endedAt).toBeNull();
    expect(started.value.groups[0]?.name).toBe('Les renards');

    await storage.sessions.setActiveSession(started.value.id);
    await storage.sessions.setPickedLearner({
      sessionId: started.value.id,
      pupilId: null,
      groupId: started.value.groups[0]!.id,
    });
    expect(await storage.sessions.activeSessionId()).toBe(started.value.id);
    expect((await storage.sessions.pickedLearner())?.groupId).toBe(started.value.groups[0]!.id);

    const ended = await storage.sessions.end(started.value.id);
    expect(ended.ok && ended.value.endedAt).toBeGreaterThan(started.value.startedAt);
    expect(await storage.sessions.activeSessionId()).toBeNull();
    expect(await storage.sessions.pickedLearner()).toBeNull();
    expect((await storage.sessions.listForClass(classId)).map((s) => s.id)).toEqual([
      started.value.id,
    ]);
  });
});

describe('group roles', () => {
  it('rotate driver and navigator through the group', () => {
    expect(groupRoles(['a', 'b', 'c'], 0)).toEqual([
      { pupilId: 'a', role: 'driver' },
      { pupilId: 'b', role: 'navigator' },
      { pupilId: 'c', role: 'reporter' },
    ]);
    expect(groupRoles(['a', 'b', 'c'], 1).map((r) => r.role)).toEqual([
      'reporter',
      'driver',
      'navigator',
    ]);
    expect(groupRoles(['a', 'b'], 3).map((r) => r.role)).toEqual(['navigator', 'driver']);
    expect(groupRoles(['solo'], 5)).toEqual([{ pupilId: 'solo', role: 'driver' }]);
  });

  it('turn with each level or each run, as the session says', async () => {
    const storage = testStorage();
    const { classId } = await classWithPupils(storage, ['Ali']);
    const started = await storage.sessions.start({
      classId,
      packId: 'p',
      levelIds: ['l1', 'l2', 'l3'],
      groups: [],
      rotation: 'level',
    });
    if (!started.ok) throw new Error(started.error);
    expect(roleTurn(started.value, 'l3', 7)).toBe(2);
    expect(roleTurn({ ...started.value, rotation: 'run' }, 'l3', 7)).toBe(7);
  });
});

describe('session summary', () => {
  it('says who solved what and who is stuck by failures or by time', async () => {
    const storage = testStorage();
    const { classId, pupils } = await classWithPupils(storage, ['Ali', 'Bea', 'Cy']);
    const [ali, bea, cy] = pupils;
    const started = await storage.sessions.start({
      classId,
      packId: 'pack-a',
      levelIds: ['level-1', 'level-2'],
      groups: [],
      rotation: 'level',
    });
    if (!started.ok) throw new Error(started.error);
    const session = started.value;
    const as = (pupilId: string) => ({ pupilId, sessionId: session.id });
    // Ali solves level 1.
    await storage.attempts.record(attemptInput(as(ali!.id), { stars: 2 }));
    // Bea fails level 1 five times in two minutes.
    for (let i = 0; i < STUCK_FAILURES; i++) {
      await storage.attempts.record(
        attemptInput(as(bea!.id), {
          outcome: CRASH,
          stars: 0,
          startedAt: 10_000 + i * 20_000,
          endedAt: 20_000 + i * 20_000,
        }),
      );
    }
    // Cy tried level 2 once, twelve minutes ago.
    await storage.attempts.record(
      attemptInput(as(cy!.id), {
        level: { packId: 'pack-a', levelId: 'level-2' },
        outcome: CRASH,
        stars: 0,
        startedAt: 0,
        endedAt: 30_000,
      }),
    );
    const attempts = await storage.attempts.listForSession(session.id);
    const summary = summarizeSession(session, pupils, attempts, 12 * 60_000);
    const byName = new Map(summary.map((s) => [s.who.kind === 'pupil' ? s.who.pupil.name : '', s]));
    expect(byName.get('Ali')?.levels.map((l) => [l.status, l.stars])).toEqual([
      ['solved', 2],
      ['not-started', 0],
    ]);
    expect(byName.get('Ali')?.stuck).toBeNull();
    expect(byName.get('Bea')?.stuck).toMatchObject({
      levelId: 'level-1',
      reason: 'failures',
      failures: 5,
    });
    expect(byName.get('Cy')?.stuck).toMatchObject({
      levelId: 'level-2',
      reason: 'time',
      minutes: 12,
    });
    expect(byName.get('Cy')?.levels.map((l) => l.status)).toEqual(['not-started', 'tried']);
  });
});
