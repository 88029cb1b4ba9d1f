// The solver: finds a program with the fewest blocks that solves a level, within its toolbox
// (per-block limits and maxBlocks), loops, conditions and a procedure included, within a
// budget of interpreter runs; says 'unknown' when the budget runs out. Every answer is
// replayed whole through the real compiler and simulator before it is returned.
// Core layer: pure and deterministic (the budget counts runs, not time).
//
// Procedures: the search tries one procedure (A). This loses nothing below 12 blocks: a
// procedure called c times with a body of b blocks can be inlined for c·b blocks instead of
// 1 + b + c, so an optimal program may keep only procedures that save a block (c·b > 1+b+c),
// which needs b + c ≥ 6; one such procedure makes a program of ≥ 7 blocks, two of ≥ 12. So
// procedures are searched only when the best program without one has more than 7 blocks, and
// an optimum of 12 blocks or fewer is exact.

import type { Level } from '../lesson/types';
import type { WorkspaceState } from '../program/blockly-json';
import { compile } from '../program/compile';
import type { Diagnostic } from '../program/ir';
import { DEFAULT_TICK_BUDGET, type RunResult } from '../run/types';
import { simulate } from '../world/simulate';
import { countBlocks, describeCandidate, toWorkspace, type Candidate } from './candidate';
import { Grammar, GrammarExhausted, type Sequence } from './grammar';
import { BudgetExhausted, LevelModel } from './model';
import { searchMain, type Found } from './search';

export interface SolveOptions {
  /** Most interpreter runs the search may make before answering 'unknown'. */
  readonly budget?: number;
  /** Most statements the grammar may build before answering 'unknown'. */
  readonly pieceBudget?: number;
  /** Search up to this many blocks instead of the level's maxBlocks. */
  readonly maxBlocks?: number;
}

export interface SolveStats {
  /** Interpreter runs made. */
  readonly runs: number;
  /** The most blocks the search considered. */
  readonly bound: number;
}

export type SolveResult =
  | {
      readonly status: 'solved';
      readonly blocks: number;
      readonly workspace: WorkspaceState;
      readonly candidate: Candidate;
      /** Compact text form of the program, e.g. "repeat 3 { F R }". */
      readonly text: string;
      readonly stats: SolveStats;
    }
  | { readonly status: 'unsolvable'; readonly stats: SolveStats }
  | { readonly status: 'unknown'; readonly stats: SolveStats };

export const DEFAULT_SOLVE_BUDGET = 400_000;
export const DEFAULT_PIECE_BUDGET = 400_000;
/** How far the search goes when a level sets no maxBlocks. */
export const UNLIMITED_SEARCH_BOUND = 25;

export type ReplayResult =
  | { readonly kind: 'compile-error'; readonly diagnostics: readonly Diagnostic[] }
  | { readonly kind: 'ran'; readonly blockCount: number; readonly run: RunResult };

/** Compiles a workspace against the level's toolbox and limits and runs it in the simulator. */
export function replay(level: Level, workspace: WorkspaceState): ReplayResult {
  const compiled = compile(workspace, { toolbox: level.toolbox, maxBlocks: level.maxBlocks });
  if (!compiled.program) return { kind: 'compile-error', diagnostics: compiled.diagnostics };
  return {
    kind: 'ran',
    blockCount: compiled.program.blockCount,
    run: simulate(level, compiled.program),
  };
}

/** Whether a workspace solves the level (compiles within its limits and succeeds). */
export function solves(level: Level, workspace: WorkspaceState): boolean {
  const result = replay(level, workspace);
  return result.kind === 'ran' && result.run.outcome.kind === 'success';
}

/**
 * The tick budget of one run of a program piece during the search. A piece that ends visits
 * each state (square, heading, items left) at most a few times, each visit costing a few ticks
 * (the statement, its loop pass, its test); a piece still running after that loops for ever.
 * Never more than a pupil's run gets (DEFAULT_TICK_BUDGET), so what the search accepts also
 * runs to its end in the simulator.
 */
export function pieceTickBudget(openSquares: number, items: number): number {
  return Math.min(DEFAULT_TICK_BUDGET, 2 * 8 * openSquares * 4 * (1 + items) + 100);
}

