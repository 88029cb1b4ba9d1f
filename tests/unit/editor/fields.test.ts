// Errors of a pack file land on the editor field to fix.
import { describe, expect, it } from 'vitest';
import { placeOf } from '../../../src/ui/editor/fields';
import { tabOf } from '../../../src/ui/editor/tabs';

describe('placeOf', () => {
  it('places level and pack issues on their field', () => {
    expect(placeOf('/levels/2/title/en')).toEqual({ level: 2, field: 'title', detail: 'en' });
    expect(placeOf('/levels/0/grid/3')).toMatchObject({ level: 0, field: 'map' });
    expect(placeOf('/levels/1/toolbox/0/type')).toMatchObject({ level: 1, field: 'toolbox' });
    expect(placeOf('/title/fr')).toEqual({ level: null, field: 'pack-title', detail: 'fr' });
    expect(placeOf('')).toMatchObject({ level: null, field: 'pack' });
    expect(tabOf(placeOf('/levels/0/startBlocks/blocks').field)).toBe('blocks');
  });
});
