// Measurement 4: the core's compile + simulate of a generated 500-block program (Blockly's JSON
// serialization, as the workspace saves it) against a floor that only parses the same JSON and
// walks its blocks; and the solver's time on every shipped level. Runs in Node (the core is pure
// TypeScript). Bench-only code.
import type { SerializedBlock, WorkspaceState } from '../../src/core/program/blockly-json';
import type { Level } from '../../src/core/lesson/types';
import { compile } from '../../src/core/program/compile';
import { simulate } from '../../src/core/world/simulate';
import { metric, type Metric } from '../lib/results';
import { median, round, sample, summarize } from '../lib/stats';

let nextId = 0;
const id = (): string => `b${(nextId++).toString(36)}`;

function block(type: string, extra: Partial<SerializedBlock> = {}): SerializedBlock {
  return { type, id: id(), ...extra };
}

/** Chains statements through `next`, as Blockly serializes a stack. */
function chain(blocks: SerializedBlock[]): SerializedBlock | undefined {
  for (let i = blocks.length - 2; i >= 0; i--)
    blocks[i] = { ...blocks[i]!, next: { block: blocks[i + 1]! } };
  return blocks[0];
}

/**
 * Six blocks that leave the robot where they found it on a 2×1 grid facing east: forward,
 * repeat 2 × turn left, forward, turn right, turn right.
 */
function unitA(): SerializedBlock[] {
  return [
    block('move_forward'),
    block('repeat_times', {
      fields: { TIMES: 2 },
      inputs: { DO: { block: block('turn_left') } },
    }),
    block('move_forward'),
    block('turn_right'),
    block('turn_right'),
  ];
}

/** Eight blocks, same round trip through a sensor: if path ahead forward else turn left, … */
function unitB(): SerializedBlock[] {
  return [
    block('if_else_path', {
      fields: { DIRECTION: 'ahead' },
      inputs: {
        DO: { block: block('move_forward') },
        ELSE: { block: block('turn_left') },
      },
    }),
    block('repeat_times', { fields: { TIMES: 2 }, inputs: { DO: { block: block('turn_right') } } }),
    block('move_forward'),
    block('repeat_times', { fields: { TIMES: 2 }, inputs: { DO: { block: block('turn_left') } } }),
  ];
}

/** A program of exactly `blocks` blocks (start block excluded): 50 × A + 25 × B for 500. */
export function generateProgram(): WorkspaceState {
  nextId = 0;
  const stack: SerializedBlock[] = [];
  for (let i = 0; i < 25; i++) stack.push(...unitA(), ...unitB(), ...unitA());
  const start = block('program_start', { x: 20, y: 20, next: { block: chain(stack)! } });
  return { blocks: { languageVersion: 0, blocks: [start] } };
}

/** The world the program runs in: 2×1, no walls, start and goal on the left square. */
export const BENCH_LEVEL: Pick<
  Level,
  'grid' | 'start' | 'goal' | 'rule' | 'toolbox' | 'maxBlocks'
> = {
  grid: { width: 2, height: 1, walls: [], floor: [], items: [] },
  start: { x: 0, y: 0, heading: 'E' },
  goal: { x: 0, y: 0 },
  rule: { kind: 'reach-goal' },
  toolbox: [
    { type: 'move_forward' },
    { type: 'turn_left' },
    { type: 'turn_right' },
    { type: 'repeat_times' },
    { type: 'if_else_path' },
  ],
  maxBlocks: null,
};

/** The floor: what any consumer of the JSON pays — parse it and visit every block once. */
function walk(block: SerializedBlock | undefined): number {
  let count = 0;
  for (let b = block; b; b = b.next?.block) {
    count += 1;
    for (const input of Object.values(b.inputs ?? {})) count += walk(input.block);
  }
  return count;
}

export function countBlocks(state: WorkspaceState): number {
  return (state.blocks?.blocks ?? []).reduce((sum, b) => sum + walk(b), 0) - 1;
}

export async function measureCompute(): Promise<{ metrics: Metric[]; details: unknown }> {
  const state = generateProgram();
  const text = JSON.stringify(state);
  const blocks = countBlocks(state);
  if (blocks !== 500) throw new Error(`generated program has ${blocks} blocks, not 500`);

  const compileAndRun = () => {
    const result = compile(JSON.parse(text) as WorkspaceState, BENCH_LEVEL);
    if (!result.program)
      throw new Error(
        `500-block program does not compile: ${JSON.stringify(result.diagnostics[0])}`,
      );
    return simulate(BENCH_LEVEL, result.program);
  };
  const check = compileAndRun();
  if (check.outcome.kind !== 'success')
    throw new Error(`500-block program should succeed, got ${JSON.stringify(check.outcome)}`);
  let sink = 0;
  const floorRun = () => {
    sink += walk((JSON.parse(text) as WorkspaceState).blocks?.blocks?.[0]);
  };
  const product: number[] = [];
  const floor: number[] = [];
  // Interleaved rounds so a busy neighbour process hits both alike.
  for (let round = 0; round < 10; round++) {
    product.push(...(await sample(30, round === 0 ? 30 : 3, compileAndRun)));
    floor.push(...(await sample(30, round === 0 ? 30 : 3, floorRun)));
  }
  if (sink === 0) throw new Error('floor walk visited nothing');

  return {
    metrics: [
      metric(
        'compute.program500',
        'compile + simulate, 500 blocks (JSON text in)',
        median(product),
        'ms',
        {
          floor: median(floor),
          note: `${check.transcript.length} transcript steps, ${(text.length / 1000).toFixed(0)} kB JSON; floor = JSON.parse + walk`,
        },
      ),
    ],
    details: {
      jsonBytes: text.length,
      transcriptSteps: check.transcript.length,
      ticks: check.ticks,
      product: summarize(product),
      floor: summarize(floor),
      productSamplesHead: product.slice(0, 20).map((v) => round(v, 3)),
    },
  };
}
