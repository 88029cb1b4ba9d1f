// Golden interpreter cases: each folder of tests/samples/interpreter holds a level written as in
// a pack file (`level.json`: grid map, toolbox, rule), a Blockly workspace (`workspace.json`)
// and the run worked out by hand (`expected.json`): the outcome, the final pose and the steps,
// one line each —
//   action: "<blockId> <forward|turn-left|turn-right|collect> <ok|crash> <x>,<y>,<heading>"
//           with " items:<n>" once something has been collected;
//   question: "<blockId> ? <at-goal|path ahead|floor red|…> <true|false>".
// A long run gives `stepCount` (actions only) and its `firstSteps` instead of every step.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restorePack } from '../../../src/core/lesson/restore';
import type { Pose } from '../../../src/core/geometry';
import type { WorkspaceState } from '../../../src/core/program/blockly-json';
import { compile } from '../../../src/core/program/compile';
import type { RunOutcome, TranscriptEntry } from '../../../src/core/run/types';
import { simulate } from '../../../src/core/world/simulate';
import { validLevel, validPack } from '../lesson/helpers';

const root = resolve(import.meta.dirname, '../../samples/interpreter');

interface Expected {
  readonly outcome: RunOutcome;
  readonly finalPose: Pose;
  readonly steps?: readonly string[];
  readonly stepCount?: number;
  readonly firstSteps?: readonly string[];
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function stepLine(entry: TranscriptEntry): string {
  if (entry.kind === 'sense') {
    const { query } = entry;
    const what =
      query.kind === 'path'
        ? `path ${query.direction}`
        : query.kind === 'floor'
          ? `floor ${query.color}`
          : query.kind;
    return `${entry.blockId} ? ${what} ${String(entry.result)}`;
  }
  const { action, pose } = entry;
  const name = action.type === 'turn' ? `turn-${action.direction}` : action.type;
  const items = entry.collected > 0 ? ` items:${entry.collected}` : '';
  return `${entry.blockId} ${name} ${entry.outcome} ${pose.x},${pose.y},${pose.heading}${items}`;
}

const samples = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map(({ name }) => ({
    name,
    level: readJson<Record<string, unknown>>(join(root, name, 'level.json')),
    workspace: readJson<WorkspaceState>(join(root, name, 'workspace.json')),
    expected: readJson<Expected>(join(root, name, 'expected.json')),
  }));

describe('interpreter golden samples', () => {
  it.each(samples.map((sample) => [sample.name, sample] as const))('%s', (_name, sample) => {
    const pack = validPack();
    pack.levels = [{ ...validLevel(sample.name), maxBlocks: null, ...sample.level }];
    const restored = restorePack(pack);
    if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
    const level = restored.pack.levels[0]!;
    const compiled = compile(sample.workspace, level);
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const run = simulate(level, compiled.program!);
    const lines = run.transcript.map(stepLine);
    expect(run.outcome).toEqual(sample.expected.outcome);
    expect(run.finalPose).toEqual(sample.expected.finalPose);
    if (sample.expected.steps) {
      expect(lines).toEqual(sample.expected.steps);
    } else {
      const { stepCount, firstSteps = [] } = sample.expected;
      expect(run.transcript.filter((entry) => entry.kind === 'action')).toHaveLength(stepCount!);
      expect(lines.slice(0, firstSteps.length)).toEqual(firstSteps);
    }
  });

  it('cover every outcome', () => {
    const kinds = new Set(samples.map((sample) => sample.expected.outcome.kind));
    // 'error' comes from a robot that gives up (or a hand-built recursive program): see
    // interpreter.test.ts; a compiled program in the simulator never ends that way.
    expect([...kinds].sort()).toEqual(['crash', 'not-reached', 'success', 'timeout']);
  });
});
