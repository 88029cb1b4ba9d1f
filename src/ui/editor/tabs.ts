// The tabs of the level editor and which tab holds each field, so an error can take the
// author straight to the field to fix. Pure.
import type { EditorField } from './fields';

export const EDITOR_TABS = ['map', 'blocks', 'texts', 'pack'] as const;
export type EditorTab = (typeof EDITOR_TABS)[number];

export function tabOf(field: EditorField): EditorTab {
  switch (field) {
    case 'map':
    case 'squareCm':
    case 'level':
      return 'map';
    case 'toolbox':
    case 'maxBlocks':
    case 'startBlocks':
    case 'stars':
      return 'blocks';
    case 'title':
    case 'instructions':
    case 'hints':
    case 'level-id':
      return 'texts';
    default:
      return 'pack';
  }
}
