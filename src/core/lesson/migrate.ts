// Migrations of lesson files from older schema versions to the current one, one step at a
// time. Each step first validates the file against its own version's schema (so errors point
// into the file as the author wrote it), then rewrites it as the next version. Pure, runs in Node.
//
// Version history:
// - v1 (foundation draft): French-only strings for title/instructions/hints/description, a grid
//   object with walls only, a required goal, "reach the goal" levels only, toolbox as a list of
//   block ids, `maxBlocks: 0` for "no limit".
// - v2 (current): texts per locale ({ "fr": …, "en": … }), grids as rows of characters or as an
//   object with walls, floor colours and items, success rules, toolbox limits, starting blocks,
//   stars, square size, tags, sensors, pictograms, pack cycle/ages/defaults.

import * as v from 'valibot';
import { fromValibot, type RestoreIssue } from './issues';
import { PackFileSchemaV1, type PackFileV1 } from './schema';
import { unknownFields } from './unknown-fields';

export type MigrationResult =
  | { readonly ok: true; readonly file: unknown; readonly warnings: readonly RestoreIssue[] }
  | { readonly ok: false; readonly errors: readonly RestoreIssue[] };

interface Migration {
  readonly from: number;
  readonly schema: v.GenericSchema;
  /** Rewrites a file valid against `schema` as a file of version `from + 1`. */
  readonly up: (file: never) => unknown;
}

function v1ToV2(file: PackFileV1): unknown {
  return {
    schemaVersion: 2,
    id: file.id,
    title: { fr: file.title },
    description: { fr: file.description ?? file.title },
    levels: file.levels.map((level) => ({
      id: level.id,
      title: { fr: level.title },
      instructions: { fr: level.instructions },
      grid: { width: level.grid.width, height: level.grid.height, walls: level.grid.walls ?? [] },
      start: { x: level.start.x, y: level.start.y, heading: level.start.heading },
      goal: { x: level.goal.x, y: level.goal.y },
      rule: { kind: 'reach-goal' },
      toolbox: [...level.toolbox],
      maxBlocks: level.maxBlocks === undefined || level.maxBlocks === 0 ? null : level.maxBlocks,
      hints: (level.hints ?? []).map((hint) => ({ fr: hint })),
    })),
  };
}

const MIGRATIONS: readonly Migration[] = [
  { from: 1, schema: PackFileSchemaV1, up: v1ToV2 as (file: never) => unknown },
];

/**
 * Brings a file of version `version` (older than `target`) to `target`. Unknown fields of the
 * old file are reported as warnings and dropped; the result still needs validating as `target`.
 */
export function migrate(input: unknown, version: number, target: number): MigrationResult {
  let file = input;
  const warnings: RestoreIssue[] = [];
  for (let current = version; current < target; current += 1) {
    const step = MIGRATIONS.find((migration) => migration.from === current);
    if (!step)
      return {
        ok: false,
        errors: [{ path: '/schemaVersion', code: 'unknown-version', data: { version } }],
      };
    const parsed = v.safeParse(step.schema, file, { abortEarly: false });
    if (!parsed.success) return { ok: false, errors: fromValibot(parsed.issues) };
    if (current === version) {
      const shape = unknownFields(step.schema, file);
      const arrays = shape.filter((issue) => issue.code === 'wrong-type');
      if (arrays.length > 0) return { ok: false, errors: arrays };
      warnings.push(...shape);
    }
    file = step.up(parsed.output as never);
  }
  warnings.push({ path: '/schemaVersion', code: 'migrated', data: { from: version, to: target } });
  return { ok: true, file, warnings };
}
