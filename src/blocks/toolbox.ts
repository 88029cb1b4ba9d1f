// A level's toolbox and block limits in Blockly's terms: the flyout contents built from the
// level's ToolboxEntry list, `maxBlocks` / `maxInstances` so extra blocks cannot be dragged
// out, and the workspace a level opens with. Pure functions of the level.
import type { Level, ToolboxEntry } from '../core/lesson/types';
import { START_BLOCK } from '../core/program/block-types';
import type { SerializedBlock, WorkspaceState } from '../core/program/blockly-json';

export interface FlyoutBlockItem {
  readonly kind: 'block';
  readonly type: string;
}

export interface FlyoutToolbox {
  readonly kind: 'flyoutToolbox';
  readonly contents: readonly FlyoutBlockItem[];
}

/** The always-open flyout of a level: its blocks, in the author's order, each once. */
export function toolboxFor(entries: readonly ToolboxEntry[]): FlyoutToolbox {
  const seen = new Set<string>();
  const contents: FlyoutBlockItem[] = [];
  for (const entry of entries) {
    if (seen.has(entry.type)) continue;
    seen.add(entry.type);
    contents.push({ kind: 'block', type: entry.type });
  }
  return { kind: 'flyoutToolbox', contents };
}

/** Blockly's per-type limits: the level's own, and a single start block. */
export function maxInstancesFor(entries: readonly ToolboxEntry[]): Record<string, number> {
  const limits: Record<string, number> = { [START_BLOCK]: 1 };
  for (const entry of entries) {
    if (entry.limit !== undefined) limits[entry.type] = entry.limit;
  }
  return limits;
}

/**
 * Blockly's `maxBlocks` counts every block on the workspace, the start block included, while
 * a level's `maxBlocks` leaves it out: one more, or no limit.
 */
export function blocklyMaxBlocks(level: Pick<Level, 'maxBlocks'>): number {
  return level.maxBlocks === null ? Infinity : level.maxBlocks + 1;
}

/** Where the start block sits on an empty workspace, in workspace units. */
export const START_POSITION = { x: 40, y: 40 } as const;

/** A workspace holding only the start block, which cannot be deleted. */
export function emptyProgram(): WorkspaceState {
  const start: SerializedBlock = {
    type: START_BLOCK,
    id: 'start',
    x: START_POSITION.x,
    y: START_POSITION.y,
    deletable: false,
  };
  return { blocks: { languageVersion: 0, blocks: [start] } };
}

/** The workspace a level opens with when the pupil has nothing saved for it. */
export function startProgram(level: Pick<Level, 'startBlocks'>): WorkspaceState {
  const start = level.startBlocks;
  const blocks = start?.blocks?.blocks ?? [];
  if (!start || blocks.length === 0) return emptyProgram();
  if (blocks.some((block) => block.type === START_BLOCK)) return start;
  // A level whose starting blocks lack the hat gets one, with the author's blocks beside it.
  const hat = emptyProgram().blocks?.blocks ?? [];
  return { ...start, blocks: { languageVersion: 0, blocks: [...hat, ...blocks] } };
}

/** Counts the blocks of a saved workspace by type (the start block included). */
export function countBlocks(state: WorkspaceState): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (block: SerializedBlock | undefined): void => {
    if (!block) return;
    counts.set(block.type, (counts.get(block.type) ?? 0) + 1);
    for (const input of Object.values(block.inputs ?? {})) visit(input.block);
    visit(block.next?.block);
  };
  for (const block of state.blocks?.blocks ?? []) visit(block);
  return counts;
}
