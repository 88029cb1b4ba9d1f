// UI locale state: the current language, and `t` to read a message in it. Components read
// `i18n.t(...)` in markup, so a language switch re-renders every text and keeps all state.
// Messages come from a MessageStore chosen by the composition root: in the browser, bundles
// loaded on demand (a screen awaits `load` for its bundles before it shows); in tests, every
// bundle at once from the source catalogues.
import type { MessageKey } from '../messages/index';
import type { MessageBundle } from '../messages/bundles';
import type { MessageStore, MessageValues, UiLocale } from '../messages/store';
import type { Locale } from '../core/lesson/types';

export class I18n {
  #locale = $state<UiLocale>('fr');
  /** Bumped when a bundle arrives, so texts that read as empty meanwhile are read again. */
  #revision = $state(0);
  readonly #store: MessageStore;
  /** The latest language asked for, while its bundles load. */
  #switchingTo: UiLocale | null = null;

  constructor(store: MessageStore) {
    this.#store = store;
    store.subscribe(() => {
      this.#revision += 1;
    });
  }

  get locale(): UiLocale {
    return this.#locale;
  }

  /** The locale lessons and Blockly follow (the pseudo-locale reads English content). */
  get contentLocale(): Locale {
    return this.#locale === 'fr' ? 'fr' : 'en';
  }

  /** Loads message bundles in the current language (and in the one being switched to). */
  load(bundles: readonly MessageBundle[]): Promise<void> {
    const switching = this.#switchingTo;
    return Promise.all([
      this.#store.load(bundles, this.#locale),
      switching ? this.#store.load(bundles, switching) : undefined,
    ]).then(() => undefined);
  }

  /**
   * Switches the language once every bundle loaded so far is there in the new one, so no text
   * blinks empty: at once when they are already there (always so in tests), else when they
   * arrive. A later call wins over one still loading.
   */
  setLocale(locale: UiLocale): Promise<void> {
    this.#switchingTo = locale;
    if (this.#store.has(this.#store.wanted, locale)) return Promise.resolve(this.#apply(locale));
    const settle = async (): Promise<void> => {
      // Bundles asked for while these load are waited for too.
      while (!this.#store.has(this.#store.wanted, locale)) {
        await this.#store.load(this.#store.wanted, locale);
      }
      if (this.#switchingTo === locale) this.#apply(locale);
    };
    return settle().catch((error: unknown) => {
      if (this.#switchingTo === locale) this.#switchingTo = null;
      throw error;
    });
  }

  t = (key: MessageKey, values?: MessageValues): string => {
    void this.#revision;
    return this.#store.format(this.#locale, key, values);
  };

  #apply(locale: UiLocale): void {
    this.#switchingTo = null;
    this.#locale = locale;
  }
}
