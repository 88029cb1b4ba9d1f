// The message store: the message bundles loaded so far, per language, and the formatter that
// reads them (ICU MessageFormat: plurals, ordinals, selects). The browser fills it lazily with
// precompiled messages (ASTs, no parser shipped); Node (the lessons CLI, unit tests) fills it
// at once from the source catalogues (see format.ts). The pseudo-locale reads English and wraps
// every text in ⟦…⟧ so tests can spot words that bypass the catalogues.
// Pure TypeScript: no DOM, no Svelte; the UI adds reactivity on top (src/ui/i18n.svelte.ts).
import { IntlMessageFormat } from 'intl-messageformat';
import type { MessageFormatElement, TYPE } from '@formatjs/icu-messageformat-parser';
import { bundleOf, type MessageBundle } from './bundles';
import type { MessageKey } from './index';

export type UiLocale = 'fr' | 'en' | 'pseudo';
/** The languages messages are written in (the pseudo-locale reads English). */
export type TextLocale = 'fr' | 'en';
export type MessageValues = Record<string, string | number | boolean | Date>;
/** One message: its ICU source text, or the AST that `parse` made of it at build time. */
export type MessageText = string | MessageFormatElement[];
/** Reads a message in some language: `i18n.t` in the UI, `translator(locale)` in Node. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;
/** The messages of one bundle in one language, by key. */
export type MessageTable = Readonly<Record<string, MessageText>>;
/** Fetches one bundle in one language (the browser: a lazily imported module). */
export type BundleLoader = (bundle: MessageBundle, locale: TextLocale) => Promise<MessageTable>;

export interface LoadedBundle {
  readonly bundle: MessageBundle;
  readonly locale: TextLocale;
  readonly messages: MessageTable;
}

export interface MessageStoreOptions {
  /** How to fetch a bundle that is not loaded yet; without it, only `loaded` is known. */
  readonly load?: BundleLoader;
  /** Bundles available from the start. */
  readonly loaded?: Iterable<LoadedBundle>;
}

/** The language a UI locale's messages are written in. */
export function textLocale(locale: UiLocale): TextLocale {
  return locale === 'fr' ? 'fr' : 'en';
}

export class MessageStore {
  readonly #load: BundleLoader | undefined;
  readonly #tables = new Map<string, MessageTable>();
  readonly #pending = new Map<string, Promise<void>>();
  readonly #failed = new Set<string>();
  readonly #reported = new Set<string>();
  readonly #wanted = new Set<MessageBundle>();
  readonly #compiled = new Map<string, IntlMessageFormat>();
  readonly #listeners = new Set<() => void>();

  constructor(options: MessageStoreOptions = {}) {
    this.#load = options.load;
    for (const { bundle, locale, messages } of options.loaded ?? []) {
      this.#tables.set(tableId(bundle, locale), messages);
    }
  }

