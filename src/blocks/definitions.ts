// Block definitions as Blockly JSON data: the start hat and one block per BLOCK_TYPES entry,
// with the field and input names src/core/program/block-types.ts documents. Words come from
// Blockly messages (`%{BKY_…}`, see texts.ts), icons are local data URIs, colours are theme
// styles. This file has no side effects: registration happens once, in register.ts.
import {
  FIELD,
  INPUT,
  MAX_REPEAT_TIMES,
  PROCEDURE_NAMES,
  START_BLOCK,
  type BlockType,
} from '../core/program/block-types';
import { ICONS, ICON_SIZE, SWATCH_SIZE } from './icons';
import type { BlockTextName } from './texts';

/** The type of the icon field; register.ts registers it before defining the blocks. */
export const ICON_FIELD = 'field_parcours_icon';

/** The JSON shape Blockly's `createBlockDefinitionsFromJsonArray` reads (the parts we use). */
export interface BlockJson {
  readonly type: string;
  readonly style: BlockStyleName;
  readonly tooltip: string;
  readonly previousStatement?: null;
  readonly nextStatement?: null;
  readonly [message: `message${number}`]: string;
  readonly [args: `args${number}`]: readonly ArgJson[];
}

export type ArgJson =
  | {
      /** An image field named by its alt text (registered by register.ts). */
      readonly type: typeof ICON_FIELD;
      readonly src: string;
      readonly width: number;
      readonly height: number;
      readonly alt: string;
    }
  | {
      readonly type: 'field_number';
      readonly name: string;
      readonly value: number;
      readonly min: number;
      readonly max: number;
      readonly precision: number;
    }
  | {
      readonly type: 'field_dropdown';
      readonly name: string;
      readonly options: readonly (readonly [string | ImageOption, string])[];
    }
  | { readonly type: 'input_statement'; readonly name: string };

interface ImageOption {
  readonly src: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
}

/** Theme styles the blocks use (colours in theme.ts). */
export const BLOCK_STYLE_NAMES = [
  'parcours_start',
  'parcours_motion',
  'parcours_loop',
  'parcours_condition',
  'parcours_action',
  'parcours_procedure',
] as const;
export type BlockStyleName = (typeof BLOCK_STYLE_NAMES)[number];

const msg = (name: BlockTextName): string => `%{BKY_${name}}`;

function icon(src: string, alt: BlockTextName): ArgJson {
  return { type: ICON_FIELD, src, width: ICON_SIZE, height: ICON_SIZE, alt: msg(alt) };
}

const directionField: ArgJson = {
  type: 'field_dropdown',
  name: FIELD.direction,
  options: [
    [msg('PARCOURS_DIRECTION_AHEAD'), 'ahead'],
    [msg('PARCOURS_DIRECTION_LEFT'), 'left'],
    [msg('PARCOURS_DIRECTION_RIGHT'), 'right'],
  ],
};

function colorOption(color: keyof typeof ICONS.swatches, alt: BlockTextName) {
  const image = {
    src: ICONS.swatches[color],
    width: SWATCH_SIZE,
    height: SWATCH_SIZE,
    alt: msg(alt),
  };
  return [image, color] as const;
}

const colorField: ArgJson = {
  type: 'field_dropdown',
  name: FIELD.color,
  options: [
    colorOption('red', 'PARCOURS_COLOR_RED'),
    colorOption('green', 'PARCOURS_COLOR_GREEN'),
    colorOption('blue', 'PARCOURS_COLOR_BLUE'),
    colorOption('yellow', 'PARCOURS_COLOR_YELLOW'),
  ],
};

