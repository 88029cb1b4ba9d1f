// In-memory doubles of the player's storage ports (the workspace store, the attempt recorder
// and the progress reader) for the player-state tests; the app itself stores in IndexedDB
// (src/storage). Test support only.
import type {
  AttemptRecorder,
  AttemptReport,
  LevelKey,
  Player,
  ProgressReader,
  WorkspaceStore,
} from '../../../../src/ui/context';
import type { WorkspaceState } from '../../../../src/core/program/blockly-json';

function playerKey(player: Player): string {
  return `${player.sessionId ?? '-'}/${player.pupilId ?? 'guest'}`;
}

function levelKey(player: Player, level: LevelKey): string {
  return `${playerKey(player)}/${level.packId}/${level.levelId}`;
}

export class MemoryWorkspaceStore implements WorkspaceStore {
  readonly #saved = new Map<string, WorkspaceState>();

  async load(player: Player, level: LevelKey): Promise<WorkspaceState | null> {
    const saved = this.#saved.get(levelKey(player, level));
    return saved ? structuredClone(saved) : null;
  }

  async save(player: Player, level: LevelKey, state: WorkspaceState): Promise<void> {
    this.#saved.set(levelKey(player, level), structuredClone(state));
  }
}

export class MemoryAttempts implements AttemptRecorder, ProgressReader {
  readonly #attempts: AttemptReport[] = [];

  /** Every attempt recorded, oldest first. */
  get attempts(): readonly AttemptReport[] {
    return this.#attempts;
  }

  async record(attempt: AttemptReport): Promise<void> {
    this.#attempts.push(structuredClone(attempt));
  }

  async starsByLevel(player: Player, packId: string): Promise<ReadonlyMap<string, number>> {
    const best = new Map<string, number>();
    for (const attempt of this.#attempts) {
      if (playerKey(attempt.player) !== playerKey(player) || attempt.level.packId !== packId) {
        continue;
      }
      const levelId = attempt.level.levelId;
      best.set(levelId, Math.max(best.get(levelId) ?? 0, attempt.stars));
    }
    return best;
  }
}
