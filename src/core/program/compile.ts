// Compiler: Blockly's JSON serialization (`Blockly.serialization.workspaces.save`) → program IR,
// with diagnostics that point at block ids. Core layer: pure, no Blockly import, runs in Node.
//
// - The main program is the `program_start` hat block's `next` chain; top-level
//   `procedure_define` blocks become procedures; any other top-level block is an
//   'unattached-block' warning and is ignored when running.
// - Blocks are counted the way Blockly's `maxBlocks` and `maxInstances` count them: every
//   block in the workspace (unattached and disabled ones included) except the start block.
//   Shadow blocks are ignored: no Parcours block uses them.
// - Disabled blocks (`disabledReasons`, or the older `enabled: false`) are skipped with their
//   inputs, as Blockly's code generators skip them; the chain goes on after them.
// - A block without an id (hand-written JSON) gets a stable one from its place in the
//   document: `#0`, `#1`, … in depth-first order.
// - Diagnostics come errors first, then warnings. Within each group: what the census of all
//   blocks finds (types, limits, counts), then what compiling the start block's chain and the
//   procedures finds, then the checks of calls; each in document order.
// - `program` is null exactly when there is an error.

import { FLOOR_COLORS, type FloorColor, type ToolboxEntry } from '../lesson/types';
import type { RelativeDirection } from '../geometry';
import type { SerializedBlock, WorkspaceState } from './blockly-json';
import {
  CONDITION_CHOICES,
  FIELD,
  INPUT,
  MAX_REPEAT_TIMES,
  PROCEDURE_NAMES,
  START_BLOCK,
  isBlockType,
  type BlockType,
  type ConditionChoice,
  type ProcedureName,
} from './block-types';
import type {
  CompileResult,
  Condition,
  Diagnostic,
  DiagnosticCode,
  Program,
  Statement,
} from './ir';

export interface CompileLimits {
  readonly toolbox: readonly ToolboxEntry[];
  /** Most blocks the workspace may hold, the start block excluded; null for no limit. */
  readonly maxBlocks: number | null;
}

/** The directions a path sensor can look in. */
export const DIRECTIONS: readonly RelativeDirection[] = ['ahead', 'left', 'right'];

/** What each choice of repeat_until_condition's CONDITION field asks. */
export const CONDITION_IR: Record<ConditionChoice, Condition> = {
  goal: { kind: 'at-goal' },
  wall_ahead: { kind: 'not', condition: { kind: 'path', direction: 'ahead' } },
  no_path_ahead: { kind: 'not', condition: { kind: 'path', direction: 'ahead' } },
  floor_red: { kind: 'floor', color: 'red' },
  floor_green: { kind: 'floor', color: 'green' },
  floor_blue: { kind: 'floor', color: 'blue' },
  floor_yellow: { kind: 'floor', color: 'yellow' },
  all_collected: { kind: 'all-collected' },
};

export function compile(state: WorkspaceState, limits: CompileLimits): CompileResult {
  return new Compilation(state.blocks?.blocks ?? [], limits).result();
}

/** Whether Blockly would run this block. */
export function isEnabled(block: SerializedBlock): boolean {
  return block.enabled !== false && (block.disabledReasons?.length ?? 0) === 0;
}

class Compilation {
  private readonly diagnostics: Diagnostic[] = [];
  private readonly ids = new Map<SerializedBlock, string>();
  private blockCount = 0;
  private readonly blockCounts: Partial<Record<BlockType, number>> = {};

  constructor(
    private readonly topBlocks: readonly SerializedBlock[],
    private readonly limits: CompileLimits,
  ) {}

  result(): CompileResult {
    this.takeCensus();
    const structure = this.compileTopBlocks();
    const diagnostics = [
      ...this.diagnostics.filter((d) => d.severity === 'error'),
      ...this.diagnostics.filter((d) => d.severity === 'warning'),
    ];
    const failed = diagnostics[0]?.severity === 'error';
    const program: Program | null =
      structure && !failed
        ? { ...structure, blockCount: this.blockCount, blockCounts: this.blockCounts }
        : null;
    return { program, diagnostics };
  }

  // --- Census: every block in the workspace, as Blockly counts them -------------------------

