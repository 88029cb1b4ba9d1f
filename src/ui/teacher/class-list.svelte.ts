// State of the teacher home: the classes (with their pupil counts), the sessions running, and
// the form creating a class.
import type { AppStorage } from '../../storage/index';
import type { NameProblem } from '../../storage/names';
import type { ClassRecord, SessionRecord } from '../../storage/records';
import { namesById } from './lookup';

export interface ClassRow {
  readonly record: ClassRecord;
  readonly pupils: number;
}

export class ClassListState {
  classes = $state.raw<readonly ClassRow[]>([]);
  running = $state.raw<readonly { session: SessionRecord; className: string }[]>([]);
  loaded = $state(false);
  showArchived = $state(false);
  newName = $state('');
  problem = $state<NameProblem | null>(null);

  readonly active = $derived(this.classes.filter((c) => !c.record.archived));
  readonly archived = $derived(this.classes.filter((c) => c.record.archived));

  constructor(private readonly storage: Pick<AppStorage, 'classes' | 'sessions'>) {}

  async load(): Promise<void> {
    const classes = await this.storage.classes.listClasses();
    this.classes = await Promise.all(
      classes.map(async (record) => ({
        record,
        pupils: (await this.storage.classes.listPupils(record.id)).length,
      })),
    );
    const names = namesById(classes);
    const running = await this.storage.sessions.listRunning();
    this.running = running.map((session) => ({
      session,
      className: names.get(session.classId) ?? '',
    }));
    this.loaded = true;
  }

  /** Creates the class; returns its id, or null with `problem` set. */
  async create(): Promise<string | null> {
    const result = await this.storage.classes.createClass(this.newName);
    if (!result.ok) {
      this.problem = result.error === 'not-found' ? 'empty' : result.error;
      return null;
    }
    this.problem = null;
    this.newName = '';
    await this.load();
    return result.value.id;
  }
}
