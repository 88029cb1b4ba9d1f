// The message store: bundles load only when asked for, once each, in the language asked for
// (English for the pseudo-locale); a message whose bundle is missing reads as an empty text,
// starts that bundle loading and reads right once it has arrived; a failed bundle is retried by
// the next explicit load, not by every render.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessageStore, type BundleLoader, type TextLocale } from '../../../src/messages/store';
import type { MessageBundle } from '../../../src/messages/bundles';
import { compileBundles } from '../../../scripts/vite-messages';
import { IntlMessageFormat } from 'intl-messageformat';
import {
  isArgumentElement,
  isLiteralElement,
  isPluralElement,
  isPoundElement,
  isSelectElement,
  parse,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { MESSAGE_BUNDLES } from '../../../src/messages/bundles';
import { catalogue } from '../../../src/messages/index';

const compiled = compileBundles(catalogue);

/** A loader whose loads wait until the test releases them, recording what was asked. */
function manualLoader() {
  const asked: string[] = [];
  const waiting: { id: string; release: () => void; fail: (error: Error) => void }[] = [];
  const load: BundleLoader = (bundle, locale) => {
    asked.push(`${locale}/${bundle}`);
    return new Promise((resolve, reject) => {
      waiting.push({
        id: `${locale}/${bundle}`,
        release: () => resolve(compiled[bundle][locale]),
        fail: reject,
      });
    });
  };
  /** Resolves every waiting load and lets their callbacks run. */
  async function releaseAll(): Promise<void> {
    for (const entry of waiting.splice(0)) entry.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  async function failAll(): Promise<void> {
    for (const entry of waiting.splice(0)) entry.fail(new Error('offline'));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { load, asked, waiting, releaseAll, failAll };
}

/** The slots and select options of a message made only of words, slots and selects. */
function plainSlots(
  ast: MessageFormatElement[],
  into = { arguments: [] as string[], selects: new Map<string, Set<string>>() },
): typeof into | null {
  for (const element of ast) {
    if (isLiteralElement(element)) continue;
    if (isArgumentElement(element)) into.arguments.push(element.value);
    else if (isSelectElement(element)) {
      const options = into.selects.get(element.value) ?? new Set<string>();
      into.selects.set(element.value, options);
      for (const [name, option] of Object.entries(element.options)) {
        options.add(name);
        if (!plainSlots(option.value, into)) return null;
      }
    } else return null;
  }
  return into;
}

/** The plurals of a message made of words, slots, selects, plurals and `#`: name → options. */
function pluralSlots(
  ast: MessageFormatElement[],
  into = new Map<string, Set<string>>(),
): typeof into | null {
  for (const element of ast) {
    if (isLiteralElement(element) || isArgumentElement(element) || isPoundElement(element))
      continue;
    if (!isSelectElement(element) && !isPluralElement(element)) return null;
    const options = into.get(element.value) ?? new Set<string>();
    if (isPluralElement(element)) into.set(element.value, options);
    for (const [name, option] of Object.entries(element.options)) {
      if (isPluralElement(element)) options.add(name);
      if (!pluralSlots(option.value, into)) return null;
    }
  }
  return into;
}

function loadedFrom(bundle: MessageBundle, locale: TextLocale) {
  return { bundle, locale, messages: compiled[bundle][locale] };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('MessageStore', () => {
  it('loads a bundle only when asked, once, in the language asked for', async () => {
    const loader = manualLoader();
    const store = new MessageStore({ load: loader.load });
    expect(loader.asked).toEqual([]);
    expect(store.has(['pupil'], 'fr')).toBe(false);

    const first = store.load(['pupil', 'blocks'], 'fr');
    const again = store.load(['pupil'], 'fr');
    expect(loader.asked).toEqual(['fr/pupil', 'fr/blocks']);
    await loader.releaseAll();
    await Promise.all([first, again]);

    expect(store.has(['pupil', 'blocks'], 'fr')).toBe(true);
    expect(store.has(['pupil'], 'en')).toBe(false);
    expect(store.wanted).toEqual(['pupil', 'blocks']);
    await store.load(['pupil'], 'fr');
    expect(loader.asked).toEqual(['fr/pupil', 'fr/blocks']);
    expect(store.format('fr', 'common.loading')).toBe('Chargement…');
    expect(store.format('fr', 'blocks.moveForward')).toBe(catalogue['blocks.moveForward'].fr);
  });

  it('formats precompiled messages with their values, plurals included', () => {
    const store = new MessageStore({ loaded: [loadedFrom('teacher', 'fr')] });
    expect(store.format('fr', 'teacher.classes.pupils', { count: 0 })).toBe('aucun élève');
    expect(store.format('fr', 'teacher.classes.pupils', { count: 1 })).toBe('1 élève');
    expect(store.format('fr', 'teacher.classes.pupils', { count: 3 })).toBe('3 élèves');
  });

  it('reads words, slots and selects exactly as IntlMessageFormat does, without it', () => {
    const store = new MessageStore({
      loaded: MESSAGE_BUNDLES.flatMap((bundle) => [
        loadedFrom(bundle, 'fr'),
        loadedFrom(bundle, 'en'),
      ]),
    });
    const built = vi.spyOn(IntlMessageFormat, 'resolveLocale');
    let plain = 0;
    let selects = 0;
    for (const [key, spec] of Object.entries(catalogue)) {
      for (const locale of ['fr', 'en'] as const) {
        const ast = parse(spec[locale]);
        const slots = plainSlots(ast);
        if (!slots) continue;
        plain += 1;
        const texts = Object.fromEntries(slots.arguments.map((name) => [name, `«${name}»`]));
        const numbers = Object.fromEntries(
          slots.arguments.map((name, index) => [name, index * 1000.5]),
        );
        const choices = [...slots.selects].flatMap(([name, options]) =>
          [...options, 'none-of-these'].map((option) => ({ ...texts, [name]: option })),
        );
        if (choices.length > 0) selects += 1;
        for (const values of [texts, numbers, ...choices]) {
          if (slots.selects.size > 0 && values === numbers) continue;
          for (const [name, options] of slots.selects)
            if (!(name in values) || (!options.has(String(values[name])) && !options.has('other')))
              values[name] = [...options][0]!;
          const expected = String(new IntlMessageFormat(spec[locale], locale).format(values));
          built.mockClear();
          expect(store.format(locale, key, values), `${locale} ${key}`).toBe(expected);
          expect(built).not.toHaveBeenCalled();
        }
      }
    }
    expect(plain).toBeGreaterThan(300);
    expect(selects).toBeGreaterThan(0);
    // A slot without its value still fails loudly, as IntlMessageFormat does.
    expect(() => store.format('fr', 'player.levelOf', { n: 1 })).toThrow(/total/);
  });

  it('reads plurals exactly as IntlMessageFormat does, without a number format', () => {
    const store = new MessageStore({
      loaded: MESSAGE_BUNDLES.flatMap((bundle) => [
        loadedFrom(bundle, 'fr'),
        loadedFrom(bundle, 'en'),
      ]),
    });
    type Case = [TextLocale, string, Record<string, string | number>, string];
    const plain: Case[] = [];
    const numbered: Case[] = [];
    for (const [key, spec] of Object.entries(catalogue)) {
      for (const locale of ['fr', 'en'] as const) {
        const ast = parse(spec[locale]);
        const slots = pluralSlots(ast);
        if (!slots || slots.size === 0) continue;
        // Every other slot gets a text; a select, its first option.
        const base: Record<string, string | number> = {};
        const fill = (elements: MessageFormatElement[]): void => {
          for (const element of elements) {
            if (isArgumentElement(element)) base[element.value] = `«${element.value}»`;
            if (isSelectElement(element)) base[element.value] = Object.keys(element.options)[0]!;
            if (isSelectElement(element) || isPluralElement(element))
              for (const option of Object.values(element.options)) fill(option.value);
          }
        };
        fill(ast);
        const expect = (n: number, into: Case[]): void => {
          const values = { ...base, ...Object.fromEntries([...slots.keys()].map((k) => [k, n])) };
          const text = String(new IntlMessageFormat(spec[locale], locale).format(values));
          into.push([locale, key, values, text]);
        };
        for (const n of [0, 1, 2, 3, 5, 11, 21, 100, 999]) expect(n, plain);
        for (const n of [1000, 12345, 2.5, -1]) expect(n, numbered);
      }
    }
    expect(new Set(plain.map(([, key]) => key)).size).toBeGreaterThan(20);

    const numberFormat = vi.spyOn(Intl, 'NumberFormat');
    const formatter = vi.spyOn(IntlMessageFormat, 'resolveLocale');
    for (const [locale, key, values, text] of plain) {
      expect(store.format(locale, key, values), `${locale} ${key} ${JSON.stringify(values)}`).toBe(
        text,
      );
    }
    expect(numberFormat).not.toHaveBeenCalled();
    expect(formatter).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    // Numbers a number format writes otherwise still go through IntlMessageFormat.
    for (const [locale, key, values, text] of numbered)
      expect(store.format(locale, key, values), `${locale} ${key} ${JSON.stringify(values)}`).toBe(
        text,
      );
  });

  it('reads English for the pseudo-locale and wraps every text', async () => {
    const loader = manualLoader();
    const store = new MessageStore({ load: loader.load });
    const loading = store.load(['pupil'], 'pseudo');
    expect(loader.asked).toEqual(['en/pupil']);
    await loader.releaseAll();
    await loading;
    expect(store.has(['pupil'], 'en')).toBe(true);
    expect(store.format('pseudo', 'common.loading')).toBe(`⟦${catalogue['common.loading'].en}⟧`);
  });

  it('heals a message shown before its bundle: empty at first, then the text', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const loader = manualLoader();
    const store = new MessageStore({ load: loader.load });
    const arrivals = vi.fn();
    store.subscribe(arrivals);

    // Two messages of the teacher bundle (the review's link is on the teacher's home page).
    expect(store.format('en', 'review.nav.open')).toBe('');
    expect(store.format('en', 'teacher.area')).toBe('');
    expect(loader.asked).toEqual(['en/teacher']);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[0])).toContain('teacher');

    await loader.releaseAll();
    expect(arrivals).toHaveBeenCalledTimes(1);
    expect(store.format('en', 'teacher.area')).toBe(catalogue['teacher.area'].en);
    expect(store.wanted).toEqual(['teacher']);
  });

  it('retries a failed bundle on the next load, not on every render', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const loader = manualLoader();
    const store = new MessageStore({ load: loader.load });
    const failing = expect(store.load(['robot'], 'fr')).rejects.toThrow('offline');
    await loader.failAll();
    await failing;

    expect(store.format('fr', 'robot.button')).toBe('');
    expect(loader.asked).toEqual(['fr/robot']);

    const retry = store.load(['robot'], 'fr');
    await loader.releaseAll();
    await retry;
    expect(loader.asked).toEqual(['fr/robot', 'fr/robot']);
    expect(store.format('fr', 'robot.button')).toBe(catalogue['robot.button'].fr);
  });

  it('without a loader, says a missing bundle is not available', async () => {
    const store = new MessageStore({ loaded: [loadedFrom('pupil', 'fr')] });
    await expect(store.load(['pupil'], 'fr')).resolves.toBeUndefined();
    await expect(store.load(['editor'], 'fr')).rejects.toThrow('editor');
  });
});
