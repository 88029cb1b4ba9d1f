// The shape of a benchmark run: sections (one per measurement of issue 9), each with metrics
// that carry their floor and ratio, and how a run is printed as a table. Bench-only code.

export type Unit = 'ms' | 'kB' | 'score' | 'MB' | 'count' | 'x' | 'bool';

export interface Metric {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly unit: Unit;
  /** The same quantity measured on the floor, when there is one. */
  readonly floor?: number;
  /** value / floor, when there is a floor. */
  readonly ratio?: number;
  readonly note?: string;
}

export type SectionStatus = 'measured' | 'unavailable' | 'error';

export interface SectionResult {
  readonly id: string;
  readonly title: string;
  readonly status: SectionStatus;
  /** Why a section could not be measured (missing product piece, error message). */
  readonly reason?: string;
  readonly metrics: readonly Metric[];
  /** Raw samples and classifications, kept in results.json for inspection. */
  readonly details?: unknown;
  readonly seconds: number;
}

/** Thrown by a measurement whose product piece has not landed yet (or cannot be reached). */
export class Unavailable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'Unavailable';
  }
}

export function metric(
  id: string,
  label: string,
  value: number,
  unit: Unit,
  extra: { floor?: number; note?: string } = {},
): Metric {
  const ratio =
    extra.floor !== undefined && extra.floor !== 0 && Number.isFinite(extra.floor)
      ? value / extra.floor
      : undefined;
  return {
    id,
    label,
    value,
    unit,
    ...(extra.floor !== undefined ? { floor: extra.floor } : {}),
    ...(ratio !== undefined ? { ratio } : {}),
    ...(extra.note ? { note: extra.note } : {}),
  };
}

export function formatValue(value: number | undefined, unit: Unit): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  switch (unit) {
    case 'ms':
      if (Math.abs(value) < 1) return `${(value * 1000).toFixed(1)} µs`;
      return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(2)} ms`;
    case 'kB':
      return `${value.toFixed(1)} kB`;
    case 'MB':
      return `${value.toFixed(2)} MB`;
    case 'score':
      return value.toFixed(0);
    case 'count':
      return value.toFixed(0);
    case 'x':
      return `${value.toFixed(2)}×`;
    case 'bool':
      return value ? 'yes' : 'no';
  }
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

/** A plain-text table: one row per metric, grouped by section. */
export function formatTable(sections: readonly SectionResult[]): string {
  const rows: string[][] = [['metric', 'value', 'floor', 'ratio', 'note']];
  for (const section of sections) {
    rows.push([
      `[${section.title}]`,
      section.status === 'measured' ? '' : section.status,
      '',
      '',
      '',
    ]);
    if (section.status !== 'measured' && section.reason)
      rows.push(['  ' + section.reason, '', '', '', '']);
    for (const m of section.metrics) {
      rows.push([
        `  ${m.label}`,
        formatValue(m.value, m.unit),
        m.floor !== undefined ? formatValue(m.floor, m.unit) : '',
        m.ratio !== undefined ? `${m.ratio.toFixed(2)}×` : '',
        m.note ?? '',
      ]);
    }
  }
  const widths = [0, 1, 2, 3].map((c) =>
    Math.min(
      64,
      Math.max(
        ...rows.filter((r) => r[1] !== '' || r[2] !== '' || c === 0).map((r) => r[c]!.length),
      ),
    ),
  );
  return rows
    .map((row) =>
      row[1] === '' && row[2] === '' && row[3] === '' && row[4] === ''
        ? row[0]!
        : row
            .map((cell, c) => (c < 4 ? pad(cell, widths[c]!) : cell))
            .join('  ')
            .trimEnd(),
    )
    .join('\n');
}
