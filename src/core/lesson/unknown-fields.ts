// Finds the fields of a lesson file that its schema does not know, by walking the value beside
// its valibot schema (and, on the way, arrays given where an object is expected, which
// valibot's object schemas let through). `restore` drops such fields and reports each one as an `unknown-field`
// warning, so a typo ("maxBlock") is visible while a newer app's extra field does not break an
// older app. Keys starting with "$" ($schema, $comment) are dropped silently. Subtrees whose
// schema is listed in `preserved` (the Blockly workspace) are kept whole and not inspected.

import * as v from 'valibot';
import { pointer, type RestoreIssue } from './issues';

type AnySchema = v.GenericSchema & {
  readonly entries?: Record<string, AnySchema>;
  readonly item?: AnySchema;
  readonly wrapped?: AnySchema;
  readonly options?: readonly AnySchema[];
  readonly value?: AnySchema;
  readonly getter?: (input: unknown) => AnySchema;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Unknown-field warnings for `value` read with `schema`, plus `wrong-type` errors where the
 * schema wants an object and the value is an array (valibot's object schemas accept arrays).
 * The value must have passed preflight.
 */
export function unknownFields(
  schema: v.GenericSchema,
  value: unknown,
  path: readonly (string | number)[] = [],
  preserved: ReadonlySet<v.GenericSchema> = new Set(),
): RestoreIssue[] {
  const out: RestoreIssue[] = [];
  walk(schema as AnySchema, value, [...path], preserved, out);
  return out;
}

function walk(
  schema: AnySchema,
  value: unknown,
  path: (string | number)[],
  preserved: ReadonlySet<v.GenericSchema>,
  out: RestoreIssue[],
): void {
  if (value === undefined) return;
  if (preserved.has(schema)) {
    if (Array.isArray(value) && schema.type === 'loose_object') {
      out.push({
        path: pointer(path),
        code: 'wrong-type',
        data: { expected: 'object', received: 'array' },
      });
    }
    return;
  }
  switch (schema.type) {
    case 'object':
    case 'loose_object':
    case 'strict_object': {
      if (Array.isArray(value)) {
        out.push({
          path: pointer(path),
          code: 'wrong-type',
          data: { expected: 'object', received: 'array' },
        });
        return;
      }
      if (!isRecord(value) || !schema.entries) return;
      for (const key of Object.keys(value)) {
        const entry = schema.entries[key];
        if (entry) walk(entry, value[key], [...path, key], preserved, out);
        else if (!key.startsWith('$'))
          out.push({ path: pointer([...path, key]), code: 'unknown-field', data: { field: key } });
      }
      return;
    }
    case 'array':
      if (!Array.isArray(value) || !schema.item) return;
      value.forEach((item, index) => walk(schema.item!, item, [...path, index], preserved, out));
      return;
    case 'record':
      if (Array.isArray(value)) {
        out.push({
          path: pointer(path),
          code: 'wrong-type',
          data: { expected: 'object', received: 'array' },
        });
        return;
      }
      if (!isRecord(value) || !schema.value) return;
      for (const key of Object.keys(value))
        walk(schema.value, value[key], [...path, key], preserved, out);
      return;
    case 'optional':
    case 'nullable':
    case 'nullish':
      if (value !== null && schema.wrapped) walk(schema.wrapped, value, path, preserved, out);
      return;
    case 'lazy':
      if (schema.getter) walk(schema.getter(value), value, path, preserved, out);
      return;
    case 'union':
    case 'variant': {
      const options = schema.options ?? [];
      // The option that accepts the value, or else the first whose outer type fits it.
      const chosen =
        options.find((option) => v.is(option, value)) ??
        options.find((option) => outerTypeFits(option, value));
      if (chosen) walk(chosen, value, path, preserved, out);
      return;
    }
    default:
      return;
  }
}

function outerTypeFits(schema: AnySchema, value: unknown): boolean {
  switch (schema.type) {
    case 'object':
    case 'loose_object':
    case 'strict_object':
    case 'record':
      return isRecord(value);
    case 'array':
      return Array.isArray(value);
    default:
      return false;
  }
}
