// Every message of every catalogue: a description for translators, French and English texts
// that are not empty, valid ICU MessageFormat, the same placeholders in both languages, and a
// text that formats in fr, en and the pseudo-locale. Also: every catalogue file under
// src/messages is merged into the catalogue, and no key is defined twice.
import { describe, expect, it } from 'vitest';
import { parse } from '@formatjs/icu-messageformat-parser';
import { catalogue, type MessageKey } from '../../../src/messages/index';
import { formatMessage } from '../../../src/messages/format';
import { placeholders, sampleValues } from './sample-values';
import type { MessageSpec } from '../../../src/messages/define';

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
  const infrastructure = [
    'bundles.ts',
    'define.ts',
    'format.ts',
    'index.ts',
    'pseudo-check.ts',
    'store.ts',
  ];

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
