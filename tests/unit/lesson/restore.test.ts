// restorePack: valid packs get their defaults and shorthands expanded; malformed packs (wrong
// types, missing fields, unknown blocks, bad references, huge grids, deep nesting, wrong
// versions, values that are not JSON) give errors with JSON pointers and never throw.
import { describe, expect, it } from 'vitest';
import { restorePack, restorePackText, type RestoreIssue } from '../../../src/core/lesson/restore';
import { chainWorkspace, packWith, validLevel, validPack } from './helpers';

function errorsOf(input: unknown): readonly RestoreIssue[] {
  const result = restorePack(input);
  if (result.ok) throw new Error(`expected errors, got a pack: ${JSON.stringify(result.pack.id)}`);
  return result.errors;
}

function expectError(input: unknown, path: string | RegExp, code: string): void {
  const errors = errorsOf(input);
  if (typeof path === 'string') {
    expect(errors.map((issue) => `${issue.path} ${issue.code}`)).toContain(`${path} ${code}`);
  } else {
    expect(errors.some((issue) => path.test(issue.path) && issue.code === code)).toBe(true);
  }
}

describe('restorePack on a valid pack', () => {
  it('reads map rows into a grid with start and goal, and fills defaults', () => {
    const result = restorePack(validPack());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    const [level] = result.pack.levels;
    expect(level?.grid).toEqual({
      width: 4,
      height: 2,
      walls: [{ x: 1, y: 1 }],
      floor: [],
      items: [],
    });
    expect(level?.start).toEqual({ x: 0, y: 0, heading: 'E' });
    expect(level?.goal).toEqual({ x: 3, y: 0 });
    expect(level?.rule).toEqual({ kind: 'reach-goal' });
    expect(level?.toolbox).toEqual([
      { type: 'move_forward' },
      { type: 'turn_left' },
      { type: 'turn_right', limit: 2 },
    ]);
    expect(level?.squareCm).toBe(15);
    expect(level?.sensors).toBe('map');
    expect(level?.pictograms).toBe(false);
    expect(level?.startBlocks).toBeNull();
    expect(level?.stars).toBeNull();
    expect(level?.optimalBlocks).toBeNull();
    expect(result.pack.cycle).toBe('cycle2');
    expect(result.pack.ages).toEqual({ min: 7, max: 9 });
  });

  it('reads every map character', () => {
    const pack = packWith(['levels', 0, 'grid'], ['^#*r', 'gbyG']);
    (pack.levels as Record<string, unknown>[])[0]!.toolbox = ['move_forward', 'collect'];
    const result = restorePack(pack);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const level = result.pack.levels[0]!;
    expect(level.start).toEqual({ x: 0, y: 0, heading: 'N' });
    expect(level.grid.walls).toEqual([{ x: 1, y: 0 }]);
    expect(level.grid.items).toEqual([{ x: 2, y: 0 }]);
    expect(level.grid.floor).toEqual([
      { x: 3, y: 0, color: 'red' },
      { x: 0, y: 1, color: 'green' },
      { x: 1, y: 1, color: 'blue' },
      { x: 2, y: 1, color: 'yellow' },
    ]);
    expect(level.goal).toEqual({ x: 3, y: 1 });
    // Items and a goal: collect them all, then reach the goal.
    expect(level.rule).toEqual({ kind: 'collect-all-then-goal' });
  });

  it('reads a grid written as an object with explicit start and goal', () => {
    const pack = packWith(['levels', 0], {
      ...validLevel('objet'),
      grid: { width: 3, height: 2, walls: [{ x: 1, y: 1 }], items: [{ x: 2, y: 1 }] },
      start: { x: 0, y: 0, heading: 'S' },
      toolbox: ['move_forward', 'collect'],
      rule: { kind: 'collect-all' },
    });
    const result = restorePack(pack);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const level = result.pack.levels[0]!;
    expect(level.start).toEqual({ x: 0, y: 0, heading: 'S' });
    expect(level.goal).toBeNull();
    expect(level.rule).toEqual({ kind: 'collect-all' });
    expect(level.grid.items).toEqual([{ x: 2, y: 1 }]);
  });

  it('applies pack defaults to levels that do not set them', () => {
    const pack = validPack();
    pack.defaults = { squareCm: 20, sensors: 'robot', pictograms: true };
    (pack.levels as Record<string, unknown>[])[1]!.squareCm = 30;
    const result = restorePack(pack);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      result.pack.levels.map((level) => [level.squareCm, level.sensors, level.pictograms]),
    ).toEqual([
      [20, 'robot', true],
      [30, 'robot', true],
    ]);
  });

  it('drops unknown fields with a warning each, silently for $-keys, and keeps Blockly state whole', () => {
    const pack = validPack();
    pack.$comment = 'for authors';
    pack.colour = 'blue';
    const level = (pack.levels as Record<string, unknown>[])[0]!;
    level.maxBlock = 4;
    const workspace = chainWorkspace(1);
    (workspace as { extra?: unknown }).extra = { kept: true };
    level.startBlocks = workspace;
    const result = restorePack(pack);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.warnings].sort((a, b) => a.path.localeCompare(b.path))).toEqual([
      { path: '/colour', code: 'unknown-field', data: { field: 'colour' } },
      { path: '/levels/0/maxBlock', code: 'unknown-field', data: { field: 'maxBlock' } },
    ]);
    expect('colour' in result.pack).toBe(false);
    expect(result.pack.levels[0]!.startBlocks).toEqual(workspace);
  });

  it('warns about each text without an English translation', () => {
    const pack = validPack();
    pack.title = { fr: 'Essai' };
    (pack.levels as Record<string, unknown>[])[1]!.hints = [{ fr: 'Indice' }];
    const result = restorePack(pack);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      { path: '/title', code: 'missing-translation', data: { locale: 'en' } },
      { path: '/levels/1/hints/0', code: 'missing-translation', data: { locale: 'en' } },
    ]);
    expect(result.pack.title).toEqual({ fr: 'Essai' });
  });

  it('accepts undefined properties as absent, like JSON.stringify', () => {
    const pack = validPack();
    pack.cycle = undefined;
    const result = restorePack(pack);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.pack.cycle).toBeNull();
  });
});

