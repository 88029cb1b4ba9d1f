// Attempts (append-only) and the best results they feed. Storage layer. `record` satisfies
// the UI's AttemptRecorder: each attempt gets a ULID and this tablet's id, and is added with
// its best-result update in one transaction. When the device is full the attempt stays in
// memory and is written on the next retry, so a pupil's run is never lost.
import { foldAttempt, isSuccess } from './best-results';
import type { ParcoursDb } from './database';
import type { StorageEnv } from './env';
import {
  learnerKey,
  type AttemptRecord,
  type BestResultRecord,
  type LearnerKey,
  type LevelRef,
  type PlayerRef,
} from './records';
import type { SettingsRepository } from './settings-repository';
import { problemOf, type PendingWriter, type StorageHealth } from './storage-health';
import type { WorkspaceState } from '../core/program/blockly-json';
import type { RunOutcome } from '../core/run/types';

/** One finished run as the player reports it; structurally the UI's AttemptReport. */
export interface AttemptInput {
  readonly player: PlayerRef;
  readonly level: LevelRef;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly outcome: RunOutcome;
  readonly blockCount: number;
  readonly stars: number;
  readonly program: WorkspaceState;
  readonly on: string;
}

/**
 * Adds attempts that are not stored yet and folds each into its best result, inside the
 * caller's transaction (which must include `attempts` and `bestResults`). Returns how many
 * were new.
 */
export async function appendAttempts(
  db: ParcoursDb,
  attempts: readonly AttemptRecord[],
): Promise<number> {
  let added = 0;
  for (const attempt of attempts) {
    if (await db.attempts.get(attempt.id)) continue;
    await db.attempts.add(attempt);
    const key: [string, string, string] = [attempt.learner, attempt.packId, attempt.levelId];
    const row = (await db.bestResults.get(key)) ?? null;
    const best = row ? ((await db.attempts.get(row.bestAttemptId)) ?? null) : null;
    await db.bestResults.put(foldAttempt(row, best, attempt));
    added++;
  }
  return added;
}

const SOURCE = 'attempts';

export class AttemptRepository implements PendingWriter {
  #pending: AttemptRecord[] = [];
  #queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: ParcoursDb,
    private readonly env: StorageEnv,
    private readonly settings: SettingsRepository,
    private readonly health: StorageHealth,
  ) {
    health.register(this);
  }

  /** Records a finished run; resolves once it is stored or safely kept in memory. */
  async record(input: AttemptInput): Promise<void> {
    const record: AttemptRecord = {
      id: this.env.newId(),
      learner: learnerKey(input.player),
      pupilId: input.player.pupilId,
      groupId: input.player.groupId ?? null,
      sessionId: input.player.sessionId,
      packId: input.level.packId,
      levelId: input.level.levelId,
      deviceId: await this.settings.deviceId(),
      startedAt: input.startedAt,
      endedAt: input.endedAt,
      outcome: input.outcome,
      blockCount: input.blockCount,
      stars: input.stars,
      program: input.program,
      on: input.on,
    };
    this.#pending.push(record);
    await this.flush();
  }

  /** Writes the attempts kept in memory, one flush at a time. */
  flush(): Promise<boolean> {
    const run = this.#queue.then(() => this.#flushNow());
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #flushNow(): Promise<boolean> {
    const batch = [...this.#pending];
    if (batch.length === 0) {
      this.health.report(SOURCE, null, 0);
      return true;
    }
    try {
      await this.db.transaction('rw', this.db.attempts, this.db.bestResults, () =>
        appendAttempts(this.db, batch),
      );
      this.#pending = this.#pending.filter((r) => !batch.includes(r));
      this.health.report(SOURCE, null, this.#pending.length);
      return true;
    } catch (error) {
      this.health.report(SOURCE, problemOf(error), this.#pending.length);
      return false;
    }
  }

  /** A session's attempts, oldest first, including those still waiting in memory. */
  async listForSession(sessionId: string): Promise<AttemptRecord[]> {
    const stored = await this.db.attempts.where('sessionId').equals(sessionId).toArray();
    return this.#withPending(stored, (a) => a.sessionId === sessionId);
  }

  /** A learner's attempts on one level, oldest first. */
  async listForLevel(learner: LearnerKey, level: LevelRef): Promise<AttemptRecord[]> {
    const stored = await this.db.attempts
      .where('[learner+packId+levelId]')
      .equals([learner, level.packId, level.levelId])
      .toArray();
    return this.#withPending(
      stored,
      (a) => a.learner === learner && a.packId === level.packId && a.levelId === level.levelId,
    );
  }

  /** A learner's best result on every level they tried (no attempt is scanned). */
  async bestResults(learner: LearnerKey): Promise<BestResultRecord[]> {
    return this.db.bestResults.where('learner').equals(learner).toArray();
  }

  async bestResult(learner: LearnerKey, level: LevelRef): Promise<BestResultRecord | undefined> {
    return this.db.bestResults.get([learner, level.packId, level.levelId]);
  }

  /** Most stars per level of a pack for a player (ProgressReader for the home screen). */
  async starsByLevel(player: PlayerRef, packId: string): Promise<ReadonlyMap<string, number>> {
    const learner = learnerKey(player);
    const stars = new Map<string, number>();
    const add = (levelId: string, value: number): void => {
      stars.set(levelId, Math.max(stars.get(levelId) ?? 0, value));
    };
    try {
      for (const row of await this.bestResults(learner))
        if (row.packId === packId) add(row.levelId, row.stars);
    } catch (error) {
      this.health.report(SOURCE, problemOf(error), this.#pending.length);
    }
    for (const a of this.#pending) {
      if (a.learner === learner && a.packId === packId) add(a.levelId, isSuccess(a) ? a.stars : 0);
    }
    return stars;
  }

  async count(): Promise<number> {
    return this.db.attempts.count();
  }

  #withPending(stored: AttemptRecord[], keep: (a: AttemptRecord) => boolean): AttemptRecord[] {
    const ids = new Set(stored.map((a) => a.id));
    const all = [...stored, ...this.#pending.filter((a) => keep(a) && !ids.has(a.id))];
    return all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