  /** Calls `listener` each time a bundle arrives; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Whether every one of these bundles is loaded in the language of `locale`. */
  has(bundles: readonly MessageBundle[], locale: UiLocale): boolean {
    const text = textLocale(locale);
    return bundles.every((bundle) => this.#tables.has(tableId(bundle, text)));
  }

  /** Every bundle asked for so far, in any language: what a language switch must load. */
  get wanted(): readonly MessageBundle[] {
    return [...this.#wanted];
  }

  /** Loads bundles in the language of `locale` (once each; a failed load can be retried). */
  load(bundles: readonly MessageBundle[], locale: UiLocale): Promise<void> {
    const text = textLocale(locale);
    return Promise.all(bundles.map((bundle) => this.#loadOne(bundle, text))).then(() => undefined);
  }

  /**
   * The text of a message in a locale, with its values filled in. A message whose bundle is not
   * loaded reads as an empty text: its bundle starts loading (subscribers hear when it arrives)
   * and, in development, the slip is reported so the screen gets to load it beforehand.
   */
  format(locale: UiLocale, key: string, values?: MessageValues): string {
    const text = textLocale(locale);
    const bundle = bundleOf(key);
    const table = bundle ? this.#tables.get(tableId(bundle, text)) : undefined;
    if (!bundle || !table) {
      this.#heal(key, bundle, text);
      return '';
    }
    const source = table[key];
    if (source === undefined) {
      this.#report(`${text}\u0000${key}`, `Message ${key} is not in its bundle ${bundle}`);
      return key;
    }
    const plain = formatPlain(source, values, text);
    if (plain !== null) return locale === 'pseudo' ? `⟦${plain}⟧` : plain;
    const cacheKey = `${text}\u0000${key}`;
    let compiled = this.#compiled.get(cacheKey);
    if (!compiled) {
      compiled = new IntlMessageFormat(source, text);
      this.#compiled.set(cacheKey, compiled);
    }
    const formatted = String(compiled.format(values));
    return locale === 'pseudo' ? `⟦${formatted}⟧` : formatted;
  }

  #loadOne(bundle: MessageBundle, locale: TextLocale): Promise<void> {
    this.#wanted.add(bundle);
    const id = tableId(bundle, locale);
    if (this.#tables.has(id)) return Promise.resolve();
    let pending = this.#pending.get(id);
    if (pending) return pending;
    const load = this.#load;
    if (!load) return Promise.reject(new Error(`Messages ${bundle} (${locale}) are not available`));
    this.#failed.delete(id);
    pending = load(bundle, locale).then(
      (messages) => {
        this.#pending.delete(id);
        this.#tables.set(id, messages);
        for (const listener of this.#listeners) listener();
      },
      (error: unknown) => {
        this.#pending.delete(id);
        this.#failed.add(id);
        throw error;
      },
    );
    this.#pending.set(id, pending);
    return pending;
  }

  #heal(key: string, bundle: MessageBundle | undefined, locale: TextLocale): void {
    if (!bundle) {
      this.#report(key, `Message ${key} belongs to no bundle`);
      return;
    }
    const id = tableId(bundle, locale);
    this.#report(id, `Message ${key} was shown before its bundle ${bundle} (${locale}) loaded`);
    // A failed bundle is retried by the next explicit load, not on every render.
    if (this.#failed.has(id) || !this.#load) return;
    this.#loadOne(bundle, locale).catch((error: unknown) =>
      console.error(`Messages ${bundle} (${locale}) could not be loaded`, error),
    );
  }

  /** A development-time error, once per subject. */
  #report(subject: string, message: string): void {
    if (this.#reported.has(subject)) return;
    this.#reported.add(subject);
    if (import.meta.env?.DEV) console.error(message);
  }
}

/** The element kinds of a precompiled message (the parser's TYPE enum, without its module). */
const LITERAL = 0 as TYPE.literal;
const ARGUMENT = 1 as TYPE.argument;
const SELECT = 5 as TYPE.select;
const PLURAL = 6 as TYPE.plural;
const POUND = 7 as TYPE.pound;

const pluralRules = new Map<string, Intl.PluralRules>();

/** The plural category of `n` in a language (`Intl.PluralRules`, one per language and type). */
function pluralCategory(locale: TextLocale, type: 'cardinal' | 'ordinal', n: number): string {
  const id = `${locale}/${type}`;
  let rules = pluralRules.get(id);
  if (!rules) {
    rules = new Intl.PluralRules(locale, { type });
    pluralRules.set(id, rules);
  }
  return rules.select(n);
}

/** A select's or plural's own option of that name (never one inherited from Object). */
function optionOf<T>(options: Readonly<Record<string, T>>, name: string): T | undefined {
  return Object.hasOwn(options, name) ? options[name] : undefined;
}

/**
 * A plural's `#` as IntlMessageFormat writes it (`Intl.NumberFormat`), for the numbers where
 * French and English write plain digits: whole numbers from 0 to 999. Others: null.
 */
function plainNumber(n: number): string | null {
  return Number.isInteger(n) && n >= 0 && n < 1000 && !Object.is(n, -0) ? String(n) : null;
}

/**
 * A precompiled message made of words, `{name}` slots filled with texts or numbers, `select`s
 * on texts and plurals (with `#` a whole number under 1000), read the way IntlMessageFormat
 * reads it (numbers in plain slots are not localised), without building a formatter or a
 * number format: the first `Intl.NumberFormat` costs tens of milliseconds on a tablet while
 * the first screen renders (plural categories come from the much cheaper `Intl.PluralRules`).
 * Anything else (dates, large or fractional `#`, a missing value or option) returns null for
 * IntlMessageFormat. `pound` is the number a `#` stands for, inside a plural's option.
 */
function formatPlain(
  source: MessageText,
  values: MessageValues | undefined,
  locale: TextLocale,
  pound?: number,
): string | null {
  if (typeof source === 'string') return null;
  let text = '';
  for (const element of source) {
    if (element.type === LITERAL) {
      text += element.value;
      continue;
    }
    if (element.type === POUND) {
      // IntlMessageFormat writes nothing for a `#` outside a plural's own options.
      if (pound === undefined) continue;
      const digits = plainNumber(pound);
      if (digits === null) return null;
      text += digits;
      continue;
    }
    if (element.type !== ARGUMENT && element.type !== SELECT && element.type !== PLURAL)
      return null;
    const value = values?.[element.value];
    if (typeof value !== 'string' && typeof value !== 'number') return null;
    if (element.type === ARGUMENT) {
      text += String(value);
      continue;
    }
    if (element.type === SELECT) {
      if (typeof value !== 'string') return null;
      const option = optionOf(element.options, value) ?? element.options['other'];
      const chosen = option ? formatPlain(option.value, values, locale) : null;
      if (chosen === null) return null;
      text += chosen;
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    const n = value - element.offset;
    const option =
      optionOf(element.options, `=${value}`) ??
      optionOf(element.options, pluralCategory(locale, element.pluralType ?? 'cardinal', n)) ??
      element.options['other'];
    const chosen = option ? formatPlain(option.value, values, locale, n) : null;
    if (chosen === null) return null;
    text += chosen;
  }
  return text;
}

function tableId(bundle: MessageBundle, locale: TextLocale): string {
  return `${locale}/${bundle}`;
}
