// Program IR: the small typed tree the compiler produces and the interpreter steps.
// Every node keeps the id of the Blockly block it came from, for highlighting and messages.

import type { FloorColor } from '../lesson/types';
import type { RelativeDirection, TurnDirection } from '../geometry';
import type { BlockType, ProcedureName } from './block-types';

/** A question the program asks the world. */
export type Condition =
  | { readonly kind: 'path'; readonly direction: RelativeDirection }
  | { readonly kind: 'at-goal' }
  | { readonly kind: 'floor'; readonly color: FloorColor }
  | { readonly kind: 'all-collected' }
  | { readonly kind: 'not'; readonly condition: Condition };

/** A question with no negation: what a Body answers. */
export type SensorQuery = Exclude<Condition, { kind: 'not' }>;

export type Statement =
  | { readonly kind: 'forward'; readonly blockId: string }
  | { readonly kind: 'turn'; readonly direction: TurnDirection; readonly blockId: string }
  | { readonly kind: 'collect'; readonly blockId: string }
  | {
      readonly kind: 'repeat';
      readonly times: number;
      readonly body: readonly Statement[];
      readonly blockId: string;
    }
  | {
      /** Runs the body until the condition holds (checked before each pass). */
      readonly kind: 'repeat-until';
      readonly condition: Condition;
      readonly body: readonly Statement[];
      readonly blockId: string;
    }
  | {
      /** Runs the body while the condition holds (checked before each pass). */
      readonly kind: 'while';
      readonly condition: Condition;
      readonly body: readonly Statement[];
      readonly blockId: string;
    }
  | {
      readonly kind: 'if';
      readonly condition: Condition;
      readonly then: readonly Statement[];
      /** null for a plain `if`; an array (maybe empty) for `if … else`. */
      readonly otherwise: readonly Statement[] | null;
      readonly blockId: string;
    }
  | { readonly kind: 'call'; readonly name: ProcedureName; readonly blockId: string };

export interface Program {
  readonly main: readonly Statement[];
  readonly procedures: Partial<Record<ProcedureName, readonly Statement[]>>;
  /** Blocks that count against the level's limits (the start block excluded). */
  readonly blockCount: number;
  readonly blockCounts: Partial<Record<BlockType, number>>;
}

export type DiagnosticCode =
  | 'no-start-block'
  | 'unattached-block'
  | 'empty-input'
  | 'too-many-blocks'
  | 'block-limit'
  | 'block-not-allowed'
  | 'unknown-block'
  | 'bad-field'
  | 'unknown-procedure'
  | 'duplicate-procedure'
  | 'recursion';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  /** 'error' stops the run; 'warning' is shown but the program still runs. */
  readonly severity: 'error' | 'warning';
  /** The block to point at, when there is one. */
  readonly blockId: string | null;
  /** Values for the message (limits, counts, block type, field name). */
  readonly data?: Readonly<Record<string, string | number>>;
}

export interface CompileResult {
  /** null when an error diagnostic prevents running. */
  readonly program: Program | null;
  readonly diagnostics: readonly Diagnostic[];
}
