// Preflight of a lesson file before validation: checks, without recursion, that the value is
// plain JSON (no functions, undefined, NaN, cycles, class instances) and small enough to read
// safely (depth, number of values, string length). Valibot's recursive schemas run only after
// this walk has bounded the depth, so no file can overflow the stack. Pure, runs in Node.

import { pointer, type RestoreIssue } from './issues';
import { MAX_JSON_DEPTH, MAX_JSON_NODES, MAX_JSON_STRING } from './limits';

interface Frame {
  readonly value: unknown;
  readonly path: readonly (string | number)[];
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Issues that make the value unsafe or impossible to read as a lesson file; empty when fine. */
export function preflight(input: unknown): RestoreIssue[] {
  const issues: RestoreIssue[] = [];
  const stack: Frame[] = [{ value: input, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    nodes += 1;
    if (nodes > MAX_JSON_NODES) {
      return [{ path: '', code: 'too-large', data: { max: MAX_JSON_NODES } }];
    }
    if (path.length > MAX_JSON_DEPTH) {
      // Also ends cycles: a cyclic value is infinitely deep.
      return [
        {
          path: pointer(path.slice(0, MAX_JSON_DEPTH)),
          code: 'too-deep',
          data: { max: MAX_JSON_DEPTH },
        },
      ];
    }
    switch (typeof value) {
      case 'string':
        if (value.length > MAX_JSON_STRING) {
          issues.push({
            path: pointer(path),
            code: 'string-too-long',
            data: { max: MAX_JSON_STRING },
          });
        }
        continue;
      case 'boolean':
        continue;
      case 'number':
        if (!Number.isFinite(value))
          issues.push({ path: pointer(path), code: 'not-json', data: { kind: 'number' } });
        continue;
      case 'object': {
        if (value === null) continue;
        if (Array.isArray(value)) {
          for (let index = value.length - 1; index >= 0; index -= 1) {
            if (!(index in value)) {
              issues.push({
                path: pointer([...path, index]),
                code: 'not-json',
                data: { kind: 'hole' },
              });
              continue;
            }
            stack.push({ value: value[index], path: [...path, index] });
          }
          continue;
        }
        if (!isPlainObject(value)) {
          issues.push({ path: pointer(path), code: 'not-json', data: { kind: 'instance' } });
          continue;
        }
        const keys = Object.keys(value);
        for (let index = keys.length - 1; index >= 0; index -= 1) {
          const key = keys[index]!;
          const child = (value as Record<string, unknown>)[key];
          // Like JSON.stringify, an undefined property counts as absent.
          if (child === undefined) continue;
          stack.push({ value: child, path: [...path, key] });
        }
        if (Object.getOwnPropertySymbols(value).length > 0) {
          issues.push({ path: pointer(path), code: 'not-json', data: { kind: 'symbol' } });
        }
        continue;
      }
      default:
        // undefined, function, symbol, bigint.
        issues.push({ path: pointer(path), code: 'not-json', data: { kind: typeof value } });
    }
  }
  return issues;
}
