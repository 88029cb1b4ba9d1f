// The solver's grammar: every statement and statement sequence of a given block count that a
// level's toolbox can build, in canonical form only. Each piece carries its IR (for the real
// interpreter), its candidate node (for Blockly JSON), its size and its uses of limited blocks.
// Core layer: pure.
//
// Canonical forms (each rule drops programs for which a program at most as long, doing the
// same thing, is still enumerated):
// - no "turn left" next to "turn right", no three equal turns in a row when the other turn is
//   in the toolbox, no two "collect" in a row, no "collect" right after a turn (they commute);
// - no loop or branch with an empty body, no if-else with two equal branches;
// - no repeat of turns only (one or two turn blocks do the same); no repeat n { repeat m { … } }
//   with n × m ≤ 20 (one repeat does it);
// - no "repeat until the goal" whose body cannot move, nor one inside another;
// - repeat_until_condition skips "no path ahead" (the same test as "wall ahead"), "goal" when
//   repeat_until_goal is in the toolbox, floor colours the grid does not have, and "all
//   collected" when there is nothing to collect; if_floor likewise skips absent colours.
// Search restriction (documented in docs/lesson-format.md): a repeat nested in another
// statement counts at most max(7, grid width, grid height) times.

import type { RelativeDirection } from '../geometry';
import type { FloorColor, Level } from '../lesson/types';
import {
  CONDITION_CHOICES,
  MAX_REPEAT_TIMES,
  type BlockType,
  type ConditionChoice,
  type ProcedureName,
} from '../program/block-types';
import type { Condition, Statement } from '../program/ir';
// The compiler's own meaning of each condition choice: the solver searches the same language.
import { CONDITION_IR, DIRECTIONS } from '../program/compile';
import { blockTypeOf, describeCandidate, type Node } from './candidate';

export interface Piece {
  readonly node: Node;
  readonly ir: Statement;
  readonly size: number;
  /** Uses of each limited block type, in the order of `Grammar.limited`. */
  readonly uses: readonly number[];
  /** Whether running it can move the robot (it holds a forward or a call). */
  readonly moves: boolean;
  /** Net quarter turns to the right when it holds only turns, else null. */
  readonly turns: number | null;
  /** Whether it holds a repeat_until_goal. */
  readonly untilGoal: boolean;
  /** Whether it reads the "all collected" condition. */
  readonly readsItems: boolean;
  /** Text form, equal for equal pieces. */
  readonly text: string;
  /**
   * For a repeat, its body's text: repeats of one body come in a row, fewest passes first,
   * and when one crashes every later one does too.
   */
  readonly family: string | null;
}

export type Sequence = readonly Piece[];

/** The test of a repeat_until_condition or while_path loop. */
export type LoopTest =
  | { readonly kind: 'until'; readonly choice: ConditionChoice; readonly condition: Condition }
  | {
      readonly kind: 'while';
      readonly direction: RelativeDirection;
      readonly condition: Condition;
    };

/** The test of an if or if-else block. */
export type BranchTest =
  | { readonly kind: 'path'; readonly direction: RelativeDirection; readonly condition: Condition }
  | { readonly kind: 'floor'; readonly color: FloorColor; readonly condition: Condition };

/** Thrown when enumerating pieces would exceed the budget of pieces. */
export class GrammarExhausted extends Error {
  constructor() {
    super('grammar budget exhausted');
  }
}

export class Grammar {
  /** Block types with a per-block limit, in a fixed order. */
  readonly limited: readonly BlockType[];
  readonly limits: readonly number[];
  private readonly types: ReadonlySet<BlockType>;
  private readonly colors: readonly FloorColor[];
  private readonly conditions: readonly ConditionChoice[];
  private readonly innerRepeatMax: number;
  private readonly statementsBySize: Piece[][] = [];
  private readonly sequencesBySize: Sequence[][] = [];
  private pieces = 0;
  private nextId = 0;

  constructor(
    level: Level,
    /** The procedure that calls may name, or null when calls are not part of this grammar. */
    readonly callable: ProcedureName | null,
    private readonly pieceBudget: number,
  ) {
    this.types = new Set(level.toolbox.map((entry) => entry.type));
    const limited = level.toolbox.filter((entry) => entry.limit !== undefined);
    this.limited = limited.map((entry) => entry.type);
    this.limits = limited.map((entry) => entry.limit ?? 0);
    const present = new Set(level.grid.floor.map((patch) => patch.color));
    this.colors = (['red', 'green', 'blue', 'yellow'] as const).filter((color) =>
      present.has(color),
    );
    const hasItems = level.grid.items.length > 0;
    this.conditions = CONDITION_CHOICES.filter((choice) => {
      if (choice === 'no_path_ahead') return false;
      if (choice === 'goal') return level.goal !== null && !this.types.has('repeat_until_goal');
      if (choice === 'all_collected') return hasItems;
      if (choice.startsWith('floor_'))
        return present.has(choice.slice('floor_'.length) as FloorColor);
      return true;
    });
    this.innerRepeatMax = Math.min(
      MAX_REPEAT_TIMES,
      Math.max(7, level.grid.width, level.grid.height),
    );
    this.hasItems = hasItems;
    this.hasGoal = level.goal !== null;
  }

