// The grid world (moves, crashes, items, sensors), the success rules and `simulate`, the
// simulator the lesson player and the solver rely on.

import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/core/run/types';
import { compile } from '../../../src/core/program/compile';
import { GridWorld } from '../../../src/core/world/grid-world';
import { judge } from '../../../src/core/world/rules';
import { simulate } from '../../../src/core/world/simulate';
import {
  atGoal,
  collect,
  forward,
  left,
  levelFromMap,
  not,
  pathAhead,
  program,
  repeat,
  repeatUntil,
  right,
  whileDo,
} from './level-map';

const FORWARD: Action = { type: 'forward' };
const LEFT: Action = { type: 'turn', direction: 'left' };
const RIGHT: Action = { type: 'turn', direction: 'right' };
const COLLECT: Action = { type: 'collect' };

describe('GridWorld moves', () => {
  it('starts at the level start and moves forward in each heading', () => {
    const world = new GridWorld(levelFromMap(['...', '.>.', '...']));
    expect(world.pose).toEqual({ x: 1, y: 1, heading: 'E' });
    expect(world.perform(FORWARD)).toEqual({
      status: 'ok',
      pose: { x: 2, y: 1, heading: 'E' },
      collected: 0,
    });
    world.perform(RIGHT); // S
    world.perform(FORWARD);
    expect(world.pose).toEqual({ x: 2, y: 2, heading: 'S' });
    world.perform(RIGHT); // W
    world.perform(FORWARD);
    expect(world.pose).toEqual({ x: 1, y: 2, heading: 'W' });
    world.perform(RIGHT); // N
    world.perform(FORWARD);
    expect(world.pose).toEqual({ x: 1, y: 1, heading: 'N' });
  });

  it('turns a quarter left and right without moving', () => {
    const world = new GridWorld(levelFromMap(['^']));
    const headings = [LEFT, LEFT, LEFT, LEFT, RIGHT].map(
      (action) => world.perform(action).pose.heading,
    );
    expect(headings).toEqual(['W', 'S', 'E', 'N', 'E']);
    expect(world.pose).toMatchObject({ x: 0, y: 0 });
  });

  it('crashes into a wall and stays in place', () => {
    const world = new GridWorld(levelFromMap(['>#.']));
    expect(world.perform(FORWARD)).toEqual({
      status: 'crash',
      cause: 'wall',
      at: { x: 1, y: 0 },
      pose: { x: 0, y: 0, heading: 'E' },
    });
    expect(world.pose).toEqual({ x: 0, y: 0, heading: 'E' });
  });

  it.each([
    ['^', { x: 0, y: -1 }],
    ['>', { x: 1, y: 0 }],
    ['v', { x: 0, y: 1 }],
    ['<', { x: -1, y: 0 }],
  ])('crashes on the edge when driving off the grid facing %s', (start, at) => {
    const world = new GridWorld(levelFromMap([start]));
    const result = world.perform(FORWARD);
    expect(result).toMatchObject({ status: 'crash', cause: 'edge', at });
    expect(world.pose).toEqual(levelFromMap([start]).start);
  });

  it('predicts an action without changing the world', () => {
    const world = new GridWorld(levelFromMap(['>*#']));
    expect(world.predict(FORWARD)).toMatchObject({ status: 'ok', pose: { x: 1, y: 0 } });
    expect(world.pose).toMatchObject({ x: 0, y: 0 });
    world.perform(FORWARD);
    expect(world.predict(COLLECT)).toMatchObject({ status: 'ok', collected: 1 });
    expect(world.collected).toBe(0);
    expect(world.predict(FORWARD)).toMatchObject({ status: 'crash', cause: 'wall' });
  });

  it('clones into an independent world', () => {
    const world = new GridWorld(levelFromMap(['>*.']));
    world.perform(FORWARD);
    const copy = world.clone();
    copy.perform(COLLECT);
    copy.perform(FORWARD);
    expect(copy.pose).toMatchObject({ x: 2, y: 0 });
    expect(copy.collected).toBe(1);
    expect(world.pose).toMatchObject({ x: 1, y: 0 });
    expect(world.collected).toBe(0);
  });
});

describe('GridWorld items', () => {
  it('collects the item on its square once, and nothing elsewhere', () => {
    const world = new GridWorld(levelFromMap(['>*.*']));
    expect(world.perform(COLLECT)).toEqual({
      status: 'ok',
      pose: { x: 0, y: 0, heading: 'E' },
      collected: 0,
    });
    world.perform(FORWARD);
    expect(world.perform(COLLECT)).toMatchObject({ status: 'ok', collected: 1 });
    expect(world.perform(COLLECT)).toMatchObject({ status: 'ok', collected: 1 });
    expect(world.itemsLeft).toBe(1);
    expect(world.remainingItems()).toEqual([{ x: 3, y: 0 }]);
    world.perform(FORWARD);
    world.perform(FORWARD);
    world.perform(COLLECT);
    expect(world.collected).toBe(2);
    expect(world.itemsLeft).toBe(0);
    expect(world.remainingItems()).toEqual([]);
  });

  it('reports the running item count on every successful action', () => {
    const world = new GridWorld(levelFromMap(['*>.']));
    world.perform(LEFT);
    world.perform(LEFT);
    world.perform(FORWARD);
    world.perform(COLLECT);
    expect(world.perform(RIGHT)).toMatchObject({ collected: 1 });
    world.perform(RIGHT);
    expect(world.perform(FORWARD)).toMatchObject({ status: 'ok', collected: 1 });
  });
});