  private takeCensus(): void {
    const allowed = this.allowedTypes();
    const byType = new Map<string, string[]>();
    const blocks: SerializedBlock[] = [];
    for (const block of this.topBlocks) collectBlocks(block, blocks);
    for (const block of blocks) {
      const id = block.id ?? `#${this.ids.size}`;
      this.ids.set(block, id);
      if (block.type === START_BLOCK) continue;
      this.blockCount += 1;
      const sameType = byType.get(block.type) ?? [];
      sameType.push(id);
      byType.set(block.type, sameType);
      if (!isBlockType(block.type)) {
        this.report('unknown-block', id, { type: block.type });
        continue;
      }
      this.blockCounts[block.type] = (this.blockCounts[block.type] ?? 0) + 1;
      if (!allowed.has(block.type)) this.report('block-not-allowed', id, { type: block.type });
    }

    for (const { type, limit } of this.limits.toolbox) {
      const ids = byType.get(type) ?? [];
      if (limit !== undefined && ids.length > limit) {
        this.report('block-limit', ids[limit] ?? null, { type, limit, count: ids.length });
      }
    }
    const { maxBlocks } = this.limits;
    if (maxBlocks !== null && this.blockCount > maxBlocks) {
      this.report('too-many-blocks', null, { max: maxBlocks, count: this.blockCount });
    }
  }

  private allowedTypes(): Set<BlockType> {
    const allowed = new Set(this.limits.toolbox.map((entry) => entry.type));
    if (allowed.has('procedure_define')) allowed.add('procedure_call');
    return allowed;
  }

  // --- Structure: the start block's chain, procedures, stray blocks --------------------------

  private compileTopBlocks(): Pick<Program, 'main' | 'procedures'> | null {
    let main: Statement[] | null = null;
    const procedures = new Map<ProcedureName, Statement[]>();

    for (const block of this.topBlocks) {
      if (block.type === START_BLOCK && main === null) {
        main = this.chain(block.next?.block);
      } else if (block.type === 'procedure_define') {
        if (!isEnabled(block)) continue;
        const name = this.procedureName(block);
        const body = this.body(block, INPUT.body);
        if (name === null) continue;
        if (procedures.has(name)) this.report('duplicate-procedure', this.id(block), { name });
        else procedures.set(name, body);
      } else {
        this.report('unattached-block', this.id(block), { type: block.type });
      }
    }

    if (main === null) this.report('no-start-block', null);
    this.checkCalls(main ?? [], procedures);
    return main === null ? null : { main, procedures: Object.fromEntries(procedures) };
  }

  /** Calls must name a defined procedure and never come back to the one they started from. */
  private checkCalls(
    main: readonly Statement[],
    procedures: ReadonlyMap<ProcedureName, readonly Statement[]>,
  ): void {
    for (const body of [main, ...procedures.values()]) {
      for (const call of callsIn(body)) {
        if (!procedures.has(call.name)) {
          this.report('unknown-procedure', call.blockId, { name: call.name });
        }
      }
    }

    // Depth-first search over the call graph; a call back into a procedure still being
    // visited closes a cycle. Each call is examined once, so each cycle is reported once.
    const state = new Map<ProcedureName, 'visiting' | 'done'>();
    const visit = (name: ProcedureName, body: readonly Statement[]): void => {
      state.set(name, 'visiting');
      for (const call of callsIn(body)) {
        const callee = procedures.get(call.name);
        const calleeState = state.get(call.name);
        if (calleeState === 'visiting') this.report('recursion', call.blockId, { name: call.name });
        else if (calleeState === undefined && callee) visit(call.name, callee);
      }
      state.set(name, 'done');
    };
    for (const [name, body] of procedures) if (!state.has(name)) visit(name, body);
  }

  // --- Statements ---------------------------------------------------------------------------

  /** The statements of a chain of blocks linked by `next`, skipping disabled ones. */
  private chain(first: SerializedBlock | undefined): Statement[] {
    const statements: Statement[] = [];
    for (let block = first; block; block = block.next?.block) {
      if (!isEnabled(block)) continue;
      const statement = this.statement(block);
      if (statement) statements.push(statement);
    }
    return statements;
  }

  /** A statement input's chain; an empty one is worth a warning (it does nothing). */
  private body(block: SerializedBlock, input: string): Statement[] {
    const statements = this.chain(block.inputs?.[input]?.block);
    if (statements.length === 0) this.report('empty-input', this.id(block), { input });
    return statements;
  }

  /** One block's statement, or null when it cannot run (the reason is already reported). */
  private statement(block: SerializedBlock): Statement | null {
    const { type } = block;
    const blockId = this.id(block);
    if (type === START_BLOCK) return this.strayHat(block);
    if (!isBlockType(type)) return null; // reported by the census
    switch (type) {
      case 'move_forward':
        return { kind: 'forward', blockId };
      case 'turn_left':
        return { kind: 'turn', direction: 'left', blockId };
      case 'turn_right':
        return { kind: 'turn', direction: 'right', blockId };
      case 'collect':
        return { kind: 'collect', blockId };
      case 'repeat_times': {
        const times = this.times(block);
        const body = this.body(block, INPUT.body);
        return times === null ? null : { kind: 'repeat', times, body, blockId };
      }
      case 'repeat_until_goal':
        return this.loop('repeat-until', { kind: 'at-goal' }, block);
      case 'repeat_until_condition':
        return this.loop('repeat-until', this.choice(block), block);
      case 'while_path':
        return this.loop('while', this.path(block), block);
      case 'if_path':
        return this.branch(this.path(block), block, false);
      case 'if_else_path':
        return this.branch(this.path(block), block, true);
      case 'if_floor':
        return this.branch(this.floor(block), block, false);
      case 'if_else_floor':
        return this.branch(this.floor(block), block, true);
      case 'procedure_call': {
        const name = this.procedureName(block);
        return name === null ? null : { kind: 'call', name, blockId };
      }
      case 'procedure_define':
        return this.strayHat(block);
    }
  }

