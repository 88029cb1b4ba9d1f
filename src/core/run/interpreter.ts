// Interpreter: steps a Program with a tick budget. Core layer: pure and deterministic (no
// clock, no randomness), runs in Node.
//
// `interpret` is a generator: it yields a request for each action and each sensor question,
// receives the body's answer, records the transcript and returns how the run stopped. The two
// drivers, `runSync` (the simulated world) and `runAsync` (a robot, abortable), only carry
// requests to a body and answers back, so the stepping logic lives in one place.
//
// Costs: every executed statement costs one tick and so does every pass of a loop, so a loop
// with nothing inside still ends as `timeout` instead of freezing the tab. The run stops at the
// first crash, at the first error from the body, or when the budget is spent. When the program
// simply ends, the result carries no outcome: whether it succeeded is for the world's rules to
// judge (see world/rules.ts).

import type { Pose } from '../geometry';
import type { Condition, Program, SensorQuery, Statement } from '../program/ir';
import {
  DEFAULT_TICK_BUDGET,
  type Action,
  type ActionResult,
  type AsyncBody,
  type Body,
  type BodyErrorCode,
  type RunOptions,
  type RunOutcome,
  type TranscriptEntry,
} from './types';

/** What the interpreter asks of the body. */
export type Request =
  | { readonly kind: 'act'; readonly action: Action; readonly blockId: string }
  | { readonly kind: 'sense'; readonly query: SensorQuery; readonly blockId: string };

/**
 * What the driver sends back: the result of an action, the reading of a sensor, or — to
 * either request — an error result when the body cannot go on.
 */
export type Answer = ActionResult | boolean;

/** How a run stops before the program's end. */
export type StopOutcome = Extract<RunOutcome, { kind: 'crash' | 'timeout' | 'error' }>;

export interface ExecutionResult {
  /** Set when the run stopped early; absent when the program ran to its end. */
  readonly outcome?: StopOutcome;
  readonly transcript: readonly TranscriptEntry[];
  readonly ticks: number;
  /** The last pose the body reported (the start pose when nothing moved). */
  readonly finalPose: Pose;
}

export interface AsyncRunOptions extends RunOptions {
  /** Aborting stops the run with error 'stopped' at the block being run. */
  readonly signal?: AbortSignal;
}

/**
 * Procedure calls may nest this deep. The compiler rejects recursion, so a compiled program
 * never gets near it; a hand-built recursive program stops here with error 'compile' rather
 * than exhausting the stack.
 */
export const MAX_CALL_DEPTH = 32;

/** The steps of a run: yields requests, receives answers, returns the result. */
export type Steps<T> = Generator<Request, T, Answer>;

export function* interpret(
  program: Program,
  start: Pose,
  options: RunOptions = {},
): Steps<ExecutionResult> {
  const execution = new Execution(program, start, options.tickBudget ?? DEFAULT_TICK_BUDGET);
  const stop = yield* execution.sequence(program.main, 0);
  return execution.result(stop);
}

/** Runs a program on a body that answers at once, such as the simulated grid world. */
export function runSync(program: Program, body: Body, options: RunOptions = {}): ExecutionResult {
  const steps = interpret(program, body.pose, options);
  let step = steps.next();
  while (!step.done) {
    const request = step.value;
    step = steps.next(
      request.kind === 'act' ? body.perform(request.action) : body.sense(request.query),
    );
  }
  return step.value;
}

/**
 * Runs a program on a body that answers when it has confirmed, such as a robot. A rejected
 * promise ends the run with the error's `code` when it is a BodyErrorCode, 'robot-error'
 * otherwise. Aborting the signal ends it with 'stopped' at once, at the block being run,
 * without waiting for a body that ignores the signal: an answer that settles after the abort
 * is dropped. The body gets the signal too, to stop the robot.
 */
export async function runAsync(
  program: Program,
  body: AsyncBody,
  options: AsyncRunOptions = {},
): Promise<ExecutionResult> {
  const steps = interpret(program, body.pose, options);
  let step = steps.next();
  while (!step.done) {
    step = steps.next(await answer(body, step.value, options.signal));
  }
  return step.value;
}

async function answer(
  body: AsyncBody,
  request: Request,
  signal: AbortSignal | undefined,
): Promise<Answer> {
  const failure = (code: BodyErrorCode): Answer => ({ status: 'error', code, pose: body.pose });
  if (signal?.aborted) return failure('stopped');
  try {
    const pending: Promise<Answer> =
      request.kind === 'act'
        ? body.perform(request.action, signal)
        : body.sense(request.query, signal);
    return await untilAborted(pending, signal, () => failure('stopped'));
  } catch (error) {
    return failure(signal?.aborted ? 'stopped' : bodyErrorCode(error));
  }
}

