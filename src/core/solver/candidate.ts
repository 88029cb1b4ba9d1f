// The solver's own small program tree ("candidate"), its block count, its Blockly JSON and a
// compact text form for tests and the CLI. A candidate is only ever judged by turning it into
// Blockly JSON and running it through the real compiler and simulator. Core layer: pure.

import type { RelativeDirection } from '../geometry';
import type { FloorColor } from '../lesson/types';
import type { SerializedBlock, WorkspaceState } from '../program/blockly-json';
import {
  FIELD,
  INPUT,
  START_BLOCK,
  type BlockType,
  type ConditionChoice,
  type ProcedureName,
} from '../program/block-types';

export type Node =
  | { readonly kind: 'forward' }
  | { readonly kind: 'left' }
  | { readonly kind: 'right' }
  | { readonly kind: 'collect' }
  | { readonly kind: 'repeat'; readonly times: number; readonly body: readonly Node[] }
  | { readonly kind: 'until-goal'; readonly body: readonly Node[] }
  | { readonly kind: 'until'; readonly condition: ConditionChoice; readonly body: readonly Node[] }
  | {
      readonly kind: 'while';
      readonly direction: RelativeDirection;
      readonly body: readonly Node[];
    }
  | {
      readonly kind: 'if-path';
      readonly direction: RelativeDirection;
      readonly then: readonly Node[];
      readonly otherwise: readonly Node[] | null;
    }
  | {
      readonly kind: 'if-floor';
      readonly color: FloorColor;
      readonly then: readonly Node[];
      readonly otherwise: readonly Node[] | null;
    }
  | { readonly kind: 'call'; readonly name: ProcedureName };

export interface Candidate {
  readonly main: readonly Node[];
  readonly procedures: Partial<Record<ProcedureName, readonly Node[]>>;
}

/** The block type a node is written with. */
export function blockTypeOf(node: Node): BlockType {
  switch (node.kind) {
    case 'forward':
      return 'move_forward';
    case 'left':
      return 'turn_left';
    case 'right':
      return 'turn_right';
    case 'collect':
      return 'collect';
    case 'repeat':
      return 'repeat_times';
    case 'until-goal':
      return 'repeat_until_goal';
    case 'until':
      return 'repeat_until_condition';
    case 'while':
      return 'while_path';
    case 'if-path':
      return node.otherwise === null ? 'if_path' : 'if_else_path';
    case 'if-floor':
      return node.otherwise === null ? 'if_floor' : 'if_else_floor';
    case 'call':
      return 'procedure_call';
  }
}

/** The nodes directly inside a node (its statement inputs, in order). */
export function childrenOf(node: Node): readonly (readonly Node[])[] {
  switch (node.kind) {
    case 'repeat':
    case 'until-goal':
    case 'until':
    case 'while':
      return [node.body];
    case 'if-path':
    case 'if-floor':
      return node.otherwise === null ? [node.then] : [node.then, node.otherwise];
    default:
      return [];
  }
}

/** Blocks of a list of nodes, nested ones included. */
export function countNodes(nodes: readonly Node[]): number {
  let count = 0;
  for (const node of nodes) {
    count += 1;
    for (const child of childrenOf(node)) count += countNodes(child);
  }
  return count;
}

/** Blocks of a candidate as the compiler counts them: procedure definitions count, the start block does not. */
export function countBlocks(candidate: Candidate): number {
  let count = countNodes(candidate.main);
  for (const body of Object.values(candidate.procedures)) if (body) count += 1 + countNodes(body);
  return count;
}

/** Uses of each block type, as the toolbox limits count them. */
export function blockUses(candidate: Candidate): Map<BlockType, number> {
  const uses = new Map<BlockType, number>();
  const add = (type: BlockType) => uses.set(type, (uses.get(type) ?? 0) + 1);
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      add(blockTypeOf(node));
      for (const child of childrenOf(node)) walk(child);
    }
  };
  walk(candidate.main);
  for (const body of Object.values(candidate.procedures)) {
    if (!body) continue;
    add('procedure_define');
    walk(body);
  }
  return uses;
}

