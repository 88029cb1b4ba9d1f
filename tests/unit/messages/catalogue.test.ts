// Every message of every catalogue: a description for translators, French and English texts
// that are not empty, valid ICU MessageFormat, the same placeholders in both languages, and a
// text that formats in fr, en and the pseudo-locale. Also: every catalogue file under
// src/messages is merged into the catalogue, and no key is defined twice.
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { catalogue, type MessageKey } from '../../../src/messages/index';
import { formatMessage, type MessageValues } from '../../../src/messages/format';
import type { MessageSpec } from '../../../src/messages/define';

type ArgumentKind = 'text' | 'number' | 'date' | 'time' | 'select' | 'plural' | 'ordinal' | 'tag';

/** The placeholders of a parsed message: name → kind, nested options and tags included. */
function placeholders(
  elements: readonly MessageFormatElement[],
  found = new Map<string, ArgumentKind>(),
) {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        found.set(element.value, 'text');
        break;
      case TYPE.number:
        found.set(element.value, 'number');
        break;
      case TYPE.date:
        found.set(element.value, 'date');
        break;
      case TYPE.time:
        found.set(element.value, 'time');
        break;
      case TYPE.select:
        found.set(element.value, 'select');
        for (const option of Object.values(element.options)) placeholders(option.value, found);
        break;
      case TYPE.plural:
        found.set(element.value, element.pluralType === 'ordinal' ? 'ordinal' : 'plural');
        for (const option of Object.values(element.options)) placeholders(option.value, found);
        break;
      case TYPE.tag:
        found.set(element.value, 'tag');
        placeholders(element.children, found);
        break;
      default:
        break;
    }
  }
  return found;
}

function sampleValues(kinds: Map<string, ArgumentKind>): MessageValues {
  const values: MessageValues = {};
  for (const [name, kind] of kinds) {
    if (kind === 'number' || kind === 'plural' || kind === 'ordinal') values[name] = 2;
    else if (kind === 'date' || kind === 'time')
      values[name] = new Date(Date.UTC(2025, 8, 1, 9, 30));
    else if (kind === 'select') values[name] = 'other';
    else if (kind === 'tag') continue;
    else values[name] = 'X';
  }
  return values;
}

const entries = Object.entries(catalogue) as [MessageKey, MessageSpec][];

describe('message catalogue', () => {
  it('has messages', () => {
    expect(entries.length).toBeGreaterThan(10);
  });

  it.each(entries)('%s is complete and well-formed', (key, spec) => {
    expect(key).toMatch(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9-]+)+$/);
    expect(spec.description.trim().length, 'description').toBeGreaterThan(5);
    expect(spec.fr.trim(), 'French text').not.toBe('');
    expect(spec.en.trim(), 'English text').not.toBe('');

    const fr = placeholders(parse(spec.fr, { requiresOtherClause: true }));
    const en = placeholders(parse(spec.en, { requiresOtherClause: true }));
    expect(Object.fromEntries(fr), 'same placeholders in fr and en').toEqual(
      Object.fromEntries(en),
    );

    const values = sampleValues(fr);
    for (const locale of ['fr', 'en'] as const) {
      const text = formatMessage(locale, key, values);
      expect(text.trim(), `${locale} formats to a text`).not.toBe('');
    }
    expect(formatMessage('pseudo', key, values)).toMatch(/^⟦[\s\S]*⟧$/);
  });
});

describe('catalogue files', () => {
  const files = import.meta.glob<Record<string, unknown>>('/src/messages/*.ts', { eager: true });
  const infrastructure = ['define.ts', 'format.ts', 'index.ts', 'pseudo-check.ts'];

  function isSpec(value: unknown): value is MessageSpec {
    if (typeof value !== 'object' || value === null) return false;
    const spec = value as Record<string, unknown>;
    return (
      typeof spec.fr === 'string' &&
      typeof spec.en === 'string' &&
      typeof spec.description === 'string'
    );
  }

  const definedIn = new Map<string, string[]>();
  for (const [path, module] of Object.entries(files)) {
    const file = path.split('/').pop() ?? path;
    if (infrastructure.includes(file)) continue;
    for (const exported of Object.values(module)) {
      if (typeof exported !== 'object' || exported === null) continue;
      const specs = Object.entries(exported as Record<string, unknown>).filter(([, value]) =>
        isSpec(value),
      );
      for (const [key] of specs) definedIn.set(key, [...(definedIn.get(key) ?? []), file]);
    }
  }

  it('finds the catalogue files', () => {
    expect(definedIn.size).toBeGreaterThan(10);
  });

  it('defines each key in one file only', () => {
    const twice = [...definedIn].filter(([, where]) => where.length > 1);
    expect(twice).toEqual([]);
  });

  it('merges every catalogue file into the catalogue', () => {
    const missing = [...definedIn.keys()].filter((key) => !(key in catalogue));
    expect(missing).toEqual([]);
  });
});
