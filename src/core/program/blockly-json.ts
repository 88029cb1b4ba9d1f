// The subset of Blockly's JSON serialization (`Blockly.serialization.workspaces.save`)
// that the compiler reads. Typed here so the core never imports Blockly.

export interface SerializedBlock {
  type: string;
  id?: string;
  x?: number;
  y?: number;
  movable?: boolean;
  deletable?: boolean;
  editable?: boolean;
  /** Blockly 11+ writes why a block is disabled; an empty or absent list means enabled. */
  disabledReasons?: string[];
  /** Older serializations (read by Blockly for compatibility): false means disabled. */
  enabled?: boolean;
  fields?: Record<string, unknown>;
  inputs?: Record<string, { block?: SerializedBlock; shadow?: SerializedBlock }>;
  next?: { block?: SerializedBlock; shadow?: SerializedBlock };
  extraState?: unknown;
}

export interface WorkspaceState {
  blocks?: {
    languageVersion?: number;
    blocks?: SerializedBlock[];
  };
  [key: string]: unknown;
}
