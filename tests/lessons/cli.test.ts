// The lessons CLI (scripts/lessons.ts) on small packs written to a temporary folder: the exact
// shape of `check --json`, the failures `check` must catch, `solve` and `run` with --json, and
// that lessons/schema.json is the schema generated from the valibot schema.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main, packJsonSchemaText, SCHEMA_FILE } from '../../scripts/lessons';
import { validLevel, validPack } from '../unit/lesson/helpers';

let folder = '';

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'parcours-lessons-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

function write(name: string, content: unknown): string {
  const path = join(folder, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/** Runs the CLI with arguments and returns its exit code and what it printed. */
function cli(...args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((line: unknown) => out.push(String(line)));
  vi.spyOn(console, 'error').mockImplementation((line: unknown) => err.push(String(line)));
  const code = main(args);
  vi.restoreAllMocks();
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function pack(id: string, levels: Record<string, unknown>[]): Record<string, unknown> {
  return { ...validPack(), id, levels };
}

const forward3 = {
  blocks: {
    languageVersion: 0,
    blocks: [
      {
        type: 'program_start',
        id: 'start',
        next: {
          block: {
            type: 'move_forward',
            id: 'a',
            next: {
              block: {
                type: 'move_forward',
                id: 'b',
                next: { block: { type: 'move_forward', id: 'c' } },
              },
            },
          },
        },
      },
    ],
  },
};

const line = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...validLevel(id),
  grid: ['>..G'],
  toolbox: ['move_forward'],
  maxBlocks: 5,
  ...extra,
});

describe('lessons check --json', () => {
  it('prints packs, levels and errors in the documented shape and exits 0 when all is proven', () => {
    const path = write('good.json', pack('bon', [line('un'), line('deux', { maxBlocks: 3 })]));
    const { code, out } = cli('check', path, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({
      packs: [
        {
          id: 'bon',
          levels: [
            { id: 'un', solvable: true, optimalBlocks: 3, maxBlocks: 5, locales: ['fr', 'en'] },
            { id: 'deux', solvable: true, optimalBlocks: 3, maxBlocks: 3, locales: ['fr', 'en'] },
          ],
        },
      ],
      errors: [],
    });
  });

  it('fails a level unsolvable within its maxBlocks, and one its starting program solves', () => {
    const path = write(
      'bad-levels.json',
      pack('mauvais', [
        line('trop-court', { maxBlocks: 2 }),
        line('deja', { startBlocks: forward3 }),
      ]),
    );
    const { code, out } = cli('check', path, '--json', '--lang', 'en');
    expect(code).toBe(1);
    const json = JSON.parse(out) as {
      packs: { levels: { id: string; solvable: unknown }[] }[];
      errors: { file: string; path: string; message: string }[];
    };
    expect(json.packs[0]!.levels.map((level) => [level.id, level.solvable])).toEqual([
      ['trop-court', false],
      ['deja', true],
    ]);
    expect(
      json.errors.map((error) => [error.file.endsWith('bad-levels.json'), error.path]),
    ).toEqual([
      [true, '/levels/0'],
      [true, '/levels/1/startBlocks'],
    ]);
    for (const error of json.errors) expect(error.message.length).toBeGreaterThan(10);
  });

  it('reports a malformed file with JSON paths in the chosen language, and carries on', () => {
    const broken = pack('casse', [line('un', { toolbox: ['fly'] })]);
    const brokenPath = write('broken.json', broken);
    const goodPath = write('other.json', pack('autre', [line('un')]));
    const fr = cli('check', brokenPath, goodPath, '--json');
    const en = cli('check', brokenPath, goodPath, '--json', '--lang', 'en');
    expect(fr.code).toBe(1);
    const frJson = JSON.parse(fr.out) as { packs: { id: string }[]; errors: { path: string }[] };
    const enJson = JSON.parse(en.out) as { errors: { path: string; message: string }[] };
    expect(frJson.packs.map((entry) => entry.id)).toEqual(['autre']);
    expect(frJson.errors.map((error) => error.path)).toEqual(['/levels/0/toolbox/0']);
    expect(enJson.errors[0]!.message).not.toBe(
      (JSON.parse(fr.out) as { errors: { message: string }[] }).errors[0]!.message,
    );
  });

  it('reports a text that is not JSON and a path that does not exist, without throwing', () => {
    const notJson = write('not-json.json', '{ "schemaVersion": 2,');
    const { code, out } = cli('check', notJson, join(folder, 'missing'), '--json');
    expect(code).toBe(1);
    const json = JSON.parse(out) as { errors: { file: string; path: string }[] };
    expect(json.errors).toHaveLength(2);
    expect(json.errors[0]!.path).toBe('');
  });

  it('fails two packs with the same id', () => {
    const a = write('a.json', pack('meme', [line('un')]));
    const b = write('b.json', pack('meme', [line('un')]));
    const { code, out } = cli('check', a, b, '--json');
    expect(code).toBe(1);
    expect((JSON.parse(out) as { errors: { path: string }[] }).errors).toEqual([
      expect.objectContaining({ path: '/id' }),
    ]);
  });

  it('prints a human report, in French by default', () => {
    const path = write('human.json', pack('humain', [line('un')]));
    const { code, out } = cli('check', path);
    expect(code).toBe(0);
    expect(out).toContain('humain');
    expect(out).toMatch(/niveau/i);
  });
});

describe('lessons solve', () => {
  it('prints a minimum-block program as Blockly JSON with its block count', () => {
    const path = write('solve.json', pack('resoudre', [line('un')]));
    const { code, out } = cli('solve', path, 'un', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as { status: string; blocks: number; program: unknown };
    expect(json).toMatchObject({ level: 'un', status: 'solved', blocks: 3, maxBlocks: 5 });
    // The program it prints runs to success through `run`.
    const program = write('solution.json', json.program);
    const run = JSON.parse(cli('run', path, 'un', program, '--json').out) as {
      outcome: { kind: string };
    };
    expect(run.outcome.kind).toBe('success');
  });

  it('exits 1 with status unsolvable when no program fits, and 2 for an unknown level', () => {
    const path = write('nosolve.json', pack('impossible', [line('un', { maxBlocks: 2 })]));
    const none = cli('solve', path, 'un', '--json');
    expect(none.code).toBe(1);
    expect(JSON.parse(none.out)).toMatchObject({ status: 'unsolvable', blocks: null });
    expect(cli('solve', path, 'absent', '--json').code).toBe(2);
  });
});

describe('lessons run', () => {
  const path = (): string => write('run.json', pack('lancer', [line('un')]));

  it('prints the outcome, the steps taken and the final pose', () => {
    const program = write('three.json', forward3);
    const { code, out } = cli('run', path(), 'un', program, '--json');
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    expect(json).toMatchObject({
      outcome: { kind: 'success' },
      finalPose: { x: 3, y: 0, heading: 'E' },
      blockCount: 3,
      stepCount: 3,
    });
    expect(json.steps).toEqual([
      {
        index: 1,
        blockId: 'a',
        action: { type: 'forward' },
        outcome: 'ok',
        pose: { x: 1, y: 0, heading: 'E' },
      },
      {
        index: 2,
        blockId: 'b',
        action: { type: 'forward' },
        outcome: 'ok',
        pose: { x: 2, y: 0, heading: 'E' },
      },
      {
        index: 3,
        blockId: 'c',
        action: { type: 'forward' },
        outcome: 'ok',
        pose: { x: 3, y: 0, heading: 'E' },
      },
    ]);
  });

  it('exits 1 and says where a program that stops short ends', () => {
    const short = JSON.parse(JSON.stringify(forward3)) as typeof forward3;
    delete (short.blocks.blocks[0]!.next.block.next as { block?: unknown }).block;
    const program = write('one.json', short);
    const { code, out } = cli('run', path(), 'un', program, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(out)).toMatchObject({
      outcome: { kind: 'not-reached', reason: 'goal' },
      finalPose: { x: 1, y: 0 },
      stepCount: 1,
    });
  });

  it('reports compile diagnostics with block ids instead of running a bad program', () => {
    const loose = {
      blocks: {
        languageVersion: 0,
        blocks: [
          {
            type: 'program_start',
            id: 'start',
            next: { block: { type: 'turn_left', id: 'not-allowed' } },
          },
        ],
      },
    };
    const program = write('loose.json', loose);
    const { code, out } = cli('run', path(), 'un', program, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(out)).toMatchObject({
      outcome: { kind: 'error', code: 'compile' },
      diagnostics: [expect.objectContaining({ code: 'block-not-allowed', blockId: 'not-allowed' })],
    });
  });

  it('exits 2 on a program file that is missing or not JSON', () => {
    const bad = write('bad-program.json', 'not json');
    expect(cli('run', path(), 'un', bad, '--json').code).toBe(2);
    expect(cli('run', path(), 'un', join(folder, 'nope.json')).code).toBe(2);
    expect(cli('run', path()).code).toBe(2);
  });
});

describe('lessons/schema.json', () => {
  it('is the JSON Schema generated from the valibot schema (run `npm run lessons -- schema`)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(packJsonSchemaText());
  });

  it('describes the pack format', () => {
    const schema = JSON.parse(packJsonSchemaText()) as {
      $schema: string;
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.$schema).toMatch(/draft-07/);
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'id', 'levels']));
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['schemaVersion', 'id', 'title', 'description', 'levels']),
    );
  });
});
