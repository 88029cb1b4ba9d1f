// Limits on lesson files, so that a hostile or broken file cannot exhaust memory, the stack or
// the solver. Pure constants shared by the schema, the preflight walk and the reference checks.

/** Deepest JSON nesting accepted anywhere in a pack file (objects and arrays). */
export const MAX_JSON_DEPTH = 200;
/** Most JSON values (objects, arrays, strings, numbers…) in one pack file. */
export const MAX_JSON_NODES = 200_000;
/** Longest string anywhere in a pack file; fields have tighter limits of their own. */
export const MAX_JSON_STRING = 10_000;

export const MAX_LEVELS = 100;
export const MAX_GRID_SIDE = 20;
export const MAX_ID_LENGTH = 64;
export const MAX_TITLE_LENGTH = 120;
export const MAX_DESCRIPTION_LENGTH = 1_000;
export const MAX_INSTRUCTIONS_LENGTH = 2_000;
export const MAX_HINT_LENGTH = 500;
export const MAX_HINTS = 10;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;
/** Highest `maxBlocks` and per-block limit a level may set. */
export const MAX_PROGRAM_BLOCKS = 200;
/** Most blocks in a level's starting workspace, counting every nested block. */
export const MAX_START_BLOCKS = 200;
/** Deepest nesting of statement blocks (a loop in a loop in an if…) in a starting workspace. */
export const MAX_BLOCK_NESTING = 12;
export const MAX_SQUARE_CM = 100;
export const MIN_SQUARE_CM = 1;
export const MAX_AGE = 99;

/** Identifiers of packs, levels and tags: lower-case words joined by dashes. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
