// The performance budgets of issue 9, as data: each reads one metric of a benchmark run and says
// whether the product holds it. README.md's "Benchmarks and budgets" lists the same budgets.
// A budget whose metric was not measured counts as missed under `--check`: an unmeasured
// budget is not a held one. Never loosen a budget to make it pass; fix the product.
import { formatValue, type Metric } from './lib/results';

export interface BudgetVerdict {
  readonly id: string;
  readonly label: string;
  /** The budget in words, e.g. "≤ 1.00× floor". */
  readonly limit: string;
  /** What was measured, in words; "not measured" when the metric is missing. */
  readonly measured: string;
  readonly ok: boolean;
  readonly measuredAtAll: boolean;
}

export interface Budget {
  readonly id: string;
  readonly label: string;
  readonly metric: string;
  readonly limit: string;
  /** True when `m` holds the budget. */
  readonly holds: (m: Metric) => boolean;
  readonly show: (m: Metric) => string;
}

/** 1 kB = 1000 bytes throughout the bench (the stricter reading of "60 KB"). */
export const PUPIL_JS_HEADROOM_KB = 60;
export const ROUND_TRIP_HEADROOM_MS = 5;
/** Heap after level 50 may exceed the heap after level 10 by at most this fraction. */
export const HEAP_GROWTH_LIMIT = 0.1;

const ratioText = (m: Metric): string =>
  `${formatValue(m.value, m.unit)} vs ${formatValue(m.floor, m.unit)} = ${m.ratio?.toFixed(2) ?? '—'}×`;

export const BUDGETS: readonly Budget[] = [
  {
    id: 'lighthouse-lesson',
    label: 'Lighthouse mobile performance, lesson page',
    metric: 'lighthouse.lesson',
    limit: '≥ 95',
    holds: (m) => m.value >= 95,
    show: (m) => `${m.value.toFixed(0)} (floor ${formatValue(m.floor, 'score')})`,
  },
  {
    id: 'workspace-ready',
    label: 'Cold load to interactive workspace (no throttling)',
    metric: 'load.ready.unthrottled',
    limit: '≤ 1.00× floor',
    holds: (m) => m.ratio !== undefined && m.ratio <= 1.0,
    show: ratioText,
  },
  {
    id: 'workspace-ready-cpu4x',
    label: 'Cold load to interactive workspace (CPU ×4)',
    metric: 'load.ready.cpu4x',
    limit: '≤ 1.00× floor',
    holds: (m) => m.ratio !== undefined && m.ratio <= 1.0,
    show: ratioText,
  },
  {
    id: 'pupil-js',
    label: 'JS shipped to the lesson page (gzip)',
    metric: 'bytes.pupil.js.gzip',
    limit: `≤ floor + ${PUPIL_JS_HEADROOM_KB} kB`,
    holds: (m) => m.floor !== undefined && m.value <= m.floor + PUPIL_JS_HEADROOM_KB,
    show: (m) =>
      `${formatValue(m.value, 'kB')} = floor ${formatValue(m.floor, 'kB')} + ${formatValue(
        m.value - (m.floor ?? Number.NaN),
        'kB',
      )}`,
  },
  {
    id: 'pupil-no-other-areas',
    label: 'Teacher/editor/review code loaded by the lesson page',
    metric: 'bytes.pupil.otherAreas',
    limit: '0 modules',
    holds: (m) => m.value === 0,
    show: (m) => `${m.value} modules${m.note ? ` (${m.note})` : ''}`,
  },
  {
    id: 'second-load',
    label: 'Second load through the service worker (slow 4G)',
    metric: 'offline.second.slow4g',
    limit: '≤ 0.50× first load',
    holds: (m) => m.ratio !== undefined && m.ratio <= 0.5,
    show: ratioText,
  },
  {
    id: 'class-grid',
    label: 'Class grid query at school scale',
    metric: 'storage.classGrid',
    limit: '≤ 2.00× 3 000-row index read',
    holds: (m) => m.ratio !== undefined && m.ratio <= 2.0,
    show: ratioText,
  },
  {
    id: 'robot-round-trip',
    label: 'Robot command round trip (simulated transport)',
    metric: 'robot.roundTrip',
    limit: `≤ echo + ${ROUND_TRIP_HEADROOM_MS} ms`,
    holds: (m) => m.floor !== undefined && m.value <= m.floor + ROUND_TRIP_HEADROOM_MS,
    show: (m) => `${formatValue(m.value, 'ms')} vs echo ${formatValue(m.floor, 'ms')}`,
  },
  {
    id: 'heap-growth',
    label: 'JS heap after level 50 vs after level 10 (forced GC)',
    metric: 'memory.heap.level50',
    limit: `≤ ${(1 + HEAP_GROWTH_LIMIT).toFixed(2)}× level 10`,
    holds: (m) => m.ratio !== undefined && m.ratio <= 1 + HEAP_GROWTH_LIMIT,
    show: ratioText,
  },
];

export function judge(metrics: ReadonlyMap<string, Metric>): BudgetVerdict[] {
  return BUDGETS.map((budget) => {
    const m = metrics.get(budget.metric);
    if (!m) {
      return {
        id: budget.id,
        label: budget.label,
        limit: budget.limit,
        measured: 'not measured',
        ok: false,
        measuredAtAll: false,
      };
    }
    return {
      id: budget.id,
      label: budget.label,
      limit: budget.limit,
      measured: budget.show(m),
      ok: budget.holds(m),
      measuredAtAll: true,
    };
  });
}
