// Test helpers for the core: levels drawn as text maps, and IR built by short functions, so
// that a test reads like the puzzle it checks.
//
// Map legend: '.' floor, '#' wall, 'G' goal, '*' item, 'r' 'g' 'b' 'y' coloured floor,
// '^' '>' 'v' '<' the robot's start facing N, E, S, W.

import type { Cell, Heading, Pose } from '../../../src/core/geometry';
import type { FloorColor, FloorPatch, Level, SuccessRule } from '../../../src/core/lesson/types';
import type { ProcedureName } from '../../../src/core/program/block-types';
import type { Condition, Program, Statement } from '../../../src/core/program/ir';

export type MapLevel = Pick<Level, 'grid' | 'start' | 'goal' | 'rule'>;

const STARTS: Record<string, Heading> = { '^': 'N', '>': 'E', v: 'S', '<': 'W' };
const COLORS: Record<string, FloorColor> = { r: 'red', g: 'green', b: 'blue', y: 'yellow' };

export function levelFromMap(
  rows: readonly string[],
  rule: SuccessRule = { kind: 'reach-goal' },
): MapLevel {
  const walls: Cell[] = [];
  const items: Cell[] = [];
  const floor: FloorPatch[] = [];
  let start: Pose | null = null;
  let goal: Cell | null = null;
  for (const [y, row] of rows.entries()) {
    for (const [x, char] of [...row].entries()) {
      const color = COLORS[char];
      const heading = STARTS[char];
      if (char === '#') walls.push({ x, y });
      else if (char === '*') items.push({ x, y });
      else if (char === 'G') goal = { x, y };
      else if (color) floor.push({ x, y, color });
      else if (heading) start = { x, y, heading };
      else if (char !== '.') throw new Error(`Unknown map character ${char}`);
    }
  }
  if (start === null) throw new Error('The map has no start');
  const width = Math.max(...rows.map((row) => row.length));
  return { grid: { width, height: rows.length, walls, items, floor }, start, goal, rule };
}

export function program(
  main: readonly Statement[],
  procedures: Partial<Record<ProcedureName, readonly Statement[]>> = {},
): Program {
  return { main, procedures, blockCount: 0, blockCounts: {} };
}

export const forward = (blockId: string): Statement => ({ kind: 'forward', blockId });
export const left = (blockId: string): Statement => ({ kind: 'turn', direction: 'left', blockId });
export const right = (blockId: string): Statement => ({
  kind: 'turn',
  direction: 'right',
  blockId,
});
export const collect = (blockId: string): Statement => ({ kind: 'collect', blockId });
export const call = (blockId: string, name: ProcedureName): Statement => ({
  kind: 'call',
  name,
  blockId,
});
export const repeat = (blockId: string, times: number, body: readonly Statement[]): Statement => ({
  kind: 'repeat',
  times,
  body,
  blockId,
});
export const repeatUntil = (
  blockId: string,
  condition: Condition,
  body: readonly Statement[],
): Statement => ({ kind: 'repeat-until', condition, body, blockId });
export const whileDo = (
  blockId: string,
  condition: Condition,
  body: readonly Statement[],
): Statement => ({ kind: 'while', condition, body, blockId });
export const ifThen = (
  blockId: string,
  condition: Condition,
  then: readonly Statement[],
  otherwise: readonly Statement[] | null = null,
): Statement => ({ kind: 'if', condition, then, otherwise, blockId });

export const pathAhead: Condition = { kind: 'path', direction: 'ahead' };
export const pathLeft: Condition = { kind: 'path', direction: 'left' };
export const pathRight: Condition = { kind: 'path', direction: 'right' };
export const atGoal: Condition = { kind: 'at-goal' };
export const allCollected: Condition = { kind: 'all-collected' };
export const floorIs = (color: FloorColor): Condition => ({ kind: 'floor', color });
export const not = (condition: Condition): Condition => ({ kind: 'not', condition });
