// The solver on hand-made levels whose optimal block counts are worked out in the comments,
// its honest answers ('unsolvable' within maxBlocks, 'unknown' when its budget runs out), and
// the level check built on it. Every solution it returns is replayed through the real compiler
// and simulator here, independently of the solver's own replay.

import { describe, expect, it } from 'vitest';
import { restorePack } from '../../../src/core/lesson/restore';
import type { Level } from '../../../src/core/lesson/types';
import type { SerializedBlock, WorkspaceState } from '../../../src/core/program/blockly-json';
import { compile } from '../../../src/core/program/compile';
import { checkLevelSolution } from '../../../src/core/solver/check';
import { pieceTickBudget, replay, solve, solves } from '../../../src/core/solver/solve';
import { DEFAULT_TICK_BUDGET } from '../../../src/core/run/types';
import { simulate } from '../../../src/core/world/simulate';
import { chainWorkspace, validLevel, validPack } from '../lesson/helpers';

/** A level restored from pack-file fields, as the CLI would read it. */
function levelOf(fields: Record<string, unknown>): Level {
  const pack = validPack();
  pack.levels = [{ ...validLevel('essai'), hints: [], ...fields }];
  const restored = restorePack(pack);
  if (!restored.ok) throw new Error(JSON.stringify(restored.errors));
  return restored.pack.levels[0]!;
}

/** Compiles and runs a workspace on the level, without going through the solver's code. */
function outcomeOf(level: Level, workspace: WorkspaceState): { kind: string; blocks: number } {
  const compiled = compile(workspace, { toolbox: level.toolbox, maxBlocks: level.maxBlocks });
  if (!compiled.program) return { kind: 'compile-error', blocks: -1 };
  const run = simulate(level, compiled.program);
  return { kind: run.outcome.kind, blocks: compiled.program.blockCount };
}

const SPIRAL = {
  grid: ['>...', '###.', 'G#..', '....'],
  toolbox: ['move_forward', 'turn_right', 'repeat_until_goal', 'if_else_path'],
  maxBlocks: 12,
};

const KNOWN_OPTIMA: readonly [string, Record<string, unknown>, number, RegExp][] = [
  // Three squares to go, one block per square.
  ['a straight line', { grid: ['>..G'], toolbox: ['move_forward'], maxBlocks: 5 }, 3, /^F F F$/],
  // Five forwards, or a loop of one forward: 2 blocks; one block cannot reach.
  [
    'a line with a loop',
    { grid: ['>....G'], toolbox: ['move_forward', 'repeat_times'], maxBlocks: 6 },
    2,
    /^repeat 5 \{ F \}$/,
  ],
  // Two forwards, a right turn, two forwards; no loop in the toolbox.
  [
    'one turn',
    {
      grid: ['>..', '##.', '##G'],
      toolbox: ['move_forward', 'turn_left', 'turn_right'],
      maxBlocks: 6,
    },
    5,
    /^F F R F F$/,
  ],
  // The path is F R F L three times, then F R F: a loop of F R F L (5 blocks). Four blocks
  // cannot do it: a loop body of 3 repeats with period 3, one of 2 with period 2, and the
  // path's moves repeat with period 4.
  [
    'a staircase',
    {
      grid: ['>.##', '#..#', '##..', '###G'],
      toolbox: ['move_forward', 'turn_left', 'turn_right', 'repeat_times'],
      maxBlocks: 8,
    },
    5,
    /^repeat 3 \{ F R F L \}$/,
  ],
  // Collect both items: F C F C is 4 blocks; a loop of F C twice is 3.
  [
    'collecting',
    {
      grid: ['>**'],
      rule: { kind: 'collect-all' },
      toolbox: ['move_forward', 'collect', 'repeat_times'],
      maxBlocks: 6,
    },
    3,
    /^repeat 2 \{ F C \}$/,
  ],
];

