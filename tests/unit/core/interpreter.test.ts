// The interpreter: every statement kind, the tick budget, the transcript, stopping at the first
// crash or body error, and the async driver with its abort signal. Bodies here are the grid
// world or small scripted fakes; nothing waits on a clock.

import { describe, expect, it } from 'vitest';
import type { Pose } from '../../../src/core/geometry';
import type { SensorQuery } from '../../../src/core/program/ir';
import {
  MAX_CALL_DEPTH,
  interpret,
  runAsync,
  runSync,
  type ExecutionResult,
} from '../../../src/core/run/interpreter';
import {
  DEFAULT_TICK_BUDGET,
  type Action,
  type ActionResult,
  type AsyncBody,
  type Body,
} from '../../../src/core/run/types';
import { GridWorld } from '../../../src/core/world/grid-world';
import {
  allCollected,
  atGoal,
  call,
  collect,
  floorIs,
  forward,
  ifThen,
  left,
  levelFromMap,
  not,
  pathAhead,
  pathLeft,
  pathRight,
  program,
  repeat,
  repeatUntil,
  right,
  whileDo,
} from './level-map';

/** A grid world that also remembers what it was asked, in order. */
class RecordingWorld implements Body {
  readonly log: string[] = [];
  readonly world: GridWorld;

  constructor(rows: string[]) {
    this.world = new GridWorld(levelFromMap(rows));
  }

  get pose(): Pose {
    return this.world.pose;
  }

  perform(action: Action): ActionResult {
    this.log.push(action.type === 'turn' ? `turn ${action.direction}` : action.type);
    return this.world.perform(action);
  }

  sense(query: SensorQuery): boolean {
    const answer = this.world.sense(query);
    this.log.push(`${query.kind}${'direction' in query ? ` ${query.direction}` : ''}?${answer}`);
    return answer;
  }
}

/** The same world behind promises, as a robot bridge would answer. */
class AsyncWorld implements AsyncBody {
  readonly world: GridWorld;
  performed = 0;

  constructor(
    rows: string[],
    private readonly failAt: { action: number; failure: () => Promise<ActionResult> } | null = null,
  ) {
    this.world = new GridWorld(levelFromMap(rows));
  }

  get pose(): Pose {
    return this.world.pose;
  }

  perform(action: Action): Promise<ActionResult> {
    this.performed += 1;
    if (this.failAt?.action === this.performed) return this.failAt.failure();
    return Promise.resolve(this.world.perform(action));
  }

  sense(query: SensorQuery): Promise<boolean> {
    return Promise.resolve(this.world.sense(query));
  }
}

function actionsOf(result: ExecutionResult): string[] {
  return result.transcript.flatMap((entry) => (entry.kind === 'action' ? [entry.blockId] : []));
}