const conditionField: ArgJson = {
  type: 'field_dropdown',
  name: FIELD.condition,
  options: [
    [msg('PARCOURS_CONDITION_GOAL'), 'goal'],
    [msg('PARCOURS_CONDITION_WALL_AHEAD'), 'wall_ahead'],
    [msg('PARCOURS_CONDITION_NO_PATH_AHEAD'), 'no_path_ahead'],
    [msg('PARCOURS_CONDITION_FLOOR_RED'), 'floor_red'],
    [msg('PARCOURS_CONDITION_FLOOR_GREEN'), 'floor_green'],
    [msg('PARCOURS_CONDITION_FLOOR_BLUE'), 'floor_blue'],
    [msg('PARCOURS_CONDITION_FLOOR_YELLOW'), 'floor_yellow'],
    [msg('PARCOURS_CONDITION_ALL_COLLECTED'), 'all_collected'],
  ],
};

const nameField: ArgJson = {
  type: 'field_dropdown',
  name: FIELD.name,
  options: PROCEDURE_NAMES.map((name) => [name, name] as const),
};

const body: ArgJson = { type: 'input_statement', name: INPUT.body };
const otherwise: ArgJson = { type: 'input_statement', name: INPUT.otherwise };
const stacked = { previousStatement: null, nextStatement: null } as const;

/** The hat block every program hangs from (not counted as a block). */
export const START_BLOCK_DEFINITION: BlockJson = {
  type: START_BLOCK,
  style: 'parcours_start',
  tooltip: msg('PARCOURS_TIP_START'),
  message0: msg('PARCOURS_START'),
  args0: [icon(ICONS.start, 'PARCOURS_ALT_START')],
  nextStatement: null,
};

