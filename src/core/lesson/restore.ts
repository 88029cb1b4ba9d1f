// restore: the one door every lesson pack comes through (shipped lessons/, an imported file,
// a pack stored in IndexedDB). It checks the value is plain JSON of a sane size, reads its
// schemaVersion, migrates older versions, validates with valibot, expands shorthands, fills
// defaults and checks references. A bad file yields issues with JSON pointers, never a throw.
// Pure, runs in Node. The format is documented in docs/lesson-format.md.

import * as v from 'valibot';
import type { Cell, Pose } from '../geometry';
import type { WorkspaceState } from '../program/blockly-json';
import { readMap } from './grid-map';
import { WARNING_CODES, fromValibot, pointer, type RestoreIssue } from './issues';
import { migrate } from './migrate';
import { preflight } from './preflight';
import { checkLevel, type LevelSources } from './references';
import {
  CURRENT_SCHEMA_VERSION,
  PackFileSchema,
  StartBlocksSchema,
  type LevelFile,
  type PackFile,
} from './schema';
import type {
  Cycle,
  Grid,
  Level,
  LocalizedText,
  Pack,
  SensorSource,
  SuccessRule,
  ToolboxEntry,
} from './types';
import { unknownFields } from './unknown-fields';

export type { RestoreIssue, RestoreIssueCode } from './issues';

export type RestoreResult =
  | { readonly ok: true; readonly pack: Pack; readonly warnings: readonly RestoreIssue[] }
  | { readonly ok: false; readonly errors: readonly RestoreIssue[] };

/** Side of a square on a printed mat when neither the level nor the pack says (classroom mats). */
export const DEFAULT_SQUARE_CM = 15;

/** Validates, migrates and fills defaults of a parsed lesson file. Never throws. */
export function restorePack(input: unknown): RestoreResult {
  try {
    return restoreUnsafe(input);
  } catch {
    // Only exotic values get here (getters that throw, proxies): preflight lets no JSON value through.
    return { ok: false, errors: [{ path: '', code: 'not-json', data: { kind: 'exotic' } }] };
  }
}

/** Parses JSON text and restores it; a syntax error is reported as `not-json` at the root. */
export function restorePackText(text: string): RestoreResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ path: '', code: 'not-json', data: { kind: 'syntax' } }] };
  }
  return restorePack(value);
}

function restoreUnsafe(input: unknown): RestoreResult {
  const unsafe = preflight(input);
  if (unsafe.length > 0) return { ok: false, errors: unsafe };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return {
      ok: false,
      errors: [
        { path: '', code: 'wrong-type', data: { expected: 'object', received: kindOfRoot(input) } },
      ],
    };
  }
  const version = (input as Record<string, unknown>).schemaVersion;
  if (version === undefined)
    return { ok: false, errors: [{ path: '/schemaVersion', code: 'missing-version' }] };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return {
      ok: false,
      errors: [
        { path: '/schemaVersion', code: 'unknown-version', data: { version: String(version) } },
      ],
    };
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return {
      ok: false,
      errors: [
        {
          path: '/schemaVersion',
          code: 'newer-version',
          data: { version, current: CURRENT_SCHEMA_VERSION },
        },
      ],
    };
  }
  const warnings: RestoreIssue[] = [];
  let file: unknown = input;
  if (version < CURRENT_SCHEMA_VERSION) {
    const migrated = migrate(input, version, CURRENT_SCHEMA_VERSION);
    if (!migrated.ok) return { ok: false, errors: migrated.errors.map(unknownBlock) };
    warnings.push(...migrated.warnings);
    file = migrated.file;
  }
  const parsed = v.safeParse(PackFileSchema, file, { abortEarly: false });
  if (!parsed.success) return { ok: false, errors: fromValibot(parsed.issues).map(unknownBlock) };
  if (version === CURRENT_SCHEMA_VERSION) {
    const shape = unknownFields(PackFileSchema, file, [], new Set([StartBlocksSchema]));
    const arrays = shape.filter((issue) => issue.code === 'wrong-type');
    if (arrays.length > 0) return { ok: false, errors: arrays };
    warnings.push(...shape);
  }
  const { pack, errors } = build(parsed.output);
  warnings.push(...translationWarnings(parsed.output));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, pack, warnings };
}

