// serialize: writes a restored Pack back as a lesson-pack file, the same format as lessons/
// (maps as rows of characters when nothing would be lost, shorthand toolbox entries, defaults
// left out), so `restorePack(packToFile(pack))` gives the same pack back. Used by the lesson
// editor to store and export authored packs. Pure, runs in Node.

import { drawMap } from './grid-map';
import { CURRENT_SCHEMA_VERSION } from './schema';
import type { Grid, Level, LocalizedText, Pack, SuccessRule } from './types';
import type { Cell } from '../geometry';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type PackJson = { [key: string]: Json };

/** A text per locale; empty translations are left out (they mean "not translated yet"). */
function textJson(text: LocalizedText): PackJson {
  const out: PackJson = { fr: text.fr };
  for (const [locale, value] of Object.entries(text)) {
    if (locale !== 'fr' && typeof value === 'string' && value.trim() !== '') out[locale] = value;
  }
  return out;
}

function cellJson(cell: Cell): PackJson {
  return { x: cell.x, y: cell.y };
}

/** The rule `restore` picks when a level file names none. */
export function defaultRuleFor(grid: Grid, goal: Cell | null): SuccessRule {
  if (grid.items.length > 0)
    return goal ? { kind: 'collect-all-then-goal' } : { kind: 'collect-all' };
  return { kind: 'reach-goal' };
}

function sameRule(a: SuccessRule, b: SuccessRule): boolean {
  const facing = (rule: SuccessRule) => ('facing' in rule ? rule.facing : undefined);
  return a.kind === b.kind && facing(a) === facing(b);
}

function ruleJson(rule: SuccessRule): PackJson {
  const facing = 'facing' in rule ? rule.facing : undefined;
  return facing === undefined ? { kind: rule.kind } : { kind: rule.kind, facing };
}

/** One level as it would be written in a pack file. */
export function levelToFile(level: Level): PackJson {
  const out: PackJson = {
    id: level.id,
    title: textJson(level.title),
    instructions: textJson(level.instructions),
  };
  const rows = drawMap(level.grid, level.start, level.goal);
  if (rows) {
    out.grid = rows;
  } else {
    out.grid = {
      width: level.grid.width,
      height: level.grid.height,
      walls: level.grid.walls.map(cellJson),
      floor: level.grid.floor.map((patch) => ({ x: patch.x, y: patch.y, color: patch.color })),
      items: level.grid.items.map(cellJson),
    };
    out.start = { x: level.start.x, y: level.start.y, heading: level.start.heading };
    out.goal = level.goal ? cellJson(level.goal) : null;
  }
  if (!sameRule(level.rule, defaultRuleFor(level.grid, level.goal)))
    out.rule = ruleJson(level.rule);
  out.toolbox = level.toolbox.map((entry) =>
    entry.limit === undefined ? entry.type : { type: entry.type, limit: entry.limit },
  );
  out.maxBlocks = level.maxBlocks;
  if (level.startBlocks) out.startBlocks = structuredClone(level.startBlocks) as unknown as Json;
  if (level.hints.length > 0) out.hints = level.hints.map(textJson);
  if (level.stars) out.stars = { three: level.stars.three, two: level.stars.two };
  if (level.optimalBlocks !== null) out.optimalBlocks = level.optimalBlocks;
  out.squareCm = level.squareCm;
  if (level.tags.length > 0) out.tags = [...level.tags];
  out.sensors = level.sensors;
  out.pictograms = level.pictograms;
  return out;
}

/** The whole pack as a lesson file (plain JSON, ready for `JSON.stringify`). */
export function packToFile(pack: Pack): PackJson {
  const out: PackJson = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: pack.id,
    title: textJson(pack.title),
    description: textJson(pack.description),
  };
  if (pack.cycle !== null) out.cycle = pack.cycle;
  if (pack.ages !== null) out.ages = { min: pack.ages.min, max: pack.ages.max };
  out.levels = pack.levels.map(levelToFile);
  return out;
}

/** The pack file as text, the way lesson files are written (two-space indent, final newline). */
export function packToText(pack: Pack): string {
  return `${JSON.stringify(packToFile(pack), null, 2)}\n`;
}
