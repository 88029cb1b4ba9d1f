// The words on the blocks: which Blockly message (`%{BKY_…}` in the definitions) reads which
// catalogue entry (src/messages/blocks.ts), and the pictogram layouts for pupils who cannot
// read yet. Pure data and functions, no side effects on import. Only keys are named here: the
// words themselves are loaded with the `blocks` message bundle.
import type { MessageKey } from '../messages/index';

/** Blockly's own message names → catalogue key (src/messages/blockly.ts). */
export const BLOCKLY_UI_TEXT_KEYS = {
  ANNOUNCE_MOVE_AFTER: 'blockly.announceMoveAfter',
  ANNOUNCE_MOVE_AROUND: 'blockly.announceMoveAround',
  ANNOUNCE_MOVE_BEFORE: 'blockly.announceMoveBefore',
  ANNOUNCE_MOVE_CANCELED: 'blockly.announceMoveCanceled',
  ANNOUNCE_MOVE_INSIDE: 'blockly.announceMoveInside',
  ANNOUNCE_MOVE_OF: 'blockly.announceMoveOf',
  ANNOUNCE_MOVE_TO: 'blockly.announceMoveTo',
  ANNOUNCE_MOVE_WORKSPACE: 'blockly.announceMoveWorkspace',
  ANNOUNCE_SCROLLED_DOWN: 'blockly.announceScrolledDown',
  ANNOUNCE_SCROLLED_LEFT: 'blockly.announceScrolledLeft',
  ANNOUNCE_SCROLLED_RIGHT: 'blockly.announceScrolledRight',
  ANNOUNCE_SCROLLED_UP: 'blockly.announceScrolledUp',
  ARIA_LABEL_BUTTON: 'blockly.ariaLabelButton',
  ARIA_LABEL_HEADING: 'blockly.ariaLabelHeading',
  ARIA_LABEL_TRASH_EMPTY: 'blockly.ariaLabelTrashEmpty',
  ARIA_TYPE_FIELD_DROPDOWN: 'blockly.ariaTypeFieldDropdown',
  ARIA_TYPE_FIELD_INPUT: 'blockly.ariaTypeFieldInput',
  ARIA_TYPE_FIELD_NUMBER: 'blockly.ariaTypeFieldNumber',
  BLOCK_LABEL_BEGIN_PREFIX: 'blockly.blockLabelBeginPrefix',
  BLOCK_LABEL_BEGIN_STACK: 'blockly.blockLabelBeginStack',
  BLOCK_LABEL_COLLAPSED: 'blockly.blockLabelCollapsed',
  BLOCK_LABEL_CONTAINER: 'blockly.blockLabelContainer',
  BLOCK_LABEL_DISABLED: 'blockly.blockLabelDisabled',
  BLOCK_LABEL_HAS_BRANCHES: 'blockly.blockLabelHasBranches',
  BLOCK_LABEL_HAS_INPUT: 'blockly.blockLabelHasInput',
  BLOCK_LABEL_HAS_INPUTS: 'blockly.blockLabelHasInputs',
  BLOCK_LABEL_REPLACEABLE: 'blockly.blockLabelReplaceable',
  BLOCK_LABEL_STACK_BLOCKS: 'blockly.blockLabelStackBlocks',
  BLOCK_LABEL_STATEMENT: 'blockly.blockLabelStatement',
  BLOCK_LABEL_VALUE: 'blockly.blockLabelValue',
  BUBBLE_LABEL_DEFAULT: 'blockly.bubbleLabelDefault',
  BUBBLE_LABEL_WARNING: 'blockly.bubbleLabelWarning',
  CURRENT_BLOCK_ANNOUNCEMENT: 'blockly.currentBlockAnnouncement',
  FIELD_LABEL_EDIT_PREFIX: 'blockly.fieldLabelEditPrefix',
  FIELD_LABEL_EMPTY: 'blockly.fieldLabelEmpty',
  ICON_LABEL_DEFAULT: 'blockly.iconLabelDefault',
  ICON_LABEL_WARNING_CLOSED: 'blockly.iconLabelWarningClosed',
  ICON_LABEL_WARNING_OPEN: 'blockly.iconLabelWarningOpen',
  INPUT_LABEL_EMPTY: 'blockly.inputLabelEmpty',
  INPUT_LABEL_INDEX: 'blockly.inputLabelIndex',
  INPUT_LABEL_NUMBER: 'blockly.inputLabelNumber',
  INPUT_LABEL_STATEMENT: 'blockly.inputLabelStatement',
  INPUT_LABEL_VALUE: 'blockly.inputLabelValue',
  KEYBOARD_NAV_BLOCK_NAVIGATION_HINT: 'blockly.keyboardNavBlockNavigationHint',
  KEYBOARD_NAV_FLYOUT_LABEL_HINT: 'blockly.keyboardNavFlyoutLabelHint',
  KEYBOARD_NAV_WORKSPACE_NAVIGATION_HINT: 'blockly.keyboardNavWorkspaceNavigationHint',
  NO_PARENT_ANNOUNCEMENT: 'blockly.noParentAnnouncement',
  OPEN_TRASH: 'blockly.openTrash',
  PARENT_BLOCKS_ANNOUNCEMENT: 'blockly.parentBlocksAnnouncement',
  RESET_ZOOM: 'blockly.resetZoom',
  SCREENREADER_HINT: 'blockly.screenreaderHint',
  SCREENREADER_MODE_DISABLED: 'blockly.screenreaderModeDisabled',
  SCREENREADER_MODE_ENABLED: 'blockly.screenreaderModeEnabled',
  WORKSPACE_CONTENTS_BLOCKS_MANY: 'blockly.workspaceContentsBlocksMany',
  WORKSPACE_CONTENTS_BLOCKS_ONE: 'blockly.workspaceContentsBlocksOne',
  WORKSPACE_CONTENTS_BLOCKS_ZERO: 'blockly.workspaceContentsBlocksZero',
  WORKSPACE_LABEL_PLAIN: 'blockly.workspaceLabelPlain',
  ZOOM_IN: 'blockly.zoomIn',
  ZOOM_OUT: 'blockly.zoomOut',
  ZOOM_TO_FIT_ARIA_LABEL: 'blockly.zoomToFitAriaLabel',
} as const satisfies Record<string, MessageKey>;