/** The candidate as Blockly workspace JSON, with stable ids (b1, b2, …) in document order. */
export function toWorkspace(candidate: Candidate): WorkspaceState {
  let next = 0;
  const id = () => `b${(next += 1)}`;
  const chain = (nodes: readonly Node[]): SerializedBlock | undefined => {
    let first: SerializedBlock | undefined;
    let last: SerializedBlock | undefined;
    for (const node of nodes) {
      const block = toBlock(node);
      if (last) last.next = { block };
      else first = block;
      last = block;
    }
    return first;
  };
  const statement = (block: SerializedBlock, input: string, nodes: readonly Node[]) => {
    const first = chain(nodes);
    if (first) (block.inputs ??= {})[input] = { block: first };
  };
  const toBlock = (node: Node): SerializedBlock => {
    const block: SerializedBlock = { type: blockTypeOf(node), id: id() };
    switch (node.kind) {
      case 'repeat':
        block.fields = { [FIELD.times]: node.times };
        statement(block, INPUT.body, node.body);
        break;
      case 'until-goal':
        statement(block, INPUT.body, node.body);
        break;
      case 'until':
        block.fields = { [FIELD.condition]: node.condition };
        statement(block, INPUT.body, node.body);
        break;
      case 'while':
        block.fields = { [FIELD.direction]: node.direction };
        statement(block, INPUT.body, node.body);
        break;
      case 'if-path':
      case 'if-floor':
        block.fields =
          node.kind === 'if-path'
            ? { [FIELD.direction]: node.direction }
            : { [FIELD.color]: node.color };
        statement(block, INPUT.body, node.then);
        if (node.otherwise !== null) statement(block, INPUT.otherwise, node.otherwise);
        break;
      case 'call':
        block.fields = { [FIELD.name]: node.name };
        break;
      default:
        break;
    }
    return block;
  };
  const start: SerializedBlock = { type: START_BLOCK, id: 'start', x: 20, y: 20 };
  const main = chain(candidate.main);
  if (main) start.next = { block: main };
  const blocks: SerializedBlock[] = [start];
  let y = 20;
  for (const [name, body] of Object.entries(candidate.procedures)) {
    if (!body) continue;
    y += 200;
    const define: SerializedBlock = {
      type: 'procedure_define',
      id: id(),
      x: 20,
      y,
      fields: { [FIELD.name]: name },
    };
    statement(define, INPUT.body, body);
    blocks.push(define);
  }
  return { blocks: { languageVersion: 0, blocks } };
}

/** A compact text form: "F L R C", "repeat 3 { F }", "until goal { … }", "if ahead { … } else { … }", "A". */
export function describeCandidate(candidate: Candidate): string {
  const list = (nodes: readonly Node[]): string => nodes.map(text).join(' ');
  const block = (nodes: readonly Node[]) => `{ ${list(nodes)} }`;
  const text = (node: Node): string => {
    switch (node.kind) {
      case 'forward':
        return 'F';
      case 'left':
        return 'L';
      case 'right':
        return 'R';
      case 'collect':
        return 'C';
      case 'repeat':
        return `repeat ${node.times} ${block(node.body)}`;
      case 'until-goal':
        return `until goal ${block(node.body)}`;
      case 'until':
        return `until ${node.condition} ${block(node.body)}`;
      case 'while':
        return `while ${node.direction} ${block(node.body)}`;
      case 'if-path':
      case 'if-floor': {
        const test = node.kind === 'if-path' ? node.direction : node.color;
        const otherwise = node.otherwise === null ? '' : ` else ${block(node.otherwise)}`;
        return `if ${test} ${block(node.then)}${otherwise}`;
      }
      case 'call':
        return node.name;
    }
  };
  const procedures = Object.entries(candidate.procedures)
    .filter((entry): entry is [string, readonly Node[]] => entry[1] !== undefined)
    .map(([name, body]) => `; ${name} = ${list(body)}`)
    .join('');
  return list(candidate.main) + procedures;
}
