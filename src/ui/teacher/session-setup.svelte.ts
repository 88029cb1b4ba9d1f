// State of the session setup: the pack, the levels open to pupils, groups (one robot each)
// and how roles rotate; `start` creates the session and shows its picker on this tablet.
import type { LessonLibrary } from '../lesson-library';
import type { AppStorage } from '../../storage/index';
import type { GroupPlan, SessionProblem } from '../../storage/session-repository';
import type { ClassRecord, PupilRecord, RobotRecord, RoleRotation } from '../../storage/records';
import type { Pack } from '../../core/lesson/types';

export interface DraftGroup {
  /** Local key for the form (not stored). */
  readonly key: number;
  robotId: string | null;
}

export type SetupProblem = SessionProblem | 'no-pack';

export class SessionSetupState {
  cls = $state.raw<ClassRecord | null>(null);
  loaded = $state(false);
  pupils = $state.raw<readonly PupilRecord[]>([]);
  packs = $state.raw<readonly Pack[]>([]);
  robots = $state.raw<readonly RobotRecord[]>([]);
  packId = $state('');
  /** Ticked level ids. */
  levels = $state<string[]>([]);
  groups = $state<DraftGroup[]>([]);
  /** Pupil id → group key. */
  membership = $state<Record<string, number>>({});
  rotation = $state<RoleRotation>('level');
  problem = $state<SetupProblem | null>(null);
  starting = $state(false);

  #nextKey = 1;

  readonly pack = $derived(this.packs.find((p) => p.id === this.packId) ?? null);

  constructor(
    readonly classId: string,
    private readonly storage: Pick<AppStorage, 'classes' | 'sessions' | 'robots'>,
    private readonly lessons: LessonLibrary,
  ) {}

  async load(): Promise<void> {
    this.cls = (await this.storage.classes.getClass(this.classId)) ?? null;
    this.pupils = await this.storage.classes.listPupils(this.classId);
    this.packs = await this.lessons.packs();
    this.robots = await this.storage.robots.list();
    if (!this.packId && this.packs[0]) this.choosePack(this.packs[0].id);
    this.loaded = true;
  }

  choosePack(packId: string): void {
    this.packId = packId;
    this.levels = (this.packs.find((p) => p.id === packId)?.levels ?? []).map((l) => l.id);
  }

  toggleLevel(levelId: string, on: boolean): void {
    const ticked = on ? [...this.levels, levelId] : this.levels.filter((id) => id !== levelId);
    // Keep pack order.
    this.levels = (this.pack?.levels ?? []).map((l) => l.id).filter((id) => ticked.includes(id));
  }

  tickAll(on: boolean): void {
    this.levels = on ? (this.pack?.levels ?? []).map((l) => l.id) : [];
  }

  addGroup(): void {
    this.groups.push({ key: this.#nextKey++, robotId: null });
  }

  removeGroup(key: number): void {
    this.groups = this.groups.filter((g) => g.key !== key);
    for (const [pupilId, groupKey] of Object.entries(this.membership)) {
      if (groupKey === key) delete this.membership[pupilId];
    }
  }

  /** Splits the class, in list order, into groups of `size` (a last single pupil joins the previous group). */
  autoGroups(size: number): void {
    this.groups = [];
    this.membership = {};
    const pupils = [...this.pupils];
    let group: DraftGroup | null = null;
    pupils.forEach((pupil, i) => {
      const lastAlone = i === pupils.length - 1 && i % size === 0 && group !== null;
      if (i % size === 0 && !lastAlone) {
        group = { key: this.#nextKey++, robotId: this.robots[this.groups.length]?.id ?? null };
        this.groups.push(group);
      }
      if (group) this.membership[pupil.id] = group.key;
    });
  }

  clearGroups(): void {
    this.groups = [];
    this.membership = {};
  }

  setMembership(pupilId: string, groupKey: number | null): void {
    if (groupKey === null) delete this.membership[pupilId];
    else this.membership[pupilId] = groupKey;
  }

  membersOf(key: number): PupilRecord[] {
    return this.pupils.filter((p) => this.membership[p.id] === key);
  }

  /** Starts the session; returns its id, or null with `problem` set. */
  async start(): Promise<string | null> {
    if (!this.pack) {
      this.problem = 'no-pack';
      return null;
    }
    const groups: GroupPlan[] = this.groups.map((g) => ({
      name: '',
      pupilIds: this.membersOf(g.key).map((p) => p.id),
      robotId: g.robotId,
    }));
    this.starting = true;
    try {
      const result = await this.storage.sessions.start({
        classId: this.classId,
        packId: this.pack.id,
        levelIds: this.levels,
        groups,
        rotation: this.rotation,
      });
      if (!result.ok) {
        this.problem = result.error;
        return null;
      }
      this.problem = null;
      return result.value.id;
    } finally {
      this.starting = false;
    }
  }
}
