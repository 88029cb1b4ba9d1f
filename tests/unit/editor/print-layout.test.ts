// The printed mat's layout: real size in millimetres, tiles over A4, single A3 / A2 sheets.
import { describe, expect, it } from 'vitest';
import { printLayout, tileName } from '../../../src/ui/editor/print-layout';

describe('printLayout', () => {
  it('tiles a 6 × 4 mat of 15 cm squares over A4 in the orientation needing fewer sheets', () => {
    const layout = printLayout(6, 4, 15, 'a4');
    expect(layout.mat).toEqual({ width: 900, height: 600 });
    // Landscape: 277 × 190 mm printable → 4 columns × 4 rows = 16; portrait 190 × 277 → 5 × 3 = 15.
    expect(layout.landscape).toBe(false);
    expect([layout.columns, layout.rows]).toEqual([5, 3]);
    expect(layout.tiles).toHaveLength(15);
    const last = layout.tiles.at(-1)!;
    expect(last).toMatchObject({ row: 2, column: 4, x: 760, y: 554, width: 140, height: 46 });
    expect(tileName(last)).toBe('C5');
  });

  it('puts a small mat on one A4 sheet', () => {
    const layout = printLayout(3, 2, 5, 'a4');
    expect(layout.tiles).toEqual([{ row: 0, column: 0, x: 0, y: 0, width: 150, height: 100 }]);
  });

  it('uses one A2 sheet when the mat fits, and says when it does not', () => {
    const fits = printLayout(5, 3, 10, 'a2');
    expect(fits.tooBig).toBe(false);
    expect(fits.landscape).toBe(true);
    expect(fits.sheet).toEqual({ width: 594, height: 420 });
    expect(printLayout(6, 4, 15, 'a3').tooBig).toBe(true);
  });
});