describe('GridWorld sensors', () => {
  const world = new GridWorld(levelFromMap(['.#.', '.>.', '...'], { kind: 'reach-goal' }));

  it('sees a path to open squares only', () => {
    expect(world.sense({ kind: 'path', direction: 'ahead' })).toBe(true);
    expect(world.sense({ kind: 'path', direction: 'left' })).toBe(false); // wall
    expect(world.sense({ kind: 'path', direction: 'right' })).toBe(true);
  });

  it('sees no path off the grid', () => {
    const corner = new GridWorld(levelFromMap(['^.', '..']));
    expect(corner.sense({ kind: 'path', direction: 'ahead' })).toBe(false);
    expect(corner.sense({ kind: 'path', direction: 'left' })).toBe(false);
    expect(corner.sense({ kind: 'path', direction: 'right' })).toBe(true);
  });

  it('knows when it stands on the goal', () => {
    const line = new GridWorld(levelFromMap(['>G']));
    expect(line.sense({ kind: 'at-goal' })).toBe(false);
    line.perform(FORWARD);
    expect(line.sense({ kind: 'at-goal' })).toBe(true);
    expect(new GridWorld(levelFromMap(['>.'])).sense({ kind: 'at-goal' })).toBe(false);
  });

  it('reads the floor colour under the robot', () => {
    const line = new GridWorld(levelFromMap(['>rgby']));
    const seen = ['red', 'green', 'blue', 'yellow'] as const;
    const readings = [0, 1, 2, 3, 4].map(() => {
      const reading = seen.filter((color) => line.sense({ kind: 'floor', color }));
      line.perform(FORWARD);
      return reading;
    });
    expect(readings).toEqual([[], ['red'], ['green'], ['blue'], ['yellow']]);
  });

  it('knows when every item is collected', () => {
    const line = new GridWorld(levelFromMap(['>*']));
    expect(line.sense({ kind: 'all-collected' })).toBe(false);
    line.perform(FORWARD);
    line.perform(COLLECT);
    expect(line.sense({ kind: 'all-collected' })).toBe(true);
    expect(new GridWorld(levelFromMap(['>'])).sense({ kind: 'all-collected' })).toBe(true);
  });
});

describe('judge', () => {
  function worldAfter(rows: string[], actions: Action[]): GridWorld {
    const world = new GridWorld(levelFromMap(rows));
    for (const action of actions) world.perform(action);
    return world;
  }

  it('reach-goal: succeeds on the goal, else not-reached goal', () => {
    const rule = { kind: 'reach-goal' } as const;
    expect(judge({ rule }, worldAfter(['>G'], [FORWARD]))).toEqual({ kind: 'success' });
    expect(judge({ rule }, worldAfter(['>.G'], [FORWARD]))).toEqual({
      kind: 'not-reached',
      reason: 'goal',
      itemsLeft: 0,
    });
  });

  it('reach-goal with a heading: not-reached facing when on the goal facing elsewhere', () => {
    const rule = { kind: 'reach-goal', facing: 'N' } as const;
    expect(judge({ rule }, worldAfter(['>G'], [FORWARD]))).toEqual({
      kind: 'not-reached',
      reason: 'facing',
      itemsLeft: 0,
    });
    expect(judge({ rule }, worldAfter(['>G'], [FORWARD, LEFT]))).toEqual({ kind: 'success' });
  });

  it('reach-goal ignores items', () => {
    expect(judge({ rule: { kind: 'reach-goal' } }, worldAfter(['>G*'], [FORWARD]))).toEqual({
      kind: 'success',
    });
  });

  it('a level without a goal is never reached', () => {
    expect(judge({ rule: { kind: 'reach-goal' } }, worldAfter(['>.'], [FORWARD]))).toMatchObject({
      kind: 'not-reached',
      reason: 'goal',
    });
  });

  it('collect-all: counts the items left', () => {
    const rule = { kind: 'collect-all' } as const;
    expect(judge({ rule }, worldAfter(['>**'], [FORWARD, COLLECT]))).toEqual({
      kind: 'not-reached',
      reason: 'items',
      itemsLeft: 1,
    });
    expect(judge({ rule }, worldAfter(['>**'], [FORWARD, COLLECT, FORWARD, COLLECT]))).toEqual({
      kind: 'success',
    });
  });

  it('collect-all-then-goal: items first, then the goal and its heading', () => {
    const rule = { kind: 'collect-all-then-goal', facing: 'E' } as const;
    expect(judge({ rule }, worldAfter(['>*G'], [FORWARD, FORWARD]))).toEqual({
      kind: 'not-reached',
      reason: 'items',
      itemsLeft: 1,
    });
    expect(judge({ rule }, worldAfter(['>*G'], [FORWARD, COLLECT]))).toEqual({
      kind: 'not-reached',
      reason: 'goal',
      itemsLeft: 0,
    });
    expect(judge({ rule }, worldAfter(['>*G'], [FORWARD, COLLECT, FORWARD, LEFT]))).toEqual({
      kind: 'not-reached',
      reason: 'facing',
      itemsLeft: 0,
    });
    expect(judge({ rule }, worldAfter(['>*G'], [FORWARD, COLLECT, FORWARD]))).toEqual({
      kind: 'success',
    });
  });
});

