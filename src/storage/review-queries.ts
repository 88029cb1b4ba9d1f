// Read-only queries of the progress review. Storage layer. The class grid and the school view
// read the best-result table only (one `learner` index lookup per pupil and group), never the
// attempts; attempts are read only where a view is bounded: one session or date range, one
// level of one class, one pupil, or one attempt to replay. Attempts still waiting in memory
// (device full) are not shown until they are written.
import type { ParcoursDb } from './database';
import type {
  AttemptRecord,
  BestResultRecord,
  ClassRecord,
  LearnerKey,
  PupilRecord,
  SessionRecord,
} from './records';
import type { LastOutcome, ReviewPupil } from '../core/progress/types';
import { compareNames } from '../core/progress/grid';

/** A class with what the review needs to list and credit its pupils. */
export interface ClassRoster {
  readonly cls: ClassRecord;
  /** Every pupil, archived ones included (their history stays part of the class). */
  readonly pupils: readonly PupilRecord[];
  /** The class's sessions, oldest first. */
  readonly sessions: readonly SessionRecord[];
  /** Each pupil with their learner keys: their own and every group they played in. */
  readonly learners: readonly ReviewPupil[];
}

/** Group id → display name inputs (session and position), for exports and labels. */
export interface GroupRef {
  readonly sessionId: string;
  readonly index: number;
  readonly name: string;
  readonly pupilIds: readonly string[];
}

/** Runs one keyed read per id, in parallel, and joins the rows. */
async function byEach<T>(ids: readonly string[], read: (id: string) => Promise<T[]>): Promise<T[]> {
  return (await Promise.all(ids.map(read))).flat();
}

/** Each pupil's learner keys from the groups of the sessions. */
export function reviewPupils(
  pupils: readonly PupilRecord[],
  sessions: readonly SessionRecord[],
): ReviewPupil[] {
  const groupsOf = new Map<string, string[]>();
  for (const session of sessions)
    for (const group of session.groups)
      for (const pupilId of group.pupilIds) {
        const list = groupsOf.get(pupilId);
        const key = `group:${group.id}`;
        if (list) list.push(key);
        else groupsOf.set(pupilId, [key]);
      }
  return [...pupils]
    .sort((a, b) => compareNames(a.name, b.name))
    .map((p) => ({
      id: p.id,
      name: p.name,
      learners: [`pupil:${p.id}`, ...(groupsOf.get(p.id) ?? [])],
    }));
}

/** Every learner key of a roster (pupils and groups). */
export function rosterLearners(roster: Pick<ClassRoster, 'learners'>): LearnerKey[] {
  return [...new Set(roster.learners.flatMap((p) => p.learners))];
}

/** Groups of a class by id. */
export function groupsById(sessions: readonly SessionRecord[]): Map<string, GroupRef> {
  const groups = new Map<string, GroupRef>();
  for (const session of sessions)
    session.groups.forEach((group, index) =>
      groups.set(group.id, {
        sessionId: session.id,
        index,
        name: group.name,
        pupilIds: group.pupilIds,
      }),
    );
  return groups;
}

/** The class, its pupils and sessions, or null when there is no such class. */
export async function classRoster(db: ParcoursDb, classId: string): Promise<ClassRoster | null> {
  return db.transaction('r', db.classes, db.pupils, db.sessions, async () => {
    const cls = await db.classes.get(classId);
    if (!cls) return null;
    const pupils = await db.pupils.where('classId').equals(classId).toArray();
    const sessions = (await db.sessions.where('classId').equals(classId).toArray()).sort(
      (a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1),
    );
    return { cls, pupils, sessions, learners: reviewPupils(pupils, sessions) };
  });
}

/** The best-result rows of a class's pupils and groups (no attempt is read). */
export async function classBestResults(
  db: ParcoursDb,
  roster: Pick<ClassRoster, 'learners'>,
): Promise<BestResultRecord[]> {
  const learners = rosterLearners(roster);
  // One equality range per learner: as fast as one index range in IndexedDB, where `anyOf`
  // walks the index with cursor jumps (and fake-indexeddb scans it).
  return db.transaction('r', db.bestResults, async () =>
    (
      await Promise.all(
        learners.map((learner) => db.bestResults.where('learner').equals(learner).toArray()),
      )
    ).flat(),
  );
}

