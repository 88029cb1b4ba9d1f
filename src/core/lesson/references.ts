// Reference checks of a restored level: squares inside the grid and off the walls, a goal and
// items where the rule needs them, toolbox blocks known and unique, starting blocks drawn from
// the toolbox within its limits, sane nesting. Issues point into the file as written, through
// the `sources` map that `restore` fills while reading. Pure, runs in Node.

import { cellKey, type Cell } from '../geometry';
import { BLOCK_TYPES, START_BLOCK, type BlockType } from '../program/block-types';
import type { SerializedBlock } from '../program/blockly-json';
import { pointer, type RestoreIssue } from './issues';
import { MAX_BLOCK_NESTING, MAX_START_BLOCKS } from './limits';
import type { Level } from './types';

/** Where each part of a level came from in the file, as path segments. */
export interface LevelSources {
  readonly level: readonly (string | number)[];
  readonly walls: readonly (readonly (string | number)[])[];
  readonly floor: readonly (readonly (string | number)[])[];
  readonly items: readonly (readonly (string | number)[])[];
  readonly start: readonly (string | number)[];
  readonly goal: readonly (string | number)[];
}

function inside(cell: Cell, level: Level): boolean {
  return cell.x >= 0 && cell.y >= 0 && cell.x < level.grid.width && cell.y < level.grid.height;
}

/** Issues about the squares of a level. */
function checkSquares(level: Level, sources: LevelSources, out: RestoreIssue[]): void {
  const { width, height } = level.grid;
  const wallKeys = new Set<string>();
  const outside = (cell: Cell, at: readonly (string | number)[]): boolean => {
    if (inside(cell, level)) return false;
    out.push({
      path: pointer(at),
      code: 'outside-grid',
      data: { x: cell.x, y: cell.y, width, height },
    });
    return true;
  };
  level.grid.walls.forEach((wall, index) => {
    const at = sources.walls[index] ?? sources.level;
    if (outside(wall, at)) return;
    const key = cellKey(wall);
    if (wallKeys.has(key))
      out.push({ path: pointer(at), code: 'duplicate-cell', data: { x: wall.x, y: wall.y } });
    wallKeys.add(key);
  });
  const checkList = (
    cells: readonly Cell[],
    paths: readonly (readonly (string | number)[])[],
  ): void => {
    const seen = new Set<string>();
    cells.forEach((cell, index) => {
      const at = paths[index] ?? sources.level;
      if (outside(cell, at)) return;
      const key = cellKey(cell);
      if (wallKeys.has(key))
        out.push({ path: pointer(at), code: 'on-wall', data: { x: cell.x, y: cell.y } });
      if (seen.has(key))
        out.push({ path: pointer(at), code: 'duplicate-cell', data: { x: cell.x, y: cell.y } });
      seen.add(key);
    });
  };
  checkList(level.grid.floor, sources.floor);
  checkList(level.grid.items, sources.items);
  checkList([level.start], [sources.start]);
  if (level.goal) checkList([level.goal], [sources.goal]);
}

function checkRule(level: Level, sources: LevelSources, out: RestoreIssue[]): void {
  const rulePath = pointer([...sources.level, 'rule']);
  const kind = level.rule.kind;
  if ((kind === 'reach-goal' || kind === 'collect-all-then-goal') && level.goal === null) {
    out.push({ path: rulePath, code: 'missing-goal', data: { rule: kind } });
  }
  if (kind === 'collect-all' || kind === 'collect-all-then-goal') {
    if (level.grid.items.length === 0)
      out.push({ path: rulePath, code: 'no-items', data: { rule: kind } });
    if (!level.toolbox.some((entry) => entry.type === 'collect')) {
      out.push({
        path: pointer([...sources.level, 'toolbox']),
        code: 'needs-block',
        data: { type: 'collect' },
      });
    }
  }
}

function checkToolbox(level: Level, sources: LevelSources, out: RestoreIssue[]): void {
  const seen = new Set<BlockType>();
  level.toolbox.forEach((entry, index) => {
    if (seen.has(entry.type)) {
      out.push({
        path: pointer([...sources.level, 'toolbox', index]),
        code: 'duplicate-block',
        data: { type: entry.type },
      });
    }
    seen.add(entry.type);
  });
  const toolboxPath = pointer([...sources.level, 'toolbox']);
  if (seen.has('procedure_call') && !seen.has('procedure_define')) {
    out.push({ path: toolboxPath, code: 'needs-block', data: { type: 'procedure_define' } });
  }
  if (level.stars && level.stars.three > level.stars.two) {
    out.push({
      path: pointer([...sources.level, 'stars']),
      code: 'stars-order',
      data: { three: level.stars.three, two: level.stars.two },
    });
  }
}

