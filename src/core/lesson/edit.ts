// Editing operations of the lesson editor: pure functions from a Pack or Level to a new one
// (create, duplicate, reorder levels; resize and paint the map; pick blocks; lock starting
// blocks). They never mutate their input, so the editor keeps every step for undo / redo.
// The result is checked by `restorePack(packToFile(pack))`, the one door of lesson files.
// Pure, runs in Node.

import { cellKey, HEADINGS, sameCell, type Cell, type Heading } from '../geometry';
import type { BlockType } from '../program/block-types';
import { START_BLOCK } from '../program/block-types';
import type { SerializedBlock, WorkspaceState } from '../program/blockly-json';
import { ID_PATTERN, MAX_GRID_SIDE, MAX_ID_LENGTH } from './limits';
import { DEFAULT_SQUARE_CM } from './restore';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { defaultRuleFor } from './serialize';
import type { FloorColor, Grid, Level, LocalizedText, Pack, ToolboxEntry } from './types';

/** What a tap on the map does. */
export type PaintTool = 'wall' | 'item' | 'erase' | 'start' | 'goal' | `floor-${FloorColor}`;

/** Turns a text into an id (`Mon atelier !` → `mon-atelier`), or `fallback` if nothing is left. */
export function slug(text: string, fallback: string): string {
  const id = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_ID_LENGTH - 8)
    .replace(/-+$/g, '');
  return ID_PATTERN.test(id) ? id : fallback;
}

/** `base`, or `base-2`, `base-3`… : the first one not in `taken`. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const id = `${base}-${n}`;
    if (!used.has(id)) return id;
  }
}

/** A new level: a small empty map, the robot on the left facing east, the flag on the right. */
export function newLevel(id: string, title: LocalizedText): Level {
  return {
    id,
    title,
    instructions: {
      fr: 'Amène le robot jusqu’au **drapeau**.',
      en: 'Take the robot to the **flag**.',
    },
    grid: { width: 6, height: 4, walls: [], floor: [], items: [] },
    start: { x: 0, y: 1, heading: 'E' },
    goal: { x: 5, y: 1 },
    rule: { kind: 'reach-goal' },
    toolbox: [{ type: 'move_forward' }, { type: 'turn_left' }, { type: 'turn_right' }],
    maxBlocks: 10,
    startBlocks: null,
    hints: [],
    stars: null,
    optimalBlocks: null,
    squareCm: DEFAULT_SQUARE_CM,
    tags: [],
    sensors: 'map',
    pictograms: false,
  };
}

/** A new pack with one level. */
export function newPack(id: string, title: LocalizedText, levelTitle: LocalizedText): Pack {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    title,
    description: { ...title },
    cycle: null,
    ages: null,
    levels: [newLevel('niveau-1', levelTitle)],
  };
}

function withLevels(pack: Pack, levels: readonly Level[]): Pack {
  return { ...pack, levels };
}

export function replaceLevel(pack: Pack, index: number, level: Level): Pack {
  return withLevels(
    pack,
    pack.levels.map((old, i) => (i === index ? level : old)),
  );
}

/** Appends a new level with a fresh id. */
export function addLevel(pack: Pack, title: LocalizedText): Pack {
  const id = uniqueId(
    `niveau-${pack.levels.length + 1}`,
    pack.levels.map((level) => level.id),
  );
  return withLevels(pack, [...pack.levels, newLevel(id, title)]);
}

/** Copies a level right after itself, with a fresh id. */
export function duplicateLevel(pack: Pack, index: number): Pack {
  const level = pack.levels[index];
  if (!level) return pack;
  const copy: Level = {
    ...structuredClone(level),
    id: uniqueId(
      `${level.id}-copie`,
      pack.levels.map((l) => l.id),
    ),
  };
  const levels = [...pack.levels];
  levels.splice(index + 1, 0, copy);
  return withLevels(pack, levels);
}

/** Removes a level; the last level of a pack stays (a pack has at least one). */
export function removeLevel(pack: Pack, index: number): Pack {
  if (pack.levels.length <= 1 || !pack.levels[index]) return pack;
  return withLevels(
    pack,
    pack.levels.filter((_, i) => i !== index),
  );
}

/** Moves a level from one place to another in the pack's order. */
export function moveLevel(pack: Pack, from: number, to: number): Pack {
  if (from === to || !pack.levels[from] || to < 0 || to >= pack.levels.length) return pack;
  const levels = [...pack.levels];
  const [level] = levels.splice(from, 1);
  levels.splice(to, 0, level!);
  return withLevels(pack, levels);
}

