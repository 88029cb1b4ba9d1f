// The search for a program with the fewest blocks. Core layer: pure, deterministic.
//
// The main program is a sequence, and what the rest of a sequence does depends only on the
// world state it starts from (the robot's pose and the items left). So the search is a
// shortest-path search (Dijkstra, by block count) over world states, where an edge is one
// top-level statement: a move, a turn, a collect, a call, or a loop with its whole body. Two
// prefixes that reach the same state (with the same uses of limited blocks) are the same for
// what follows: only the cheaper one is kept. A top-level `if` is never needed: from a known
// state it runs one branch, which is never longer on its own.
//
// Loop edges are made lazily, body size by body size, when the search's frontier reaches
// their cost. A loop body is built statement by statement along its first pass: each
// statement is tried from the state the previous ones left, so a body whose first pass
// crashes (or never ends) is dropped with every body that extends it. Nested statements are
// built the same way from the state they start in: a nested repeat pass by pass, the branch an
// `if` takes from the state's sensor reading (the other branch, not run on this pass, may be
// any canonical sequence). A repeat and a repeat-until-goal are measured pass by pass, each
// pass run by the real interpreter, so a loop that comes back to a state it has seen is known
// to run for ever. Every run is a call of the real interpreter on the real grid world (see
// model.ts); the answer is replayed once more, whole, through the compiler and the simulator
// (solve.ts).

import type { ProcedureName } from '../program/block-types';
import { MAX_REPEAT_TIMES } from '../program/block-types';
import type { Statement } from '../program/ir';
import type { Node } from './candidate';
import type { Grammar, Piece, Sequence } from './grammar';
import type { LevelModel, WorldState } from './model';

export interface Found {
  readonly main: readonly Node[];
  readonly cost: number;
}

interface SearchNode {
  readonly state: WorldState;
  readonly uses: readonly number[];
  readonly cost: number;
  readonly key: string;
  readonly parent: SearchNode | null;
  /** The statement that led here from the parent. */
  readonly edge: Piece | null;
}

/** A sequence whose run from a given state neither crashes nor hangs, and where it ends. */
interface Prefix {
  readonly body: Sequence;
  readonly state: WorldState;
  readonly uses: readonly number[];
}

/** A statement whose run from a given state neither crashes nor hangs, and where it ends. */
interface Step {
  readonly piece: Piece;
  readonly state: WorldState;
}

export interface SearchOptions {
  readonly model: LevelModel;
  readonly grammar: Grammar;
  /** Blocks already spent outside the main program (a procedure definition and its body). */
  readonly baseCost: number;
  /** Uses of limited blocks already spent outside the main program. */
  readonly baseUses: readonly number[];
  /** The most blocks a program may hold in all. */
  readonly bound: number;
  readonly procedures: Partial<Record<ProcedureName, readonly Statement[]>>;
  /** Called on each program found, cheapest first; returns true to accept it and stop. */
  readonly accept: (found: Found) => boolean;
}

/** Runs the search; returns the accepted program, or null when none within the bound. */
export function searchMain(options: SearchOptions): Found | null {
  return new MainSearch(options).run();
}

class MainSearch {
  /** Per cost: states to expand, then loop expansions to make. */
  private readonly states: SearchNode[][] = [];
  private readonly loops: { node: SearchNode; bodySize: number }[][] = [];
  private readonly best = new Map<string, number>();
  private readonly prefixes = new Map<string, Prefix[][]>();
  private readonly steps = new Map<string, Step[][]>();
  private readonly runCache = new Map<string, WorldState | null>();
  private readonly noUses: readonly number[];

  constructor(private readonly options: SearchOptions) {
    this.noUses = options.grammar.limited.map(() => 0);
  }

  private visit(
    state: WorldState,
    uses: readonly number[],
    cost: number,
    parent: SearchNode | null,
    edge: Piece | null,
  ): void {
    if (cost > this.options.bound) return;
    const key = `${state.key}#${uses.join(',')}`;
    const known = this.best.get(key);
    if (known !== undefined && known <= cost) return;
    this.best.set(key, cost);
    (this.states[cost] ??= []).push({ state, uses, cost, key, parent, edge });
  }

  run(): Found | null {
    const { baseCost, baseUses } = this.options;
    this.visit(this.options.model.initial, baseUses, baseCost, null, null);
    for (let cost = baseCost; cost <= this.options.bound; cost += 1) {
      const states = (this.states[cost] ??= []);
      const loops = (this.loops[cost] ??= []);
      // States first: a solution at this cost ends the search before costlier work.
      for (;;) {
        const node = states.pop();
        if (node) {
          const found = this.expandState(node);
          if (found) return found;
          continue;
        }
        const job = loops.pop();
        if (!job) break;
        this.expandLoops(job.node, job.bodySize);
      }
      this.states[cost] = [];
      this.loops[cost] = [];
    }
    return null;
  }

