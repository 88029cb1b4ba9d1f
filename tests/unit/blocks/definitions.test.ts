// The block set as data: one definition per block type the compiler understands, with the
// field and input names the compiler reads, words only through Blockly messages that the
// catalogue provides, and icons as local data (no request leaves the origin).
import { describe, expect, it } from 'vitest';
import {
  BLOCK_DEFINITIONS,
  BLOCK_STYLE_NAMES,
  ICON_FIELD,
  START_BLOCK_DEFINITION,
  allBlockDefinitions,
  type ArgJson,
  type BlockJson,
} from '../../../src/blocks/definitions';
import { BLOCK_COLOURS } from '../../../src/blocks/theme';
import { BLOCK_TEXT_KEYS } from '../../../src/blocks/texts';
import {
  BLOCK_TYPES,
  CONDITION_CHOICES,
  FIELD,
  INPUT,
  MAX_REPEAT_TIMES,
  PROCEDURE_NAMES,
  START_BLOCK,
} from '../../../src/core/program/block-types';
import { FLOOR_COLORS } from '../../../src/core/lesson/types';

function argsOf(definition: BlockJson): ArgJson[] {
  return Object.entries(definition)
    .filter(([key]) => /^args\d+$/.test(key))
    .flatMap(([, args]) => args as ArgJson[]);
}

function named(definition: BlockJson, type: ArgJson['type']): string[] {
  return argsOf(definition)
    .filter((arg) => arg.type === type)
    .map((arg) => ('name' in arg ? arg.name : ''));
}

function dropdownValues(definition: BlockJson, name: string): string[] {
  const field = argsOf(definition).find(
    (arg) => arg.type === 'field_dropdown' && arg.name === name,
  );
  if (field?.type !== 'field_dropdown') throw new Error(`no dropdown ${name}`);
  return field.options.map(([, value]) => value);
}

describe('block definitions', () => {
  it('define every block type of the compiler, and the start block, once', () => {
    expect(Object.keys(BLOCK_DEFINITIONS).sort()).toEqual([...BLOCK_TYPES].sort());
    for (const type of BLOCK_TYPES) expect(BLOCK_DEFINITIONS[type].type).toBe(type);
    const types = allBlockDefinitions().map((definition) => definition.type);
    expect(types[0]).toBe(START_BLOCK);
    expect(new Set(types).size).toBe(types.length);
  });

  it('make the start block a hat: nothing above it, blocks below it', () => {
    expect(START_BLOCK_DEFINITION.previousStatement).toBeUndefined();
    expect(START_BLOCK_DEFINITION.nextStatement).toBeNull();
  });

  it('name fields and inputs as the compiler reads them', () => {
    const d = BLOCK_DEFINITIONS;
    expect(named(d.repeat_times, 'field_number')).toEqual([FIELD.times]);
    expect(named(d.repeat_times, 'input_statement')).toEqual([INPUT.body]);
    expect(named(d.repeat_until_goal, 'input_statement')).toEqual([INPUT.body]);
    for (const type of ['if_path', 'while_path'] as const) {
      expect(dropdownValues(d[type], FIELD.direction)).toEqual(['ahead', 'left', 'right']);
      expect(named(d[type], 'input_statement')).toEqual([INPUT.body]);
    }
    expect(dropdownValues(d.if_else_path, FIELD.direction)).toEqual(['ahead', 'left', 'right']);
    expect(named(d.if_else_path, 'input_statement')).toEqual([INPUT.body, INPUT.otherwise]);
    expect(dropdownValues(d.repeat_until_condition, FIELD.condition)).toEqual([
      ...CONDITION_CHOICES,
    ]);
    for (const type of ['if_floor', 'if_else_floor'] as const) {
      expect(dropdownValues(d[type], FIELD.color)).toEqual([...FLOOR_COLORS]);
    }
    expect(named(d.if_else_floor, 'input_statement')).toEqual([INPUT.body, INPUT.otherwise]);
    expect(dropdownValues(d.procedure_define, FIELD.name)).toEqual([...PROCEDURE_NAMES]);
    expect(dropdownValues(d.procedure_call, FIELD.name)).toEqual([...PROCEDURE_NAMES]);
  });

  it('bound the repeat count as the compiler does', () => {
    const times = argsOf(BLOCK_DEFINITIONS.repeat_times).find((arg) => arg.type === 'field_number');
    expect(times).toMatchObject({ min: 1, max: MAX_REPEAT_TIMES, precision: 1 });
  });

  it('stack every block except the procedure definition, which stands alone', () => {
    for (const type of BLOCK_TYPES) {
      const definition = BLOCK_DEFINITIONS[type];
      const stacked = type !== 'procedure_define';
      expect(definition.previousStatement === null, type).toBe(stacked);
      expect(definition.nextStatement === null, type).toBe(stacked);
    }
  });

  it('take every word from a Blockly message the catalogue provides', () => {
    const json = JSON.stringify(allBlockDefinitions());
    const references = [...json.matchAll(/%\{BKY_([A-Z_]+)\}/g)].map((match) => match[1]);
    expect(references.length).toBeGreaterThan(0);
    for (const name of references) expect(Object.keys(BLOCK_TEXT_KEYS)).toContain(name);
    for (const definition of allBlockDefinitions()) {
      for (const [key, value] of Object.entries(definition)) {
        if (/^message\d+$/.test(key)) expect(value).toMatch(/^(%\{BKY_[A-Z_]+\}|%1)$/);
      }
      expect(definition.tooltip).toMatch(/^%\{BKY_[A-Z_]+\}$/);
    }
  });

  it('use theme styles that exist', () => {
    for (const definition of allBlockDefinitions()) {
      expect(BLOCK_STYLE_NAMES).toContain(definition.style);
    }
    expect(Object.keys(BLOCK_COLOURS).sort()).toEqual([...BLOCK_STYLE_NAMES].sort());
  });

  it('reference no remote URL: icons are local SVG data', () => {
    const images = allBlockDefinitions().flatMap((definition) => [
      ...argsOf(definition).flatMap((arg) =>
        arg.type === ICON_FIELD
          ? [arg.src]
          : arg.type === 'field_dropdown'
            ? arg.options.flatMap(([label]) => (typeof label === 'string' ? [] : [label.src]))
            : [],
      ),
    ]);
    expect(images.length).toBeGreaterThan(10);
    for (const src of images) {
      expect(src.startsWith('data:image/svg+xml,')).toBe(true);
      // The SVG namespace is a name, not a request; nothing else may look like an address.
      const svg = decodeURIComponent(src.slice('data:image/svg+xml,'.length)).replaceAll(
        'http://www.w3.org/2000/svg',
        '',
      );
      expect(svg).not.toMatch(/https?:|\/\/|href/i);
    }
    const json = JSON.stringify(allBlockDefinitions()).replace(
      /"data:image\/svg\+xml,[^"]*"/g,
      '""',
    );
    expect(json).not.toMatch(/https?:|helpUrl/i);
  });
});