describe('simulate', () => {
  const corridor = levelFromMap(['>...G']);

  it('succeeds when the program ends on the goal', () => {
    const result = simulate(corridor, program([repeat('r', 4, [forward('f')])]));
    expect(result.outcome).toEqual({ kind: 'success' });
    expect(result.finalPose).toEqual({ x: 4, y: 0, heading: 'E' });
    expect(result.transcript.map((entry) => entry.blockId)).toEqual(['f', 'f', 'f', 'f']);
    expect(result.ticks).toBe(9);
  });

  it('judges the end of the run, not the squares passed on the way', () => {
    const level = levelFromMap(['>.G..']);
    const result = simulate(level, program([repeat('r', 4, [forward('f')])]));
    expect(result.outcome).toEqual({ kind: 'not-reached', reason: 'goal', itemsLeft: 0 });
  });

  it('reports a wall crash with the square, the block and which move it was', () => {
    const level = levelFromMap(['>..#G']);
    const result = simulate(level, program([forward('a'), forward('b'), forward('c'), left('d')]));
    expect(result.outcome).toEqual({
      kind: 'crash',
      cause: 'wall',
      at: { x: 3, y: 0 },
      blockId: 'c',
      actionIndex: 3,
    });
    expect(result.finalPose).toEqual({ x: 2, y: 0, heading: 'E' });
    expect(result.transcript.at(-1)).toMatchObject({ outcome: 'crash', blockId: 'c', index: 3 });
  });

  it('reports an edge crash', () => {
    const result = simulate(
      levelFromMap(['G.', '^.']),
      program([right('r'), right('r2'), forward('f')]),
    );
    expect(result.outcome).toEqual({
      kind: 'crash',
      cause: 'edge',
      at: { x: 0, y: 2 },
      blockId: 'f',
      actionIndex: 3,
    });
  });

  it('times out on a loop that never ends', () => {
    const result = simulate(corridor, program([whileDo('w', not(atGoal), [left('l')])]), {
      tickBudget: 50,
    });
    expect(result.outcome).toEqual({ kind: 'timeout', ticks: 50 });
  });

  it('collects items and follows the collect rule', () => {
    const level = levelFromMap(['>*.*'], { kind: 'collect-all' });
    const sweep = program([repeat('r', 3, [forward('f')]), collect('c')]);
    expect(simulate(level, sweep).outcome).toEqual({
      kind: 'not-reached',
      reason: 'items',
      itemsLeft: 1,
    });
    const thorough = program([repeatUntil('u', not(pathAhead), [forward('f'), collect('c')])]);
    const result = simulate(level, thorough);
    expect(result.outcome).toEqual({ kind: 'success' });
    expect(result.transcript.filter((entry) => entry.kind === 'action').at(-1)).toMatchObject({
      collected: 2,
    });
  });

  it('runs a compiled workspace end to end', () => {
    const { program: compiled } = compile(
      {
        blocks: {
          blocks: [
            {
              type: 'program_start',
              id: 'start',
              next: {
                block: {
                  type: 'repeat_until_goal',
                  id: 'loop',
                  inputs: {
                    DO: {
                      block: {
                        type: 'if_else_path',
                        id: 'choice',
                        fields: { DIRECTION: 'ahead' },
                        inputs: {
                          DO: { block: { type: 'move_forward', id: 'go' } },
                          ELSE: { block: { type: 'turn_right', id: 'turn' } },
                        },
                      },
                    },
                  },
                },
              },
            },
          ],
        },
      },
      {
        toolbox: [
          { type: 'repeat_until_goal' },
          { type: 'if_else_path' },
          { type: 'move_forward' },
          { type: 'turn_right' },
        ],
        maxBlocks: 4,
      },
    );
    expect(compiled).not.toBeNull();
    if (compiled === null) return;
    const level = levelFromMap(['>..#', '#G.#', '####']);
    const result = simulate(level, compiled);
    expect(result.outcome).toEqual({ kind: 'success' });
    expect(result.finalPose).toEqual({ x: 1, y: 1, heading: 'W' });
    const moves = result.transcript.flatMap((entry) =>
      entry.kind === 'action' ? [entry.blockId] : [],
    );
    expect(moves).toEqual(['go', 'go', 'turn', 'go', 'turn', 'go']);
  });
});
