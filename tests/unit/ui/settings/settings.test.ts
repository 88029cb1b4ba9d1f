// Settings: first-visit language detection (once), restore of stored preferences, the
// pseudo-locale URL flag (never stored), persistence of every choice and the document root
// attributes that CSS follows.
import { describe, expect, it, vi } from 'vitest';
import { I18n } from '../../../../src/ui/i18n.svelte';
import { sourceMessageStore } from '../../../../src/messages/format';
import {
  Settings,
  defaultPreferences,
  detectLocale,
  parseLocaleFlag,
  restorePreferences,
  type PreferenceRoot,
} from '../../../../src/ui/settings/settings.svelte';
import {
  localPreferenceStore,
  memoryPreferenceStore,
} from '../../../../src/ui/settings/local-preference-store';

class FakeRoot implements PreferenceRoot {
  lang = '';
  attributes = new Map<string, string>();
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }
}

class FakeStorage implements Storage {
  #items = new Map<string, string>();
  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
}

describe('detectLocale', () => {
  it('picks English for any English browser language, French otherwise', () => {
    expect(detectLocale(['en-US', 'fr'])).toBe('en');
    expect(detectLocale(['en'])).toBe('en');
    expect(detectLocale(['fr-FR', 'en'])).toBe('fr');
    expect(detectLocale(['de-DE'])).toBe('fr');
    expect(detectLocale(['enx'])).toBe('fr');
    expect(detectLocale([])).toBe('fr');
  });
});

describe('parseLocaleFlag', () => {
  it('reads fr, en and pseudo, ignores anything else', () => {
    expect(parseLocaleFlag('?locale=pseudo')).toBe('pseudo');
    expect(parseLocaleFlag('?a=1&locale=en')).toBe('en');
    expect(parseLocaleFlag('?locale=de')).toBeNull();
    expect(parseLocaleFlag('')).toBeNull();
  });
});

describe('restorePreferences', () => {
  it('keeps valid fields and drops the others', () => {
    expect(
      restorePreferences({ locale: 'en', theme: 'neon', font: 'dyslexic', readAloud: 'yes' }),
    ).toEqual({
      locale: 'en',
      font: 'dyslexic',
    });
    expect(restorePreferences('garbage')).toBeNull();
    expect(restorePreferences(null)).toBeNull();
  });
});

describe('Settings', () => {
  it('detects the language on the first visit and keeps it, so it is detected once', () => {
    const store = memoryPreferenceStore();
    const first = new Settings({
      i18n: new I18n(sourceMessageStore()),
      store,
      languages: ['en-GB'],
    });
    expect(first.locale).toBe('en');
    expect(store.read()).toMatchObject({ locale: 'en' });

    const i18n = new I18n(sourceMessageStore());
    const later = new Settings({ i18n, store, languages: ['fr-FR'] });
    expect(later.locale).toBe('en');
    expect(i18n.locale).toBe('en');
  });

  it('restores stored choices and reflects them on the document root', () => {
    const store = memoryPreferenceStore({
      locale: 'en',
      theme: 'contrast',
      font: 'dyslexic',
      readAloud: false,
      pictograms: true,
    });
    const root = new FakeRoot();
    const settings = new Settings({
      i18n: new I18n(sourceMessageStore()),
      store,
      languages: ['fr'],
      root,
    });
    expect(settings.preferences).toEqual({
      locale: 'en',
      theme: 'contrast',
      font: 'dyslexic',
      readAloud: false,
      pictograms: true,
    });
    expect(root.lang).toBe('en');
    expect(root.attributes.get('data-theme')).toBe('contrast');
    expect(root.attributes.get('data-font')).toBe('dyslexic');
    expect(root.attributes.get('data-pictograms')).toBe('on');
  });

  it('falls back to the defaults when the stored value is unreadable', () => {
    const storage = new FakeStorage();
    storage.setItem('parcours.preferences', '{not json');
    const settings = new Settings({
      i18n: new I18n(sourceMessageStore()),
      store: localPreferenceStore(storage),
      languages: ['fr-FR'],
    });
    expect(settings.preferences).toEqual(defaultPreferences);
    // The unreadable value is replaced by the restored one.
    expect(JSON.parse(storage.getItem('parcours.preferences') ?? 'null')).toEqual(
      defaultPreferences,
    );
  });

  it('persists each choice and updates the root at once', () => {
    const storage = new FakeStorage();
    const root = new FakeRoot();
    const i18n = new I18n(sourceMessageStore());
    const settings = new Settings({ i18n, store: localPreferenceStore(storage), root });

    settings.setLocale('en');
    settings.setTheme('contrast');
    settings.setFont('dyslexic');
    settings.setReadAloud(false);
    settings.setPictograms(true);

    expect(i18n.locale).toBe('en');
    expect(root.lang).toBe('en');
    expect(root.attributes.get('data-theme')).toBe('contrast');
    expect(root.attributes.get('data-font')).toBe('dyslexic');
    expect(root.attributes.get('data-pictograms')).toBe('on');
    expect(JSON.parse(storage.getItem('parcours.preferences') ?? 'null')).toEqual({
      locale: 'en',
      theme: 'contrast',
      font: 'dyslexic',
      readAloud: false,
      pictograms: true,
    });

    settings.setPictograms(false);
    expect(root.attributes.has('data-pictograms')).toBe(false);
  });

  it('applies a forced pseudo-locale for this load only and never stores it', () => {
    const store = memoryPreferenceStore({ locale: 'fr' });
    const root = new FakeRoot();
    const i18n = new I18n(sourceMessageStore());
    const settings = new Settings({ i18n, store, forcedLocale: 'pseudo', root });
    expect(i18n.locale).toBe('pseudo');
    expect(root.lang).toBe('en-XA');
    settings.setTheme('contrast');
    expect(store.read()).toMatchObject({ locale: 'fr', theme: 'contrast' });
    settings.setLocale('pseudo');
    expect(store.read()).toMatchObject({ locale: 'fr' });
  });

  it('keeps working when the store refuses to write', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const i18n = new I18n(sourceMessageStore());
    const settings = new Settings({
      i18n,
      store: {
        read: () => {
          throw new Error('denied');
        },
        write: () => {
          throw new Error('quota');
        },
      },
    });
    settings.setLocale('en');
    expect(i18n.locale).toBe('en');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
