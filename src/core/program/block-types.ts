// The block vocabulary the compiler understands: the type ids shared by the Blockly
// definitions (src/blocks), the toolbox of a level and the compiler. Pure data.

/** The hat block every program hangs from; it is not counted as a block. */
export const START_BLOCK = 'program_start';

export const BLOCK_TYPES = [
  'move_forward',
  'turn_left',
  'turn_right',
  'repeat_times',
  'repeat_until_goal',
  'if_path',
  'if_else_path',
  'while_path',
  'repeat_until_condition',
  'if_floor',
  'if_else_floor',
  'collect',
  'procedure_define',
  'procedure_call',
] as const;

export type BlockType = (typeof BLOCK_TYPES)[number];

export function isBlockType(value: unknown): value is BlockType {
  return typeof value === 'string' && (BLOCK_TYPES as readonly string[]).includes(value);
}

/**
 * Fields and inputs of each block, by name, as the Blockly definitions declare them.
 * - repeat_times: field TIMES (number 1..20), statement DO
 * - repeat_until_goal: statement DO
 * - if_path: field DIRECTION ('ahead'|'left'|'right'), statement DO
 * - if_else_path: field DIRECTION, statements DO and ELSE
 * - while_path: field DIRECTION, statement DO (repeat while there is a path)
 * - repeat_until_condition: field CONDITION (a ConditionChoice), statement DO
 * - if_floor: field COLOR (a FloorColor), statement DO
 * - if_else_floor: field COLOR, statements DO and ELSE
 * - procedure_define: field NAME ('A'|'B'|'C'), statement DO (a top-level block)
 * - procedure_call: field NAME
 */
export const FIELD = {
  times: 'TIMES',
  direction: 'DIRECTION',
  condition: 'CONDITION',
  color: 'COLOR',
  name: 'NAME',
} as const;

export const INPUT = {
  body: 'DO',
  otherwise: 'ELSE',
} as const;

export const PROCEDURE_NAMES = ['A', 'B', 'C'] as const;
export type ProcedureName = (typeof PROCEDURE_NAMES)[number];

/** The choices of repeat_until_condition's CONDITION field. */
export const CONDITION_CHOICES = [
  'goal',
  'wall_ahead',
  'no_path_ahead',
  'floor_red',
  'floor_green',
  'floor_blue',
  'floor_yellow',
  'all_collected',
] as const;
export type ConditionChoice = (typeof CONDITION_CHOICES)[number];

export const MAX_REPEAT_TIMES = 20;
