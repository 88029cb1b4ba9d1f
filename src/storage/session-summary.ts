// What a session's attempts say: per pupil or group, which levels are solved, tried or not
// started, and who looks stuck (many failed runs, or a long time on one level). Also the role
// rotation inside groups. Storage layer, pure functions over stored records.
import { isSuccess } from './best-results';
import type {
  AttemptRecord,
  LearnerKey,
  PupilRecord,
  SessionGroup,
  SessionRecord,
} from './records';

/** Failed runs on the current level from which a learner counts as stuck. */
export const STUCK_FAILURES = 5;
/** Minutes on the current level from which a learner counts as stuck. */
export const STUCK_MINUTES = 10;

export type GroupRole = 'driver' | 'navigator' | 'reporter';

export interface RoleAssignment {
  readonly pupilId: string;
  readonly role: GroupRole;
}

/**
 * Roles at a turn: the driver is member `turn mod n`, the navigator the next one, everybody
 * else reports. Turn is the level's position (rotation by level) or the group's run count.
 */
export function groupRoles(pupilIds: readonly string[], turn: number): RoleAssignment[] {
  const n = pupilIds.length;
  if (n === 0) return [];
  const shift = ((turn % n) + n) % n;
  return pupilIds.map((pupilId, i) => {
    const position = (i - shift + n) % n;
    const role: GroupRole = position === 0 ? 'driver' : position === 1 ? 'navigator' : 'reporter';
    return { pupilId, role };
  });
}

/** The rotation turn of a group on a level, from the session's rule. */
export function roleTurn(
  session: SessionRecord,
  levelId: string,
  groupRunsInSession: number,
): number {
  if (session.rotation === 'run') return groupRunsInSession;
  return Math.max(0, session.levelIds.indexOf(levelId));
}

export type LevelStatus = 'solved' | 'tried' | 'not-started';

export interface LevelProgress {
  readonly levelId: string;
  readonly status: LevelStatus;
  readonly stars: number;
  readonly attempts: number;
}

export interface Stuck {
  readonly levelId: string;
  readonly reason: 'failures' | 'time';
  readonly failures: number;
  readonly minutes: number;
}

export type SummaryLearner =
  | { readonly kind: 'pupil'; readonly pupil: PupilRecord }
  | { readonly kind: 'group'; readonly group: SessionGroup; readonly index: number };

export interface LearnerSummary {
  readonly learner: LearnerKey;
  readonly who: SummaryLearner;
  readonly levels: readonly LevelProgress[];
  readonly solved: number;
  readonly attempts: number;
  readonly stuck: Stuck | null;
  readonly lastActivityAt: number | null;
}

function summarizeLearner(
  learner: LearnerKey,
  who: SummaryLearner,
  session: SessionRecord,
  attempts: readonly AttemptRecord[],
  now: number,
): LearnerSummary {
  const levels = session.levelIds.map((levelId): LevelProgress => {
    const onLevel = attempts.filter((a) => a.levelId === levelId);
    const successes = onLevel.filter(isSuccess);
    return {
      levelId,
      status: successes.length > 0 ? 'solved' : onLevel.length > 0 ? 'tried' : 'not-started',
      stars: Math.max(0, ...successes.map((a) => a.stars)),
      attempts: onLevel.length,
    };
  });
  let latest: AttemptRecord | null = null;
  for (const attempt of attempts) {
    if (
      !latest ||
      attempt.endedAt > latest.endedAt ||
      (attempt.endedAt === latest.endedAt && attempt.id > latest.id)
    ) {
      latest = attempt;
    }
  }
  let stuck: Stuck | null = null;
  if (latest && !levels.some((l) => l.levelId === latest.levelId && l.status === 'solved')) {
    const onLevel = attempts.filter((a) => a.levelId === latest.levelId);
    const firstStart = Math.min(...onLevel.map((a) => a.startedAt));
    const until = session.endedAt === null ? Math.max(now, latest.endedAt) : latest.endedAt;
    const minutes = Math.floor((until - firstStart) / 60_000);
    const failures = onLevel.length;
    if (failures >= STUCK_FAILURES)
      stuck = { levelId: latest.levelId, reason: 'failures', failures, minutes };
    else if (minutes >= STUCK_MINUTES)
      stuck = { levelId: latest.levelId, reason: 'time', failures, minutes };
  }
  return {
    learner,
    who,
    levels,
    solved: levels.filter((l) => l.status === 'solved').length,
    attempts: attempts.length,
    stuck,
    lastActivityAt: latest?.endedAt ?? null,
  };
}

/**
 * One summary per group of the session, then per pupil of the class playing alone (pupils in
 * a group who also played alone appear too). `attempts` are the session's attempts.
 */
export function summarizeSession(
  session: SessionRecord,
  pupils: readonly PupilRecord[],
  attempts: readonly AttemptRecord[],
  now: number,
): LearnerSummary[] {
  const byLearner = new Map<LearnerKey, AttemptRecord[]>();
  for (const attempt of attempts) {
    if (attempt.sessionId !== session.id) continue;
    const list = byLearner.get(attempt.learner);
    if (list) list.push(attempt);
    else byLearner.set(attempt.learner, [attempt]);
  }
  const inGroup = new Set(session.groups.flatMap((g) => g.pupilIds));
  const summaries = session.groups.map((group, index) => {
    const learner = `group:${group.id}`;
    return summarizeLearner(
      learner,
      { kind: 'group', group, index },
      session,
      byLearner.get(learner) ?? [],
      now,
    );
  });
  for (const pupil of pupils) {
    const learner = `pupil:${pupil.id}`;
    const own = byLearner.get(learner) ?? [];
    if ((inGroup.has(pupil.id) || pupil.archived) && own.length === 0) continue;
    summaries.push(summarizeLearner(learner, { kind: 'pupil', pupil }, session, own, now));
  }
  return summaries;
}