describe('solve on levels with known optimal counts', () => {
  it.each(KNOWN_OPTIMA)('finds the optimum of %s', (_name, fields, optimal, text) => {
    const level = levelOf(fields);
    const result = solve(level);
    expect(result.status).toBe('solved');
    if (result.status !== 'solved') return;
    expect(result.blocks).toBe(optimal);
    expect(result.text).toMatch(text);
    expect(outcomeOf(level, result.workspace)).toEqual({ kind: 'success', blocks: optimal });
  });

  it('follows a winding corridor with a loop and a condition, in 4 blocks', () => {
    // Runs of 3, 3, 3 and 1 squares, turning right at each end of the corridor: a sequence
    // needs 13 blocks and there is no fixed loop in the toolbox. "Until the goal: if there is a
    // path ahead, forward, else turn right" is 4.
    const level = levelOf(SPIRAL);
    const result = solve(level);
    expect(result.status).toBe('solved');
    if (result.status !== 'solved') return;
    expect(result.blocks).toBe(4);
    expect(outcomeOf(level, result.workspace)).toEqual({ kind: 'success', blocks: 4 });
  });

  it('uses a procedure when it saves blocks, and the program still replays', () => {
    // The path is F F R F F L, F F R F F L, F F R F: 16 blocks written out. Defining
    // A = F F R F (5 blocks) and running A F L A F L A (7) makes 12.
    const level = levelOf({
      grid: ['>..####', '##.####', '##...##', '####.##', '####...', '######G'],
      toolbox: ['move_forward', 'turn_left', 'turn_right', 'procedure_define', 'procedure_call'],
      maxBlocks: 16,
    });
    const result = solve(level);
    expect(result.status).toBe('solved');
    if (result.status !== 'solved') return;
    expect(result.blocks).toBeLessThanOrEqual(12);
    expect(result.candidate.procedures.A).toBeDefined();
    expect(outcomeOf(level, result.workspace)).toEqual({ kind: 'success', blocks: result.blocks });
  });

  it('never uses more of a block than its toolbox limit', () => {
    // Without the limit, repeat 5 { F } (2 blocks); with at most 3 forwards and no loop, the
    // goal five squares away cannot be reached.
    const limited = levelOf({
      grid: ['>....G'],
      toolbox: [{ type: 'move_forward', limit: 3 }],
      maxBlocks: 8,
    });
    expect(solve(limited).status).toBe('unsolvable');
  });
});

describe('solve answers honestly when it finds nothing', () => {
  it('says unsolvable when the goal is out of reach within maxBlocks', () => {
    const level = levelOf({ grid: ['>....G'], toolbox: ['move_forward'], maxBlocks: 4 });
    const result = solve(level);
    expect(result.status).toBe('unsolvable');
    expect(result.stats.bound).toBe(4);
  });

  it('says unsolvable when walls shut the goal away', () => {
    const level = levelOf({
      grid: ['>.#G', '..#.'],
      toolbox: ['move_forward', 'turn_left', 'turn_right', 'repeat_times'],
      maxBlocks: 6,
    });
    expect(solve(level).status).toBe('unsolvable');
  });

  it('says unknown, not unsolvable, when its budget of runs is spent', () => {
    const level = levelOf(SPIRAL);
    const starved = solve(level, { budget: 5 });
    expect(starved.status).toBe('unknown');
    expect(starved.stats.runs).toBeGreaterThan(5);
    expect(solve(level).status).toBe('solved');
  });

  it('says unknown when its budget of program pieces is spent', () => {
    const level = levelOf(SPIRAL);
    expect(solve(level, { pieceBudget: 3 }).status).toBe('unknown');
  });

  it('gives each run of a piece a bounded tick budget, never more than a pupil run gets', () => {
    expect(pieceTickBudget(4, 0)).toBeLessThan(DEFAULT_TICK_BUDGET);
    expect(pieceTickBudget(400, 20)).toBe(DEFAULT_TICK_BUDGET);
    expect(pieceTickBudget(9, 1)).toBeGreaterThan(pieceTickBudget(9, 0));
  });
});