/** Blockly message name → catalogue key. Every `%{BKY_…}` of the definitions is listed here. */
export const BLOCK_TEXT_KEYS = {
  // Blockly's own screen-reader and keyboard words, which its French file leaves in English.
  ...BLOCKLY_UI_TEXT_KEYS,
  PARCOURS_START: 'blocks.start',
  PARCOURS_MOVE_FORWARD: 'blocks.moveForward',
  PARCOURS_TURN_LEFT: 'blocks.turnLeft',
  PARCOURS_TURN_RIGHT: 'blocks.turnRight',
  PARCOURS_REPEAT_TIMES: 'blocks.repeatTimes',
  PARCOURS_REPEAT_UNTIL_GOAL: 'blocks.repeatUntilGoal',
  PARCOURS_IF_PATH: 'blocks.ifPath',
  PARCOURS_OTHERWISE: 'blocks.otherwise',
  PARCOURS_WHILE_PATH: 'blocks.whilePath',
  PARCOURS_REPEAT_UNTIL: 'blocks.repeatUntil',
  PARCOURS_IF_FLOOR: 'blocks.ifFloor',
  PARCOURS_COLLECT: 'blocks.collect',
  PARCOURS_PROCEDURE_DEFINE: 'blocks.procedureDefine',
  PARCOURS_PROCEDURE_CALL: 'blocks.procedureCall',
  PARCOURS_DIRECTION_AHEAD: 'blocks.direction.ahead',
  PARCOURS_DIRECTION_LEFT: 'blocks.direction.left',
  PARCOURS_DIRECTION_RIGHT: 'blocks.direction.right',
  PARCOURS_COLOR_RED: 'blocks.color.red',
  PARCOURS_COLOR_GREEN: 'blocks.color.green',
  PARCOURS_COLOR_BLUE: 'blocks.color.blue',
  PARCOURS_COLOR_YELLOW: 'blocks.color.yellow',
  PARCOURS_CONDITION_GOAL: 'blocks.condition.goal',
  PARCOURS_CONDITION_WALL_AHEAD: 'blocks.condition.wallAhead',
  PARCOURS_CONDITION_NO_PATH_AHEAD: 'blocks.condition.noPathAhead',
  PARCOURS_CONDITION_FLOOR_RED: 'blocks.condition.floorRed',
  PARCOURS_CONDITION_FLOOR_GREEN: 'blocks.condition.floorGreen',
  PARCOURS_CONDITION_FLOOR_BLUE: 'blocks.condition.floorBlue',
  PARCOURS_CONDITION_FLOOR_YELLOW: 'blocks.condition.floorYellow',
  PARCOURS_CONDITION_ALL_COLLECTED: 'blocks.condition.allCollected',
  PARCOURS_TIP_START: 'blocks.tip.start',
  PARCOURS_TIP_MOVE_FORWARD: 'blocks.tip.moveForward',
  PARCOURS_TIP_TURN_LEFT: 'blocks.tip.turnLeft',
  PARCOURS_TIP_TURN_RIGHT: 'blocks.tip.turnRight',
  PARCOURS_TIP_REPEAT_TIMES: 'blocks.tip.repeatTimes',
  PARCOURS_TIP_REPEAT_UNTIL_GOAL: 'blocks.tip.repeatUntilGoal',
  PARCOURS_TIP_IF_PATH: 'blocks.tip.ifPath',
  PARCOURS_TIP_IF_ELSE_PATH: 'blocks.tip.ifElsePath',
  PARCOURS_TIP_WHILE_PATH: 'blocks.tip.whilePath',
  PARCOURS_TIP_REPEAT_UNTIL: 'blocks.tip.repeatUntil',
  PARCOURS_TIP_IF_FLOOR: 'blocks.tip.ifFloor',
  PARCOURS_TIP_IF_ELSE_FLOOR: 'blocks.tip.ifElseFloor',
  PARCOURS_TIP_COLLECT: 'blocks.tip.collect',
  PARCOURS_TIP_PROCEDURE_DEFINE: 'blocks.tip.procedureDefine',
  PARCOURS_TIP_PROCEDURE_CALL: 'blocks.tip.procedureCall',
  PARCOURS_ALT_START: 'blocks.alt.start',
  PARCOURS_ALT_FORWARD: 'blocks.alt.forward',
  PARCOURS_ALT_TURN_LEFT: 'blocks.alt.turnLeft',
  PARCOURS_ALT_TURN_RIGHT: 'blocks.alt.turnRight',
  PARCOURS_ALT_REPEAT: 'blocks.alt.repeat',
  PARCOURS_ALT_GOAL: 'blocks.alt.goal',
  PARCOURS_ALT_PATH: 'blocks.alt.path',
  PARCOURS_ALT_OTHERWISE: 'blocks.alt.otherwise',
  PARCOURS_ALT_FLOOR: 'blocks.alt.floor',
  PARCOURS_ALT_COLLECT: 'blocks.alt.collect',
  PARCOURS_ALT_PROCEDURE: 'blocks.alt.procedure',
  PARCOURS_ALT_CALL: 'blocks.alt.call',
} as const satisfies Record<string, MessageKey>;