interface BlockVisit {
  readonly block: SerializedBlock;
  readonly path: readonly (string | number)[];
  /** How many statement inputs enclose the block. */
  readonly nesting: number;
}

/** Every block of a workspace (shadows included), with its path; iterative, so any depth is safe. */
export function blocksOf(
  blocks: readonly SerializedBlock[],
  base: readonly (string | number)[],
): BlockVisit[] {
  const visits: BlockVisit[] = [];
  const stack: BlockVisit[] = blocks
    .map((block, index) => ({ block, path: [...base, index], nesting: 0 }))
    .reverse();
  while (stack.length > 0) {
    const visit = stack.pop()!;
    visits.push(visit);
    const { block, path, nesting } = visit;
    const children: BlockVisit[] = [];
    for (const [name, input] of Object.entries(block.inputs ?? {})) {
      for (const slot of ['block', 'shadow'] as const) {
        const child = input[slot];
        if (child)
          children.push({
            block: child,
            path: [...path, 'inputs', name, slot],
            nesting: nesting + 1,
          });
      }
    }
    for (const slot of ['block', 'shadow'] as const) {
      const child = block.next?.[slot];
      if (child) children.push({ block: child, path: [...path, 'next', slot], nesting });
    }
    stack.push(...children.reverse());
  }
  return visits;
}

function checkStartBlocks(level: Level, sources: LevelSources, out: RestoreIssue[]): void {
  const blocks = level.startBlocks?.blocks?.blocks;
  if (!blocks) return;
  const base = [...sources.level, 'startBlocks', 'blocks', 'blocks'];
  const visits = blocksOf(blocks, base);
  if (visits.length > MAX_START_BLOCKS) {
    out.push({
      path: pointer(base),
      code: 'too-many-blocks',
      data: { max: MAX_START_BLOCKS, count: visits.length },
    });
    return;
  }
  const limits = new Map(
    level.toolbox.map((entry) => [entry.type as string, entry.limit ?? Infinity]),
  );
  const counts = new Map<string, number>();
  const ids = new Set<string>();
  let starts = 0;
  let counted = 0;
  for (const { block, path, nesting } of visits) {
    const at = pointer(path);
    if (nesting > MAX_BLOCK_NESTING) {
      out.push({ path: at, code: 'nesting-too-deep', data: { max: MAX_BLOCK_NESTING } });
      return;
    }
    if (block.id !== undefined) {
      if (ids.has(block.id))
        out.push({
          path: pointer([...path, 'id']),
          code: 'duplicate-block-id',
          data: { id: block.id },
        });
      ids.add(block.id);
    }
    if (block.type === START_BLOCK) {
      starts += 1;
      if (starts === 2) out.push({ path: at, code: 'several-start-blocks' });
      continue;
    }
    if (!(BLOCK_TYPES as readonly string[]).includes(block.type)) {
      out.push({
        path: pointer([...path, 'type']),
        code: 'unknown-block',
        data: { type: block.type },
      });
      continue;
    }
    if (!limits.has(block.type)) {
      out.push({
        path: pointer([...path, 'type']),
        code: 'block-not-in-toolbox',
        data: { type: block.type },
      });
      continue;
    }
    counted += 1;
    const count = (counts.get(block.type) ?? 0) + 1;
    counts.set(block.type, count);
    if (count === (limits.get(block.type) ?? Infinity) + 1) {
      out.push({
        path: pointer([...path, 'type']),
        code: 'block-over-limit',
        data: { type: block.type, limit: limits.get(block.type) ?? 0 },
      });
    }
  }
  if (level.maxBlocks !== null && counted > level.maxBlocks) {
    out.push({
      path: pointer(base),
      code: 'too-many-blocks',
      data: { max: level.maxBlocks, count: counted },
    });
  }
}

/** Every reference issue of one level. */
export function checkLevel(level: Level, sources: LevelSources): RestoreIssue[] {
  const out: RestoreIssue[] = [];
  checkSquares(level, sources, out);
  checkRule(level, sources, out);
  checkToolbox(level, sources, out);
  checkStartBlocks(level, sources, out);
  return out;
}
