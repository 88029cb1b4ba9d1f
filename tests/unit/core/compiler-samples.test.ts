// Golden compiler cases: each folder of tests/samples/compiler holds a Blockly workspace
// (`workspace.json`), optional level limits (`limits.json`; default: every block allowed, no
// maximum) and the expected CompileResult (`expected.json`: IR and diagnostics).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_TYPES } from '../../../src/core/program/block-types';
import type { WorkspaceState } from '../../../src/core/program/blockly-json';
import { compile, type CompileLimits } from '../../../src/core/program/compile';
import type { CompileResult, DiagnosticCode } from '../../../src/core/program/ir';

const root = resolve(import.meta.dirname, '../../samples/compiler');

const ALL_ALLOWED: CompileLimits = {
  toolbox: BLOCK_TYPES.map((type) => ({ type })),
  maxBlocks: null,
};

/** Every diagnostic code; the type below fails to compile when a code is missing here. */
const DIAGNOSTIC_CODES = [
  'no-start-block',
  'unattached-block',
  'empty-input',
  'too-many-blocks',
  'block-limit',
  'block-not-allowed',
  'unknown-block',
  'bad-field',
  'unknown-procedure',
  'duplicate-procedure',
  'recursion',
] as const satisfies readonly DiagnosticCode[];
const everyCodeListed: Exclude<DiagnosticCode, (typeof DIAGNOSTIC_CODES)[number]> extends never
  ? true
  : false = true;

interface Sample {
  readonly name: string;
  readonly workspace: WorkspaceState;
  readonly limits: CompileLimits;
  readonly expected: CompileResult;
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

const samples: Sample[] = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map(({ name }) => {
    const folder = join(root, name);
    const limitsFile = join(folder, 'limits.json');
    return {
      name,
      workspace: readJson<WorkspaceState>(join(folder, 'workspace.json')),
      limits: existsSync(limitsFile) ? readJson<CompileLimits>(limitsFile) : ALL_ALLOWED,
      expected: readJson<CompileResult>(join(folder, 'expected.json')),
    };
  });

describe('compiler golden samples', () => {
  it.each(samples.map((sample) => [sample.name, sample] as const))('%s', (_name, sample) => {
    expect(compile(sample.workspace, sample.limits)).toStrictEqual(sample.expected);
  });

  it('cover every block type', () => {
    const used = new Set(samples.flatMap((sample) => blockTypesIn(sample.workspace)));
    expect(BLOCK_TYPES.filter((type) => !used.has(type))).toEqual([]);
  });

  it('cover every diagnostic code', () => {
    expect(everyCodeListed).toBe(true);
    const found = new Set(
      samples.flatMap((sample) => sample.expected.diagnostics.map((d) => d.code)),
    );
    expect(DIAGNOSTIC_CODES.filter((code) => !found.has(code))).toEqual([]);
  });
});

function blockTypesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(blockTypesIn);
  if (typeof value !== 'object' || value === null) return [];
  const own = 'type' in value && typeof value.type === 'string' ? [value.type] : [];
  return [...own, ...Object.values(value).flatMap(blockTypesIn)];
}