describe('replay and solves', () => {
  const level = levelOf({ grid: ['>..G'], toolbox: ['move_forward'], maxBlocks: 5 });
  const chain = (count: number): WorkspaceState => {
    let next: SerializedBlock | undefined;
    for (let index = count; index >= 1; index -= 1)
      next = { type: 'move_forward', id: `f${index}`, ...(next ? { next: { block: next } } : {}) };
    return {
      blocks: {
        languageVersion: 0,
        blocks: [
          { type: 'program_start', id: 'start', ...(next ? { next: { block: next } } : {}) },
        ],
      },
    };
  };

  it('tells a solving program from one that stops short or crashes', () => {
    expect(solves(level, chain(3))).toBe(true);
    expect(solves(level, chain(2))).toBe(false);
    const crash = replay(level, chain(4));
    expect(crash.kind === 'ran' && crash.run.outcome.kind).toBe('crash');
  });

  it('reports compile errors instead of running a program over the limit', () => {
    const result = replay(level, chain(6));
    expect(result.kind).toBe('compile-error');
    expect(solves(level, chain(6))).toBe(false);
  });
});

describe('checkLevelSolution', () => {
  it('reports a solvable level with its optimum and locales, and no problem', () => {
    const report = checkLevelSolution(
      levelOf({ grid: ['>..G'], toolbox: ['move_forward'], maxBlocks: 5 }),
      0,
    );
    expect(report).toMatchObject({
      id: 'essai',
      solvable: true,
      optimalBlocks: 3,
      maxBlocks: 5,
      locales: ['fr', 'en'],
      problems: [],
    });
  });

  it('fails a level that cannot be solved within its maxBlocks', () => {
    const report = checkLevelSolution(
      levelOf({ grid: ['>....G'], toolbox: ['move_forward'], maxBlocks: 4 }),
      2,
    );
    expect(report.solvable).toBe(false);
    expect(report.problems).toEqual([
      { code: 'unsolvable', path: '/levels/2', data: { id: 'essai', max: 4 } },
    ]);
  });

  it('fails a level whose starting program already solves it', () => {
    const startBlocks = chainWorkspace(3);
    const report = checkLevelSolution(
      levelOf({ grid: ['>..G'], toolbox: ['move_forward'], maxBlocks: 5, startBlocks }),
      1,
    );
    expect(report.solvable).toBe(true);
    expect(report.problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['start-solves', '/levels/1/startBlocks'],
    ]);
  });

  it('says unknown when the budget runs out, as a problem to fix', () => {
    const report = checkLevelSolution(levelOf(SPIRAL), 0, { budget: 5 });
    expect(report.solvable).toBe('unknown');
    expect(report.optimalBlocks).toBeNull();
    expect(report.problems.map((problem) => problem.code)).toEqual(['unknown']);
  });

  it('flags a declared optimum or three-star threshold the solver disproves', () => {
    const report = checkLevelSolution(
      levelOf({
        grid: ['>..G'],
        toolbox: ['move_forward'],
        maxBlocks: 5,
        optimalBlocks: 4,
        stars: { three: 2, two: 4 },
      }),
      0,
    );
    expect(report.problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['optimal-mismatch', '/levels/0/optimalBlocks'],
      ['stars-below-optimal', '/levels/0/stars'],
    ]);
  });

  it('flags a level with a text missing its English translation', () => {
    const report = checkLevelSolution(
      levelOf({
        grid: ['>..G'],
        toolbox: ['move_forward'],
        maxBlocks: 5,
        title: { fr: 'Avancer' },
      }),
      0,
    );
    expect(report.locales).toEqual(['fr']);
    expect(report.problems).toEqual([
      { code: 'missing-locale', path: '/levels/0', data: { id: 'essai', locale: 'en' } },
    ]);
  });
});