describe('statements', () => {
  it('moves, turns and collects in order', () => {
    const body = new RecordingWorld(['>*.']);
    const result = runSync(
      program([forward('f'), collect('c'), left('l'), right('r'), right('r2')]),
      body,
    );
    expect(body.log).toEqual(['forward', 'collect', 'turn left', 'turn right', 'turn right']);
    expect(result.outcome).toBeUndefined();
    expect(result.finalPose).toEqual({ x: 1, y: 0, heading: 'S' });
  });

  it('repeats a body the given number of times', () => {
    const body = new RecordingWorld(['>....']);
    runSync(program([repeat('r', 3, [forward('f')]), left('l')]), body);
    expect(body.log).toEqual(['forward', 'forward', 'forward', 'turn left']);
  });

  it('repeat-until checks before each pass, including the first', () => {
    const body = new RecordingWorld(['>.G']);
    runSync(program([repeatUntil('u', atGoal, [forward('f')])]), body);
    expect(body.log).toEqual([
      'at-goal?false',
      'forward',
      'at-goal?false',
      'forward',
      'at-goal?true',
    ]);

    const onGoal = new RecordingWorld(['>G']);
    onGoal.world.perform({ type: 'forward' });
    runSync(program([repeatUntil('u', atGoal, [forward('f')])]), onGoal);
    expect(onGoal.log).toEqual(['at-goal?true']);
  });

  it('while runs as long as its condition holds', () => {
    const body = new RecordingWorld(['>..#']);
    runSync(program([whileDo('w', pathAhead, [forward('f')])]), body);
    expect(body.log).toEqual([
      'path ahead?true',
      'forward',
      'path ahead?true',
      'forward',
      'path ahead?false',
    ]);
  });

  it('if runs its branch only when the condition holds', () => {
    const body = new RecordingWorld(['.#.', '.>.', '...']);
    runSync(
      program([ifThen('a', pathLeft, [left('l')]), ifThen('b', pathRight, [right('r')])]),
      body,
    );
    expect(body.log).toEqual(['path left?false', 'path right?true', 'turn right']);
  });

  it('if-else takes one branch or the other', () => {
    const choose = ifThen('i', floorIs('red'), [left('then')], [right('else')]);
    const red = new RecordingWorld(['>r']);
    runSync(program([choose, left('back'), forward('f'), choose]), red);
    expect(red.log).toEqual([
      'floor?false',
      'turn right',
      'turn left',
      'forward',
      'floor?true',
      'turn left',
    ]);
  });

  it('negates a condition without asking twice', () => {
    const body = new RecordingWorld(['>*']);
    runSync(
      program([repeatUntil('u', not(not(allCollected)), [forward('f'), collect('c')])]),
      body,
    );
    expect(body.log).toEqual(['all-collected?false', 'forward', 'collect', 'all-collected?true']);
  });

  it('calls procedures, nested ones included', () => {
    const body = new RecordingWorld(['>....']);
    const result = runSync(
      program([call('m', 'B'), left('l')], {
        A: [forward('a1')],
        B: [call('b1', 'A'), call('b2', 'A'), right('b3')],
      }),
      body,
    );
    expect(actionsOf(result)).toEqual(['a1', 'a1', 'b3', 'l']);
  });

  it('stops with a compile error on a call to a missing procedure', () => {
    const result = runSync(program([forward('f'), call('c', 'C')]), new RecordingWorld(['>..']));
    expect(result.outcome).toEqual({ kind: 'error', code: 'compile', blockId: 'c' });
    expect(actionsOf(result)).toEqual(['f']);
  });

  it('stops runaway recursion in a hand-built program instead of overflowing', () => {
    const result = runSync(
      program([call('m', 'A')], { A: [left('l'), call('again', 'A')] }),
      new RecordingWorld(['>']),
    );
    expect(result.outcome).toEqual({ kind: 'error', code: 'compile', blockId: 'again' });
    expect(result.transcript).toHaveLength(MAX_CALL_DEPTH);
  });
});

describe('stopping', () => {
  it('stops at the first crash and performs nothing after it', () => {
    const body = new RecordingWorld(['>#']);
    const result = runSync(program([forward('f'), left('l')]), body);
    expect(body.log).toEqual(['forward']);
    expect(result.outcome).toEqual({
      kind: 'crash',
      cause: 'wall',
      at: { x: 1, y: 0 },
      blockId: 'f',
      actionIndex: 1,
    });
  });

  it('stops at an error reported by the body, leaving the action out of the transcript', () => {
    const world = new GridWorld(levelFromMap(['>...']));
    let moves = 0;
    const flaky: Body = {
      get pose() {
        return world.pose;
      },
      perform: (action) =>
        ++moves === 2
          ? { status: 'error', code: 'disconnected', pose: world.pose }
          : world.perform(action),
      sense: (query) => world.sense(query),
    };
    const result = runSync(program([repeat('r', 3, [forward('f')])]), flaky);
    expect(result.outcome).toEqual({ kind: 'error', code: 'disconnected', blockId: 'f' });
    expect(result.transcript).toHaveLength(1);
    expect(result.finalPose).toEqual({ x: 1, y: 0, heading: 'E' });
  });
});

