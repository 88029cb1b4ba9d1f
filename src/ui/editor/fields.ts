// Where an issue of a pack file belongs in the editor: its JSON pointer (from `restore` or the
// solver check) becomes a level and a field of the form, so each error shows beside the field
// to fix. Pure.
import { segmentsOf } from '../../core/lesson/issues';

export type EditorField =
  | 'pack-id'
  | 'pack-title'
  | 'pack-description'
  | 'pack'
  | 'level-id'
  | 'title'
  | 'instructions'
  | 'map'
  | 'toolbox'
  | 'maxBlocks'
  | 'startBlocks'
  | 'hints'
  | 'stars'
  | 'squareCm'
  | 'level';

export interface FieldPlace {
  /** Index of the level, or null for the pack's own fields. */
  readonly level: number | null;
  readonly field: EditorField;
  /** The locale of a text field (`/levels/0/title/en` → 'en'), or the hint's number. */
  readonly detail: string | null;
}

const LEVEL_FIELDS: Record<string, EditorField> = {
  id: 'level-id',
  title: 'title',
  instructions: 'instructions',
  grid: 'map',
  start: 'map',
  goal: 'map',
  rule: 'map',
  toolbox: 'toolbox',
  maxBlocks: 'maxBlocks',
  startBlocks: 'startBlocks',
  hints: 'hints',
  stars: 'stars',
  optimalBlocks: 'stars',
  squareCm: 'squareCm',
};

const PACK_FIELDS: Record<string, EditorField> = {
  id: 'pack-id',
  title: 'pack-title',
  description: 'pack-description',
};

export function placeOf(path: string): FieldPlace {
  const segments = segmentsOf(path);
  if (segments[0] === 'levels' && segments[1] !== undefined && /^\d+$/.test(segments[1])) {
    const field = LEVEL_FIELDS[segments[2] ?? ''] ?? 'level';
    return { level: Number(segments[1]), field, detail: segments[3] ?? null };
  }
  return {
    level: null,
    field: PACK_FIELDS[segments[0] ?? ''] ?? 'pack',
    detail: segments[1] ?? null,
  };
}