/** A copy of a pack under a new id and title. */
export function duplicatePack(pack: Pack, id: string, title: LocalizedText): Pack {
  return { ...structuredClone(pack), id, title };
}

// ---- The map -------------------------------------------------------------------------------

function inside(cell: Cell, width: number, height: number): boolean {
  return cell.x >= 0 && cell.y >= 0 && cell.x < width && cell.y < height;
}

function clampCell<T extends Cell>(cell: T, width: number, height: number): T {
  return {
    ...cell,
    x: Math.min(Math.max(cell.x, 0), width - 1),
    y: Math.min(Math.max(cell.y, 0), height - 1),
  };
}

/** The rule that follows the map: collect items when there are some, reach the flag otherwise. */
function withRule(level: Level): Level {
  const rule = defaultRuleFor(level.grid, level.goal);
  const facing = 'facing' in level.rule ? level.rule.facing : undefined;
  return {
    ...level,
    rule: facing !== undefined && rule.kind !== 'collect-all' ? { ...rule, facing } : rule,
  };
}

/** Changes the map's size; what falls outside goes, the start and the flag move inside. */
export function resizeGrid(level: Level, width: number, height: number): Level {
  const w = Math.min(Math.max(Math.round(width), 1), MAX_GRID_SIDE);
  const h = Math.min(Math.max(Math.round(height), 1), MAX_GRID_SIDE);
  const keep = (cell: Cell) => inside(cell, w, h);
  const start = clampCell(level.start, w, h);
  let goal = level.goal ? clampCell(level.goal, w, h) : null;
  if (goal && sameCell(goal, start)) goal = w * h > 1 ? firstFreeCell(w, h, [start]) : null;
  const taken = [start, ...(goal ? [goal] : [])];
  const free = (cell: Cell) => keep(cell) && !taken.some((other) => sameCell(other, cell));
  const grid: Grid = {
    width: w,
    height: h,
    walls: level.grid.walls.filter(free),
    floor: level.grid.floor.filter(keep),
    items: level.grid.items.filter(free),
  };
  return withRule({ ...level, grid, start, goal });
}

function firstFreeCell(width: number, height: number, taken: readonly Cell[]): Cell | null {
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1)
      if (!taken.some((cell) => cell.x === x && cell.y === y)) return { x, y };
  return null;
}

const without = <T extends Cell>(cells: readonly T[], cell: Cell): T[] =>
  cells.filter((other) => !sameCell(other, cell));

function nextHeading(heading: Heading): Heading {
  return HEADINGS[(HEADINGS.indexOf(heading) + 1) % HEADINGS.length]!;
}

/**
 * Paints one square. A wall clears what was there; the start and the flag are never painted
 * over (paint them elsewhere first). Tapping the start with the start tool turns it a quarter
 * turn; tapping the flag with the flag tool removes it.
 */
export function paint(level: Level, cell: Cell, tool: PaintTool): Level {
  const { grid } = level;
  if (!inside(cell, grid.width, grid.height)) return level;
  const isStart = sameCell(level.start, cell);
  const isGoal = level.goal !== null && sameCell(level.goal, cell);
  const clear = (g: Grid): Grid => ({
    ...g,
    walls: without(g.walls, cell),
    floor: without(g.floor, cell),
    items: without(g.items, cell),
  });
  switch (tool) {
    case 'wall':
      if (isStart || isGoal) return level;
      return withRule({
        ...level,
        grid: { ...clear(grid), walls: [...without(grid.walls, cell), cell] },
      });
    case 'item':
      if (isStart) return level;
      // Items are picked up with the collect block: the pupil gets it with the first item.
      return withRule({
        ...level,
        toolbox: level.toolbox.some((entry) => entry.type === 'collect')
          ? level.toolbox
          : [...level.toolbox, { type: 'collect' }],
        grid: {
          ...grid,
          walls: without(grid.walls, cell),
          items: [...without(grid.items, cell), { x: cell.x, y: cell.y }],
        },
      });
    case 'erase':
      return withRule({ ...level, grid: clear(grid) });
    case 'start':
      if (isStart)
        return { ...level, start: { ...level.start, heading: nextHeading(level.start.heading) } };
      if (isGoal) return level;
      return withRule({
        ...level,
        start: { x: cell.x, y: cell.y, heading: level.start.heading },
        grid: { ...grid, walls: without(grid.walls, cell), items: without(grid.items, cell) },
      });
    case 'goal':
      if (isGoal) return withRule({ ...level, goal: null });
      if (isStart) return level;
      return withRule({
        ...level,
        goal: { x: cell.x, y: cell.y },
        grid: { ...grid, walls: without(grid.walls, cell) },
      });
    default: {
      const color = tool.slice('floor-'.length) as FloorColor;
      return withRule({
        ...level,
        grid: {
          ...grid,
          walls: without(grid.walls, cell),
          floor: [...without(grid.floor, cell), { x: cell.x, y: cell.y, color }],
        },
      });
    }
  }
}

