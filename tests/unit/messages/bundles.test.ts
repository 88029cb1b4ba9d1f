// The compiled message bundles (scripts/vite-messages.ts): every key of every catalogue is in
// exactly one bundle, in French and in English, without its description; each precompiled AST
// formats to the same text as its source string; the plugin serves an index of loaders and
// the bundle modules through Vite.
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { parse } from '@formatjs/icu-messageformat-parser';
import { catalogue, type MessageKey } from '../../../src/messages/index';
import { formatMessage } from '../../../src/messages/format';
import { MESSAGE_BUNDLES, bundleOf } from '../../../src/messages/bundles';
import {
  MESSAGES_MODULE,
  MESSAGE_LOCALES,
  bundleModuleId,
  compileBundles,
  compiledMessages,
  indexModuleCode,
} from '../../../scripts/vite-messages';
import { placeholders, sampleValues } from './sample-values';

const compiled = compileBundles(catalogue);
const keys = Object.keys(catalogue) as MessageKey[];

describe('message bundles', () => {
  it.each(MESSAGE_LOCALES)('hold every %s message in exactly one bundle', (locale) => {
    const seen = new Map<string, string[]>();
    for (const bundle of MESSAGE_BUNDLES) {
      for (const key of Object.keys(compiled[bundle][locale]))
        seen.set(key, [...(seen.get(key) ?? []), bundle]);
    }
    expect([...seen.keys()].sort()).toEqual([...keys].sort());
    expect([...seen].filter(([, bundles]) => bundles.length !== 1)).toEqual([]);
  });

  it('put each key in the bundle its prefix names', () => {
    for (const key of keys) expect(Object.keys(compiled[bundleOf(key)!].fr)).toContain(key);
    expect(bundleOf('teacher.role')).toBe('pupil');
    expect(bundleOf('teacher.roles.driver')).toBe('teacher');
    expect(bundleOf('review.nav.open')).toBe('teacher');
    expect(bundleOf('constructor')).toBeUndefined();
    expect(bundleOf('nothing.here')).toBeUndefined();
  });

  it('format to the source texts, in French, English and the pseudo-locale', () => {
    const different: string[] = [];
    for (const key of keys) {
      const values = sampleValues(placeholders(parse(catalogue[key].fr)));
      const bundle = bundleOf(key)!;
      for (const locale of MESSAGE_LOCALES) {
        const ast = compiled[bundle][locale][key]!;
        const text = String(new IntlMessageFormat(ast, locale).format(values));
        if (text !== formatMessage(locale, key, values)) different.push(`${locale} ${key}`);
        if (locale === 'en' && `⟦${text}⟧` !== formatMessage('pseudo', key, values))
          different.push(`pseudo ${key}`);
      }
    }
    expect(different).toEqual([]);
  });

  it('leave the descriptions and source positions behind', () => {
    const french = JSON.stringify(compiled.pupil.fr);
    expect(french).not.toContain(catalogue['common.loading'].description);
    expect(french).not.toContain('"location"');
    expect(french).toContain(JSON.stringify(catalogue['common.loading'].fr));
  });
});

describe('messages plugin', () => {
  const plugin = compiledMessages();
  const resolveId = plugin.resolveId as (id: string) => string | null;
  const load = plugin.load as (id: string) => Promise<string | null>;

  it('lists a lazy loader for each bundle in each language', () => {
    const code = indexModuleCode();
    for (const locale of MESSAGE_LOCALES) {
      for (const bundle of MESSAGE_BUNDLES) {
        expect(code).toContain(
          `${bundle}: () => import(${JSON.stringify(bundleModuleId(locale, bundle))})`,
        );
      }
    }
  });

  it('serves the compiled bundles as modules, and nothing else', async () => {
    expect(resolveId('./other')).toBeNull();
    const id = resolveId(bundleModuleId('fr', 'robot'));
    expect(id).toBe(`\0${MESSAGES_MODULE}/messages-fr-robot`);
    const code = await load(id!);
    const exported = /^export default (.*);\n$/s.exec(code ?? '')?.[1];
    expect(JSON.parse(exported ?? 'null')).toEqual(compiled.robot.fr);
    expect(await load(resolveId(MESSAGES_MODULE)!)).toBe(indexModuleCode());
    expect(await load('/src/main.ts')).toBeNull();
  });
});
