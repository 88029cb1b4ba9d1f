// The grid drawn as rows of characters, the friendly way to write a level by hand:
//   [">..#",
//    "#..G"]
// Reads rows into a Grid with its start and goal, and draws a level back as rows when nothing
// would be lost (an item on a coloured square cannot be drawn). Pure, runs in Node.

import type { Cell, Heading, Pose } from '../geometry';
import { cellKey } from '../geometry';
import type { FloorColor, FloorPatch, Grid } from './types';
import { pointer, type RestoreIssue } from './issues';

const START_CHARS: Record<string, Heading> = { '^': 'N', '>': 'E', v: 'S', '<': 'W' };
const COLOR_CHARS: Record<string, FloorColor> = { r: 'red', g: 'green', b: 'blue', y: 'yellow' };
const CHAR_OF_HEADING: Record<Heading, string> = { N: '^', E: '>', S: 'v', W: '<' };
const CHAR_OF_COLOR: Record<FloorColor, string> = { red: 'r', green: 'g', blue: 'b', yellow: 'y' };

export interface ReadMap {
  readonly grid: Grid;
  readonly start: Pose | null;
  readonly goal: Cell | null;
  readonly issues: readonly RestoreIssue[];
}

/**
 * Reads rows (already checked against MAP_ROW_PATTERN by the schema). `path` points at the
 * rows array; issues point at the row concerned.
 */
export function readMap(rows: readonly string[], path: readonly (string | number)[]): ReadMap {
  const issues: RestoreIssue[] = [];
  const width = rows[0]?.length ?? 0;
  const walls: Cell[] = [];
  const floor: FloorPatch[] = [];
  const items: Cell[] = [];
  let start: Pose | null = null;
  let goal: Cell | null = null;
  rows.forEach((row, y) => {
    const at = pointer([...path, y]);
    if (row.length !== width) {
      issues.push({
        path: at,
        code: 'ragged-map',
        data: { row: y + 1, expected: width, width: row.length },
      });
    }
    [...row].forEach((char, x) => {
      const heading = START_CHARS[char];
      const color = COLOR_CHARS[char];
      if (char === '#') walls.push({ x, y });
      else if (char === '*') items.push({ x, y });
      else if (color) floor.push({ x, y, color });
      else if (char === 'G') {
        if (goal) issues.push({ path: at, code: 'duplicate-goal', data: { x, y } });
        else goal = { x, y };
      } else if (heading) {
        if (start) issues.push({ path: at, code: 'duplicate-start', data: { x, y } });
        else start = { x, y, heading };
      }
    });
  });
  return { grid: { width, height: rows.length, walls, floor, items }, start, goal, issues };
}

/** The level drawn as rows, or null when some square holds two things rows cannot show. */
export function drawMap(grid: Grid, start: Pose | null, goal: Cell | null): string[] | null {
  const squares: string[][] = Array.from({ length: grid.height }, () =>
    Array.from({ length: grid.width }, () => '.'),
  );
  const taken = new Set<string>();
  const put = (cell: Cell, char: string): boolean => {
    const key = cellKey(cell);
    const row = squares[cell.y];
    if (taken.has(key) || !row || cell.x < 0 || cell.x >= grid.width) return false;
    taken.add(key);
    row[cell.x] = char;
    return true;
  };
  const ok =
    grid.walls.every((cell) => put(cell, '#')) &&
    grid.floor.every((patch) => put(patch, CHAR_OF_COLOR[patch.color])) &&
    grid.items.every((cell) => put(cell, '*')) &&
    (goal === null || put(goal, 'G')) &&
    (start === null || put(start, CHAR_OF_HEADING[start.heading]));
  return ok ? squares.map((row) => row.join('')) : null;
}
