// Simple stores for the pupil's blocks and attempts, used until IndexedDB storage (src/storage)
// is wired into the composition root. The workspace store and the stars summary can mirror
// into a key-value store (the page's localStorage), so a reload keeps a pupil's blocks; the
// attempts themselves stay in memory. App layer: the composition root picks these.
import type {
  AttemptRecorder,
  AttemptReport,
  LevelKey,
  Player,
  ProgressReader,
  WorkspaceStore,
} from '../ui/context';
import type { WorkspaceState } from '../core/program/blockly-json';

/** The part of the Web Storage API these stores use. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const PREFIX = 'parcours.memory.';

function playerKey(player: Player): string {
  return `${player.sessionId ?? '-'}/${player.pupilId ?? 'guest'}`;
}

function levelKey(player: Player, level: LevelKey): string {
  return `${playerKey(player)}/${level.packId}/${level.levelId}`;
}

/** Reads a JSON value from the backing store; a broken or missing value reads as null. */
function readJson(backing: KeyValueStore | null, key: string): unknown {
  if (!backing) return null;
  try {
    const text = backing.getItem(PREFIX + key);
    return text === null ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

/** Writes a JSON value to the backing store; a full or refused store keeps the memory copy. */
function writeJson(backing: KeyValueStore | null, key: string, value: unknown): void {
  if (!backing) return;
  try {
    backing.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Quota or privacy mode: the in-memory copy still serves this page's lifetime.
  }
}

export class MemoryWorkspaceStore implements WorkspaceStore {
  readonly #saved = new Map<string, WorkspaceState>();

  constructor(private readonly backing: KeyValueStore | null = null) {}

  async load(player: Player, level: LevelKey): Promise<WorkspaceState | null> {
    const key = `workspace/${levelKey(player, level)}`;
    const inMemory = this.#saved.get(key);
    if (inMemory) return structuredClone(inMemory);
    const stored = readJson(this.backing, key);
    return typeof stored === 'object' && stored !== null ? (stored as WorkspaceState) : null;
  }

  async save(player: Player, level: LevelKey, state: WorkspaceState): Promise<void> {
    const key = `workspace/${levelKey(player, level)}`;
    this.#saved.set(key, structuredClone(state));
    writeJson(this.backing, key, state);
  }
}

export class MemoryAttempts implements AttemptRecorder, ProgressReader {
  readonly #attempts: AttemptReport[] = [];

  constructor(private readonly backing: KeyValueStore | null = null) {}

  /** Every attempt recorded during this page's lifetime, oldest first. */
  get attempts(): readonly AttemptReport[] {
    return this.#attempts;
  }

  async record(attempt: AttemptReport): Promise<void> {
    this.#attempts.push(structuredClone(attempt));
    const key = `stars/${playerKey(attempt.player)}/${attempt.level.packId}`;
    const stars = this.#storedStars(key);
    if (attempt.stars > (stars[attempt.level.levelId] ?? 0)) {
      stars[attempt.level.levelId] = attempt.stars;
      writeJson(this.backing, key, stars);
    }
  }

  async starsByLevel(player: Player, packId: string): Promise<ReadonlyMap<string, number>> {
    const best = new Map(Object.entries(this.#storedStars(`stars/${playerKey(player)}/${packId}`)));
    for (const attempt of this.#attempts) {
      if (playerKey(attempt.player) !== playerKey(player) || attempt.level.packId !== packId) {
        continue;
      }
      const levelId = attempt.level.levelId;
      best.set(levelId, Math.max(best.get(levelId) ?? 0, attempt.stars));
    }
    return best;
  }

  #storedStars(key: string): Record<string, number> {
    const stored = readJson(this.backing, key);
    const stars: Record<string, number> = {};
    if (typeof stored !== 'object' || stored === null) return stars;
    for (const [levelId, value] of Object.entries(stored)) {
      if (typeof value === 'number' && value >= 0 && value <= 3) stars[levelId] = value;
    }
    return stars;
  }
}
