// Lesson types: packs and levels as the rest of the app sees them once `restore` has
// validated, defaulted and migrated a file. Pure data, no behaviour.

import type { BlockType } from '../program/block-types';
import type { WorkspaceState } from '../program/blockly-json';
import type { Cell, Heading, Pose } from '../geometry';

/** Locales the curriculum is written in. French is always present. */
export type Locale = 'fr' | 'en';
export const LOCALES: readonly Locale[] = ['fr', 'en'];

/** A text per locale; `fr` is required, others fall back to it. */
export type LocalizedText = { fr: string } & Partial<Record<Locale, string>>;

export type FloorColor = 'red' | 'green' | 'blue' | 'yellow';
export const FLOOR_COLORS: readonly FloorColor[] = ['red', 'green', 'blue', 'yellow'];

export interface FloorPatch extends Cell {
  readonly color: FloorColor;
}

export interface Grid {
  readonly width: number;
  readonly height: number;
  /** Blocked squares: the robot crashes when it drives into one. */
  readonly walls: readonly Cell[];
  /** Coloured squares the floor sensor can read. */
  readonly floor: readonly FloorPatch[];
  /** Items to collect (with the collect block). */
  readonly items: readonly Cell[];
}

/** What must be true when the program ends. */
export type SuccessRule =
  | { readonly kind: 'reach-goal'; readonly facing?: Heading }
  | { readonly kind: 'collect-all' }
  | { readonly kind: 'collect-all-then-goal'; readonly facing?: Heading };

export interface ToolboxEntry {
  readonly type: BlockType;
  /** How many of this block the program may hold; absent means no limit. */
  readonly limit?: number;
}

export interface StarThresholds {
  /** Most blocks for three stars. */
  readonly three: number;
  /** Most blocks for two stars; more still earns one star on success. */
  readonly two: number;
}

/** Where conditions read the world on a real robot: the level's map or the robot's sensors. */
export type SensorSource = 'map' | 'robot';

export interface Level {
  readonly id: string;
  readonly title: LocalizedText;
  /** Markdown, rendered safely by the UI. */
  readonly instructions: LocalizedText;
  readonly grid: Grid;
  readonly start: Pose;
  readonly goal: Cell | null;
  readonly rule: SuccessRule;
  readonly toolbox: readonly ToolboxEntry[];
  /** Most blocks the program may hold (the start block does not count); null for no limit. */
  readonly maxBlocks: number | null;
  /** Blockly workspace state the level opens with; blocks may be locked (movable/deletable false). */
  readonly startBlocks: WorkspaceState | null;
  /** Progressive hints, shown one at a time. */
  readonly hints: readonly LocalizedText[];
  /** Set by the author, or null to derive them from the optimal block count. */
  readonly stars: StarThresholds | null;
  /** Optimal block count proven by the solver, when known. */
  readonly optimalBlocks: number | null;
  /** Side of a square on a printed mat, in centimetres. */
  readonly squareCm: number;
  readonly tags: readonly string[];
  readonly sensors: SensorSource;
  /** Show pictograms instead of words on blocks, for pupils who cannot read yet. */
  readonly pictograms: boolean;
}

export type Cycle = 'cycle2' | 'cycle3' | 'cycle4';

export interface Pack {
  readonly schemaVersion: number;
  readonly id: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly cycle: Cycle | null;
  readonly ages: { readonly min: number; readonly max: number } | null;
  readonly levels: readonly Level[];
}

/** Picks the text for a locale, falling back to French. */
export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text.fr;
}
