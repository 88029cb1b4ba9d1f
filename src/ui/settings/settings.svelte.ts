// The pupil's and teacher's display preferences: language, high-contrast theme,
// dyslexia-friendly font, read-aloud and pictogram mode. State lives here; it is read from
// and written to a `PreferenceStore` chosen by the composition root, and reflected on the
// document root (`lang`, `data-theme`, `data-font`, `data-pictograms`) so CSS follows.
// Contract: no DOM access except through the optional `root` element it is given.
import type { I18n } from '../i18n.svelte';
import type { UiLocale } from '../../messages/store';

export type PersistedLocale = 'fr' | 'en';
export type ThemeChoice = 'default' | 'contrast';
export type FontChoice = 'default' | 'dyslexic';

export interface Preferences {
  readonly locale: PersistedLocale;
  readonly theme: ThemeChoice;
  readonly font: FontChoice;
  readonly readAloud: boolean;
  readonly pictograms: boolean;
}

/**
 * Where preferences are kept. Synchronous on purpose: the theme and the language must be right
 * on the first paint. `read` may return anything (an old or hand-edited value): Settings
 * restores it field by field.
 */
export interface PreferenceStore {
  read(): unknown;
  write(preferences: Preferences): void;
}

/** What the document root needs to reflect the preferences. */
export interface PreferenceRoot {
  lang: string;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
}

export interface SettingsOptions {
  readonly i18n: I18n;
  readonly store: PreferenceStore;
  /** The browser's preferred languages, used once when nothing is stored yet. */
  readonly languages?: readonly string[];
  /** A locale forced for this page load only (URL flag `?locale=`), never stored. */
  readonly forcedLocale?: UiLocale | null;
  readonly root?: PreferenceRoot | null;
}

export const defaultPreferences: Preferences = {
  locale: 'fr',
  theme: 'default',
  font: 'default',
  readAloud: true,
  pictograms: false,
};

/** The `lang` attribute for a UI locale; the pseudo-locale is English text, marked as such. */
export function htmlLang(locale: UiLocale): string {
  return locale === 'pseudo' ? 'en-XA' : locale;
}

/** French unless the browser's first language is English (`en`, `en-GB`, …). */
export function detectLocale(languages: readonly string[]): PersistedLocale {
  const first = languages[0]?.toLowerCase() ?? '';
  return first === 'en' || first.startsWith('en-') ? 'en' : 'fr';
}

/** Reads the `?locale=fr|en|pseudo` flag of a URL query string (tests use `pseudo`). */
export function parseLocaleFlag(search: string): UiLocale | null {
  const value = /(?:^\?|&)locale=([^&]*)/.exec(search)?.[1];
  return value === 'fr' || value === 'en' || value === 'pseudo' ? value : null;
}

/** Keeps the known, well-typed fields of a stored value; `null` when nothing usable is stored. */
export function restorePreferences(raw: unknown): Partial<Preferences> | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  const restored: { -readonly [K in keyof Preferences]?: Preferences[K] } = {};
  if (value.locale === 'fr' || value.locale === 'en') restored.locale = value.locale;
  if (value.theme === 'default' || value.theme === 'contrast') restored.theme = value.theme;
  if (value.font === 'default' || value.font === 'dyslexic') restored.font = value.font;
  if (typeof value.readAloud === 'boolean') restored.readAloud = value.readAloud;
  if (typeof value.pictograms === 'boolean') restored.pictograms = value.pictograms;
  return restored;
}

export class Settings {
  theme = $state<ThemeChoice>(defaultPreferences.theme);
  font = $state<FontChoice>(defaultPreferences.font);
  readAloud = $state(defaultPreferences.readAloud);
  pictograms = $state(defaultPreferences.pictograms);

  readonly #i18n: I18n;
  readonly #store: PreferenceStore;
  readonly #root: PreferenceRoot | null;
  /** The language kept on the device (the pseudo-locale is never kept). */
  #storedLocale: PersistedLocale;

  constructor(options: SettingsOptions) {
    this.#i18n = options.i18n;
    this.#store = options.store;
    this.#root = options.root ?? null;
    const stored = restorePreferences(safeRead(options.store));
    this.#storedLocale = stored?.locale ?? detectLocale(options.languages ?? []);
    this.theme = stored?.theme ?? defaultPreferences.theme;
    this.font = stored?.font ?? defaultPreferences.font;
    this.readAloud = stored?.readAloud ?? defaultPreferences.readAloud;
    this.pictograms = stored?.pictograms ?? defaultPreferences.pictograms;
    // Nothing is loaded yet, so the language applies at once.
    void this.#i18n.setLocale(options.forcedLocale ?? this.#storedLocale);
    // The first visit's detected language is kept, so it is detected only once.
    if (!stored?.locale) this.#persist();
    this.#reflect();
  }

  get locale(): UiLocale {
    return this.#i18n.locale;
  }

  get preferences(): Preferences {
    return {
      locale: this.#storedLocale,
      theme: this.theme,
      font: this.font,
      readAloud: this.readAloud,
      pictograms: this.pictograms,
    };
  }

  /**
   * Switches the app's language; every text re-renders, no state is lost. The switch happens
   * once the screen's messages are loaded in that language (at once when they already are).
   */
  setLocale(locale: UiLocale): Promise<void> {
    if (locale !== 'pseudo') this.#storedLocale = locale;
    const switched = this.#i18n.setLocale(locale);
    this.#persist();
    this.#reflect();
    return switched.then(
      () => this.#reflect(),
      (error: unknown) => console.error('Language not switched', error),
    );
  }

  setTheme(theme: ThemeChoice): void {
    this.theme = theme;
    this.#persist();
    this.#reflect();
  }

  setFont(font: FontChoice): void {
    this.font = font;
    this.#persist();
    this.#reflect();
  }

  setReadAloud(on: boolean): void {
    this.readAloud = on;
    this.#persist();
  }

  setPictograms(on: boolean): void {
    this.pictograms = on;
    this.#persist();
    this.#reflect();
  }

  #persist(): void {
    try {
      this.#store.write(this.preferences);
    } catch (error) {
      // A full or forbidden storage (private mode) must not break the app: the choice still
      // applies to this visit.
      console.warn('Preferences could not be saved', error);
    }
  }

  #reflect(): void {
    const root = this.#root;
    if (!root) return;
    root.lang = htmlLang(this.locale);
    root.setAttribute('data-theme', this.theme);
    root.setAttribute('data-font', this.font);
    if (this.pictograms) root.setAttribute('data-pictograms', 'on');
    else root.removeAttribute('data-pictograms');
  }
}

function safeRead(store: PreferenceStore): unknown {
  try {
    return store.read();
  } catch {
    return null;
  }
}
