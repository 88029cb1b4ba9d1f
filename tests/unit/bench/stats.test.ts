// Unit tests of the benchmark's helpers: medians and quantiles of samples, and the budget
// verdicts (a budget holds, is missed, or counts as missed when its metric was not measured).
import { describe, expect, it } from 'vitest';
import { median, quantile, summarize } from '../../../bench/lib/stats';
import { judge, PUPIL_JS_HEADROOM_KB } from '../../../bench/budgets';
import { metric, type Metric } from '../../../bench/lib/results';

describe('bench statistics', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('reads nearest-rank quantiles and summarises a run', () => {
    const samples = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
    expect(quantile(samples, 0.9)).toBe(90);
    expect(quantile(samples, 0)).toBe(10);
    expect(summarize(samples)).toEqual({ median: 55, min: 10, max: 100, p90: 90, n: 10 });
  });
});

describe('bench budgets', () => {
  const verdict = (metrics: Metric[], id: string) =>
    judge(new Map(metrics.map((m) => [m.id, m]))).find((v) => v.id === id)!;

  it('holds the pupil JS budget up to the floor plus the headroom, not above', () => {
    const at = (kb: number) => [metric('bytes.pupil.js.gzip', 'js', kb, 'kB', { floor: 200 })];
    expect(verdict(at(200 + PUPIL_JS_HEADROOM_KB), 'pupil-js').ok).toBe(true);
    expect(verdict(at(200 + PUPIL_JS_HEADROOM_KB + 0.1), 'pupil-js').ok).toBe(false);
  });

  it('compares load times as ratios to the floor', () => {
    const load = (value: number) => [
      metric('load.ready.unthrottled', 'load', value, 'ms', { floor: 1000 }),
    ];
    expect(verdict(load(1000), 'workspace-ready').ok).toBe(true);
    expect(verdict(load(1010), 'workspace-ready').ok).toBe(false);
  });

  it('counts a budget whose metric is missing as not held', () => {
    const missing = verdict([], 'class-grid');
    expect(missing.ok).toBe(false);
    expect(missing.measuredAtAll).toBe(false);
    expect(missing.measured).toBe('not measured');
  });
});
