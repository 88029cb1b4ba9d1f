// Fuzzing `restore` with thousands of broken packs made from a valid one by a seeded generator
// (deterministic: the same packs every run). Whatever comes in, restore never throws, every
// error carries a JSON pointer into the file and a message in both languages; breaking a
// required field in a way no schema accepts always yields an error at that field.

import { describe, expect, it } from 'vitest';
import { restorePack, restorePackText, type RestoreIssue } from '../../../src/core/lesson/restore';
import { describeIssueMessage } from '../../../src/messages/lesson-issues';
import { translator } from '../../../src/messages/format';
import { validPack } from './helpers';

/** mulberry32: a small seeded PRNG, so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Path = (string | number)[];

/** Every path to a value inside a JSON tree, the root included. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  const paths: Path[] = [path];
  if (Array.isArray(value))
    value.forEach((item, index) => paths.push(...pathsOf(item, [...path, index])));
  else if (typeof value === 'object' && value !== null)
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...path, key]));
  return paths;
}

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], root);
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  if (value === DELETE) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key];
  } else parent[key] = value;
  return root;
}

const DELETE = Symbol('delete');

/** Values that are wrong almost anywhere in a pack. */
function junk(next: () => number): unknown {
  const choices: (() => unknown)[] = [
    () => null,
    () => DELETE,
    () => -1,
    () => 0,
    () => 1.5,
    () => 1e9,
    () => true,
    () => '',
    () => 'x'.repeat(Math.floor(next() * 5_000)),
    () => 'warp_drive',
    () => '<img src=x onerror=alert(1)>',
    () => [],
    () => [null, 7, 'a'],
    () => ({}),
    () => ({ fr: 42 }),
    () => ({ x: -3, y: 99, heading: 'Q' }),
    () => Array.from({ length: Math.floor(next() * 300) }, () => '#'.repeat(40)),
    () => ({ type: 'repeat_times', inputs: { DO: { block: { type: 'nope' } } } }),
    () => ({ kind: 'fly-away' }),
    () => ['move_forward', 'move_forward'],
  ];
  return choices[Math.floor(next() * choices.length)]!();
}

/** A pack broken by one to four random changes. */
function mutant(seed: number): unknown {
  const next = random(seed);
  let pack: unknown = validPack();
  const changes = 1 + Math.floor(next() * 4);
  for (let change = 0; change < changes; change += 1) {
    const paths = pathsOf(pack);
    const path = paths[Math.floor(next() * paths.length)]!;
    const value = junk(next);
    pack = setAt(pack, path, path.length === 0 && value === DELETE ? null : value);
  }
  return pack;
}

/** What is wrong with a list of issues, if anything: a bad pointer or a missing message. */
function malformed(issues: readonly RestoreIssue[]): string[] {
  const problems: string[] = [];
  for (const issue of issues) {
    if (issue.path !== '' && !issue.path.startsWith('/')) problems.push(`bad path ${issue.path}`);
    for (const locale of ['fr', 'en'] as const) {
      const message = describeIssueMessage(issue, translator(locale));
      // A message that fell back to the bare code means the catalogue misses this issue.
      if (message === issue.code || message.length === 0)
        problems.push(`no ${locale} message for ${issue.code} ${JSON.stringify(issue.data)}`);
    }
  }
  return problems;
}

const COUNT = 3000;

describe('restore fuzzed with broken packs', () => {
  it(`never throws and explains every error, on ${COUNT} mutants`, () => {
    let rejected = 0;
    const failures: string[] = [];
    for (let seed = 1; seed <= COUNT; seed += 1) {
      let result: ReturnType<typeof restorePack>;
      try {
        result = restorePack(mutant(seed));
      } catch (error) {
        failures.push(`seed ${seed} threw ${String(error)}`);
        continue;
      }
      if (!result.ok) {
        rejected += 1;
        if (result.errors.length === 0) failures.push(`seed ${seed}: rejected with no error`);
      }
      const issues = result.ok ? result.warnings : result.errors;
      failures.push(...malformed(issues).map((problem) => `seed ${seed}: ${problem}`));
    }
    expect(failures).toEqual([]);
    // Most random changes break a pack; a few (a hint deleted, a tag changed) do not.
    expect(rejected).toBeGreaterThan(COUNT * 0.6);
  });

  it('always reports a required field given a type nothing accepts, at that field', () => {
    const next = random(42);
    const required: Path[] = [
      ['schemaVersion'],
      ['id'],
      ['levels'],
      ['levels', 0, 'id'],
      ['levels', 0, 'grid'],
      ['levels', 0, 'toolbox'],
      ['levels', 1, 'title'],
      ['levels', 1, 'instructions'],
    ];
    const hostile = [true, { nested: [1, 2] }, 3.25];
    for (let round = 0; round < 200; round += 1) {
      const path = required[Math.floor(next() * required.length)]!;
      const value = hostile[Math.floor(next() * hostile.length)];
      const result = restorePack(setAt(validPack(), path, value));
      expect(result.ok, `${path.join('/')} = ${JSON.stringify(value)}`).toBe(false);
      if (result.ok) continue;
      const pointer = `/${path.join('/')}`;
      expect(
        result.errors.some((issue) => issue.path.startsWith(pointer)),
        `${pointer}: ${JSON.stringify(result.errors)}`,
      ).toBe(true);
    }
  });

  it('never throws on truncated or corrupted text', () => {
    const text = JSON.stringify(validPack());
    const next = random(7);
    for (let round = 0; round < 1000; round += 1) {
      const cut = Math.floor(next() * text.length);
      const corrupted =
        round % 2 === 0
          ? text.slice(0, cut)
          : text.slice(0, cut) +
            String.fromCharCode(Math.floor(next() * 128)) +
            text.slice(cut + 1);
      let result: ReturnType<typeof restorePackText> | undefined;
      expect(() => {
        result = restorePackText(corrupted);
      }).not.toThrow();
      if (!result!.ok) expect(malformed(result!.errors)).toEqual([]);
    }
  });
});