  private expandState(node: SearchNode): Found | null {
    if (this.best.get(node.key) !== node.cost) return null;
    const { model, grammar } = this.options;
    if (model.isSolved(node.state)) {
      const found = { main: this.path(node), cost: node.cost };
      if (this.options.accept(found)) return found;
    }
    for (const step of this.viable(node.state, 1)) {
      const uses = add(node.uses, step.piece.uses);
      if (!grammar.withinLimits(uses)) continue;
      if (node.edge && !grammar.canPrecede(node.edge, [step.piece])) continue;
      if (step.state !== node.state) this.visit(step.state, uses, node.cost + 1, node, step.piece);
    }
    this.scheduleLoops(node, 1);
    return null;
  }

  private scheduleLoops(node: SearchNode, bodySize: number): void {
    const cost = node.cost + 1 + bodySize;
    if (cost <= this.options.bound) (this.loops[cost] ??= []).push({ node, bodySize });
  }

  private path(node: SearchNode): Node[] {
    const main: Node[] = [];
    for (let at: SearchNode | null = node; at && at.edge; at = at.parent) main.push(at.edge.node);
    return main.reverse();
  }

  /** Runs a sequence from a state with the real interpreter; null when it fails. Memoised. */
  private runPieces(state: WorldState, body: Sequence): WorldState | null {
    const key =
      body.length === 1
        ? `${state.key}@${body[0]!.text}`
        : `${state.key}@${body.map((piece) => piece.text).join(' ')}`;
    const cached = this.runCache.get(key);
    if (cached !== undefined) return cached;
    const outcome = this.options.model.run(
      state,
      body.map((piece) => piece.ir),
      this.options.procedures,
    );
    const result = outcome.ok ? outcome.state : null;
    this.runCache.set(key, result);
    return result;
  }

  /** Where a loop that runs `body` pass after pass from `state` stops: at the goal, or never (null). */
  private passesUntilGoal(first: WorldState, body: Sequence): WorldState | null {
    const { model } = this.options;
    const seen = new Set<string>();
    let state = first;
    while (!model.atGoal(state)) {
      if (seen.has(state.key)) return null;
      seen.add(state.key);
      const next = this.runPieces(state, body);
      if (!next) return null;
      state = next;
    }
    return state;
  }

  /** Canonical sequences of exactly `size` blocks whose run from `state` goes through. */
  private prefixesOf(state: WorldState, size: number): readonly Prefix[] {
    let bySize = this.prefixes.get(state.key);
    if (!bySize) {
      bySize = [[{ body: [], state, uses: this.noUses }]];
      this.prefixes.set(state.key, bySize);
    }
    const known = bySize[size];
    if (known) return known;
    const { grammar } = this.options;
    const out: Prefix[] = [];
    for (let last = 1; last <= size; last += 1) {
      for (const prefix of this.prefixesOf(state, size - last)) {
        const body = prefix.body;
        const previous = body[body.length - 1];
        const beforePrevious = body[body.length - 2];
        for (const step of this.viable(prefix.state, last)) {
          const piece = step.piece;
          if (previous && !grammar.canPrecede(previous, [piece])) continue;
          if (beforePrevious && previous && !grammar.canPrecede(beforePrevious, [previous, piece]))
            continue;
          const uses = add(prefix.uses, piece.uses);
          if (!grammar.withinLimits(uses)) continue;
          out.push({ body: [...body, piece], state: step.state, uses });
        }
      }
    }
    bySize[size] = out;
    return out;
  }

  /** Canonical statements of exactly `size` blocks whose run from `state` goes through. */
  private viable(state: WorldState, size: number): readonly Step[] {
    let bySize = this.steps.get(state.key);
    if (!bySize) {
      bySize = [];
      this.steps.set(state.key, bySize);
    }
    const known = bySize[size];
    if (known) return known;
    const out = size === 1 ? this.viablePrimitives(state) : this.viableCompounds(state, size);
    bySize[size] = out;
    return out;
  }

  private viablePrimitives(state: WorldState): Step[] {
    const out: Step[] = [];
    for (const piece of this.options.grammar.statements(1)) {
      const after = this.runPieces(state, [piece]);
      if (after) out.push({ piece, state: after });
    }
    return out;
  }