  /** Hat blocks have no previous connection in Blockly: one inside a chain is stray. */
  private strayHat(block: SerializedBlock): null {
    this.report('unattached-block', this.id(block), { type: block.type });
    return null;
  }

  private loop(
    kind: 'repeat-until' | 'while',
    condition: Condition | null,
    block: SerializedBlock,
  ): Statement | null {
    const body = this.body(block, INPUT.body);
    return condition === null ? null : { kind, condition, body, blockId: this.id(block) };
  }

  private branch(
    condition: Condition | null,
    block: SerializedBlock,
    withElse: boolean,
  ): Statement | null {
    const then = this.body(block, INPUT.body);
    const otherwise = withElse ? this.body(block, INPUT.otherwise) : null;
    return condition === null
      ? null
      : { kind: 'if', condition, then, otherwise, blockId: this.id(block) };
  }

  // --- Fields -------------------------------------------------------------------------------

  private times(block: SerializedBlock): number | null {
    const value = block.fields?.[FIELD.times];
    const times = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    if (typeof times === 'number' && Number.isInteger(times)) {
      if (times >= 1 && times <= MAX_REPEAT_TIMES) return times;
    }
    return this.badField(block, FIELD.times);
  }

  private path(block: SerializedBlock): Condition | null {
    const direction = this.field(block, FIELD.direction, DIRECTIONS);
    return direction === null ? null : { kind: 'path', direction };
  }

  private floor(block: SerializedBlock): Condition | null {
    const color = this.field<FloorColor>(block, FIELD.color, FLOOR_COLORS);
    return color === null ? null : { kind: 'floor', color };
  }

  private choice(block: SerializedBlock): Condition | null {
    const choice = this.field(block, FIELD.condition, CONDITION_CHOICES);
    return choice === null ? null : CONDITION_IR[choice];
  }

  private procedureName(block: SerializedBlock): ProcedureName | null {
    return this.field(block, FIELD.name, PROCEDURE_NAMES);
  }

  /** A field whose value must be one of a list of choices. */
  private field<T extends string>(
    block: SerializedBlock,
    field: string,
    choices: readonly T[],
  ): T | null {
    const value = block.fields?.[field];
    return choices.find((choice) => choice === value) ?? this.badField(block, field);
  }

  private badField(block: SerializedBlock, field: string): null {
    const value = block.fields?.[field];
    this.report('bad-field', this.id(block), { type: block.type, field, value: shown(value) });
    return null;
  }

  // --- Helpers ------------------------------------------------------------------------------

  private id(block: SerializedBlock): string {
    return this.ids.get(block) ?? block.id ?? '';
  }

  private report(
    code: DiagnosticCode,
    blockId: string | null,
    data?: Readonly<Record<string, string | number>>,
  ): void {
    const severity = code === 'unattached-block' || code === 'empty-input' ? 'warning' : 'error';
    this.diagnostics.push(data ? { code, severity, blockId, data } : { code, severity, blockId });
  }
}

/** A field value as diagnostic data: '' when the field is missing. */
function shown(value: unknown): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  return value === undefined ? '' : JSON.stringify(value);
}

/** Appends a block and every block below it (inputs, then the next block), in document order. */
function collectBlocks(block: SerializedBlock, into: SerializedBlock[]): void {
  into.push(block);
  for (const input of Object.values(block.inputs ?? {})) {
    if (input.block) collectBlocks(input.block, into);
  }
  if (block.next?.block) collectBlocks(block.next.block, into);
}

/** Every call statement in a list of statements, nested ones included, in order. */
export function callsIn(statements: readonly Statement[]): Extract<Statement, { kind: 'call' }>[] {
  return statements.flatMap((statement) => {
    switch (statement.kind) {
      case 'call':
        return [statement];
      case 'repeat':
      case 'repeat-until':
      case 'while':
        return callsIn(statement.body);
      case 'if':
        return [...callsIn(statement.then), ...callsIn(statement.otherwise ?? [])];
      default:
        return [];
    }
  });
}