  private readonly hasItems: boolean;
  private readonly hasGoal: boolean;

  has(type: BlockType): boolean {
    return this.types.has(type);
  }

  /** Uses of a single block of this type, as a vector. */
  usesOf(type: BlockType): number[] {
    return this.limited.map((limited) => (limited === type ? 1 : 0));
  }

  withinLimits(uses: readonly number[]): boolean {
    return uses.every((count, index) => count <= this.limits[index]!);
  }

  private id(): string {
    this.nextId += 1;
    return `s${this.nextId}`;
  }

  private make(
    node: Node,
    ir: Statement,
    children: readonly Sequence[],
    extra: Partial<Piece> = {},
  ): Piece | null {
    this.pieces += 1;
    if (this.pieces > this.pieceBudget) throw new GrammarExhausted();
    const uses = this.usesOf(blockTypeOf(node));
    let size = 1;
    let moves = node.kind === 'forward' || node.kind === 'call';
    let untilGoal = node.kind === 'until-goal';
    let readsItems = node.kind === 'until' && node.condition === 'all_collected';
    for (const child of children) {
      for (const piece of child) {
        size += piece.size;
        moves ||= piece.moves;
        untilGoal ||= piece.untilGoal;
        readsItems ||= piece.readsItems;
        piece.uses.forEach((count, index) => (uses[index]! += count));
      }
    }
    if (!this.withinLimits(uses)) return null;
    const text = describeCandidate({ main: [node], procedures: {} });
    return {
      node,
      ir,
      size,
      uses,
      moves,
      turns: null,
      untilGoal,
      readsItems,
      text,
      family: null,
      ...extra,
    };
  }

  /** Statements of exactly `size` blocks. */
  statements(size: number): readonly Piece[] {
    let list = this.statementsBySize[size];
    if (!list) {
      list = this.buildStatements(size);
      this.statementsBySize[size] = list;
    }
    return list;
  }

  /** Non-empty canonical sequences of exactly `size` blocks. */
  sequences(size: number): readonly Sequence[] {
    let list = this.sequencesBySize[size];
    if (!list) {
      list = [];
      for (let first = 1; first <= size; first += 1) {
        for (const head of this.statements(first)) {
          if (first === size) {
            list.push([head]);
            continue;
          }
          for (const rest of this.sequences(size - first)) {
            if (this.canPrecede(head, rest)) list.push([head, ...rest]);
          }
        }
      }
      this.sequencesBySize[size] = list;
    }
    return list;
  }

  /** Whether `head` may come right before the sequence `rest` in canonical form. */
  canPrecede(head: Piece, rest: Sequence): boolean {
    const next = rest[0];
    if (!next) return true;
    const a = head.node.kind;
    const b = next.node.kind;
    if ((a === 'left' && b === 'right') || (a === 'right' && b === 'left')) return false;
    if (a === 'collect' && b === 'collect') return false;
    // A turn and a collect commute: keep the collect first.
    if ((a === 'left' || a === 'right') && b === 'collect') return false;
    if ((a === 'left' || a === 'right') && a === b && rest[1]?.node.kind === a) {
      const other = a === 'left' ? 'turn_right' : 'turn_left';
      if (this.has(other) && !this.limited.includes(other)) return false;
    }
    return true;
  }

  // ---- Builders: one statement around given bodies, in canonical form (null when not). ----

  private nodesOf(body: Sequence): Node[] {
    return body.map((piece) => piece.node);
  }

  private irOf(body: Sequence): Statement[] {
    return body.map((piece) => piece.ir);
  }

  /** Whether `repeat times { body }` is canonical. */
  repeatAllowed(body: Sequence, times: number): boolean {
    if (!this.has('repeat_times') || times < 2 || times > MAX_REPEAT_TIMES) return false;
    if (body.every((piece) => piece.turns !== null)) {
      // Turns only: one or two turn blocks do the same, for no more blocks.
      const total = (body.reduce((sum, piece) => sum + (piece.turns ?? 0), 0) * times) % 4;
      if (total === 0) return false;
      if (total === 3 && this.has('turn_left')) return false;
      if (total === 1 && this.has('turn_right')) return false;
      if (total === 2 && (this.has('turn_left') || this.has('turn_right'))) return false;
    }
    const single = body.length === 1 ? body[0]!.node : null;
    return !(single?.kind === 'repeat' && single.times * times <= MAX_REPEAT_TIMES);
  }

  /** The most passes a repeat nested in another statement is searched with. */
  get nestedRepeatMax(): number {
    return this.innerRepeatMax;
  }

  repeat(body: Sequence, times: number): Piece | null {
    if (!this.repeatAllowed(body, times)) return null;
    return this.make(
      { kind: 'repeat', times, body: this.nodesOf(body) },
      { kind: 'repeat', times, body: this.irOf(body), blockId: this.id() },
      [body],
      { family: body.map((piece) => piece.text).join(' ') },
    );
  }

