// School-scale seed for the storage benchmark: 30 classes × 30 pupils × 100 levels × 5 attempts
// = 450 000 attempts written into the real Parcours Dexie database (src/storage/database.ts),
// with the classes, pupils, sessions and the 90 000 best-result rows that the storage layer's
// own fold (best-results.ts) derives from those attempts. Deterministic: fixed clock and ids.
// Runs wherever a ParcoursDb can open: the bench's storage page in Chromium (real IndexedDB),
// or Node with fake-indexeddb. Bench-only code, never shipped.
import type { ParcoursDb } from '../src/storage/database';
import { groupByLearnerLevel, resultFromAttempts } from '../src/storage/best-results';
import { fixedEnv } from '../src/storage/env';
import {
  AVATARS,
  learnerKey,
  type AttemptRecord,
  type BestResultRecord,
  type ClassRecord,
  type PupilRecord,
  type SessionRecord,
} from '../src/storage/records';
import type { RunOutcome } from '../src/core/run/types';
import type { SerializedBlock, WorkspaceState } from '../src/core/program/blockly-json';

export interface SeedShape {
  readonly classes: number;
  readonly pupilsPerClass: number;
  readonly levels: number;
  readonly attemptsPerLevel: number;
}

export const SCHOOL_SCALE: SeedShape = {
  classes: 30,
  pupilsPerClass: 30,
  levels: 100,
  attemptsPerLevel: 5,
};

/** Levels are spread over packs of this size, as a curriculum is. */
const LEVELS_PER_PACK = 20;
/** Each class plays its levels over sessions of this many levels. */
const LEVELS_PER_SESSION = 10;
/** Rows per bulk write: big enough to amortise transactions, small enough to stay in memory. */
const BATCH = 9000;

export interface SeededSchool {
  readonly classIds: readonly string[];
  /** Pupil ids per class, in class order. */
  readonly pupilIds: readonly (readonly string[])[];
  readonly levels: readonly { readonly packId: string; readonly levelId: string }[];
  readonly attempts: number;
  readonly bestResults: number;
  readonly ms: number;
}

export function levelRefs(shape: SeedShape): { packId: string; levelId: string }[] {
  return Array.from({ length: shape.levels }, (_, i) => ({
    packId: `seed-pack-${String(Math.floor(i / LEVELS_PER_PACK) + 1).padStart(2, '0')}`,
    levelId: `level-${String((i % LEVELS_PER_PACK) + 1).padStart(2, '0')}`,
  }));
}

/** A pupil's program of a realistic size for early levels: 6 to 9 blocks. */
function programFor(blocks: number): WorkspaceState {
  const types = ['move_forward', 'turn_left', 'move_forward', 'turn_right'];
  let next: SerializedBlock | undefined;
  for (let i = blocks - 1; i >= 0; i--) {
    next = {
      type: types[i % types.length]!,
      id: `blk${i}`,
      ...(next ? { next: { block: next } } : {}),
    };
  }
  return {
    blocks: {
      languageVersion: 0,
      blocks: [{ type: 'program_start', id: 'start', x: 40, y: 40, next: { block: next } }],
    },
  };
}

const OUTCOMES: readonly RunOutcome[] = [
  { kind: 'crash', cause: 'wall', at: { x: 2, y: 1 }, blockId: 'blk3', actionIndex: 3 },
  { kind: 'not-reached', reason: 'goal', itemsLeft: 0 },
  { kind: 'crash', cause: 'edge', at: { x: 5, y: 0 }, blockId: 'blk5', actionIndex: 5 },
  { kind: 'timeout', ticks: 10_000 },
];

/**
 * Seeds `db` (opened, empty) and returns the ids a query needs. `progress` hears the number of
 * attempts written so far.
 */
