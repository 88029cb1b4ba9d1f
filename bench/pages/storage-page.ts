// The storage bench page: opens the real Parcours storage (src/storage, Dexie on Chromium's
// IndexedDB), seeds it at school scale (bench/seed.ts) and times, inside the page, the class
// grid query against a plain read of the same 3 000 best-result rows from one index range, and
// one attempt write. bench/measure/storage.ts drives it through `window.benchStorage`.
// Bench-only code, never shipped.
import { createStorage } from '../../src/storage/index';
import { learnerKey, type BestResultRecord } from '../../src/storage/records';
import { SCHOOL_SCALE, seedSchool, type SeededSchool, type SeedShape } from '../seed';

// IndexedDB passed explicitly: ParcoursDb forwards `indexedDB: undefined` to Dexie otherwise.
const storage = createStorage({
  name: 'parcours-bench',
  indexedDB: window.indexedDB,
  IDBKeyRange: window.IDBKeyRange,
});
const { db } = storage;
let school: SeededSchool | null = null;
/** Ids of the floor's bare rows, unique across calls. */
let bareRows = 0;

function status(text: string): void {
  const node = document.getElementById('status');
  if (node) node.textContent = text;
}

function seeded(): SeededSchool {
  if (!school) throw new Error('seed first');
  return school;
}

/** The class grid as the product's repositories give it: each pupil's best results. */
async function classGrid(classId: string): Promise<BestResultRecord[]> {
  const pupils = await storage.classes.listPupils(classId);
  const rows = await Promise.all(
    pupils.map((pupil) =>
      storage.attempts.bestResults(learnerKey({ pupilId: pupil.id, sessionId: null })),
    ),
  );
  return rows.flat();
}

/**
 * The floor: the same class's rows read as one range of one index (`learner`), which holds
 * them contiguously because a class's pupils get consecutive ULIDs.
 */
async function indexRange(classIndex: number): Promise<BestResultRecord[]> {
  const ids = seeded().pupilIds[classIndex]!;
  const first = learnerKey({ pupilId: ids[0]!, sessionId: null });
  const last = learnerKey({ pupilId: ids[ids.length - 1]!, sessionId: null });
  return db.bestResults.where('learner').between(first, last, true, true).toArray();
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

export interface StorageBench {
  seed(shape?: SeedShape): Promise<Omit<SeededSchool, 'pupilIds' | 'levels'> & { classes: number }>;
  /** Interleaved samples (ms) of the class grid and the index-range read, rotating classes. */
  gridVsIndex(runs: number): Promise<{ grid: number[]; index: number[]; rows: number }>;
  /** Samples (ms) of `attempts.record` (attempt + best-result fold) and of a bare `add`. */
  writes(runs: number): Promise<{ record: number[]; bareAdd: number[] }>;
  counts(): Promise<{ attempts: number; bestResults: number }>;
}

const bench: StorageBench = {
  async seed(shape = SCHOOL_SCALE) {
    await db.open();
    await Promise.all(db.allTables.map((table) => table.clear()));
    status('seeding');
    school = await seedSchool(db, shape, (written) => status(`seeded ${written}`));
    status('seeded');
    const { pupilIds: _p, levels: _l, ...rest } = school;
    return { ...rest, classes: school.classIds.length };
  },

  async gridVsIndex(runs) {
    const { classIds } = seeded();
    const grid: number[] = [];
    const index: number[] = [];
    let rows = -1;
    for (let i = 0; i < runs; i++) {
      const c = i % classIds.length;
      const [g, gridRows] = await time(() => classGrid(classIds[c]!));
      const [r, rangeRows] = await time(() => indexRange(c));
      if (gridRows.length !== rangeRows.length)
        throw new Error(`grid has ${gridRows.length} rows, index range ${rangeRows.length}`);
      rows = gridRows.length;
      grid.push(g);
      index.push(r);
    }
    return { grid, index, rows };
  },

  async writes(runs) {
    const { pupilIds, levels } = seeded();
    const record: number[] = [];
    const bareAdd: number[] = [];
    for (let i = 0; i < runs; i++) {
      const pupilId = pupilIds[i % pupilIds.length]![i % 30]!;
      const level = levels[i % levels.length]!;
      const input = {
        player: { pupilId, sessionId: null },
        level,
        startedAt: Date.now() - 30_000,
        endedAt: Date.now(),
        outcome: { kind: 'success' } as const,
        blockCount: 7,
        stars: 2,
        program: { blocks: { languageVersion: 0, blocks: [{ type: 'program_start', id: 's' }] } },
        on: 'simulator',
      };
      const [w] = await time(() => storage.attempts.record(input));
      record.push(w);
      const [a] = await time(() =>
        db.attempts.add({
          id: `bench-bare-${bareRows++}`,
          learner: 'guest',
          pupilId: null,
          groupId: null,
          sessionId: null,
          packId: level.packId,
          levelId: level.levelId,
          deviceId: 'bench',
          startedAt: input.startedAt,
          endedAt: input.endedAt,
          outcome: input.outcome,
          blockCount: 7,
          stars: 2,
          program: input.program,
          on: 'simulator',
        }),
      );
      bareAdd.push(a);
    }
    return { record, bareAdd };
  },

  async counts() {
    return { attempts: await db.attempts.count(), bestResults: await db.bestResults.count() };
  },
};

(window as unknown as { benchStorage: StorageBench }).benchStorage = bench;
status('ready');