function untilAborted<T>(
  pending: Promise<T>,
  signal: AbortSignal | undefined,
  onAbort: () => T,
): Promise<T> {
  if (!signal) return pending;
  if (signal.aborted) {
    pending.catch(() => {}); // the body may still reject; nobody waits for it any more
    return Promise.resolve(onAbort());
  }
  return new Promise<T>((resolve, reject) => {
    const abort = (): void => resolve(onAbort());
    signal.addEventListener('abort', abort, { once: true });
    pending.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

const BODY_ERROR_CODES: readonly BodyErrorCode[] = [
  'disconnected',
  'stopped',
  'timeout',
  'robot-error',
];

function bodyErrorCode(error: unknown): BodyErrorCode {
  const code = typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : null;
  return BODY_ERROR_CODES.find((known) => known === code) ?? 'robot-error';
}

/** One run's state. Every step returns null to carry on, or the outcome that stops the run. */
class Execution {
  private ticks = 0;
  private actions = 0;
  private collected = 0;
  private pose: Pose;
  private readonly transcript: TranscriptEntry[] = [];

  constructor(
    private readonly program: Program,
    start: Pose,
    private readonly budget: number,
  ) {
    this.pose = start;
  }

  result(stop: StopOutcome | null): ExecutionResult {
    const common = { transcript: this.transcript, ticks: this.ticks, finalPose: this.pose };
    return stop ? { outcome: stop, ...common } : common;
  }

  *sequence(statements: readonly Statement[], depth: number): Steps<StopOutcome | null> {
    for (const statement of statements) {
      const stop = yield* this.statement(statement, depth);
      if (stop) return stop;
    }
    return null;
  }

  private *statement(statement: Statement, depth: number): Steps<StopOutcome | null> {
    const timeout = this.tick();
    if (timeout) return timeout;
    const { blockId } = statement;
    switch (statement.kind) {
      case 'forward':
        return yield* this.act({ type: 'forward' }, blockId);
      case 'turn':
        return yield* this.act({ type: 'turn', direction: statement.direction }, blockId);
      case 'collect':
        return yield* this.act({ type: 'collect' }, blockId);
      case 'repeat':
        for (let pass = 0; pass < statement.times; pass += 1) {
          const stop = yield* this.pass(statement.body, depth);
          if (stop) return stop;
        }
        return null;
      case 'repeat-until':
      case 'while': {
        const goOnWhile = statement.kind === 'while';
        for (;;) {
          const holds = yield* this.test(statement.condition, blockId);
          if (typeof holds !== 'boolean') return holds;
          if (holds !== goOnWhile) return null;
          const stop = yield* this.pass(statement.body, depth);
          if (stop) return stop;
        }
      }
      case 'if': {
        const holds = yield* this.test(statement.condition, blockId);
        if (typeof holds !== 'boolean') return holds;
        return yield* this.sequence(holds ? statement.then : (statement.otherwise ?? []), depth);
      }
      case 'call': {
        const body = this.program.procedures[statement.name];
        if (body === undefined || depth >= MAX_CALL_DEPTH) {
          return { kind: 'error', code: 'compile', blockId };
        }
        return yield* this.sequence(body, depth + 1);
      }
    }
  }

  /** One pass of a loop: it costs a tick of its own, so that an empty loop still times out. */
  private *pass(body: readonly Statement[], depth: number): Steps<StopOutcome | null> {
    return this.tick() ?? (yield* this.sequence(body, depth));
  }

  private tick(): StopOutcome | null {
    if (this.ticks >= this.budget) return { kind: 'timeout', ticks: this.ticks };
    this.ticks += 1;
    return null;
  }

  private *act(action: Action, blockId: string): Steps<StopOutcome | null> {
    const answer = yield { kind: 'act', action, blockId };
    if (typeof answer === 'boolean') throw new TypeError('An action was answered with a reading');
    this.pose = answer.pose;
    // An error means the body did not confirm the action: it stays out of the transcript.
    if (answer.status === 'error') return { kind: 'error', code: answer.code, blockId };

    this.actions += 1;
    if (answer.status === 'ok' && answer.collected !== undefined) {
      this.collected = answer.collected;
    }
    this.transcript.push({
      kind: 'action',
      blockId,
      action,
      outcome: answer.status,
      pose: answer.pose,
      index: this.actions,
      collected: this.collected,
    });
    if (answer.status === 'ok') return null;
    return {
      kind: 'crash',
      cause: answer.cause,
      at: answer.at,
      blockId,
      actionIndex: this.actions,
    };
  }

  /** Evaluates a condition, asking the body one question per sensor it reads. */
  private *test(condition: Condition, blockId: string): Steps<boolean | StopOutcome> {
    if (condition.kind === 'not') {
      const holds = yield* this.test(condition.condition, blockId);
      return typeof holds === 'boolean' ? !holds : holds;
    }
    const answer = yield { kind: 'sense', query: condition, blockId };
    if (typeof answer !== 'boolean') {
      if (answer.status !== 'error') throw new TypeError('A question was answered with an action');
      this.pose = answer.pose;
      return { kind: 'error', code: answer.code, blockId };
    }
    this.transcript.push({
      kind: 'sense',
      blockId,
      query: condition,
      result: answer,
      pose: this.pose,
    });
    return answer;
  }
}