/** One definition per block type the compiler understands. */
export const BLOCK_DEFINITIONS: Readonly<Record<BlockType, BlockJson>> = {
  move_forward: {
    type: 'move_forward',
    style: 'parcours_motion',
    tooltip: msg('PARCOURS_TIP_MOVE_FORWARD'),
    message0: msg('PARCOURS_MOVE_FORWARD'),
    args0: [icon(ICONS.forward, 'PARCOURS_ALT_FORWARD')],
    ...stacked,
  },
  turn_left: {
    type: 'turn_left',
    style: 'parcours_motion',
    tooltip: msg('PARCOURS_TIP_TURN_LEFT'),
    message0: msg('PARCOURS_TURN_LEFT'),
    args0: [icon(ICONS.turnLeft, 'PARCOURS_ALT_TURN_LEFT')],
    ...stacked,
  },
  turn_right: {
    type: 'turn_right',
    style: 'parcours_motion',
    tooltip: msg('PARCOURS_TIP_TURN_RIGHT'),
    message0: msg('PARCOURS_TURN_RIGHT'),
    args0: [icon(ICONS.turnRight, 'PARCOURS_ALT_TURN_RIGHT')],
    ...stacked,
  },
  repeat_times: {
    type: 'repeat_times',
    style: 'parcours_loop',
    tooltip: msg('PARCOURS_TIP_REPEAT_TIMES'),
    message0: msg('PARCOURS_REPEAT_TIMES'),
    args0: [
      icon(ICONS.repeat, 'PARCOURS_ALT_REPEAT'),
      {
        type: 'field_number',
        name: FIELD.times,
        value: 3,
        min: 1,
        max: MAX_REPEAT_TIMES,
        precision: 1,
      },
    ],
    message1: '%1',
    args1: [body],
    ...stacked,
  },
  repeat_until_goal: {
    type: 'repeat_until_goal',
    style: 'parcours_loop',
    tooltip: msg('PARCOURS_TIP_REPEAT_UNTIL_GOAL'),
    message0: msg('PARCOURS_REPEAT_UNTIL_GOAL'),
    args0: [icon(ICONS.repeat, 'PARCOURS_ALT_REPEAT'), icon(ICONS.goal, 'PARCOURS_ALT_GOAL')],
    message1: '%1',
    args1: [body],
    ...stacked,
  },
  if_path: {
    type: 'if_path',
    style: 'parcours_condition',
    tooltip: msg('PARCOURS_TIP_IF_PATH'),
    message0: msg('PARCOURS_IF_PATH'),
    args0: [icon(ICONS.path, 'PARCOURS_ALT_PATH'), directionField],
    message1: '%1',
    args1: [body],
    ...stacked,
  },
  if_else_path: {
    type: 'if_else_path',
    style: 'parcours_condition',
    tooltip: msg('PARCOURS_TIP_IF_ELSE_PATH'),
    message0: msg('PARCOURS_IF_PATH'),
    args0: [icon(ICONS.path, 'PARCOURS_ALT_PATH'), directionField],
    message1: '%1',
    args1: [body],
    message2: msg('PARCOURS_OTHERWISE'),
    args2: [icon(ICONS.otherwise, 'PARCOURS_ALT_OTHERWISE')],
    message3: '%1',
    args3: [otherwise],
    ...stacked,
  },
  while_path: {
    type: 'while_path',
    style: 'parcours_loop',
    tooltip: msg('PARCOURS_TIP_WHILE_PATH'),
    message0: msg('PARCOURS_WHILE_PATH'),
    args0: [icon(ICONS.repeat, 'PARCOURS_ALT_REPEAT'), directionField],
    message1: '%1',
    args1: [body],
    ...stacked,
  },
  repeat_until_condition: {
    type: 'repeat_until_condition',
    style: 'parcours_loop',
    tooltip: msg('PARCOURS_TIP_REPEAT_UNTIL'),
    message0: msg('PARCOURS_REPEAT_UNTIL'),
    args0: [icon(ICONS.repeat, 'PARCOURS_ALT_REPEAT'), conditionField],
    message1: '%1',
    args1: [body],
    ...stacked,
  },
  if_floor: {
    type: 'if_floor',
    style: 'parcours_condition',
    tooltip: msg('PARCOURS_TIP_IF_FLOOR'),
    message0: msg('PARCOURS_IF_FLOOR'),
    args0: [icon(ICONS.floor, 'PARCOURS_ALT_FLOOR'), colorField],
    message1: '%1',
    args1: [body],
    ...stacked,
  },
  if_else_floor: {
    type: 'if_else_floor',
    style: 'parcours_condition',
    tooltip: msg('PARCOURS_TIP_IF_ELSE_FLOOR'),
    message0: msg('PARCOURS_IF_FLOOR'),
    args0: [icon(ICONS.floor, 'PARCOURS_ALT_FLOOR'), colorField],
    message1: '%1',
    args1: [body],
    message2: msg('PARCOURS_OTHERWISE'),
    args2: [icon(ICONS.otherwise, 'PARCOURS_ALT_OTHERWISE')],
    message3: '%1',
    args3: [otherwise],
    ...stacked,
  },
  collect: {
    type: 'collect',
    style: 'parcours_action',
    tooltip: msg('PARCOURS_TIP_COLLECT'),
    message0: msg('PARCOURS_COLLECT'),
    args0: [icon(ICONS.collect, 'PARCOURS_ALT_COLLECT')],
    ...stacked,
  },
  procedure_define: {
    type: 'procedure_define',
    style: 'parcours_procedure',
    tooltip: msg('PARCOURS_TIP_PROCEDURE_DEFINE'),
    message0: msg('PARCOURS_PROCEDURE_DEFINE'),
    args0: [icon(ICONS.procedure, 'PARCOURS_ALT_PROCEDURE'), nameField],
    message1: '%1',
    args1: [body],
  },
  procedure_call: {
    type: 'procedure_call',
    style: 'parcours_procedure',
    tooltip: msg('PARCOURS_TIP_PROCEDURE_CALL'),
    message0: msg('PARCOURS_PROCEDURE_CALL'),
    args0: [icon(ICONS.call, 'PARCOURS_ALT_CALL'), nameField],
    ...stacked,
  },
};

/** Every definition, the start block first, in the order Blockly registers them. */
export function allBlockDefinitions(): readonly BlockJson[] {
  return [START_BLOCK_DEFINITION, ...Object.values(BLOCK_DEFINITIONS)];
}