  untilGoal(body: Sequence): Piece | null {
    if (!this.has('repeat_until_goal') || !this.hasGoal) return null;
    if (!body.some((piece) => piece.moves) || body.some((piece) => piece.untilGoal)) return null;
    return this.make(
      { kind: 'until-goal', body: this.nodesOf(body) },
      {
        kind: 'repeat-until',
        condition: { kind: 'at-goal' },
        body: this.irOf(body),
        blockId: this.id(),
      },
      [body],
    );
  }

  /** The tests of repeat_until_condition and while_path loops the toolbox and the grid allow. */
  loopTests(): readonly LoopTest[] {
    const tests: LoopTest[] = [];
    if (this.has('repeat_until_condition')) {
      for (const choice of this.conditions)
        tests.push({ kind: 'until', choice, condition: CONDITION_IR[choice] });
    }
    if (this.has('while_path')) {
      for (const direction of DIRECTIONS) {
        tests.push({ kind: 'while', direction, condition: { kind: 'path', direction } });
      }
    }
    return tests;
  }

  loop(test: LoopTest, body: Sequence): Piece | null {
    const nodes = this.nodesOf(body);
    const ir = this.irOf(body);
    return test.kind === 'until'
      ? this.make(
          { kind: 'until', condition: test.choice, body: nodes },
          { kind: 'repeat-until', condition: test.condition, body: ir, blockId: this.id() },
          [body],
        )
      : this.make(
          { kind: 'while', direction: test.direction, body: nodes },
          { kind: 'while', condition: test.condition, body: ir, blockId: this.id() },
          [body],
        );
  }

  /** The tests of if blocks (withElse false) or if-else blocks (true) the toolbox allows. */
  branchTests(withElse: boolean): readonly BranchTest[] {
    const tests: BranchTest[] = [];
    if (this.has(withElse ? 'if_else_path' : 'if_path')) {
      for (const direction of DIRECTIONS)
        tests.push({ kind: 'path', direction, condition: { kind: 'path', direction } });
    }
    if (this.has(withElse ? 'if_else_floor' : 'if_floor')) {
      for (const color of this.colors)
        tests.push({ kind: 'floor', color, condition: { kind: 'floor', color } });
    }
    return tests;
  }

  branch(test: BranchTest, then: Sequence, otherwise: Sequence | null): Piece | null {
    if (otherwise !== null && otherwise.length === then.length) {
      if (otherwise.every((piece, index) => piece.text === then[index]!.text)) return null;
    }
    const node: Node =
      test.kind === 'path'
        ? {
            kind: 'if-path',
            direction: test.direction,
            then: this.nodesOf(then),
            otherwise: otherwise && this.nodesOf(otherwise),
          }
        : {
            kind: 'if-floor',
            color: test.color,
            then: this.nodesOf(then),
            otherwise: otherwise && this.nodesOf(otherwise),
          };
    return this.make(
      node,
      {
        kind: 'if',
        condition: test.condition,
        then: this.irOf(then),
        otherwise: otherwise && this.irOf(otherwise),
        blockId: this.id(),
      },
      otherwise ? [then, otherwise] : [then],
    );
  }

  private primitives(): Piece[] {
    const out: Piece[] = [];
    const add = (piece: Piece | null) => piece && out.push(piece);
    if (this.has('move_forward'))
      add(this.make({ kind: 'forward' }, { kind: 'forward', blockId: this.id() }, []));
    if (this.has('turn_left')) {
      add(
        this.make({ kind: 'left' }, { kind: 'turn', direction: 'left', blockId: this.id() }, [], {
          turns: 3,
        }),
      );
    }
    if (this.has('turn_right')) {
      add(
        this.make({ kind: 'right' }, { kind: 'turn', direction: 'right', blockId: this.id() }, [], {
          turns: 1,
        }),
      );
    }
    if (this.has('collect') && this.hasItems) {
      add(this.make({ kind: 'collect' }, { kind: 'collect', blockId: this.id() }, []));
    }
    if (this.callable && this.has('procedure_define')) {
      add(
        this.make(
          { kind: 'call', name: this.callable },
          { kind: 'call', name: this.callable, blockId: this.id() },
          [],
        ),
      );
    }
    return out;
  }

  private buildStatements(size: number): Piece[] {
    if (size === 1) return this.primitives();
    const out: Piece[] = [];
    const add = (piece: Piece | null) => piece && out.push(piece);
    for (const body of this.sequences(size - 1)) {
      for (let times = 2; times <= this.innerRepeatMax; times += 1) add(this.repeat(body, times));
      add(this.untilGoal(body));
      for (const test of this.loopTests()) add(this.loop(test, body));
      for (const test of this.branchTests(false)) add(this.branch(test, body, null));
    }
    const tests = this.branchTests(true);
    if (tests.length > 0) {
      for (let left = 1; left < size - 1; left += 1) {
        for (const then of this.sequences(left)) {
          for (const otherwise of this.sequences(size - 1 - left)) {
            for (const test of tests) add(this.branch(test, then, otherwise));
          }
        }
      }
    }
    return out;
  }
}