const TOOLBOX_ENTRY = /^\/levels\/\d+\/toolbox\/\d+(?:\/type)?$/;

/** A toolbox entry outside the block vocabulary is an unknown block, said as such. */
function unknownBlock(issue: RestoreIssue): RestoreIssue {
  if (issue.code !== 'not-one-of' || !TOOLBOX_ENTRY.test(issue.path)) return issue;
  return { path: issue.path, code: 'unknown-block', data: { type: issue.data?.received ?? '' } };
}

function kindOfRoot(input: unknown): string {
  if (input === null) return 'null';
  return Array.isArray(input) ? 'array' : typeof input;
}

function text(value: { fr: string; en?: string | undefined }): LocalizedText {
  return value.en === undefined ? { fr: value.fr } : { fr: value.fr, en: value.en };
}

function cell(value: { x: number; y: number }): Cell {
  return { x: value.x, y: value.y };
}

function defaultRule(grid: Grid, goal: Cell | null): SuccessRule {
  if (grid.items.length > 0)
    return goal ? { kind: 'collect-all-then-goal' } : { kind: 'collect-all' };
  return { kind: 'reach-goal' };
}

function rule(value: NonNullable<LevelFile['rule']>): SuccessRule {
  switch (value.kind) {
    case 'reach-goal':
    case 'collect-all-then-goal':
      return value.facing === undefined
        ? { kind: value.kind }
        : { kind: value.kind, facing: value.facing };
    case 'collect-all':
      return { kind: 'collect-all' };
  }
}

interface Defaults {
  readonly squareCm: number;
  readonly sensors: SensorSource;
  readonly pictograms: boolean;
}

function buildLevel(
  file: LevelFile,
  index: number,
  defaults: Defaults,
  errors: RestoreIssue[],
): { level: Level; sources: LevelSources } {
  const base = ['levels', index];
  let grid: Grid;
  let start: Pose | null = file.start
    ? { x: file.start.x, y: file.start.y, heading: file.start.heading }
    : null;
  let goal: Cell | null = file.goal ? cell(file.goal) : null;
  let sources: LevelSources;
  const startPath = [...base, 'start'];
  const goalPath = [...base, 'goal'];
  if (Array.isArray(file.grid)) {
    const rows = file.grid;
    const read = readMap(rows, [...base, 'grid']);
    errors.push(...read.issues);
    grid = read.grid;
    if (read.start && start) errors.push({ path: pointer(startPath), code: 'duplicate-start' });
    if (read.goal && file.goal !== undefined)
      errors.push({ path: pointer(goalPath), code: 'duplicate-goal' });
    const rowOf = (c: Cell) => [...base, 'grid', c.y];
    start = start ?? read.start;
    goal = goal ?? read.goal;
    sources = {
      level: base,
      walls: grid.walls.map(rowOf),
      floor: grid.floor.map(rowOf),
      items: grid.items.map(rowOf),
      start: read.start ? rowOf(read.start) : startPath,
      goal: read.goal ? rowOf(read.goal) : goalPath,
    };
  } else {
    const object = file.grid;
    grid = {
      width: object.width,
      height: object.height,
      walls: (object.walls ?? []).map(cell),
      floor: (object.floor ?? []).map((patch) => ({ x: patch.x, y: patch.y, color: patch.color })),
      items: (object.items ?? []).map(cell),
    };
    const list = (name: string, length: number) =>
      Array.from({ length }, (_, item) => [...base, 'grid', name, item]);
    sources = {
      level: base,
      walls: list('walls', grid.walls.length),
      floor: list('floor', grid.floor.length),
      items: list('items', grid.items.length),
      start: startPath,
      goal: goalPath,
    };
  }
  if (!start) errors.push({ path: pointer(startPath), code: 'missing-start' });
  const toolbox: ToolboxEntry[] = file.toolbox.map((entry) =>
    typeof entry === 'string'
      ? { type: entry }
      : entry.limit === undefined
        ? { type: entry.type }
        : { type: entry.type, limit: entry.limit },
  );
  const level: Level = {
    id: file.id,
    title: text(file.title),
    instructions: text(file.instructions),
    grid,
    start: start ?? { x: 0, y: 0, heading: 'E' },
    goal,
    rule: file.rule ? rule(file.rule) : defaultRule(grid, goal),
    toolbox,
    maxBlocks: file.maxBlocks ?? null,
    startBlocks: (file.startBlocks ?? null) as WorkspaceState | null,
    hints: (file.hints ?? []).map(text),
    stars: file.stars ? { three: file.stars.three, two: file.stars.two } : null,
    optimalBlocks: file.optimalBlocks ?? null,
    squareCm: file.squareCm ?? defaults.squareCm,
    tags: [...(file.tags ?? [])],
    sensors: file.sensors ?? defaults.sensors,
    pictograms: file.pictograms ?? defaults.pictograms,
  };
  return { level, sources };
}

