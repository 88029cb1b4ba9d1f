// What the benchmark needs to know about the product before measuring: the first shipped pack
// and level (the pupil's lesson page is `#/play/<pack>/<level>`) and whether a route exists.
// Reads the tree the way the app does (lessons/*.json in name order, schema.json excluded).
// Bench-only code (Node).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './build';
import { Unavailable } from './results';

export interface ShippedLevel {
  readonly packId: string;
  readonly levelId: string;
}

interface RawPack {
  readonly id?: unknown;
  readonly levels?: readonly { readonly id?: unknown }[];
}

/** Every shipped pack file, in the order the app loads them. */
export function lessonFiles(): string[] {
  const dir = join(REPO, 'lessons');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .sort()
    .map((name) => join(dir, name));
}

/** Every shipped level, pack by pack, as raw ids (no validation: the lessons tests do that). */
export function shippedLevels(): ShippedLevel[] {
  const levels: ShippedLevel[] = [];
  for (const file of lessonFiles()) {
    const pack = JSON.parse(readFileSync(file, 'utf8')) as RawPack;
    if (typeof pack.id !== 'string' || !Array.isArray(pack.levels)) continue;
    for (const level of pack.levels)
      if (typeof level.id === 'string') levels.push({ packId: pack.id, levelId: level.id });
  }
  return levels;
}

/** The hash path of the first shipped level, or Unavailable if the player cannot show one. */
export function firstLessonPath(): string {
  const routes = readFileSync(join(REPO, 'src/app/routes.ts'), 'utf8');
  if (!routes.includes("'/play/:pack/:level'"))
    throw new Unavailable("src/app/routes.ts has no '/play/:pack/:level' route yet");
  const first = shippedLevels()[0];
  if (!first) throw new Unavailable('lessons/ holds no shipped pack with a level yet');
  return `#/play/${encodeURIComponent(first.packId)}/${encodeURIComponent(first.levelId)}`;
}
