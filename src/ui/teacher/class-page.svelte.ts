// State of one class's page: its name, pupils (add, rename, avatar, take out, put back),
// sessions, and the class backup.
import type { LessonLibrary } from '../lesson-library';
import type { AppStorage } from '../../storage/index';
import type { ClassProblem, NewPupil } from '../../storage/class-repository';
import { serializeBackup } from '../../storage/backup-format';
import type { AvatarId, ClassRecord, PupilRecord, SessionRecord } from '../../storage/records';
import type { Locale } from '../../core/lesson/types';
import { EMPTY_MAP, packTitles } from './lookup';
import { PupilAdderState } from './pupil-adder.svelte';
import { downloadText } from './download';
import { backupFileName } from './format';

export class ClassPageState {
  cls = $state.raw<ClassRecord | null>(null);
  loaded = $state(false);
  pupils = $state.raw<readonly PupilRecord[]>([]);
  archivedPupils = $state.raw<readonly PupilRecord[]>([]);
  sessions = $state.raw<readonly SessionRecord[]>([]);
  packTitles = $state.raw<ReadonlyMap<string, string>>(EMPTY_MAP);
  nameDraft = $state('');
  renameProblem = $state<ClassProblem | null>(null);
  /** The pupil whose avatar chooser or rename field is open. */
  avatarFor = $state<string | null>(null);
  renaming = $state<string | null>(null);
  renameDraft = $state('');
  pupilProblem = $state<ClassProblem | null>(null);
  addedCount = $state<number | null>(null);
  exported = $state<string | null>(null);

  readonly adder = new PupilAdderState(() => this.pupils.map((p) => p.name));

  constructor(
    readonly classId: string,
    private readonly storage: Pick<AppStorage, 'classes' | 'sessions' | 'backups'>,
    private readonly lessons: LessonLibrary,
    private readonly locale: () => Locale,
  ) {}

  async load(): Promise<void> {
    const cls = await this.storage.classes.getClass(this.classId);
    this.cls = cls ?? null;
    if (cls && !this.loaded) this.nameDraft = cls.name;
    const all = await this.storage.classes.listPupils(this.classId, true);
    this.pupils = all.filter((p) => !p.archived);
    this.archivedPupils = all.filter((p) => p.archived);
    this.sessions = await this.storage.sessions.listForClass(this.classId);
    const packs = await this.lessons.packs();
    this.packTitles = packTitles(packs, this.locale());
    this.loaded = true;
  }

  async rename(): Promise<void> {
    const result = await this.storage.classes.renameClass(this.classId, this.nameDraft);
    this.renameProblem = result.ok ? null : result.error;
    if (result.ok) this.cls = result.value;
  }

  async setArchived(archived: boolean): Promise<void> {
    const result = await this.storage.classes.setClassArchived(this.classId, archived);
    if (result.ok) this.cls = result.value;
  }

  /** Adds pupils (all or none); returns whether they were added. */
  async add(entries: readonly NewPupil[]): Promise<boolean> {
    const result = await this.storage.classes.addPupils(this.classId, entries);
    if (!result.ok) return false;
    this.addedCount = result.value.length;
    await this.load();
    return true;
  }

  async addSingle(): Promise<void> {
    const problem = this.adder.checkSingle();
    this.adder.singleProblem = problem;
    if (problem) return;
    if (await this.add([{ name: this.adder.single }])) this.adder.single = '';
  }

  async addList(): Promise<void> {
    if (await this.add(this.adder.ready.map((c) => ({ name: c.name })))) this.adder.reset();
  }

  async setAvatar(pupilId: string, avatar: AvatarId): Promise<void> {
    await this.storage.classes.setPupilAvatar(pupilId, avatar);
    this.avatarFor = null;
    await this.load();
  }

  startRename(pupil: PupilRecord): void {
    this.renaming = pupil.id;
    this.renameDraft = pupil.name;
    this.pupilProblem = null;
  }

  async renamePupil(): Promise<void> {
    if (!this.renaming) return;
    const result = await this.storage.classes.renamePupil(this.renaming, this.renameDraft);
    this.pupilProblem = result.ok ? null : result.error;
    if (result.ok) {
      this.renaming = null;
      await this.load();
    }
  }

  async setPupilArchived(pupilId: string, archived: boolean): Promise<void> {
    await this.storage.classes.setPupilArchived(pupilId, archived);
    await this.load();
  }

  async exportClass(): Promise<void> {
    const cls = this.cls;
    if (!cls) return;
    const file = await this.storage.backups.export({ kind: 'class', classId: cls.id });
    const name = backupFileName(cls.name, file.createdAt);
    downloadText(serializeBackup(file), name);
    this.exported = name;
  }
}