export type BlockTextName = keyof typeof BLOCK_TEXT_KEYS;

/** The texts Blockly reads while it builds a block, by Blockly message name. */
export type BlockTexts = Record<BlockTextName, string>;

/**
 * Pictogram mode: labels become icons only. Only the layout changes (the markers stay, the
 * words go); the icons then carry the words as their spoken names, choices keep their arrow,
 * and tooltips keep their words.
 */
const PICTOGRAM_LAYOUTS: Partial<BlockTexts> = {
  PARCOURS_START: '%1',
  PARCOURS_MOVE_FORWARD: '%1',
  PARCOURS_TURN_LEFT: '%1',
  PARCOURS_TURN_RIGHT: '%1',
  PARCOURS_REPEAT_TIMES: '%1 %2',
  PARCOURS_REPEAT_UNTIL_GOAL: '%1 %2',
  PARCOURS_IF_PATH: '%1 %2',
  PARCOURS_OTHERWISE: '%1',
  PARCOURS_WHILE_PATH: '%1 %2',
  PARCOURS_REPEAT_UNTIL: '%1 %2',
  PARCOURS_IF_FLOOR: '%1 %2',
  PARCOURS_COLLECT: '%1',
  PARCOURS_PROCEDURE_DEFINE: '%1 %2',
  PARCOURS_PROCEDURE_CALL: '%1 %2',
  PARCOURS_DIRECTION_AHEAD: '↑',
  PARCOURS_DIRECTION_LEFT: '↰',
  PARCOURS_DIRECTION_RIGHT: '↱',
};

/** Icons whose spoken name repeats the words beside them: silent when the words are shown. */
const ICON_NAMES: readonly BlockTextName[] = [
  'PARCOURS_ALT_START',
  'PARCOURS_ALT_FORWARD',
  'PARCOURS_ALT_TURN_LEFT',
  'PARCOURS_ALT_TURN_RIGHT',
  'PARCOURS_ALT_REPEAT',
  'PARCOURS_ALT_GOAL',
  'PARCOURS_ALT_PATH',
  'PARCOURS_ALT_OTHERWISE',
  'PARCOURS_ALT_FLOOR',
  'PARCOURS_ALT_COLLECT',
  'PARCOURS_ALT_PROCEDURE',
  'PARCOURS_ALT_CALL',
];

export interface BlockTextOptions {
  /** Icons with minimal words, for pupils who cannot read yet. */
  readonly pictograms: boolean;
}

/** Builds the block texts from a translator (the UI's `i18n.t`). */
export function blockTexts(
  translate: (key: MessageKey) => string,
  options: BlockTextOptions,
): BlockTexts {
  const texts = {} as BlockTexts;
  for (const [name, key] of Object.entries(BLOCK_TEXT_KEYS) as [BlockTextName, MessageKey][]) {
    if (options.pictograms) texts[name] = PICTOGRAM_LAYOUTS[name] ?? translate(key);
    else texts[name] = ICON_NAMES.includes(name) ? '' : translate(key);
  }
  return texts;
}
