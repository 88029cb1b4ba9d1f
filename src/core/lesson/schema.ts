// Valibot schemas of lesson-pack FILES, one per schema version: what an author writes, before
// `restore` fills defaults, expands shorthands (map rows, toolbox strings) and checks references.
// Pure data; lessons/schema.json is generated from `PackFileSchema` (see scripts/lessons.ts).
// The schemas avoid custom checks and transforms so that they convert faithfully to JSON Schema.

import * as v from 'valibot';
import { BLOCK_TYPES } from '../program/block-types';
import { FLOOR_COLORS, LOCALES } from './types';
import { HEADINGS } from '../geometry';
import {
  ID_PATTERN,
  MAX_AGE,
  MAX_DESCRIPTION_LENGTH,
  MAX_GRID_SIDE,
  MAX_HINT_LENGTH,
  MAX_HINTS,
  MAX_ID_LENGTH,
  MAX_INSTRUCTIONS_LENGTH,
  MAX_LEVELS,
  MAX_PROGRAM_BLOCKS,
  MAX_SQUARE_CM,
  MAX_START_BLOCKS,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TITLE_LENGTH,
  MIN_SQUARE_CM,
} from './limits';

/** The version `restore` produces and new files should declare. */
export const CURRENT_SCHEMA_VERSION = 2;
/** Every version `restore` can read, oldest first. */
export const SCHEMA_VERSIONS = [1, 2] as const;

/** Characters of a grid drawn as rows of text (see docs/lesson-format.md). */
export const MAP_CHARS = {
  floor: '.',
  wall: '#',
  goal: 'G',
  item: '*',
  startNorth: '^',
  startEast: '>',
  startSouth: 'v',
  startWest: '<',
  red: 'r',
  green: 'g',
  blue: 'b',
  yellow: 'y',
} as const;
export const MAP_ROW_PATTERN = /^[.#G*^>v<rgby]+$/;

const id = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(MAX_ID_LENGTH),
  v.regex(ID_PATTERN),
  v.description('Lower-case letters and digits joined by dashes, e.g. "premiers-pas".'),
);

function localizedText(maxLength: number, what: string) {
  return v.pipe(
    v.looseObject({
      fr: v.pipe(v.string(), v.minLength(1), v.maxLength(maxLength)),
      en: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(maxLength))),
    }),
    v.description(`${what}, per locale (${LOCALES.join(', ')}); French is required.`),
  );
}

const coordinate = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_GRID_SIDE - 1));
const side = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_GRID_SIDE));
const heading = v.picklist(HEADINGS);
const cell = v.looseObject({ x: coordinate, y: coordinate });
const pose = v.looseObject({ x: coordinate, y: coordinate, heading });
const floorColor = v.picklist(FLOOR_COLORS);
const blockType = v.picklist(BLOCK_TYPES);
const blockCount = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_PROGRAM_BLOCKS));
const squareCm = v.pipe(v.number(), v.minValue(MIN_SQUARE_CM), v.maxValue(MAX_SQUARE_CM));
const sensors = v.picklist(['map', 'robot']);

const mapRows = v.pipe(
  v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_GRID_SIDE), v.regex(MAP_ROW_PATTERN))),
  v.minLength(1),
  v.maxLength(MAX_GRID_SIDE),
  v.description(
    'The grid drawn as rows of characters, top row first: "." floor, "#" wall, "G" goal, "*" item, ' +
      '"^" ">" "v" "<" start facing N/E/S/W, "r" "g" "b" "y" red/green/blue/yellow floor.',
  ),
);

const maxCells = MAX_GRID_SIDE * MAX_GRID_SIDE;
const gridObject = v.looseObject({
  width: side,
  height: side,
  walls: v.optional(v.pipe(v.array(cell), v.maxLength(maxCells))),
  floor: v.optional(
    v.pipe(
      v.array(v.looseObject({ x: coordinate, y: coordinate, color: floorColor })),
      v.maxLength(maxCells),
    ),
  ),
  items: v.optional(v.pipe(v.array(cell), v.maxLength(maxCells))),
});

const toolboxEntry = v.union([
  blockType,
  v.looseObject({
    type: blockType,
    limit: v.optional(blockCount),
  }),
]);

const rule = v.variant('kind', [
  v.looseObject({ kind: v.literal('reach-goal'), facing: v.optional(heading) }),
  v.looseObject({ kind: v.literal('collect-all') }),
  v.looseObject({ kind: v.literal('collect-all-then-goal'), facing: v.optional(heading) }),
]);

const fieldValue = v.union([
  v.pipe(v.string(), v.maxLength(MAX_TITLE_LENGTH)),
  v.number(),
  v.boolean(),
]);
const fieldName = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_LENGTH));

interface BlockFile {
  type: string;
  id?: string | undefined;
  x?: number | undefined;
  y?: number | undefined;
  movable?: boolean | undefined;
  deletable?: boolean | undefined;
  editable?: boolean | undefined;
  fields?: Record<string, string | number | boolean> | undefined;
  inputs?:
    Record<string, { block?: BlockFile | undefined; shadow?: BlockFile | undefined }> | undefined;
  next?: { block?: BlockFile | undefined; shadow?: BlockFile | undefined } | undefined;
  extraState?: unknown;
}

