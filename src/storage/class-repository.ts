// Classes and their pupils: create, rename, archive, add pupils with avatars. Storage layer.
// Nothing is deleted (archive instead), so backups from several tablets merge without
// conflicts; every change bumps `updatedAt`, and the newest copy wins in a merge.
import type { ParcoursDb } from './database';
import type { StorageEnv } from './env';
import { checkName, checkNames, type CheckedName, type NameProblem } from './names';
import { AVATARS, type AvatarId, type ClassRecord, type PupilRecord } from './records';
import { fail, ok, type Result } from './result';

export interface NewPupil {
  readonly name: string;
  /** Picked by the teacher; otherwise the first avatar not used in the class. */
  readonly avatar?: AvatarId;
}

export type ClassProblem = NameProblem | 'not-found';

function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name.localeCompare(b.name, 'fr', { sensitivity: 'base' });
}

export class ClassRepository {
  constructor(
    private readonly db: ParcoursDb,
    private readonly env: StorageEnv,
  ) {}

  /** Every class, active ones first, each part by name. */
  async listClasses(): Promise<ClassRecord[]> {
    const classes = await this.db.classes.toArray();
    return classes.sort((a, b) => Number(a.archived) - Number(b.archived) || byName(a, b));
  }

  async getClass(id: string): Promise<ClassRecord | undefined> {
    return this.db.classes.get(id);
  }

  async createClass(rawName: string): Promise<Result<ClassRecord, ClassProblem>> {
    return this.db.transaction('rw', this.db.classes, async () => {
      const taken = (await this.db.classes.toArray()).filter((c) => !c.archived).map((c) => c.name);
      const checked = checkName(rawName, taken);
      if (checked.problem) return fail(checked.problem);
      const now = this.env.now();
      const record: ClassRecord = {
        id: this.env.newId(),
        name: checked.name,
        archived: false,
        createdAt: now,
        updatedAt: now,
      };
      await this.db.classes.add(record);
      return ok(record);
    });
  }

  async renameClass(id: string, rawName: string): Promise<Result<ClassRecord, ClassProblem>> {
    return this.db.transaction('rw', this.db.classes, async () => {
      const current = await this.db.classes.get(id);
      if (!current) return fail('not-found');
      const taken = (await this.db.classes.toArray())
        .filter((c) => !c.archived && c.id !== id)
        .map((c) => c.name);
      const checked = checkName(rawName, taken);
      if (checked.problem) return fail(checked.problem);
      const record = { ...current, name: checked.name, updatedAt: this.env.now() };
      await this.db.classes.put(record);
      return ok(record);
    });
  }

  async setClassArchived(
    id: string,
    archived: boolean,
  ): Promise<Result<ClassRecord, ClassProblem>> {
    return this.db.transaction('rw', this.db.classes, async () => {
      const current = await this.db.classes.get(id);
      if (!current) return fail('not-found');
      const record = { ...current, archived, updatedAt: this.env.now() };
      await this.db.classes.put(record);
      return ok(record);
    });
  }

  /** The class's pupils by name; archived ones only when asked. */
  async listPupils(classId: string, includeArchived = false): Promise<PupilRecord[]> {
    const pupils = await this.db.pupils.where('classId').equals(classId).toArray();
    return pupils.filter((p) => includeArchived || !p.archived).sort(byName);
  }

  async getPupil(id: string): Promise<PupilRecord | undefined> {
    return this.db.pupils.get(id);
  }

  /** Checks names before adding them: against the class's active pupils and each other. */
  async checkNewPupils(classId: string, names: readonly string[]): Promise<CheckedName[]> {
    const taken = (await this.listPupils(classId)).map((p) => p.name);
    return checkNames(names, taken);
  }

  /**
   * Adds pupils in one transaction. If any name has a problem nothing is added (use
   * `checkNewPupils` first to show which).
   */
  async addPupils(
    classId: string,
    entries: readonly NewPupil[],
  ): Promise<Result<PupilRecord[], ClassProblem>> {
    return this.db.transaction('rw', this.db.classes, this.db.pupils, async () => {
      if (!(await this.db.classes.get(classId))) return fail('not-found');
      const existing = await this.listPupils(classId);
      const checked = checkNames(
        entries.map((e) => e.name),
        existing.map((p) => p.name),
      );
      const firstProblem = checked.find((c) => c.problem)?.problem;
      if (firstProblem) return fail(firstProblem);
      const used = new Set<AvatarId>(existing.map((p) => p.avatar));
      const now = this.env.now();
      const records = entries.map((entry, i): PupilRecord => {
        const avatar = entry.avatar ?? nextAvatar(used);
        used.add(avatar);
        return {
          id: this.env.newId(),
          classId,
          name: checked[i]!.name,
          avatar,
          archived: false,
          createdAt: now,
          updatedAt: now,
        };
      });
      await this.db.pupils.bulkAdd(records);
      return ok(records);
    });
  }

  async renamePupil(id: string, rawName: string): Promise<Result<PupilRecord, ClassProblem>> {
    return this.db.transaction('rw', this.db.pupils, async () => {
      const current = await this.db.pupils.get(id);
      if (!current) return fail('not-found');
      const taken = (await this.listPupils(current.classId))
        .filter((p) => p.id !== id)
        .map((p) => p.name);
      const checked = checkName(rawName, taken);
      if (checked.problem) return fail(checked.problem);
      const record = { ...current, name: checked.name, updatedAt: this.env.now() };
      await this.db.pupils.put(record);
      return ok(record);
    });
  }

  async setPupilAvatar(id: string, avatar: AvatarId): Promise<Result<PupilRecord, ClassProblem>> {
    return this.#updatePupil(id, { avatar });
  }

  async setPupilArchived(
    id: string,
    archived: boolean,
  ): Promise<Result<PupilRecord, ClassProblem>> {
    return this.#updatePupil(id, { archived });
  }

  async #updatePupil(
    id: string,
    change: Partial<Pick<PupilRecord, 'avatar' | 'archived'>>,
  ): Promise<Result<PupilRecord, ClassProblem>> {
    return this.db.transaction('rw', this.db.pupils, async () => {
      const current = await this.db.pupils.get(id);
      if (!current) return fail('not-found');
      const record = { ...current, ...change, updatedAt: this.env.now() };
      await this.db.pupils.put(record);
      return ok(record);
    });
  }
}

/** The first avatar nobody in the class uses yet, cycling when all are taken. */
export function nextAvatar(used: ReadonlySet<AvatarId>): AvatarId {
  const free = AVATARS.find((avatar) => !used.has(avatar));
  return free ?? AVATARS[used.size % AVATARS.length]!;
}
