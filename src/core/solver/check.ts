// Checking a restored pack's levels the way `npm run lessons -- check` does: the solver proves
// each level solvable within its maxBlocks, the starting program must not already solve it,
// the recorded optimal block count and star thresholds must agree with the solver. Problems
// are codes with JSON pointers; the CLI and the tests put them into words.
// Core layer: pure and deterministic.

import { LOCALES, type Level, type Locale, type LocalizedText, type Pack } from '../lesson/types';
import { START_BLOCK } from '../program/block-types';
import type { WorkspaceState } from '../program/blockly-json';
import { solve, solves, type SolveOptions, type SolveResult } from './solve';

export type LevelProblemCode =
  | 'unsolvable'
  | 'unknown'
  | 'start-solves'
  | 'optimal-mismatch'
  | 'stars-below-optimal'
  | 'missing-locale';

export interface LevelProblem {
  readonly code: LevelProblemCode;
  /** JSON pointer into the pack file. */
  readonly path: string;
  readonly data: Readonly<Record<string, string | number>>;
}

export interface LevelReport {
  readonly id: string;
  readonly solvable: boolean | 'unknown';
  readonly optimalBlocks: number | null;
  readonly maxBlocks: number | null;
  /** Locales every text of the level is written in. */
  readonly locales: readonly Locale[];
  readonly solution: SolveResult;
  readonly problems: readonly LevelProblem[];
}

/** The workspace a level opens with: its starting blocks, or a lone start block. */
export function startingWorkspace(level: Level): WorkspaceState {
  return (
    level.startBlocks ?? {
      blocks: { languageVersion: 0, blocks: [{ type: START_BLOCK, id: 'start' }] },
    }
  );
}

function textsOf(level: Level): LocalizedText[] {
  return [level.title, level.instructions, ...level.hints];
}

export function levelLocales(level: Level): Locale[] {
  return LOCALES.filter((locale) => textsOf(level).every((text) => text[locale] !== undefined));
}

export function checkLevelSolution(
  level: Level,
  index: number,
  options: SolveOptions = {},
): LevelReport {
  const path = `/levels/${index}`;
  const problems: LevelProblem[] = [];
  const solution = solve(level, options);
  const locales = levelLocales(level);
  for (const locale of LOCALES) {
    if (!locales.includes(locale))
      problems.push({ code: 'missing-locale', path, data: { id: level.id, locale } });
  }
  if (solution.status === 'unsolvable') {
    problems.push({
      code: 'unsolvable',
      path,
      data: { id: level.id, max: level.maxBlocks ?? solution.stats.bound },
    });
  } else if (solution.status === 'unknown') {
    problems.push({ code: 'unknown', path, data: { id: level.id } });
  }
  if (solves(level, startingWorkspace(level))) {
    problems.push({ code: 'start-solves', path: `${path}/startBlocks`, data: { id: level.id } });
  }
  const optimal = solution.status === 'solved' ? solution.blocks : null;
  if (optimal !== null && level.optimalBlocks !== null && level.optimalBlocks !== optimal) {
    problems.push({
      code: 'optimal-mismatch',
      path: `${path}/optimalBlocks`,
      data: { id: level.id, declared: level.optimalBlocks, optimal },
    });
  }
  if (optimal !== null && level.stars !== null && level.stars.three < optimal) {
    problems.push({
      code: 'stars-below-optimal',
      path: `${path}/stars`,
      data: { id: level.id, three: level.stars.three, optimal },
    });
  }
  return {
    id: level.id,
    solvable:
      solution.status === 'solved' ? true : solution.status === 'unsolvable' ? false : 'unknown',
    optimalBlocks: optimal,
    maxBlocks: level.maxBlocks,
    locales,
    solution,
    problems,
  };
}

export function checkPackLevels(pack: Pack, options: SolveOptions = {}): LevelReport[] {
  return pack.levels.map((level, index) => checkLevelSolution(level, index, options));
}