export async function seedSchool(
  db: ParcoursDb,
  shape: SeedShape = SCHOOL_SCALE,
  progress: (written: number) => void = () => undefined,
): Promise<SeededSchool> {
  const started = performance.now();
  const env = fixedEnv(Date.UTC(2025, 8, 1, 8, 0, 0), 7000);
  const levels = levelRefs(shape);
  const classes: ClassRecord[] = [];
  const pupils: PupilRecord[][] = [];
  const sessions: SessionRecord[] = [];

  for (let c = 0; c < shape.classes; c++) {
    const at = env.now();
    const klass: ClassRecord = {
      id: env.newId(),
      name: `Classe ${c + 1}`,
      archived: false,
      createdAt: at,
      updatedAt: at,
    };
    classes.push(klass);
    pupils.push(
      Array.from({ length: shape.pupilsPerClass }, (_, p) => ({
        id: env.newId(),
        classId: klass.id,
        name: `Élève ${c + 1}-${p + 1}`,
        avatar: AVATARS[p % AVATARS.length]!,
        archived: false,
        createdAt: at,
        updatedAt: at,
      })),
    );
    for (let s = 0; s * LEVELS_PER_SESSION < shape.levels; s++) {
      const slice = levels.slice(s * LEVELS_PER_SESSION, (s + 1) * LEVELS_PER_SESSION);
      const startedAt = env.now();
      sessions.push({
        id: env.newId(),
        classId: klass.id,
        packId: slice[0]!.packId,
        levelIds: slice.map((l) => l.levelId),
        groups: [],
        rotation: 'level',
        startedAt,
        endedAt: startedAt + 3_600_000,
        updatedAt: startedAt + 3_600_000,
      });
    }
  }

  await db.transaction('rw', db.classes, db.pupils, db.sessions, async () => {
    await db.classes.bulkAdd(classes);
    await db.pupils.bulkAdd(pupils.flat());
    await db.sessions.bulkAdd(sessions);
  });

  const deviceId = 'bench-tablet-01';
  let written = 0;
  let bestRows = 0;
  let attempts: AttemptRecord[] = [];
  const flush = async (): Promise<void> => {
    if (attempts.length === 0) return;
    const rows: BestResultRecord[] = [];
    for (const group of groupByLearnerLevel(attempts).values()) {
      const row = resultFromAttempts(group);
      if (row) rows.push(row);
    }
    await db.transaction('rw', db.attempts, db.bestResults, async () => {
      await db.attempts.bulkAdd(attempts);
      await db.bestResults.bulkPut(rows);
    });
    written += attempts.length;
    bestRows += rows.length;
    attempts = [];
    progress(written);
  };

  for (let c = 0; c < shape.classes; c++) {
    const classSessions = sessions.filter((s) => s.classId === classes[c]!.id);
    for (const pupil of pupils[c]!) {
      const learner = learnerKey({ pupilId: pupil.id, sessionId: null });
      for (let l = 0; l < levels.length; l++) {
        const level = levels[l]!;
        const session = classSessions[Math.floor(l / LEVELS_PER_SESSION)]!;
        // A learner's attempts on a level stay in one batch, so each best row is complete.
        for (let a = 0; a < shape.attemptsPerLevel; a++) {
          const last = a === shape.attemptsPerLevel - 1;
          const blockCount = 6 + ((l + a) % 4);
          const endedAt = env.now();
          attempts.push({
            id: env.newId(),
            learner,
            pupilId: pupil.id,
            groupId: null,
            sessionId: session.id,
            packId: level.packId,
            levelId: level.levelId,
            deviceId,
            startedAt: endedAt - 40_000,
            endedAt,
            outcome: last ? { kind: 'success' } : OUTCOMES[(a + l) % OUTCOMES.length]!,
            blockCount,
            stars: last ? 1 + ((l + c) % 3) : 0,
            program: programFor(blockCount),
            on: 'simulator',
          });
        }
      }
      if (attempts.length >= BATCH) await flush();
    }
  }
  await flush();

  return {
    classIds: classes.map((c) => c.id),
    pupilIds: pupils.map((list) => list.map((p) => p.id)),
    levels,
    attempts: written,
    bestResults: bestRows,
    ms: performance.now() - started,
  };
}