const huge = 'x'.repeat(20_000);

function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let index = 0; index < depth; index += 1) value = { a: value };
  return value;
}

function nestedRepeats(depth: number): Record<string, unknown> {
  let block: Record<string, unknown> = { type: 'move_forward', id: 'leaf' };
  for (let index = 0; index < depth; index += 1) {
    block = {
      type: 'repeat_times',
      id: `r${index}`,
      fields: { TIMES: 2 },
      inputs: { DO: { block } },
    };
  }
  return {
    blocks: {
      languageVersion: 0,
      blocks: [{ type: 'program_start', id: 'start', next: { block } }],
    },
  };
}

/** [a, <hole>, b]: an array with a missing index, as a sparse literal would make. */
function sparse(a: unknown, b: unknown): unknown[] {
  const array: unknown[] = [a];
  array[2] = b;
  return array;
}

const cyclic: Record<string, unknown> = validPack();
cyclic.self = cyclic;

const level0 = ['levels', 0] as const;

/** [what, input, expected path, expected code] */
const MALFORMED: [string, unknown, string | RegExp, string][] = [
  ['a string instead of a pack', 'hello', '', 'wrong-type'],
  ['null', null, '', 'wrong-type'],
  ['an array', [validPack()], '', 'wrong-type'],
  ['undefined', undefined, '', 'not-json'],
  ['a function', () => 1, '', 'not-json'],
  ['a bigint', 10n, '', 'not-json'],
  [
    'NaN in a level',
    packWith([...level0, 'maxBlocks'], Number.NaN),
    '/levels/0/maxBlocks',
    'not-json',
  ],
  ['Infinity', packWith(['ages', 'min'], Number.POSITIVE_INFINITY), '/ages/min', 'not-json'],
  ['a Date', packWith(['title'], new Date(0)), '/title', 'not-json'],
  ['a Map', packWith(['levels'], new Map()), '/levels', 'not-json'],
  [
    'a sparse array',
    packWith(['levels'], sparse(validLevel('a'), validLevel('b'))),
    '/levels/1',
    'not-json',
  ],
  // A cycle is cut where the walk gets too deep, on whichever branch gets there first.
  ['a cycle', cyclic, /^(\/self){150,}\//, 'too-deep'],
  ['deep nesting', packWith(['extra'], nested(500)), '/extra' + '/a'.repeat(199), 'too-deep'],
  ['a giant string', packWith(['title', 'fr'], huge), '/title/fr', 'string-too-long'],
  ['no version', packWith(['schemaVersion'], undefined), '/schemaVersion', 'missing-version'],
  ['a version as text', packWith(['schemaVersion'], '2'), '/schemaVersion', 'unknown-version'],
  ['version 0', packWith(['schemaVersion'], 0), '/schemaVersion', 'unknown-version'],
  ['version 1.5', packWith(['schemaVersion'], 1.5), '/schemaVersion', 'unknown-version'],
  ['a newer version', packWith(['schemaVersion'], 99), '/schemaVersion', 'newer-version'],
  ['no id', packWith(['id'], undefined), '/id', 'missing'],
  ['an id with spaces', packWith(['id'], 'Mon Paquet'), '/id', 'bad-format'],
  ['a number as title', packWith(['title'], 12), '/title', 'wrong-type'],
  ['no French title', packWith(['title'], { en: 'Only English' }), '/title/fr', 'missing'],
  ['an empty French title', packWith(['title', 'fr'], ''), '/title/fr', 'too-short'],
  ['a long title', packWith(['title', 'fr'], 'x'.repeat(500)), '/title/fr', 'too-long'],
  ['an unknown cycle', packWith(['cycle'], 'cycle9'), '/cycle', 'not-one-of'],
  ['reversed ages', packWith(['ages'], { min: 12, max: 8 }), '/ages', 'ages-order'],
  ['no levels', packWith(['levels'], []), '/levels', 'too-short'],
  ['levels as an object', packWith(['levels'], { a: validLevel('a') }), '/levels', 'wrong-type'],
  [
    'too many levels',
    packWith(
      ['levels'],
      Array.from({ length: 101 }, (_, i) => validLevel(`l${i}`)),
    ),
    '/levels',
    'too-long',
  ],
  ['a level without grid', packWith([...level0, 'grid'], undefined), '/levels/0/grid', 'missing'],
  ['a grid as a number', packWith([...level0, 'grid'], 7), '/levels/0/grid', 'wrong-type'],
  [
    'a huge grid',
    packWith([...level0, 'grid'], { width: 1000, height: 2 }),
    '/levels/0/grid/width',
    'too-big',
  ],
  [
    'a fractional width',
    packWith([...level0, 'grid'], { width: 2.5, height: 2 }),
    '/levels/0/grid/width',
    'not-integer',
  ],
  [
    'a zero height',
    packWith([...level0, 'grid'], { width: 2, height: 0 }),
    '/levels/0/grid/height',
    'too-small',
  ],
  [
    'too many rows',
    packWith(
      [...level0, 'grid'],
      Array.from({ length: 30 }, () => '>.G'),
    ),
    '/levels/0/grid',
    'too-long',
  ],
  [
    'a row too wide',
    packWith([...level0, 'grid'], ['>' + '.'.repeat(40) + 'G']),
    '/levels/0/grid/0',
    'too-long',
  ],
  [
    'a bad map character',
    packWith([...level0, 'grid'], ['>.X.G']),
    '/levels/0/grid/0',
    'bad-format',
  ],
  ['ragged rows', packWith([...level0, 'grid'], ['>..G', '..']), '/levels/0/grid/1', 'ragged-map'],
  [
    'two starts',
    packWith([...level0, 'grid'], ['>..G', '<...']),
    '/levels/0/grid/1',
    'duplicate-start',
  ],
  ['two goals', packWith([...level0, 'grid'], ['>.GG']), '/levels/0/grid/0', 'duplicate-goal'],
  ['no start', packWith([...level0, 'grid'], ['...G']), '/levels/0/start', 'missing-start'],
  [
    'a start both drawn and given',
    packWith([...level0, 'start'], { x: 1, y: 0, heading: 'E' }),
    '/levels/0/start',
    'duplicate-start',
  ],
  [
    'a goal both drawn and given',
    packWith([...level0, 'goal'], { x: 2, y: 0 }),
    '/levels/0/goal',
    'duplicate-goal',
  ],
  [
    'a bad heading',
    packWith([...level0], {
      ...validLevel('a'),
      grid: { width: 3, height: 1 },
      start: { x: 0, y: 0, heading: 'NE' },
      goal: { x: 2, y: 0 },
    }),
    '/levels/0/start/heading',
    'not-one-of',
  ],
  [
    'a start outside the grid',
    packWith([...level0], {
      ...validLevel('a'),
      grid: { width: 3, height: 1 },
      start: { x: 5, y: 0, heading: 'E' },
      goal: { x: 2, y: 0 },
    }),
    '/levels/0/start',
    'outside-grid',
  ],
  [
    'a goal on a wall',
    packWith([...level0], {
      ...validLevel('a'),
      grid: { width: 3, height: 1, walls: [{ x: 2, y: 0 }] },
      start: { x: 0, y: 0, heading: 'E' },
      goal: { x: 2, y: 0 },
    }),
    '/levels/0/goal',
    'on-wall',
  ],
  [
    'an item on a wall',
    packWith([...level0], {
      ...validLevel('a'),
      grid: { width: 3, height: 1, walls: [{ x: 1, y: 0 }], items: [{ x: 1, y: 0 }] },
      start: { x: 0, y: 0, heading: 'E' },
      goal: { x: 2, y: 0 },
      toolbox: ['move_forward', 'collect'],
    }),
    '/levels/0/grid/items/0',
    'on-wall',
  ],
  [
    'a wall twice',
    packWith([...level0], {
      ...validLevel('a'),
      grid: {
        width: 3,
        height: 1,
        walls: [
          { x: 1, y: 0 },
          { x: 1, y: 0 },
        ],
      },
      start: { x: 0, y: 0, heading: 'E' },
      goal: { x: 2, y: 0 },
    }),
    '/levels/0/grid/walls/1',
    'duplicate-cell',
  ],
  [
    'a floor colour outside the grid',
    packWith([...level0], {
      ...validLevel('a'),
      grid: { width: 3, height: 1, floor: [{ x: 3, y: 0, color: 'red' }] },
      start: { x: 0, y: 0, heading: 'E' },
      goal: { x: 2, y: 0 },
    }),
    '/levels/0/grid/floor/0',
    'outside-grid',
  ],
  [
    'an unknown floor colour',
    packWith([...level0], {
      ...validLevel('a'),
      grid: { width: 3, height: 1, floor: [{ x: 1, y: 0, color: 'pink' }] },
      start: { x: 0, y: 0, heading: 'E' },
      goal: { x: 2, y: 0 },
    }),
    '/levels/0/grid/floor/0/color',
    'not-one-of',
  ],
  [
    'a reach-goal rule with no goal',
    packWith([...level0, 'grid'], ['>...']),
    '/levels/0/rule',
    'missing-goal',
  ],
  [
    'a collect rule with no items',
    packWith([...level0, 'rule'], { kind: 'collect-all' }),
    '/levels/0/rule',
    'no-items',
  ],
  [
    'a collect rule with no collect block',
    packWith([...level0, 'grid'], ['>.*G']),
    '/levels/0/toolbox',
    'needs-block',
  ],
  [
    'an unknown rule',
    packWith([...level0, 'rule'], { kind: 'dance' }),
    '/levels/0/rule/kind',
    'not-one-of',
  ],
  [
    'a rule without kind',
    packWith([...level0, 'rule'], { facing: 'N' }),
    '/levels/0/rule/kind',
    'missing',
  ],
  ['an empty toolbox', packWith([...level0, 'toolbox'], []), '/levels/0/toolbox', 'too-short'],
  [
    'an unknown block',
    packWith([...level0, 'toolbox'], ['move_forward', 'fly']),
    '/levels/0/toolbox/1',
    'unknown-block',
  ],
  [
    'an unknown block object',
    packWith([...level0, 'toolbox'], [{ type: 'teleport' }]),
    '/levels/0/toolbox/0/type',
    'unknown-block',
  ],
  [
    'a block twice',
    packWith([...level0, 'toolbox'], ['move_forward', { type: 'move_forward', limit: 2 }]),
    '/levels/0/toolbox/1',
    'duplicate-block',
  ],
  [
    'a zero limit',
    packWith([...level0, 'toolbox'], [{ type: 'move_forward', limit: 0 }]),
    '/levels/0/toolbox/0/limit',
    'too-small',
  ],
  [
    'a call without define',
    packWith([...level0, 'toolbox'], ['move_forward', 'procedure_call']),
    '/levels/0/toolbox',
    'needs-block',
  ],
  [
    'maxBlocks as text',
    packWith([...level0, 'maxBlocks'], 'five'),
    '/levels/0/maxBlocks',
    'wrong-type',
  ],
  [
    'a huge maxBlocks',
    packWith([...level0, 'maxBlocks'], 100_000),
    '/levels/0/maxBlocks',
    'too-big',
  ],
  [
    'reversed stars',
    packWith([...level0, 'stars'], { three: 6, two: 4 }),
    '/levels/0/stars',
    'stars-order',
  ],
  ['a tiny square', packWith([...level0, 'squareCm'], 0), '/levels/0/squareCm', 'too-small'],
  ['a bad tag', packWith([...level0, 'tags'], ['Boucles !']), '/levels/0/tags/0', 'bad-format'],
  [
    'too many hints',
    packWith(
      [...level0, 'hints'],
      Array.from({ length: 11 }, () => ({ fr: 'h' })),
    ),
    '/levels/0/hints',
    'too-long',
  ],
  [
    'pictograms as text',
    packWith([...level0, 'pictograms'], 'yes'),
    '/levels/0/pictograms',
    'wrong-type',
  ],
  [
    'two levels with one id',
    packWith(['levels', 1, 'id'], 'premier'),
    '/levels/1/id',
    'duplicate-id',
  ],
  [
    'startBlocks as a list',
    packWith([...level0, 'startBlocks'], []),
    '/levels/0/startBlocks',
    'wrong-type',
  ],
  [
    'a start block without type',
    packWith([...level0, 'startBlocks'], { blocks: { blocks: [{ id: 'x' }] } }),
    '/levels/0/startBlocks/blocks/blocks/0/type',
    'missing',
  ],
  [
    'an unknown starting block',
    packWith([...level0, 'startBlocks'], chainWorkspace(2, 'jump')),
    '/levels/0/startBlocks/blocks/blocks/0/next/block/type',
    'unknown-block',
  ],
  [
    'a starting block not in the toolbox',
    packWith([...level0, 'startBlocks'], chainWorkspace(1, 'collect')),
    '/levels/0/startBlocks/blocks/blocks/0/next/block/type',
    'block-not-in-toolbox',
  ],
  [
    'more starting blocks than maxBlocks',
    packWith([...level0, 'startBlocks'], chainWorkspace(6)),
    '/levels/0/startBlocks/blocks/blocks',
    'too-many-blocks',
  ],
  [
    'a starting block over its limit',
    packWith([...level0, 'startBlocks'], chainWorkspace(3, 'turn_right')),
    '/levels/0/startBlocks/blocks/blocks/0/next/block/next/block/next/block/type',
    'block-over-limit',
  ],
  [
    'deeply nested starting blocks',
    packWith([...level0, 'startBlocks'], nestedRepeats(40)),
    '/levels/0/startBlocks/blocks/blocks/0/next/block' + '/inputs/DO/block'.repeat(13),
    'nesting-too-deep',
  ],
  [
    'extremely nested starting blocks',
    packWith([...level0, 'startBlocks'], nestedRepeats(300)),
    '/levels/0/startBlocks/blocks/blocks/0/next/block' + '/inputs/DO/block'.repeat(64),
    'too-deep',
  ],
  [
    'two start blocks',
    packWith([...level0, 'startBlocks'], {
      blocks: {
        blocks: [
          { type: 'program_start', id: 'a' },
          { type: 'program_start', id: 'b' },
        ],
      },
    }),
    '/levels/0/startBlocks/blocks/blocks/1',
    'several-start-blocks',
  ],
  [
    'two blocks with one id',
    packWith([...level0, 'startBlocks'], {
      blocks: {
        blocks: [
          { type: 'program_start', id: 'a', next: { block: { type: 'move_forward', id: 'a' } } },
        ],
      },
    }),
    '/levels/0/startBlocks/blocks/blocks/0/next/block/id',
    'duplicate-block-id',
  ],
  [
    'a field value as an object',
    packWith([...level0, 'startBlocks'], {
      blocks: { blocks: [{ type: 'repeat_times', fields: { TIMES: { n: 3 } } }] },
    }),
    '/levels/0/startBlocks/blocks/blocks/0/fields/TIMES',
    'wrong-type',
  ],
];

describe('restorePack on malformed packs', () => {
  it.each(MALFORMED)('reports %s', (_what, input, path, code) => {
    expectError(input, path, code);
  });

  it('reports every error of a file at once, not just the first', () => {
    const pack = validPack();
    pack.id = 'Bad Id';
    (pack.levels as Record<string, unknown>[])[0]!.maxBlocks = -1;
    (pack.levels as Record<string, unknown>[])[1]!.toolbox = ['warp'];
    const codes = errorsOf(pack).map((issue) => `${issue.path} ${issue.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        '/id bad-format',
        '/levels/0/maxBlocks too-small',
        '/levels/1/toolbox/0 unknown-block',
      ]),
    );
  });

  it('never throws, even on getters that throw', () => {
    const hostile = validPack();
    Object.defineProperty(hostile, 'id', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(() => restorePack(hostile)).not.toThrow();
    expect(restorePack(hostile).ok).toBe(false);
  });
});

describe('restorePackText', () => {
  it('reports a JSON syntax error at the root', () => {
    expect(restorePackText('{ "schemaVersion": 2,')).toEqual({
      ok: false,
      errors: [{ path: '', code: 'not-json', data: { kind: 'syntax' } }],
    });
  });

  it('restores a pack from text', () => {
    expect(restorePackText(JSON.stringify(validPack())).ok).toBe(true);
  });
});