const block: v.GenericSchema<BlockFile> = v.looseObject({
  type: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_LENGTH)),
  id: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_LENGTH))),
  x: v.optional(v.number()),
  y: v.optional(v.number()),
  movable: v.optional(v.boolean()),
  deletable: v.optional(v.boolean()),
  editable: v.optional(v.boolean()),
  fields: v.optional(v.record(fieldName, fieldValue)),
  inputs: v.optional(
    v.record(
      fieldName,
      v.looseObject({
        block: v.optional(v.lazy(() => block)),
        shadow: v.optional(v.lazy(() => block)),
      }),
    ),
  ),
  next: v.optional(
    v.looseObject({
      block: v.optional(v.lazy(() => block)),
      shadow: v.optional(v.lazy(() => block)),
    }),
  ),
  extraState: v.optional(v.unknown()),
});

/** The starting blocks: Blockly's own format, kept whole (unknown fields included). */
export const StartBlocksSchema = v.pipe(
  v.looseObject({
    blocks: v.optional(
      v.looseObject({
        languageVersion: v.optional(v.number()),
        blocks: v.optional(v.pipe(v.array(block), v.maxLength(MAX_START_BLOCKS))),
      }),
    ),
  }),
  v.description(
    'Blockly workspace JSON (Blockly.serialization.workspaces.save) the level opens with. ' +
      'Lock a block with "movable": false and "deletable": false.',
  ),
);

export const LevelFileSchema = v.looseObject({
  id,
  title: localizedText(MAX_TITLE_LENGTH, 'Level title'),
  instructions: localizedText(MAX_INSTRUCTIONS_LENGTH, 'Instructions in Markdown'),
  grid: v.union([mapRows, gridObject]),
  start: v.optional(pose),
  goal: v.optional(v.nullable(cell)),
  rule: v.optional(rule),
  toolbox: v.pipe(v.array(toolboxEntry), v.minLength(1), v.maxLength(BLOCK_TYPES.length)),
  maxBlocks: v.optional(v.nullable(blockCount)),
  startBlocks: v.optional(v.nullable(StartBlocksSchema)),
  hints: v.optional(
    v.pipe(v.array(localizedText(MAX_HINT_LENGTH, 'Hint in Markdown')), v.maxLength(MAX_HINTS)),
  ),
  stars: v.optional(v.nullable(v.looseObject({ three: blockCount, two: blockCount }))),
  optimalBlocks: v.optional(v.nullable(blockCount)),
  squareCm: v.optional(squareCm),
  tags: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.maxLength(MAX_TAG_LENGTH), v.regex(ID_PATTERN))),
      v.maxLength(MAX_TAGS),
    ),
  ),
  sensors: v.optional(sensors),
  pictograms: v.optional(v.boolean()),
});

export const PackFileSchema = v.pipe(
  v.looseObject({
    $schema: v.optional(v.string()),
    schemaVersion: v.literal(CURRENT_SCHEMA_VERSION),
    id,
    title: localizedText(MAX_TITLE_LENGTH, 'Pack title'),
    description: localizedText(MAX_DESCRIPTION_LENGTH, 'Pack description in Markdown'),
    cycle: v.optional(v.nullable(v.picklist(['cycle2', 'cycle3', 'cycle4']))),
    ages: v.optional(
      v.nullable(
        v.looseObject({
          min: v.pipe(v.number(), v.integer(), v.minValue(3), v.maxValue(MAX_AGE)),
          max: v.pipe(v.number(), v.integer(), v.minValue(3), v.maxValue(MAX_AGE)),
        }),
      ),
    ),
    defaults: v.optional(
      v.pipe(
        v.looseObject({
          squareCm: v.optional(squareCm),
          sensors: v.optional(sensors),
          pictograms: v.optional(v.boolean()),
        }),
        v.description(
          'Values for levels that do not set squareCm, sensors or pictograms themselves.',
        ),
      ),
    ),
    levels: v.pipe(v.array(LevelFileSchema), v.minLength(1), v.maxLength(MAX_LEVELS)),
  }),
  v.title('Parcours lesson pack'),
  v.description('A lesson pack for Parcours. Documentation: docs/lesson-format.md.'),
);

export type PackFile = v.InferOutput<typeof PackFileSchema>;
export type LevelFile = v.InferOutput<typeof LevelFileSchema>;
export type BlockFileState = BlockFile;

// ---- Version 1: the foundation's draft. French only, reach-the-goal levels only, a plain
// ---- grid object, `maxBlocks: 0` meaning "no limit". Kept to read old files; see migrate.ts.

const V1_BLOCKS = [
  'move_forward',
  'turn_left',
  'turn_right',
  'repeat_times',
  'repeat_until_goal',
  'if_path',
  'if_else_path',
] as const;

const textV1 = (maxLength: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(maxLength));

export const LevelFileSchemaV1 = v.looseObject({
  id,
  title: textV1(MAX_TITLE_LENGTH),
  instructions: textV1(MAX_INSTRUCTIONS_LENGTH),
  grid: v.looseObject({
    width: side,
    height: side,
    walls: v.optional(v.pipe(v.array(cell), v.maxLength(maxCells))),
  }),
  start: pose,
  goal: cell,
  toolbox: v.pipe(v.array(v.picklist(V1_BLOCKS)), v.minLength(1), v.maxLength(V1_BLOCKS.length)),
  maxBlocks: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_PROGRAM_BLOCKS)),
  ),
  hints: v.optional(v.pipe(v.array(textV1(MAX_HINT_LENGTH)), v.maxLength(MAX_HINTS))),
});

export const PackFileSchemaV1 = v.looseObject({
  schemaVersion: v.literal(1),
  id,
  title: textV1(MAX_TITLE_LENGTH),
  description: v.optional(textV1(MAX_DESCRIPTION_LENGTH)),
  levels: v.pipe(v.array(LevelFileSchemaV1), v.minLength(1), v.maxLength(MAX_LEVELS)),
});

export type PackFileV1 = v.InferOutput<typeof PackFileSchemaV1>;