/** What a square holds, for drawing the map and naming the square to screen readers. */
export interface SquareContent {
  readonly wall: boolean;
  readonly item: boolean;
  readonly floor: FloorColor | null;
  readonly start: Heading | null;
  readonly goal: boolean;
}

/** Every square of the map, row by row, with what it holds. */
export function squares(level: Level): SquareContent[][] {
  const walls = new Set(level.grid.walls.map(cellKey));
  const items = new Set(level.grid.items.map(cellKey));
  const floor = new Map(level.grid.floor.map((patch) => [cellKey(patch), patch.color]));
  return Array.from({ length: level.grid.height }, (_, y) =>
    Array.from({ length: level.grid.width }, (_, x) => {
      const key = cellKey({ x, y });
      return {
        wall: walls.has(key),
        item: items.has(key),
        floor: floor.get(key) ?? null,
        start: level.start.x === x && level.start.y === y ? level.start.heading : null,
        goal: level.goal !== null && level.goal.x === x && level.goal.y === y,
      };
    }),
  );
}

// ---- Blocks --------------------------------------------------------------------------------

/** Puts a block in the toolbox (with an optional limit) or takes it out. */
export function setToolboxBlock(
  level: Level,
  type: BlockType,
  on: boolean,
  limit?: number | null,
): Level {
  const others = level.toolbox.filter((entry) => entry.type !== type);
  if (!on) return { ...level, toolbox: others };
  const entry: ToolboxEntry = limit == null ? { type } : { type, limit };
  const index = level.toolbox.findIndex((e) => e.type === type);
  const toolbox = [...level.toolbox];
  if (index >= 0) toolbox[index] = entry;
  else toolbox.push(entry);
  return { ...level, toolbox };
}

/** The stacks of starting blocks (top-level blocks); the start block counts when blocks hang from it. */
export function stacksOf(state: WorkspaceState | null): SerializedBlock[] {
  return (state?.blocks?.blocks ?? []).filter(
    (block) => block.type !== START_BLOCK || block.next?.block !== undefined,
  );
}

/** Whether a block is locked (the pupil can neither move nor delete it). */
export function isLocked(block: SerializedBlock): boolean {
  return block.movable === false && block.deletable === false;
}

/** Locks or unlocks a stack of starting blocks: every block of it, the stack's own included. */
export function lockStack(state: WorkspaceState, blockId: string, locked: boolean): WorkspaceState {
  const apply = (block: SerializedBlock): SerializedBlock => {
    const inputs = block.inputs
      ? Object.fromEntries(
          Object.entries(block.inputs).map(([name, input]) => [
            name,
            input.block ? { ...input, block: apply(input.block) } : input,
          ]),
        )
      : undefined;
    const next = block.next?.block ? { ...block.next, block: apply(block.next.block) } : block.next;
    const out: SerializedBlock = { ...block, movable: !locked, deletable: !locked };
    if (inputs) out.inputs = inputs;
    if (next) out.next = next;
    if (!locked) {
      delete out.movable;
      delete out.deletable;
    }
    return out;
  };
  const top = state.blocks?.blocks ?? [];
  return {
    ...state,
    blocks: {
      languageVersion: state.blocks?.languageVersion ?? 0,
      blocks: top.map((block) => (block.id === blockId ? apply(block) : block)),
    },
  };
}

/** Starting blocks worth keeping: null when the workspace holds nothing but the start block. */
export function startBlocksOf(state: WorkspaceState): WorkspaceState | null {
  const blocks = state.blocks?.blocks ?? [];
  const start = blocks.find((block) => block.type === START_BLOCK);
  const empty = stacksOf(state).length === 0 && !start?.next?.block;
  return empty || blocks.length === 0 ? null : state;
}
