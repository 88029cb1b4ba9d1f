// Who plays on this tablet: the session it shows (if any) and the pupil or group that picked
// their name. The player page reads `player` for its workspace and attempts, and `allows` to
// refuse levels outside the session. The choice is kept in device settings, so a reload (or
// a flat battery) brings the same pupil back to the same blocks. Built by src/main.ts.
import type { SessionRecord } from '../../storage/records';
import type { SessionRepository } from '../../storage/session-repository';
import type { LevelKey, Player } from '../context';

/** A pupil playing alone, or a group sharing the tablet. */
export type Learner =
  | { readonly pupilId: string; readonly groupId: null }
  | { readonly pupilId: null; readonly groupId: string };

export type SessionStore = Pick<
  SessionRepository,
  'get' | 'activeSessionId' | 'setActiveSession' | 'pickedLearner' | 'setPickedLearner'
>;

/** Nobody picked a name: free play, recorded for no pupil. */
export const GUEST: Player = { pupilId: null, sessionId: null, groupId: null };

export class CurrentPlayer {
  /** The running session this tablet shows, or null for free play. */
  session = $state.raw<SessionRecord | null>(null);
  /** Who picked their name, or null while the picker waits. */
  learner = $state.raw<Learner | null>(null);

  #restoring: Promise<void> | null = null;

  constructor(private readonly sessions: SessionStore) {}

  /**
   * Settles once the tablet's session and pupil have been read back (at start-up the app
   * mounts without waiting, so that Blockly loads while IndexedDB opens). Screens that depend
   * on who plays await it; it never rejects.
   */
  get ready(): Promise<void> {
    return this.#restoring ?? Promise.resolve();
  }

  /** The identity the player records work under. */
  get player(): Player {
    const session = this.session;
    const learner = this.learner;
    if (!session || !learner) return GUEST;
    return { pupilId: learner.pupilId, groupId: learner.groupId, sessionId: session.id };
  }

  /** True when a session runs on this tablet (pupils then go through the picker). */
  get inSession(): boolean {
    return this.session !== null;
  }

  /**
   * Whether the player may open a level: always in free play; in a session, only the
   * session's levels, and only once someone picked their name.
   */
  allows(level: LevelKey): boolean {
    const session = this.session;
    if (!session) return true;
    return (
      this.learner !== null &&
      session.packId === level.packId &&
      session.levelIds.includes(level.levelId)
    );
  }

  /** Reads the tablet's session and pupil back (at start-up, and after a teacher's change). */
  restore(): Promise<void> {
    const restoring = this.#read();
    this.#restoring = restoring.catch(() => undefined);
    return restoring;
  }

  async #read(): Promise<void> {
    const id = await this.sessions.activeSessionId();
    const session = id ? await this.sessions.get(id) : undefined;
    if (!session || session.endedAt !== null) {
      if (id) await this.sessions.setActiveSession(null);
      this.session = null;
      this.learner = null;
      return;
    }
    this.session = session;
    const picked = await this.sessions.pickedLearner();
    this.learner = picked && picked.sessionId === session.id ? toLearner(picked) : null;
  }

  /** Shows a session's picker on this tablet (null: back to free play). */
  async show(sessionId: string | null): Promise<void> {
    await this.sessions.setActiveSession(sessionId);
    await this.restore();
  }

  /**
   * A pupil or group picks their name. When the tablet cannot write (full), the choice still
   * holds for this visit: the pupil plays on, and the storage alert tells the adult.
   */
  async pick(learner: Learner): Promise<void> {
    const session = this.session;
    if (!session) return;
    this.learner = learner;
    await this.sessions
      .setPickedLearner({
        sessionId: session.id,
        pupilId: learner.pupilId,
        groupId: learner.groupId,
      })
      .catch(keptInMemory);
  }

  /** The pupil leaves the tablet: back to the list of names (also when it cannot be written). */
  async leave(): Promise<void> {
    this.learner = null;
    await this.sessions.setPickedLearner(null).catch(keptInMemory);
  }
}

/** A device setting that could not be written: the in-memory choice is enough for this visit. */
function keptInMemory(): void {}

function toLearner(picked: { pupilId: string | null; groupId: string | null }): Learner | null {
  if (picked.groupId) return { pupilId: null, groupId: picked.groupId };
  if (picked.pupilId) return { pupilId: picked.pupilId, groupId: null };
  return null;
}