describe('tick budget', () => {
  it('charges a tick per statement and per loop pass', () => {
    const body = new RecordingWorld(['>....']);
    // repeat (1) + 2 × [pass (1) + forward (1) + if (1) + right (1) + left (1)] = 11
    const result = runSync(
      program([repeat('r', 2, [forward('f'), ifThen('i', pathAhead, [right('r'), left('l')])])]),
      body,
    );
    expect(actionsOf(result)).toEqual(['f', 'r', 'l', 'f', 'r', 'l']);
    expect(result.ticks).toBe(11);
    expect(result.outcome).toBeUndefined();
  });

  it('ends an infinite empty loop as timeout with the default budget', () => {
    const result = runSync(program([whileDo('w', not(atGoal), [])]), new RecordingWorld(['>.']));
    expect(result.outcome).toEqual({ kind: 'timeout', ticks: DEFAULT_TICK_BUDGET });
    expect(result.ticks).toBe(DEFAULT_TICK_BUDGET);
  });

  it('ends a loop of turns as timeout with a custom budget', () => {
    const body = new RecordingWorld(['>.']);
    const result = runSync(program([repeatUntil('u', atGoal, [left('l')])]), body, {
      tickBudget: 7,
    });
    // 1 (repeat-until) + 3 × [pass + turn] = 7; the 4th pass has no tick left.
    expect(result.outcome).toEqual({ kind: 'timeout', ticks: 7 });
    expect(actionsOf(result)).toEqual(['l', 'l', 'l']);
  });

  it('lets a program that needs exactly the budget finish', () => {
    const run = (tickBudget: number) =>
      runSync(program([repeat('r', 2, [left('l')])]), new RecordingWorld(['>']), { tickBudget });
    expect(run(5).outcome).toBeUndefined();
    expect(run(4).outcome).toEqual({ kind: 'timeout', ticks: 4 });
  });
});

describe('transcript', () => {
  it('records each action and each question with its block, pose and counts', () => {
    const result = runSync(
      program([forward('f1'), collect('c'), ifThen('i', pathAhead, [forward('f2')]), left('l')]),
      new RecordingWorld(['>*.']),
    );
    expect(result.transcript).toEqual([
      {
        kind: 'action',
        blockId: 'f1',
        action: { type: 'forward' },
        outcome: 'ok',
        pose: { x: 1, y: 0, heading: 'E' },
        index: 1,
        collected: 0,
      },
      {
        kind: 'action',
        blockId: 'c',
        action: { type: 'collect' },
        outcome: 'ok',
        pose: { x: 1, y: 0, heading: 'E' },
        index: 2,
        collected: 1,
      },
      {
        kind: 'sense',
        blockId: 'i',
        query: { kind: 'path', direction: 'ahead' },
        result: true,
        pose: { x: 1, y: 0, heading: 'E' },
      },
      {
        kind: 'action',
        blockId: 'f2',
        action: { type: 'forward' },
        outcome: 'ok',
        pose: { x: 2, y: 0, heading: 'E' },
        index: 3,
        collected: 1,
      },
      {
        kind: 'action',
        blockId: 'l',
        action: { type: 'turn', direction: 'left' },
        outcome: 'ok',
        pose: { x: 2, y: 0, heading: 'N' },
        index: 4,
        collected: 1,
      },
    ]);
  });

  it('records a crash as the last entry', () => {
    const result = runSync(program([forward('a'), forward('b')]), new RecordingWorld(['>.']));
    expect(result.transcript.at(-1)).toEqual({
      kind: 'action',
      blockId: 'b',
      action: { type: 'forward' },
      outcome: 'crash',
      pose: { x: 1, y: 0, heading: 'E' },
      index: 2,
      collected: 0,
    });
  });

  it('is the same on every run', () => {
    const maze = program([
      repeatUntil('u', atGoal, [ifThen('i', pathAhead, [forward('f')], [right('r')])]),
    ]);
    const rows = ['>..#', '#G.#', '####'];
    expect(runSync(maze, new RecordingWorld(rows))).toEqual(
      runSync(maze, new RecordingWorld(rows)),
    );
  });
});

describe('interpret, stepped by hand', () => {
  it('yields one request per action or question, with its block', () => {
    const steps = interpret(program([ifThen('i', pathAhead, [forward('f')])]), {
      x: 0,
      y: 0,
      heading: 'E',
    });
    expect(steps.next().value).toEqual({
      kind: 'sense',
      query: { kind: 'path', direction: 'ahead' },
      blockId: 'i',
    });
    expect(steps.next(true).value).toEqual({
      kind: 'act',
      action: { type: 'forward' },
      blockId: 'f',
    });
    const end = steps.next({ status: 'ok', pose: { x: 1, y: 0, heading: 'E' } });
    expect(end.done).toBe(true);
    expect(end.value).toMatchObject({ ticks: 2, finalPose: { x: 1, y: 0, heading: 'E' } });
  });

  it('refuses an answer of the wrong kind', () => {
    const steps = interpret(program([forward('f')]), { x: 0, y: 0, heading: 'E' });
    steps.next();
    expect(() => steps.next(true)).toThrow(TypeError);
  });
});

