// Restore issues: what is wrong (or worth a warning) in a lesson file, as a code, a JSON
// pointer and values. Words live in the message catalogues (src/messages/lessons.ts), never here.
// Also turns valibot issues into restore issues. Pure, runs in Node.

import type * as v from 'valibot';

export type RestoreIssueCode =
  // The value is not plain JSON, or is too big to read safely.
  | 'not-json'
  | 'too-deep'
  | 'too-large'
  | 'string-too-long'
  // Versions.
  | 'missing-version'
  | 'unknown-version'
  | 'newer-version'
  // Shape (from the schema).
  | 'missing'
  | 'wrong-type'
  | 'not-one-of'
  | 'too-short'
  | 'too-long'
  | 'too-small'
  | 'too-big'
  | 'not-integer'
  | 'bad-format'
  // The grid drawn as rows.
  | 'ragged-map'
  | 'duplicate-start'
  | 'missing-start'
  | 'duplicate-goal'
  // References between fields.
  | 'outside-grid'
  | 'on-wall'
  | 'duplicate-cell'
  | 'duplicate-id'
  | 'duplicate-block'
  | 'missing-goal'
  | 'no-items'
  | 'needs-block'
  | 'unknown-block'
  | 'block-not-in-toolbox'
  | 'block-over-limit'
  | 'too-many-blocks'
  | 'nesting-too-deep'
  | 'several-start-blocks'
  | 'duplicate-block-id'
  | 'stars-order'
  | 'ages-order'
  // Warnings.
  | 'unknown-field'
  | 'missing-translation'
  | 'migrated';

export interface RestoreIssue {
  /** JSON pointer (RFC 6901) into the file as written, e.g. /levels/2/grid/width. */
  readonly path: string;
  readonly code: RestoreIssueCode;
  readonly data?: Readonly<Record<string, string | number>>;
}

/** Codes that never stop a restore: the pack loads and the issue is shown as a warning. */
export const WARNING_CODES: readonly RestoreIssueCode[] = [
  'unknown-field',
  'missing-translation',
  'migrated',
];

/** A JSON pointer from path segments. */
export function pointer(segments: readonly (string | number)[]): string {
  return segments
    .map((segment) => '/' + String(segment).replaceAll('~', '~0').replaceAll('/', '~1'))
    .join('');
}

/** The segments of a JSON pointer (the inverse of `pointer`, numbers left as strings). */
export function segmentsOf(path: string): string[] {
  if (path === '') return [];
  return path
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** A short, locale-free name for the kind of a JSON value. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  if (type === 'object') return 'object';
  return type;
}

function expectedKind(expects: string | null): string {
  switch (expects) {
    case 'Object':
      return 'object';
    case 'Array':
      return 'array';
    case null:
      return 'value';
    default:
      return expects;
  }
}

/** "(\"a\" | \"b\")" as "a, b", for messages. */
function choices(expects: string | null): string {
  return (expects ?? '')
    .replace(/^\((.*)\)$/, '$1')
    .split(' | ')
    .map((choice) => choice.replace(/^"(.*)"$/, '$1'))
    .join(', ');
}

function issuePath(
  issue: v.BaseIssue<unknown>,
  base: readonly (string | number)[],
): (string | number)[] {
  const keys = (issue.path ?? []).map((item) => {
    const key = (item as { key?: unknown }).key;
    return typeof key === 'number' ? key : String(key);
  });
  return [...base, ...keys];
}

function requirementNumber(issue: v.BaseIssue<unknown>): number {
  const requirement = (issue as { requirement?: unknown }).requirement;
  return typeof requirement === 'number' ? requirement : 0;
}

/**
 * Converts valibot issues to restore issues. For a union (the grid is rows or an object, a
 * toolbox entry a string or an object) the issues of the option whose outer type matched are
 * reported, so the path points inside the value rather than at it.
 */
export function fromValibot(
  issues: readonly v.BaseIssue<unknown>[],
  base: readonly (string | number)[] = [],
): RestoreIssue[] {
  const out: RestoreIssue[] = [];
  for (const issue of issues) convert(issue, base, out);
  // A union can report the same problem through several options; keep one of each.
  const seen = new Set<string>();
  return out.filter((issue) => {
    const key = `${issue.path}\u0000${issue.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function convert(
  issue: v.BaseIssue<unknown>,
  base: readonly (string | number)[],
  out: RestoreIssue[],
): void {
  const segments = issuePath(issue, base);
  const path = pointer(segments);
  if (issue.type === 'union' && issue.issues && issue.issues.length > 0) {
    // Sub-issue paths are relative to the union. Prefer the option whose outer type matched:
    // its issues lie deeper, or are validations of a value of the right type.
    const deeper = issue.issues.filter(
      (sub) => (sub.path ?? []).length > 0 || sub.kind === 'validation',
    );
    const chosen =
      deeper.length > 0
        ? deeper
        : issue.issues.filter(
            (sub) => sub.type === 'picklist' || sub.type === 'literal' || sub.type === 'variant',
          );
    if (chosen.length > 0) {
      for (const sub of chosen) convert(sub, segments, out);
      return;
    }
  }
  if (issue.kind === 'schema') {
    if (issue.input === undefined) {
      out.push({ path, code: 'missing' });
      return;
    }
    if (issue.type === 'picklist' || issue.type === 'literal' || issue.type === 'variant') {
      // A variant reports a missing or wrong discriminator at the discriminator's path.
      const received =
        typeof issue.input === 'string' ? issue.input.slice(0, 40) : kindOf(issue.input);
      out.push({ path, code: 'not-one-of', data: { expected: choices(issue.expected), received } });
      return;
    }
    const expected =
      issue.type === 'union' ? (issue.expected ?? 'value') : expectedKind(issue.expected);
    out.push({ path, code: 'wrong-type', data: { expected, received: kindOf(issue.input) } });
    return;
  }
  switch (issue.type) {
    case 'min_length':
      out.push({ path, code: 'too-short', data: { min: requirementNumber(issue) } });
      return;
    case 'max_length':
      out.push({ path, code: 'too-long', data: { max: requirementNumber(issue) } });
      return;
    case 'min_value':
      out.push({ path, code: 'too-small', data: { min: requirementNumber(issue) } });
      return;
    case 'max_value':
      out.push({ path, code: 'too-big', data: { max: requirementNumber(issue) } });
      return;
    case 'integer':
      out.push({ path, code: 'not-integer' });
      return;
    default:
      out.push({ path, code: 'bad-format' });
  }
}