export function solve(level: Level, options: SolveOptions = {}): SolveResult {
  const bound = options.maxBlocks ?? level.maxBlocks ?? UNLIMITED_SEARCH_BOUND;
  const items = level.grid.items.length;
  const open = level.grid.width * level.grid.height - level.grid.walls.length;
  const model = new LevelModel(
    level,
    pieceTickBudget(open, items),
    options.budget ?? DEFAULT_SOLVE_BUDGET,
  );
  const pieceBudget = options.pieceBudget ?? DEFAULT_PIECE_BUDGET;
  const stats = (): SolveStats => ({ runs: model.runs, bound });
  // Checking limits: compile against the level's toolbox, but with the search's own bound.
  const verifyLevel: Level = { ...level, maxBlocks: bound };
  let best: { candidate: Candidate; blocks: number; workspace: WorkspaceState } | null = null;
  const acceptWith =
    (procedures: Candidate['procedures']) =>
    (found: Found): boolean => {
      const candidate: Candidate = { main: found.main, procedures };
      const workspace = toWorkspace(candidate);
      const blocks = countBlocks(candidate);
      const replayed = replay(verifyLevel, workspace);
      const ok =
        replayed.kind === 'ran' &&
        replayed.run.outcome.kind === 'success' &&
        replayed.blockCount === blocks;
      if (ok) best = { candidate, blocks, workspace };
      return ok;
    };
  try {
    const plain = new Grammar(level, null, pieceBudget);
    const zero = plain.limited.map(() => 0);
    searchMain({
      model,
      grammar: plain,
      baseCost: 0,
      baseUses: zero,
      bound,
      procedures: {},
      accept: acceptWith({}),
    });
    if (plain.has('procedure_define'))
      searchWithProcedure(level, model, plain, pieceBudget, bound, () => best, acceptWith);
  } catch (error) {
    if (error instanceof BudgetExhausted || error instanceof GrammarExhausted) {
      return { status: 'unknown', stats: stats() };
    }
    throw error;
  }
  const result = best as { candidate: Candidate; blocks: number; workspace: WorkspaceState } | null;
  if (!result) return { status: 'unsolvable', stats: stats() };
  return {
    status: 'solved',
    blocks: result.blocks,
    workspace: result.workspace,
    candidate: result.candidate,
    text: describeCandidate(result.candidate),
    stats: stats(),
  };
}

/** Tries each procedure body (shortest first) for a program shorter than the best so far. */
function searchWithProcedure(
  level: Level,
  model: LevelModel,
  plain: Grammar,
  pieceBudget: number,
  bound: number,
  currentBest: () => { blocks: number } | null,
  acceptWith: (procedures: Candidate['procedures']) => (found: Found) => boolean,
): void {
  const calling = new Grammar(level, 'A', pieceBudget);
  const signatures = new Set<string>();
  const poses = model.allPoses();
  const defineUses = plain.usesOf('procedure_define');
  for (let size = 2; ; size += 1) {
    const target = currentBest()?.blocks ?? bound + 1;
    // A useful procedure saves a block: 1 + b + c < c·b needs a program of at least 7 blocks.
    if (target <= 7 || size > target - 4) return;
    for (const body of plain.sequences(size)) {
      const limit = currentBest()?.blocks ?? bound + 1;
      if (size > limit - 4) return;
      const uses = body.reduce(
        (sum, piece) => sum.map((count, index) => count + piece.uses[index]!),
        defineUses,
      );
      if (!plain.withinLimits(uses) || !body.some((piece) => piece.moves)) continue;
      const ir = body.map((piece) => piece.ir);
      if (!isNewBehaviour(model, poses, body, ir, signatures)) continue;
      searchMain({
        model,
        grammar: calling,
        baseCost: 1 + size,
        baseUses: uses,
        bound: limit - 1,
        procedures: { A: ir },
        accept: acceptWith({ A: body.map((piece) => piece.node) }),
      });
    }
  }
}

/**
 * Whether a procedure body does something no shorter (or earlier) body does, judged on every
 * pose of the grid. Sound when the body does not read "all collected": then what it does from
 * a state is what it does from the same pose with every item still there, minus the items
 * already gone.
 */
function isNewBehaviour(
  model: LevelModel,
  poses: ReturnType<LevelModel['allPoses']>,
  body: Sequence,
  ir: Parameters<LevelModel['run']>[1],
  signatures: Set<string>,
): boolean {
  if (body.some((piece) => piece.readsItems)) return true;
  const signature = poses
    .map((state) => {
      const outcome = model.run(state, ir);
      return outcome.ok ? outcome.state.key : 'x';
    })
    .join('/');
  if (signatures.has(signature)) return false;
  signatures.add(signature);
  return true;
}
