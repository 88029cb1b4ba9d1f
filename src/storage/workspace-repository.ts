// The current workspace of each learner on each level, autosaved by the player. Storage
// layer; satisfies the UI's WorkspaceStore. A save that cannot be written (device full,
// IndexedDB refused) is kept in memory, served by `load`, and written on the next save or
// retry: the pupil's blocks are never lost while the tab is open. Such a save rejects with a
// StorageWriteError so the player does not say "saved" while the blocks are only in memory.
import type { ParcoursDb } from './database';
import type { StorageEnv } from './env';
import { learnerKey, type LevelRef, type PlayerRef, type WorkspaceRecord } from './records';
import {
  problemOf,
  StorageWriteError,
  type PendingWriter,
  type StorageHealth,
} from './storage-health';
import type { WorkspaceState } from '../core/program/blockly-json';

const SOURCE = 'workspaces';

function keyOf(record: Pick<WorkspaceRecord, 'learner' | 'packId' | 'levelId'>): string {
  return JSON.stringify([record.learner, record.packId, record.levelId]);
}

export class WorkspaceRepository implements PendingWriter {
  #pending = new Map<string, WorkspaceRecord>();
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: ParcoursDb,
    private readonly env: StorageEnv,
    private readonly health: StorageHealth,
  ) {
    health.register(this);
  }

  async load(player: PlayerRef, level: LevelRef): Promise<WorkspaceState | null> {
    const learner = learnerKey(player);
    const pending = this.#pending.get(keyOf({ learner, ...level }));
    if (pending) return pending.state;
    try {
      const row = await this.db.workspaces.get([learner, level.packId, level.levelId]);
      return row?.state ?? null;
    } catch (error) {
      this.health.report(SOURCE, problemOf(error), this.#pending.size);
      return null;
    }
  }

  /**
   * Saves a workspace; resolves once it is stored. When it cannot be written it is kept in
   * memory (and `load` serves it) and the promise rejects with a StorageWriteError.
   */
  async save(player: PlayerRef, level: LevelRef, state: WorkspaceState): Promise<void> {
    const record: WorkspaceRecord = {
      learner: learnerKey(player),
      packId: level.packId,
      levelId: level.levelId,
      pupilId: player.pupilId,
      groupId: player.groupId ?? null,
      state,
      updatedAt: this.env.now(),
    };
    this.#pending.set(keyOf(record), record);
    if (!(await this.flush())) {
      throw new StorageWriteError(this.health.snapshot.problem ?? 'unavailable');
    }
  }

  /** Writes the kept workspaces, one flush at a time. */
  flush(): Promise<boolean> {
    const run = this.#queue.then(() => this.#flushNow());
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #flushNow(): Promise<boolean> {
    const batch = [...this.#pending.values()];
    if (batch.length === 0) {
      this.health.report(SOURCE, null, 0);
      return true;
    }
    try {
      await this.db.workspaces.bulkPut(batch);
      // A newer save may have arrived while writing; only forget what was written.
      for (const record of batch) {
        if (this.#pending.get(keyOf(record)) === record) this.#pending.delete(keyOf(record));
      }
      this.health.report(SOURCE, null, this.#pending.size);
      return true;
    } catch (error) {
      this.health.report(SOURCE, problemOf(error), this.#pending.size);
      return false;
    }
  }
}
