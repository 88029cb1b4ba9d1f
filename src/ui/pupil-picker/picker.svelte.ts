// State of the pupils' picker on a session tablet: the class's pupils and the session's
// groups to tap, then, once someone picked their name, their levels with stars and, for a
// group, who does what on the next level.
import type { LessonLibrary } from '../lesson-library';
import type { AppStorage } from '../../storage/index';
import type { PupilRecord, SessionGroup } from '../../storage/records';
import { groupRoles, roleTurn, type RoleAssignment } from '../../storage/session-summary';
import type { Pack } from '../../core/lesson/types';
import type { CurrentPlayer, Learner } from './current-player.svelte';
import { EMPTY_MAP, pupilsOutsideGroups } from '../teacher/lookup';

export class PickerState {
  pupils = $state.raw<readonly PupilRecord[]>([]);
  pack = $state.raw<Pack | null>(null);
  stars = $state.raw<ReadonlyMap<string, number>>(EMPTY_MAP);
  /** Runs the picked group made in this session (roles may turn with each run). */
  groupRuns = $state(0);
  loaded = $state(false);

  get session() {
    return this.current.session;
  }
  get learner() {
    return this.current.learner;
  }
  readonly groups: readonly SessionGroup[] = $derived(this.session?.groups ?? []);
  /** Pupils who play alone (not in a group). */
  readonly soloPupils = $derived(pupilsOutsideGroups(this.pupils, this.groups));
  readonly pickedGroup = $derived(this.groups.find((g) => g.id === this.learner?.groupId) ?? null);
  readonly pickedPupil = $derived(this.pupils.find((p) => p.id === this.learner?.pupilId) ?? null);
  /** The session's levels, in order, as the pack defines them. */
  readonly levels = $derived(
    (this.session?.levelIds ?? []).flatMap(
      (id) => this.pack?.levels.find((l) => l.id === id) ?? [],
    ),
  );
  /** The first level not solved yet (or the last one). */
  readonly nextLevelId = $derived(
    this.levels.find((l) => (this.stars.get(l.id) ?? 0) === 0)?.id ??
      this.levels.at(-1)?.id ??
      null,
  );
  readonly roles: readonly RoleAssignment[] = $derived.by(() => {
    const group = this.pickedGroup;
    const session = this.session;
    if (!group || !session || !this.nextLevelId) return [];
    return groupRoles(group.pupilIds, roleTurn(session, this.nextLevelId, this.groupRuns));
  });

  constructor(
    private readonly storage: Pick<AppStorage, 'classes' | 'attempts'>,
    private readonly lessons: LessonLibrary,
    private readonly current: CurrentPlayer,
  ) {}

  async load(): Promise<void> {
    await this.current.ready;
    const session = this.current.session;
    if (session) {
      this.pupils = await this.storage.classes.listPupils(session.classId);
      this.pack = await this.lessons.pack(session.packId);
      await this.loadProgress();
    }
    this.loaded = true;
  }

  async loadProgress(): Promise<void> {
    const session = this.current.session;
    if (!session || !this.current.learner) {
      this.stars = EMPTY_MAP;
      this.groupRuns = 0;
      return;
    }
    const player = this.current.player;
    this.stars = await this.storage.attempts.starsByLevel(player, session.packId);
    if (player.groupId) {
      const attempts = await this.storage.attempts.listForSession(session.id);
      this.groupRuns = attempts.filter((a) => a.groupId === player.groupId).length;
    }
  }

  pupilName(id: string): string {
    return this.pupils.find((p) => p.id === id)?.name ?? '';
  }

  async pick(learner: Learner): Promise<void> {
    await this.current.pick(learner);
    await this.loadProgress();
  }

  async leave(): Promise<void> {
    await this.current.leave();
    await this.loadProgress();
  }
}
