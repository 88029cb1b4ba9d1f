// The grid world: a level's map with the robot's pose and the items it has collected. It is
// the simulated Body the interpreter drives, and the model a robot run keeps in step with the
// actions the robot confirmed (`perform` them as they come, `predict` to know what to expect).
// Core layer: pure and deterministic, runs in Node.
//
// Rules: moving forward into a wall crashes ('wall') and off the grid crashes ('edge'); either
// way the robot stays where it was. Turning always works. Collecting picks the item on the
// robot's square, if any; otherwise it does nothing. A path leads to a neighbouring square
// that is inside the grid and not a wall.

import {
  cellKey,
  headingToward,
  neighbour,
  sameCell,
  turned,
  type Cell,
  type Pose,
} from '../geometry';
import type { FloorColor, Level } from '../lesson/types';
import type { SensorQuery } from '../program/ir';
import type { Action, ActionResult, Body } from '../run/types';

/** The parts of a level the world is built from. */
export type WorldMap = Pick<Level, 'grid' | 'start' | 'goal'>;

export class GridWorld implements Body {
  readonly #map: WorldMap;
  readonly #walls: ReadonlySet<string>;
  readonly #floor: ReadonlyMap<string, FloorColor>;
  readonly #items: ReadonlyMap<string, Cell>;
  #pose: Pose;
  #collected: Set<string>;

  constructor(map: WorldMap) {
    this.#map = map;
    this.#walls = new Set(map.grid.walls.map(cellKey));
    this.#floor = new Map(map.grid.floor.map((patch) => [cellKey(patch), patch.color]));
    this.#items = new Map(map.grid.items.map((item) => [cellKey(item), item]));
    this.#pose = map.start;
    this.#collected = new Set();
  }

  /** A world in the same state that changes independently of this one. */
  clone(): GridWorld {
    const copy = new GridWorld(this.#map);
    copy.#pose = this.#pose;
    copy.#collected = new Set(this.#collected);
    return copy;
  }

  get pose(): Pose {
    return this.#pose;
  }

  get goal(): Cell | null {
    return this.#map.goal;
  }

  /** How many items have been collected. */
  get collected(): number {
    return this.#collected.size;
  }

  /** How many items are still on the grid. */
  get itemsLeft(): number {
    return this.#items.size - this.#collected.size;
  }

  /** The items still on the grid, in the level's order. */
  remainingItems(): Cell[] {
    return [...this.#items].filter(([key]) => !this.#collected.has(key)).map(([, item]) => item);
  }

  isInside(cell: Cell): boolean {
    const { width, height } = this.#map.grid;
    return cell.x >= 0 && cell.y >= 0 && cell.x < width && cell.y < height;
  }

  isWall(cell: Cell): boolean {
    return this.#walls.has(cellKey(cell));
  }

  /** Whether the robot may drive onto a square. */
  isOpen(cell: Cell): boolean {
    return this.isInside(cell) && !this.isWall(cell);
  }

  floorAt(cell: Cell): FloorColor | null {
    return this.#floor.get(cellKey(cell)) ?? null;
  }

  isAtGoal(): boolean {
    return this.#map.goal !== null && sameCell(this.#pose, this.#map.goal);
  }

  /** What `perform` would report, without changing the world. */
  predict(action: Action): ActionResult {
    const pose = this.#pose;
    switch (action.type) {
      case 'forward': {
        const ahead = neighbour(pose, pose.heading);
        if (!this.isInside(ahead)) return { status: 'crash', cause: 'edge', at: ahead, pose };
        if (this.isWall(ahead)) return { status: 'crash', cause: 'wall', at: ahead, pose };
        return ok({ ...ahead, heading: pose.heading }, this.collected);
      }
      case 'turn':
        return ok({ ...pose, heading: turned(pose.heading, action.direction) }, this.collected);
      case 'collect': {
        const key = cellKey(pose);
        const picks = this.#items.has(key) && !this.#collected.has(key);
        return ok(pose, this.collected + (picks ? 1 : 0));
      }
    }
  }

  perform(action: Action): ActionResult {
    const result = this.predict(action);
    this.#pose = result.pose;
    if (action.type === 'collect' && this.#items.has(cellKey(result.pose))) {
      this.#collected.add(cellKey(result.pose));
    }
    return result;
  }

  sense(query: SensorQuery): boolean {
    switch (query.kind) {
      case 'path':
        return this.isOpen(
          neighbour(this.#pose, headingToward(this.#pose.heading, query.direction)),
        );
      case 'at-goal':
        return this.isAtGoal();
      case 'floor':
        return this.floorAt(this.#pose) === query.color;
      case 'all-collected':
        return this.itemsLeft === 0;
    }
  }
}

function ok(pose: Pose, collected: number): ActionResult {
  return { status: 'ok', pose, collected };
}
