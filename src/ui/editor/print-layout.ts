// How a level's mat is laid out on paper at real scale: the mat's size in millimetres, the
// sheet size and orientation, and for A4 the tiles (which part of the mat each sheet shows)
// with their row/column, so the sheets can be taped together along alignment marks. Pure.

export type Paper = 'a4' | 'a3' | 'a2';

/** Portrait sizes, in millimetres (ISO 216). */
export const PAPER_MM: Record<Paper, { readonly width: number; readonly height: number }> = {
  a4: { width: 210, height: 297 },
  a3: { width: 297, height: 420 },
  a2: { width: 420, height: 594 },
};

/** Blank border most printers need, in millimetres; the marks sit in it. */
export const PRINT_MARGIN_MM = 10;

export interface Tile {
  /** 0-based row and column of the sheet in the assembled mat. */
  readonly row: number;
  readonly column: number;
  /** Top-left corner of the mat part this sheet shows, in millimetres of the mat. */
  readonly x: number;
  readonly y: number;
  /** Size of the printed part, in millimetres (the last row and column may be narrower). */
  readonly width: number;
  readonly height: number;
}

export interface PrintLayout {
  readonly paper: Paper;
  readonly landscape: boolean;
  /** Sheet size, in millimetres, as laid out (landscape swaps the sides). */
  readonly sheet: { readonly width: number; readonly height: number };
  /** Whole mat, in millimetres. */
  readonly mat: { readonly width: number; readonly height: number };
  readonly rows: number;
  readonly columns: number;
  readonly tiles: readonly Tile[];
  /** True when the mat does not fit on one sheet of this paper (only A4 is tiled). */
  readonly tooBig: boolean;
}

function sheetsFor(mat: number, area: number): number {
  // A hair of tolerance: 18 cm on 19 cm of printable area is one sheet, not two.
  return Math.max(1, Math.ceil(mat / area - 1e-9));
}

/**
 * Lays out a mat of `columns × rows` squares of `squareCm` centimetres. A4 is tiled over as
 * many sheets as needed, in the orientation that needs fewer; A3 and A2 use one sheet, in the
 * orientation that fits (`tooBig` when neither does).
 */
export function printLayout(
  gridWidth: number,
  gridHeight: number,
  squareCm: number,
  paper: Paper,
): PrintLayout {
  const mat = { width: gridWidth * squareCm * 10, height: gridHeight * squareCm * 10 };
  const options = [false, true].map((landscape) => {
    const portrait = PAPER_MM[paper];
    const sheet = landscape
      ? { width: portrait.height, height: portrait.width }
      : { width: portrait.width, height: portrait.height };
    const area = {
      width: sheet.width - 2 * PRINT_MARGIN_MM,
      height: sheet.height - 2 * PRINT_MARGIN_MM,
    };
    const columns = sheetsFor(mat.width, area.width);
    const rows = sheetsFor(mat.height, area.height);
    return { landscape, sheet, area, columns, rows };
  });
  const tiled = paper === 'a4';
  const best = options.reduce((a, b) => (b.columns * b.rows < a.columns * a.rows ? b : a));
  const { landscape, sheet, area, columns, rows } = best;
  const tooBig = !tiled && columns * rows > 1;
  const tiles: Tile[] = [];
  for (let row = 0; row < (tiled ? rows : 1); row += 1) {
    for (let column = 0; column < (tiled ? columns : 1); column += 1) {
      const x = column * area.width;
      const y = row * area.height;
      tiles.push({
        row,
        column,
        x,
        y,
        width: Math.min(area.width, mat.width - x),
        height: Math.min(area.height, mat.height - y),
      });
    }
  }
  return {
    paper,
    landscape,
    sheet,
    mat,
    rows: tiled ? rows : 1,
    columns: tiled ? columns : 1,
    tiles,
    tooBig,
  };
}

/** The sheet's name in the assembly: a letter per row, a number per column ("A1", "B2"). */
export function tileName(tile: Pick<Tile, 'row' | 'column'>): string {
  return `${String.fromCharCode(65 + (tile.row % 26))}${tile.column + 1}`;
}
