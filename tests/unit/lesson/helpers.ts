// Builders of lesson files for the lesson tests: a small valid pack that each test bends.

/** A valid current-version pack with one level; every call returns a fresh copy. */
export function validPack(): Record<string, unknown> {
  return {
    $schema: './schema.json',
    schemaVersion: 2,
    id: 'essai',
    title: { fr: 'Essai', en: 'Trial' },
    description: { fr: 'Un paquet d’essai.', en: 'A trial pack.' },
    cycle: 'cycle2',
    ages: { min: 7, max: 9 },
    levels: [validLevel('premier'), validLevel('second')],
  };
}

export function validLevel(id: string): Record<string, unknown> {
  return {
    id,
    title: { fr: 'Avancer', en: 'Forward' },
    instructions: { fr: 'Va au **drapeau**.', en: 'Go to the **flag**.' },
    grid: ['>..G', '.#..'],
    toolbox: ['move_forward', 'turn_left', { type: 'turn_right', limit: 2 }],
    maxBlocks: 5,
    hints: [{ fr: 'Compte les cases.', en: 'Count the squares.' }],
    tags: ['sequence'],
  };
}

/** Sets a value at a path of plain objects and arrays (test data only). */
export function setAt(root: unknown, path: readonly (string | number)[], value: unknown): void {
  let at = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete at[last];
  else at[last] = value;
}

/** A pack with one change applied. */
export function packWith(
  path: readonly (string | number)[],
  value: unknown,
): Record<string, unknown> {
  const pack = validPack();
  setAt(pack, path, value);
  return pack;
}

/** A Blockly workspace whose program is a chain of move_forward blocks. */
export function chainWorkspace(length: number, type = 'move_forward'): Record<string, unknown> {
  let next: Record<string, unknown> | undefined;
  for (let index = length; index >= 1; index -= 1) {
    const block: Record<string, unknown> = { type, id: `b${index}` };
    if (next) block.next = { block: next };
    next = block;
  }
  const start: Record<string, unknown> = { type: 'program_start', id: 'start' };
  if (next) start.next = { block: next };
  return { blocks: { languageVersion: 0, blocks: [start] } };
}
