// Core geometry: cells, headings and poses on the lesson grid. Pure, runs in Node.
// The grid's origin is the top-left square; x grows to the right, y grows downwards.

export type Heading = 'N' | 'E' | 'S' | 'W';
export type RelativeDirection = 'ahead' | 'left' | 'right';
export type TurnDirection = 'left' | 'right';

export interface Cell {
  readonly x: number;
  readonly y: number;
}

export interface Pose extends Cell {
  readonly heading: Heading;
}

export const HEADINGS: readonly Heading[] = ['N', 'E', 'S', 'W'];

const DELTAS: Record<Heading, Cell> = {
  N: { x: 0, y: -1 },
  E: { x: 1, y: 0 },
  S: { x: 0, y: 1 },
  W: { x: -1, y: 0 },
};

/** The heading after a quarter turn. */
export function turned(heading: Heading, direction: TurnDirection): Heading {
  const index = HEADINGS.indexOf(heading);
  const next = direction === 'left' ? index + 3 : index + 1;
  return HEADINGS[next % 4] as Heading;
}

/** The heading that a relative direction points to from a pose. */
export function headingToward(heading: Heading, direction: RelativeDirection): Heading {
  return direction === 'ahead' ? heading : turned(heading, direction);
}

/** The neighbouring cell in a heading. */
export function neighbour(cell: Cell, heading: Heading): Cell {
  const delta = DELTAS[heading];
  return { x: cell.x + delta.x, y: cell.y + delta.y };
}

export function sameCell(a: Cell, b: Cell): boolean {
  return a.x === b.x && a.y === b.y;
}

/** A stable string key for a cell, for sets and maps. */
export function cellKey(cell: Cell): string {
  return `${cell.x},${cell.y}`;
}

/** Heading as degrees clockwise from north, for drawing. */
export function headingDegrees(heading: Heading): number {
  return HEADINGS.indexOf(heading) * 90;
}
