// State of a session's page: the running or ended session, the summary (who finished what,
// who is stuck) and the journal of every attempt recorded on this tablet or merged from
// others; commands to show the pupils' picker here and to end the session.
import type { LessonLibrary } from '../lesson-library';
import type { CurrentPlayer } from '../pupil-picker/current-player.svelte';
import type { AppStorage } from '../../storage/index';
import { summarizeSession, type LearnerSummary } from '../../storage/session-summary';
import type { AttemptRecord, ClassRecord, PupilRecord, SessionRecord } from '../../storage/records';
import { localized, type Locale, type Pack } from '../../core/lesson/types';

export class SessionPageState {
  session = $state.raw<SessionRecord | null>(null);
  cls = $state.raw<ClassRecord | null>(null);
  pupils = $state.raw<readonly PupilRecord[]>([]);
  pack = $state.raw<Pack | null>(null);
  attempts = $state.raw<readonly AttemptRecord[]>([]);
  loaded = $state(false);
  confirmingEnd = $state(false);
  /** When the summary was computed (for "stuck for 12 min"). */
  now = $state(0);

  readonly summary: readonly LearnerSummary[] = $derived(
    this.session ? summarizeSession(this.session, this.pupils, this.attempts, this.now) : [],
  );
  readonly stuckCount = $derived(this.summary.filter((s) => s.stuck !== null).length);
  readonly running = $derived(this.session !== null && this.session.endedAt === null);

  constructor(
    readonly sessionId: string,
    private readonly storage: Pick<AppStorage, 'classes' | 'sessions' | 'attempts'>,
    private readonly lessons: LessonLibrary,
    private readonly currentPlayer: CurrentPlayer,
    private readonly clock: () => number = Date.now,
  ) {}

  async load(): Promise<void> {
    const session = (await this.storage.sessions.get(this.sessionId)) ?? null;
    if (session) {
      this.cls = (await this.storage.classes.getClass(session.classId)) ?? null;
      this.pupils = await this.storage.classes.listPupils(session.classId, true);
      this.pack = await this.lessons.pack(session.packId);
      this.attempts = await this.storage.attempts.listForSession(session.id);
    }
    this.now = this.clock();
    this.session = session;
    this.loaded = true;
  }

  /** Level number (1-based, in the session) and title. */
  levelLabel(levelId: string, locale: Locale): { n: number; title: string } {
    const n = (this.session?.levelIds.indexOf(levelId) ?? -1) + 1;
    const level = this.pack?.levels.find((l) => l.id === levelId);
    return { n, title: level ? localized(level.title, locale) : levelId };
  }

  pupilName(pupilId: string | null): string | null {
    return this.pupils.find((p) => p.id === pupilId)?.name ?? null;
  }

  /** Group position (1-based) in the session, or 0. */
  groupNumber(groupId: string | null): number {
    return (this.session?.groups.findIndex((g) => g.id === groupId) ?? -1) + 1;
  }

  async showPicker(): Promise<void> {
    await this.currentPlayer.show(this.sessionId);
  }

  async end(): Promise<void> {
    await this.storage.sessions.end(this.sessionId);
    this.confirmingEnd = false;
    // The tablet was showing this session: it goes back to free play.
    if (this.currentPlayer.session?.id === this.sessionId) await this.currentPlayer.restore();
    await this.load();
  }
}
