// What the player needs from the block editor, so its state class never touches Blockly
// (which loads in its own chunk, after the stage and the instructions have painted).
import type { WorkspaceState } from '../../core/program/blockly-json';
import type { BlockTexts } from '../../blocks/texts';
import type { Locale } from '../../core/lesson/types';
import type { FlyoutToolbox } from '../../blocks/toolbox';

export interface BlockRemark {
  readonly blockId: string;
  readonly text: string;
  /** Errors open their bubble at once; warnings show their icon. */
  readonly severity: 'error' | 'warning';
}

export interface ProgramEditor {
  /** The program as Blockly's JSON serialization (what the compiler and storage read). */
  save(): WorkspaceState;
  /** Blocks the pupil may still add, or null when the level sets no limit. */
  blocksLeft(): number | null;
  /** Lights the block that is running (null: none). */
  highlight(blockId: string | null): void;
  /** Shows the compiler's remarks on their blocks, replacing earlier ones. */
  showRemarks(remarks: readonly BlockRemark[]): void;
  /** Puts another program in place (the saved one, arriving after the editor opened). */
  replaceProgram(program: WorkspaceState): void;
  /** Rebuilds every block in another language or presentation; keeps the program. */
  setTexts(locale: Locale, texts: BlockTexts): void;
  dispose(): void;
}

export interface EditorSetup {
  readonly toolbox: FlyoutToolbox;
  readonly maxBlocks: number;
  readonly maxInstances: Record<string, number>;
  readonly program: WorkspaceState;
  readonly locale: Locale;
  readonly texts: BlockTexts;
  /** Zoom the workspace opens at (bigger blocks for the youngest, in pictogram mode). */
  readonly scale: number;
  /** Called after every change the pupil makes to the program (not during loads). */
  readonly onChange: () => void;
}
