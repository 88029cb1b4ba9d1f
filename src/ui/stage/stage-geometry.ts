// Geometry of the SVG stage: where squares, the robot and markers sit in the drawing, in
// user units (one square is CELL units wide). Pure functions, no DOM.
import { headingDegrees, neighbour, type Cell, type Heading, type Pose } from '../../core/geometry';
import type { TranscriptEntry } from '../../core/run/types';

export const CELL = 100;
/** Room around the board, so a marker on the edge of the map is fully visible. */
export const MARGIN = 40;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export function viewBox(width: number, height: number): string {
  return `${-MARGIN} ${-MARGIN} ${width * CELL + 2 * MARGIN} ${height * CELL + 2 * MARGIN}`;
}

export function cellCenter(cell: Cell): Point {
  return { x: (cell.x + 0.5) * CELL, y: (cell.y + 0.5) * CELL };
}

/**
 * Where to mark a crash: on the wall square it hit, or, off the map, on the board's edge
 * halfway between the robot's square and the square it tried to enter.
 */
export function crashPoint(at: Cell, from: Cell, cause: 'wall' | 'edge'): Point {
  const target = cellCenter(at);
  if (cause === 'wall') return target;
  const origin = cellCenter(from);
  return { x: (target.x + origin.x) / 2, y: (target.y + origin.y) / 2 };
}

/**
 * The robot's rotation after each transcript entry, in degrees, counted continuously (a left
 * turn from north goes to -90, not 270) so the animation always turns the short way.
 */
export function rotationsOf(start: Heading, transcript: readonly TranscriptEntry[]): number[] {
  let rotation = headingDegrees(start);
  return transcript.map((entry) => {
    if (entry.kind === 'action' && entry.action.type === 'turn' && entry.outcome === 'ok') {
      rotation += entry.action.direction === 'left' ? -90 : 90;
    }
    return rotation;
  });
}

/** The squares the robot stood on, in order, from its start to each entry (for its trail). */
export function trailOf(start: Pose, transcript: readonly TranscriptEntry[], upTo: number): Cell[] {
  const trail: Cell[] = [start];
  for (const entry of transcript.slice(0, upTo)) {
    const last = trail[trail.length - 1] as Cell;
    if (entry.pose.x !== last.x || entry.pose.y !== last.y) trail.push(entry.pose);
  }
  return trail;
}

/** The square an item was picked up from, per entry (null when the entry picked nothing). */
export function pickupsOf(transcript: readonly TranscriptEntry[]): (Cell | null)[] {
  let collected = 0;
  return transcript.map((entry) => {
    if (entry.kind !== 'action') return null;
    const picked = entry.action.type === 'collect' && entry.collected > collected;
    collected = entry.collected;
    return picked ? { x: entry.pose.x, y: entry.pose.y } : null;
  });
}

/** The square in front of a pose (where a forward move goes). */
export function ahead(pose: Pose): Cell {
  return neighbour(pose, pose.heading);
}