  private viableCompounds(state: WorldState, size: number): Step[] {
    const { grammar, model } = this.options;
    const out: Step[] = [];
    const push = (piece: Piece | null, after: WorldState | null) => {
      if (piece && after) out.push({ piece, state: after });
    };
    const bodies = this.prefixesOf(state, size - 1);
    // Nested repeats, pass by pass.
    if (grammar.has('repeat_times')) {
      for (const body of bodies) {
        let after: WorldState | null = body.state;
        for (let times = 2; times <= grammar.nestedRepeatMax && after; times += 1) {
          if (!grammar.repeatAllowed(body.body, times)) continue;
          after = this.runPieces(after, body.body);
          push(grammar.repeat(body.body, times), after);
        }
      }
    }
    // Repeat until the goal.
    if (grammar.has('repeat_until_goal')) {
      if (model.atGoal(state)) {
        for (const body of grammar.sequences(size - 1)) push(grammar.untilGoal(body), state);
      } else {
        for (const body of bodies) {
          const piece = grammar.untilGoal(body.body);
          if (piece) push(piece, this.passesUntilGoal(body.state, body.body));
        }
      }
    }
    // Loops on a test: the body runs now only if the loop is entered.
    for (const test of grammar.loopTests()) {
      const enters = model.sense(state, test.condition) === (test.kind === 'while');
      if (!enters) {
        for (const body of grammar.sequences(size - 1)) push(grammar.loop(test, body), state);
        continue;
      }
      for (const body of bodies) {
        const piece = grammar.loop(test, body.body);
        if (piece) push(piece, this.runPieces(state, [piece]));
      }
    }
    // Branches: the taken one runs now, the other may be anything.
    for (const test of grammar.branchTests(false)) {
      if (model.sense(state, test.condition)) {
        for (const body of bodies) push(grammar.branch(test, body.body, null), body.state);
      } else {
        for (const body of grammar.sequences(size - 1))
          push(grammar.branch(test, body, null), state);
      }
    }
    for (const test of grammar.branchTests(true)) {
      const holds = model.sense(state, test.condition);
      for (let thenSize = 1; thenSize < size - 1; thenSize += 1) {
        const elseSize = size - 1 - thenSize;
        const taken = this.prefixesOf(state, holds ? thenSize : elseSize);
        const others = grammar.sequences(holds ? elseSize : thenSize);
        for (const run of taken) {
          for (const other of others) {
            push(
              holds ? grammar.branch(test, run.body, other) : grammar.branch(test, other, run.body),
              run.state,
            );
          }
        }
      }
    }
    return out;
  }

  private expandLoops(node: SearchNode, bodySize: number): void {
    const { grammar, model } = this.options;
    const cost = node.cost + 1 + bodySize;
    if (cost > this.options.bound) return;
    this.scheduleLoops(node, bodySize + 1);
    const tests = grammar.loopTests();
    const untilGoal = grammar.has('repeat_until_goal') && !model.atGoal(node.state);
    if (!grammar.has('repeat_times') && !untilGoal && tests.length === 0) return;
    const enteredTests = tests.filter(
      (test) => model.sense(node.state, test.condition) === (test.kind === 'while'),
    );
    for (const prefix of this.prefixesOf(node.state, bodySize)) {
      if (grammar.has('repeat_times')) {
        let state: WorldState | null = prefix.state;
        const seen = new Set<string>([node.state.key, prefix.state.key]);
        for (let times = 2; times <= MAX_REPEAT_TIMES && state; times += 1) {
          state = this.runPieces(state, prefix.body);
          if (!state || seen.has(state.key)) break;
          seen.add(state.key);
          this.loopEdge(node, cost, grammar.repeat(prefix.body, times), state);
        }
      }
      if (untilGoal) {
        const piece = grammar.untilGoal(prefix.body);
        if (piece)
          this.loopEdge(node, cost, piece, this.passesUntilGoal(prefix.state, prefix.body));
      }
      for (const test of enteredTests) {
        const piece = grammar.loop(test, prefix.body);
        if (piece) this.loopEdge(node, cost, piece, this.runPieces(node.state, [piece]));
      }
    }
  }

  private loopEdge(
    node: SearchNode,
    cost: number,
    piece: Piece | null,
    end: WorldState | null,
  ): void {
    if (!piece || !end || end === node.state) return;
    // A piece's uses count the loop block and its body.
    const uses = add(node.uses, piece.uses);
    if (this.options.grammar.withinLimits(uses)) this.visit(end, uses, cost, node, piece);
  }
}

function add(a: readonly number[], b: readonly number[]): number[] {
  return a.map((value, index) => value + (b[index] ?? 0));
}
