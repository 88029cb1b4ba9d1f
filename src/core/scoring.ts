// Star scoring: how many stars a run earns from its block count. Core layer: pure.
//
// Thresholds come from the level's author when set, otherwise from the optimal block count
// (proven by the solver): three stars for an optimal program, two for up to half as many
// blocks again (at least one more), one for any other success. With neither, there is no
// yardstick for a program's length, so every success earns three stars (thresholds null).

import type { Level, StarThresholds } from './lesson/types';
import type { RunOutcome } from './run/types';

export type Stars = 0 | 1 | 2 | 3;

export function starThresholds(
  level: Pick<Level, 'stars' | 'optimalBlocks'>,
  optimalBlocks?: number | null,
): StarThresholds | null {
  if (level.stars) return level.stars;
  const optimal = optimalBlocks ?? level.optimalBlocks;
  if (optimal === null) return null;
  return { three: optimal, two: optimal + Math.max(1, Math.round(optimal * 0.5)) };
}

export function starsFor(
  outcome: RunOutcome,
  blockCount: number,
  thresholds: StarThresholds | null,
): Stars {
  if (outcome.kind !== 'success') return 0;
  if (thresholds === null || blockCount <= thresholds.three) return 3;
  return blockCount <= thresholds.two ? 2 : 1;
}