describe('runAsync', () => {
  const maze = program([
    repeatUntil('u', atGoal, [ifThen('i', pathAhead, [forward('f')], [right('r')])]),
  ]);
  const rows = ['>..#', '#G.#', '####'];

  it('gives the same result as runSync', async () => {
    const result = await runAsync(maze, new AsyncWorld(rows));
    expect(result).toEqual(runSync(maze, new RecordingWorld(rows)));
    expect(result.finalPose).toEqual({ x: 1, y: 1, heading: 'W' });
  });

  it('ends with the code of a rejected action', async () => {
    const failure = () =>
      Promise.reject(Object.assign(new Error('lost'), { code: 'disconnected' }));
    const result = await runAsync(maze, new AsyncWorld(rows, { action: 2, failure }));
    expect(result.outcome).toEqual({ kind: 'error', code: 'disconnected', blockId: 'f' });
    expect(actionsOf(result)).toEqual(['f']);
  });

  it("ends with 'robot-error' when the rejection has no known code", async () => {
    const failure = () => Promise.reject(new Error('boom'));
    const result = await runAsync(maze, new AsyncWorld(rows, { action: 1, failure }));
    expect(result.outcome).toEqual({ kind: 'error', code: 'robot-error', blockId: 'f' });
  });

  it('ends with an error result the robot reports', async () => {
    const failure = () =>
      Promise.resolve<ActionResult>({
        status: 'error',
        code: 'timeout',
        pose: { x: 2, y: 0, heading: 'E' },
      });
    const result = await runAsync(maze, new AsyncWorld(rows, { action: 3, failure }));
    expect(result.outcome).toEqual({ kind: 'error', code: 'timeout', blockId: 'r' });
    expect(result.finalPose).toEqual({ x: 2, y: 0, heading: 'E' });
  });

  it('ends with the code of a rejected question', async () => {
    const body = new AsyncWorld(rows);
    body.sense = () => Promise.reject(Object.assign(new Error('gone'), { code: 'disconnected' }));
    const result = await runAsync(maze, body);
    expect(result.outcome).toEqual({ kind: 'error', code: 'disconnected', blockId: 'u' });
    expect(result.transcript).toEqual([]);
  });

  it('does nothing when the signal is already aborted', async () => {
    const body = new AsyncWorld(rows);
    const controller = new AbortController();
    controller.abort();
    const result = await runAsync(program([forward('f')]), body, { signal: controller.signal });
    expect(result.outcome).toEqual({ kind: 'error', code: 'stopped', blockId: 'f' });
    expect(body.performed).toBe(0);
  });

  it('stops at once when aborted during an action the body never finishes', async () => {
    const controller = new AbortController();
    const body = new AsyncWorld(rows, {
      action: 2,
      failure: () => {
        controller.abort();
        return new Promise<ActionResult>(() => {});
      },
    });
    const result = await runAsync(program([forward('a'), forward('b'), forward('c')]), body, {
      signal: controller.signal,
    });
    expect(result.outcome).toEqual({ kind: 'error', code: 'stopped', blockId: 'b' });
    expect(actionsOf(result)).toEqual(['a']);
    expect(body.performed).toBe(2);
  });

  it('stops during a question, keeping the actions confirmed before it', async () => {
    const controller = new AbortController();
    const body = new AsyncWorld(['>...']);
    body.sense = (query) => {
      controller.abort();
      return Promise.resolve(body.world.sense(query));
    };
    const result = await runAsync(
      program([forward('a'), ifThen('i', pathAhead, [forward('b')])]),
      body,
      { signal: controller.signal },
    );
    expect(result.outcome).toEqual({ kind: 'error', code: 'stopped', blockId: 'i' });
    expect(actionsOf(result)).toEqual(['a']);
    expect(body.performed).toBe(1);
    expect(result.finalPose).toEqual({ x: 1, y: 0, heading: 'E' });
  });

  it('times out an infinite loop without waiting on the body', async () => {
    const result = await runAsync(program([whileDo('w', not(atGoal), [])]), new AsyncWorld(rows), {
      tickBudget: 30,
    });
    expect(result.outcome).toEqual({ kind: 'timeout', ticks: 30 });
  });
});
