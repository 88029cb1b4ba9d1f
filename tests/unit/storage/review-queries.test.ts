// Review queries on fake-indexeddb: a class's roster credits group work to its members, the
// grid's rows come from the best-result table, last outcomes from the attempts' index, and the
// bounded attempt reads (session, level, pupil, class, one attempt) return exactly their rows.
import { describe, expect, it } from 'vitest';
import { attemptInput, CRASH, testStorage } from './helpers';
import {
  attemptById,
  classAttempts,
  classBestResults,
  classRoster,
  groupsById,
  lastOutcomes,
  levelAttempts,
  pupilAttempts,
  schoolOverview,
  sessionAttempts,
} from '../../../src/storage/review-queries';
import { gridFromRows, lastOutcomesNeeded } from '../../../src/core/progress/grid';
import type { RunOutcome } from '../../../src/core/run/types';

const TIMEOUT: RunOutcome = { kind: 'timeout', ticks: 10_000 };

async function seeded() {
  const storage = testStorage();
  const cls = await storage.classes.createClass('CM1 Lune');
  if (!cls.ok) throw new Error('class');
  const added = await storage.classes.addPupils(cls.value.id, [
    { name: 'Zoé' },
    { name: 'Émile' },
    { name: 'Adam' },
  ]);
  if (!added.ok) throw new Error('pupils');
  const [zoe, emile, adam] = added.value.map((p) => p.id) as [string, string, string];
  const other = await storage.classes.createClass('CE2');
  if (!other.ok) throw new Error('class');
  const stranger = await storage.classes.addPupils(other.value.id, [{ name: 'Zoé' }]);
  if (!stranger.ok) throw new Error('pupils');
  const session = await storage.sessions.start({
    classId: cls.value.id,
    packId: 'pack-a',
    levelIds: ['level-1', 'level-2'],
    groups: [{ name: '', pupilIds: [zoe, adam], robotId: null }],
    rotation: 'level',
  });
  if (!session.ok) throw new Error('session');
  const s = session.value.id;
  const g = session.value.groups[0]!.id;
  const level2 = { packId: 'pack-a', levelId: 'level-2' };
  // Zoé alone (free play): crash then success on level 1.
  await storage.attempts.record(
    attemptInput({ pupilId: zoe, sessionId: null }, { outcome: CRASH, stars: 0 }),
  );
  await storage.attempts.record(attemptInput({ pupilId: zoe, sessionId: null }));
  // The group in the session: timeout then crash on level 2.
  await storage.attempts.record(
    attemptInput(
      { pupilId: null, sessionId: s, groupId: g },
      { level: level2, outcome: TIMEOUT, stars: 0 },
    ),
  );
  await storage.attempts.record(
    attemptInput(
      { pupilId: null, sessionId: s, groupId: g },
      { level: level2, outcome: CRASH, stars: 0 },
    ),
  );
  // Émile in the session: level 1 success with 2 stars.
  await storage.attempts.record(attemptInput({ pupilId: emile, sessionId: s }, { stars: 2 }));
  // Another class's pupil: must never show up.
  await storage.attempts.record(attemptInput({ pupilId: stranger.value[0]!.id, sessionId: null }));
  return { storage, classId: cls.value.id, zoe, emile, adam, s, g };
}

describe('review queries', () => {
  it('lists the roster with group keys and builds the grid from best results', async () => {
    const { storage, classId, zoe, adam, g } = await seeded();
    const roster = await classRoster(storage.db, classId);
    expect(roster?.learners.map((p) => [p.name, p.learners])).toEqual([
      ['Adam', [`pupil:${adam}`, `group:${g}`]],
      ['Émile', [expect.stringMatching(/^pupil:/)]],
      ['Zoé', [`pupil:${zoe}`, `group:${g}`]],
    ]);
    const rows = await classBestResults(storage.db, roster!);
    expect(rows).toHaveLength(3);
    const last = await lastOutcomes(storage.db, lastOutcomesNeeded(rows));
    const grid = gridFromRows(roster!.learners, 'pack-a', ['level-1', 'level-2'], rows, last);
    expect(
      grid.map((r) => [
        r.pupil.name,
        ...r.cells.map((c) => `${c.status}:${c.attempts}:${c.lastOutcome}`),
      ]),
    ).toEqual([
      ['Adam', 'not-started:0:null', 'tried:2:crash'],
      ['Émile', 'solved:1:success', 'not-started:0:null'],
      ['Zoé', 'solved:2:success', 'tried:2:crash'],
    ]);
    expect(groupsById(roster!.sessions).get(g)?.pupilIds).toEqual([zoe, adam]);
  });

  it('reads bounded attempts: session, level, pupil, class, one by id', async () => {
    const { storage, classId, zoe, s } = await seeded();
    const roster = (await classRoster(storage.db, classId))!;
    expect(await sessionAttempts(storage.db, [s])).toHaveLength(3);
    expect(await sessionAttempts(storage.db, [])).toEqual([]);
    expect(await levelAttempts(storage.db, roster, 'pack-a', 'level-1')).toHaveLength(3);
    const zoePupil = roster.learners.find((p) => p.id === zoe)!;
    const mine = await pupilAttempts(storage.db, zoePupil);
    expect(mine.map((a) => a.outcome.kind)).toEqual(['crash', 'success', 'timeout', 'crash']);
    expect(await classAttempts(storage.db, roster)).toHaveLength(5);
    expect((await attemptById(storage.db, mine[0]!.id))?.program).toEqual(mine[0]!.program);
    expect(await classRoster(storage.db, 'nope')).toBeNull();
  });

  it('gives the school overview of active classes by name', async () => {
    const { storage } = await seeded();
    const school = await schoolOverview(storage.db);
    expect(school.map((c) => [c.roster.cls.name, c.rows.length])).toEqual([
      ['CE2', 1],
      ['CM1 Lune', 3],
    ]);
  });
});