function build(file: PackFile): { pack: Pack; errors: RestoreIssue[] } {
  const errors: RestoreIssue[] = [];
  const defaults: Defaults = {
    squareCm: file.defaults?.squareCm ?? DEFAULT_SQUARE_CM,
    sensors: file.defaults?.sensors ?? 'map',
    pictograms: file.defaults?.pictograms ?? false,
  };
  const ids = new Set<string>();
  const levels = file.levels.map((levelFile, index) => {
    const levelErrors: RestoreIssue[] = [];
    const { level, sources } = buildLevel(levelFile, index, defaults, levelErrors);
    if (ids.has(level.id)) {
      levelErrors.push({
        path: pointer(['levels', index, 'id']),
        code: 'duplicate-id',
        data: { id: level.id },
      });
    }
    ids.add(level.id);
    // Reference checks need a well-formed grid; skip them when the map itself is broken.
    if (levelErrors.length === 0) levelErrors.push(...checkLevel(level, sources));
    errors.push(...levelErrors);
    return level;
  });
  if (file.ages && file.ages.min > file.ages.max) {
    errors.push({
      path: '/ages',
      code: 'ages-order',
      data: { min: file.ages.min, max: file.ages.max },
    });
  }
  const pack: Pack = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: file.id,
    title: text(file.title),
    description: text(file.description),
    cycle: (file.cycle ?? null) as Cycle | null,
    ages: file.ages ? { min: file.ages.min, max: file.ages.max } : null,
    levels,
  };
  return { pack, errors };
}

/** A `missing-translation` warning for every text without an English version. */
function translationWarnings(file: PackFile): RestoreIssue[] {
  const out: RestoreIssue[] = [];
  const check = (value: { en?: string | undefined }, path: (string | number)[]) => {
    if (value.en === undefined)
      out.push({ path: pointer(path), code: 'missing-translation', data: { locale: 'en' } });
  };
  check(file.title, ['title']);
  check(file.description, ['description']);
  file.levels.forEach((level, index) => {
    check(level.title, ['levels', index, 'title']);
    check(level.instructions, ['levels', index, 'instructions']);
    (level.hints ?? []).forEach((hint, hintIndex) =>
      check(hint, ['levels', index, 'hints', hintIndex]),
    );
  });
  return out;
}

/** True when an issue only warns (the pack still loads). */
export function isWarning(issue: RestoreIssue): boolean {
  return WARNING_CODES.includes(issue.code);
}
