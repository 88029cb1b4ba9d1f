// Asks the solver worker about a level: one question at a time (a new question ends the
// search of the previous one by terminating its worker), a time limit after which the answer
// is an honest "unknown", and a cache so an undo gets its verdict back at once.
import type { LevelProblemCode } from '../../core/solver/check';
import type { Level } from '../../core/lesson/types';
import { canonicalJson } from '../../storage/canonical-json';

export interface SolverRequest {
  readonly id: number;
  readonly level: Level;
  readonly index: number;
  readonly budget: number;
}

export interface SolverReply {
  readonly id: number;
  readonly solvable: boolean | 'unknown';
  readonly optimalBlocks: number | null;
  readonly problems: readonly { readonly code: LevelProblemCode; readonly path: string }[];
  /** The solution in compact text ("repeat 3 { F R }"), when solved. */
  readonly text: string | null;
}

export type Verdict = Omit<SolverReply, 'id'>;

/** Interpreter runs the editor's search may make (the CLI's default is 400 000). */
export const EDITOR_SOLVE_BUDGET = 200_000;
/** After this long the editor stops waiting and says it does not know. */
export const EDITOR_SOLVE_MS = 20_000;

const UNKNOWN: Verdict = { solvable: 'unknown', optimalBlocks: null, problems: [], text: null };

const byCell = (a: { x: number; y: number }, b: { x: number; y: number }) => a.y - b.y || a.x - b.x;

/**
 * What the solver depends on: the level without its texts and recorded results, in a
 * canonical form (cells sorted, keys sorted), so the same level always gives the same key.
 */
export function solverKey(level: Level): string {
  const {
    title: _t,
    instructions: _i,
    hints: _h,
    optimalBlocks: _o,
    stars: _s,
    tags: _g,
    ...rest
  } = level;
  const grid = {
    ...rest.grid,
    walls: [...rest.grid.walls].sort(byCell),
    floor: [...rest.grid.floor].sort(byCell),
    items: [...rest.grid.items].sort(byCell),
  };
  return canonicalJson({ ...rest, grid });
}

export class SolverClient {
  #worker: Worker | null = null;
  #next = 1;
  #cache = new Map<string, Verdict>();

  constructor(private readonly createWorker: () => Worker) {}

  cached(level: Level): Verdict | undefined {
    return this.#cache.get(solverKey(level));
  }

  /** The verdict on a level; a later call makes an earlier one resolve to null. */
  check(level: Level, index: number): Promise<Verdict | null> {
    const key = solverKey(level);
    const known = this.#cache.get(key);
    if (known) return Promise.resolve(known);
    this.cancel();
    const worker = this.createWorker();
    this.#worker = worker;
    const id = this.#next++;
    return new Promise((resolve) => {
      const finish = (verdict: Verdict | null, keep: boolean) => {
        clearTimeout(timer);
        worker.terminate();
        if (this.#worker === worker) this.#worker = null;
        if (verdict && keep) this.#cache.set(key, verdict);
        resolve(verdict);
      };
      const timer = setTimeout(() => finish(UNKNOWN, false), EDITOR_SOLVE_MS);
      worker.onmessage = (event: MessageEvent<SolverReply>) => {
        const { id: _id, ...verdict } = event.data;
        finish(verdict, true);
      };
      worker.onerror = () => finish(UNKNOWN, false);
      // A later question terminates this worker: this one then answers null.
      worker.addEventListener('parcours-cancel', () => finish(null, false));
      const request: SolverRequest = {
        id,
        level: structuredClone(level),
        index,
        budget: EDITOR_SOLVE_BUDGET,
      };
      worker.postMessage(request);
    });
  }

  cancel(): void {
    const worker = this.#worker;
    if (worker) worker.dispatchEvent(new Event('parcours-cancel'));
  }

  dispose(): void {
    this.cancel();
  }
}
