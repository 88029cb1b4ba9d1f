// Class sessions: a pack, the levels pupils may open, groups sharing a robot, and the role
// rotation; started and ended by the teacher. Storage layer. Also remembers, per device,
// which session this tablet shows on its pupil picker and who picked their name on it.
import type { ParcoursDb } from './database';
import type { StorageEnv } from './env';
import type { RoleRotation, SessionGroup, SessionRecord } from './records';
import { fail, ok, type Result } from './result';
import { SETTING_KEYS, type SettingsRepository } from './settings-repository';

export interface GroupPlan {
  /** Empty for the default "Group n" the UI shows by position. */
  readonly name: string;
  readonly pupilIds: readonly string[];
  readonly robotId: string | null;
}

export interface SessionPlan {
  readonly classId: string;
  readonly packId: string;
  readonly levelIds: readonly string[];
  readonly groups: readonly GroupPlan[];
  readonly rotation: RoleRotation;
}

export type SessionProblem =
  | 'not-found'
  | 'no-levels'
  | 'empty-group'
  | 'unknown-pupil'
  | 'pupil-in-two-groups'
  | 'robot-in-two-groups';

/** Who picked their name on this tablet (device-local). */
export interface PickedLearner {
  readonly sessionId: string;
  readonly pupilId: string | null;
  readonly groupId: string | null;
}

/** Why a session plan cannot start, or null. */
export function checkSessionPlan(
  plan: SessionPlan,
  classPupilIds: ReadonlySet<string>,
): SessionProblem | null {
  if (plan.levelIds.length === 0) return 'no-levels';
  const pupils = new Set<string>();
  const robots = new Set<string>();
  for (const group of plan.groups) {
    if (group.pupilIds.length === 0) return 'empty-group';
    for (const id of group.pupilIds) {
      if (!classPupilIds.has(id)) return 'unknown-pupil';
      if (pupils.has(id)) return 'pupil-in-two-groups';
      pupils.add(id);
    }
    if (group.robotId !== null) {
      if (robots.has(group.robotId)) return 'robot-in-two-groups';
      robots.add(group.robotId);
    }
  }
  return null;
}

export class SessionRepository {
  constructor(
    private readonly db: ParcoursDb,
    private readonly env: StorageEnv,
    private readonly settings: SettingsRepository,
  ) {}

  async get(id: string): Promise<SessionRecord | undefined> {
    return this.db.sessions.get(id);
  }

  /** A class's sessions, newest first. */
  async listForClass(classId: string): Promise<SessionRecord[]> {
    const sessions = await this.db.sessions.where('classId').equals(classId).toArray();
    return sessions.sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1));
  }

  /** Sessions not ended yet, newest first. */
  async listRunning(): Promise<SessionRecord[]> {
    const sessions = await this.db.sessions.filter((s) => s.endedAt === null).toArray();
    return sessions.sort((a, b) => b.startedAt - a.startedAt);
  }

  async start(plan: SessionPlan): Promise<Result<SessionRecord, SessionProblem>> {
    return this.db.transaction(
      'rw',
      this.db.classes,
      this.db.pupils,
      this.db.sessions,
      async () => {
        if (!(await this.db.classes.get(plan.classId))) return fail('not-found');
        const pupils = await this.db.pupils.where('classId').equals(plan.classId).toArray();
        const problem = checkSessionPlan(
          plan,
          new Set(pupils.filter((p) => !p.archived).map((p) => p.id)),
        );
        if (problem) return fail(problem);
        const now = this.env.now();
        const groups: SessionGroup[] = plan.groups.map((group) => ({
          id: this.env.newId(),
          name: group.name.trim(),
          pupilIds: [...group.pupilIds],
          robotId: group.robotId,
        }));
        const record: SessionRecord = {
          id: this.env.newId(),
          classId: plan.classId,
          packId: plan.packId,
          levelIds: [...plan.levelIds],
          groups,
          rotation: plan.rotation,
          startedAt: now,
          endedAt: null,
          updatedAt: now,
        };
        await this.db.sessions.add(record);
        return ok(record);
      },
    );
  }

  /** Ends a session; the tablet showing it goes back to free play. */
  async end(id: string): Promise<Result<SessionRecord, SessionProblem>> {
    const result = await this.db.transaction('rw', this.db.sessions, async () => {
      const current = await this.db.sessions.get(id);
      if (!current) return fail('not-found' as const);
      if (current.endedAt !== null) return ok(current);
      const now = this.env.now();
      const record = { ...current, endedAt: now, updatedAt: now };
      await this.db.sessions.put(record);
      return ok(record);
    });
    if (result.ok && (await this.activeSessionId()) === id) await this.setActiveSession(null);
    return result;
  }

  /** The session this tablet's pupil picker shows, if any. */
  async activeSessionId(): Promise<string | null> {
    const id = await this.settings.get<string>(SETTING_KEYS.activeSession);
    return typeof id === 'string' ? id : null;
  }

  /** Shows a session on this tablet (null: free play); whoever had picked their name is forgotten. */
  async setActiveSession(id: string | null): Promise<void> {
    if (id === null) await this.settings.remove(SETTING_KEYS.activeSession);
    else await this.settings.set(SETTING_KEYS.activeSession, id);
    await this.settings.remove(SETTING_KEYS.currentPlayer);
  }

  async pickedLearner(): Promise<PickedLearner | null> {
    const value = await this.settings.get<PickedLearner>(SETTING_KEYS.currentPlayer);
    if (!value || typeof value !== 'object' || typeof value.sessionId !== 'string') return null;
    return {
      sessionId: value.sessionId,
      pupilId: value.pupilId ?? null,
      groupId: value.groupId ?? null,
    };
  }

  async setPickedLearner(learner: PickedLearner | null): Promise<void> {
    if (learner === null) await this.settings.remove(SETTING_KEYS.currentPlayer);
    else await this.settings.set(SETTING_KEYS.currentPlayer, learner);
  }
}