/**
 * How the latest attempt of each learner × level ended, read through the attempts' compound
 * index (one keyed lookup each, the newest ULID last), in one read transaction.
 */
export async function lastOutcomes(
  db: ParcoursDb,
  keys: readonly { learner: string; packId: string; levelId: string }[],
): Promise<LastOutcome[]> {
  if (keys.length === 0) return [];
  return db.transaction('r', db.attempts, async () => {
    const found = await Promise.all(
      keys.map((key) =>
        db.attempts
          .where('[learner+packId+levelId]')
          .equals([key.learner, key.packId, key.levelId])
          .last(),
      ),
    );
    return found.flatMap((a): LastOutcome[] =>
      a
        ? [
            {
              learner: a.learner,
              packId: a.packId,
              levelId: a.levelId,
              endedAt: a.endedAt,
              id: a.id,
              kind: a.outcome.kind,
            },
          ]
        : [],
    );
  });
}

/** The attempts of some sessions (a session filter, or the sessions of a date range). */
export async function sessionAttempts(
  db: ParcoursDb,
  sessionIds: readonly string[],
): Promise<AttemptRecord[]> {
  return db.transaction('r', db.attempts, () =>
    byEach(sessionIds, (id) => db.attempts.where('sessionId').equals(id).toArray()),
  );
}

/** A class's attempts on one level (one keyed range per pupil or group). */
export async function levelAttempts(
  db: ParcoursDb,
  roster: Pick<ClassRoster, 'learners'>,
  packId: string,
  levelId: string,
): Promise<AttemptRecord[]> {
  return db.transaction('r', db.attempts, async () =>
    (
      await Promise.all(
        rosterLearners(roster).map((learner) =>
          db.attempts
            .where('[learner+packId+levelId]')
            .equals([learner, packId, levelId])
            .toArray(),
        ),
      )
    ).flat(),
  );
}

/** A pupil's attempts, their own and their groups', oldest first. */
export async function pupilAttempts(db: ParcoursDb, pupil: ReviewPupil): Promise<AttemptRecord[]> {
  const groupIds = pupil.learners.filter((l) => l.startsWith('group:')).map((l) => l.slice(6));
  const [own, grouped] = await Promise.all([
    db.attempts.where('pupilId').equals(pupil.id).toArray(),
    byEach(groupIds, (id) => db.attempts.where('groupId').equals(id).toArray()),
  ]);
  const byId = new Map<string, AttemptRecord>();
  for (const a of [...own, ...grouped]) byId.set(a.id, a);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Every attempt of a class (the per-attempt export; read once, on demand). */
export async function classAttempts(
  db: ParcoursDb,
  roster: Pick<ClassRoster, 'learners' | 'pupils'>,
): Promise<AttemptRecord[]> {
  const groupIds = rosterLearners(roster)
    .filter((l) => l.startsWith('group:'))
    .map((l) => l.slice(6));
  const pupilIds = roster.pupils.map((p) => p.id);
  const [own, grouped] = await Promise.all([
    byEach(pupilIds, (id) => db.attempts.where('pupilId').equals(id).toArray()),
    byEach(groupIds, (id) => db.attempts.where('groupId').equals(id).toArray()),
  ]);
  const byId = new Map<string, AttemptRecord>();
  for (const a of [...own, ...grouped]) byId.set(a.id, a);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One attempt, with its stored program (for a replay). */
export async function attemptById(db: ParcoursDb, id: string): Promise<AttemptRecord | undefined> {
  return db.attempts.get(id);
}

/** Every class with its roster and best-result rows, for the school view. */
export async function schoolOverview(
  db: ParcoursDb,
): Promise<{ roster: ClassRoster; rows: BestResultRecord[] }[]> {
  const classes = (await db.classes.toArray()).filter((c) => !c.archived);
  classes.sort((a, b) => compareNames(a.name, b.name));
  const out: { roster: ClassRoster; rows: BestResultRecord[] }[] = [];
  for (const cls of classes) {
    const roster = await classRoster(db, cls.id);
    if (!roster) continue;
    out.push({ roster, rows: await classBestResults(db, roster) });
  }
  return out;
}
