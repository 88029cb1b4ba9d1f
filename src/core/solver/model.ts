// The solver's view of a level: world states (pose + items left) and runs of program pieces
// from a state, done by the real interpreter (`runSync`) on the real grid world, judged by the
// real rules. Nothing here re-implements what a block does. Core layer: pure, runs in Node.

import { cellKey, type Cell, type Pose } from '../geometry';
import type { Grid, Level } from '../lesson/types';
import type { ProcedureName } from '../program/block-types';
import type { Condition, Program, Statement } from '../program/ir';
import { runSync } from '../run/interpreter';
import { GridWorld } from '../world/grid-world';
import { judge } from '../world/rules';

export interface WorldState {
  readonly pose: Pose;
  /** Items still on the grid, in the level's order. */
  readonly remaining: readonly Cell[];
  /** Stable key: equal keys, equal states. */
  readonly key: string;
}

export type RunOutcome =
  | { readonly ok: true; readonly state: WorldState; readonly ticks: number }
  | { readonly ok: false };

/** Thrown out of a search when its budget of runs is spent. */
export class BudgetExhausted extends Error {
  constructor() {
    super('search budget exhausted');
  }
}

function stateOf(pose: Pose, remaining: readonly Cell[]): WorldState {
  return {
    pose,
    remaining,
    key: `${pose.x},${pose.y},${pose.heading}|${remaining.map(cellKey).join(';')}`,
  };
}

export class LevelModel {
  readonly initial: WorldState;
  /** Runs done so far (each a call of the real interpreter). */
  runs = 0;
  private readonly grids = new Map<string, Grid>();
  private readonly solvedCache = new Map<string, boolean>();

  constructor(
    readonly level: Level,
    /**
     * The interpreter's tick budget for a single run: a piece that has not ended by then counts
     * as looping for ever (its run times out, like the pupil's would).
     */
    readonly tickBudget: number,
    /** Most runs before the search gives up. */
    readonly budget: number,
  ) {
    this.initial = stateOf(level.start, level.grid.items);
  }

  /** The number of squares the robot can stand on. */
  get openSquares(): number {
    return this.level.grid.width * this.level.grid.height - this.level.grid.walls.length;
  }

  private gridFor(state: WorldState): Grid {
    const itemsKey = state.key.slice(state.key.indexOf('|') + 1);
    let grid = this.grids.get(itemsKey);
    if (!grid) {
      grid = { ...this.level.grid, items: state.remaining };
      this.grids.set(itemsKey, grid);
    }
    return grid;
  }

  private world(state: WorldState): GridWorld {
    return new GridWorld({ grid: this.gridFor(state), start: state.pose, goal: this.level.goal });
  }

  /** Runs statements (with procedures) from a state. */
  run(
    state: WorldState,
    main: readonly Statement[],
    procedures: Partial<Record<ProcedureName, readonly Statement[]>> = {},
  ): RunOutcome {
    this.runs += 1;
    if (this.runs > this.budget) throw new BudgetExhausted();
    const world = this.world(state);
    const program: Program = { main, procedures, blockCount: 0, blockCounts: {} };
    const result = runSync(program, world, { tickBudget: this.tickBudget });
    if (result.outcome) return { ok: false };
    const remaining =
      world.itemsLeft === state.remaining.length ? state.remaining : world.remainingItems();
    const pose = world.pose;
    const same =
      remaining === state.remaining && pose.x === state.pose.x && pose.y === state.pose.y;
    return {
      ok: true,
      state: same && pose.heading === state.pose.heading ? state : stateOf(pose, remaining),
      ticks: result.ticks,
    };
  }

  /** Whether a program that ends in this state succeeds, by the level's rule. */
  isSolved(state: WorldState): boolean {
    let solved = this.solvedCache.get(state.key);
    if (solved === undefined) {
      solved = judge(this.level, this.world(state)).kind === 'success';
      this.solvedCache.set(state.key, solved);
    }
    return solved;
  }

  /** What a condition reads in this state, asked of the real grid world. */
  sense(state: WorldState, condition: Condition): boolean {
    if (condition.kind === 'not') return !this.sense(state, condition.condition);
    return this.world(state).sense(condition);
  }

  /** Whether the robot stands on the goal in this state. */
  atGoal(state: WorldState): boolean {
    const goal = this.level.goal;
    return goal !== null && goal.x === state.pose.x && goal.y === state.pose.y;
  }

  /** Every state with all items on the grid and the robot on an open square, any heading. */
  allPoses(): WorldState[] {
    const world = this.world(this.initial);
    const states: WorldState[] = [];
    for (let y = 0; y < this.level.grid.height; y += 1) {
      for (let x = 0; x < this.level.grid.width; x += 1) {
        if (!world.isOpen({ x, y })) continue;
        for (const heading of ['N', 'E', 'S', 'W'] as const)
          states.push(stateOf({ x, y, heading }, this.level.grid.items));
      }
    }
    return states;
  }
}
