// The UI's I18n over a lazily loading store: a language switch first loads, in the new
// language, every bundle loaded so far, and only then switches (no text blinks empty); the
// latest switch wins; screens' bundles load in the current language; with the source store
// (tests, CLI) a switch is immediate.
import { describe, expect, it } from 'vitest';
import { I18n } from '../../../src/ui/i18n.svelte';
import { MessageStore, type BundleLoader } from '../../../src/messages/store';
import { sourceMessageStore } from '../../../src/messages/format';
import { compileBundles } from '../../../scripts/vite-messages';
import { catalogue } from '../../../src/messages/index';

const compiled = compileBundles(catalogue);

function manualLoader() {
  const asked: string[] = [];
  const waiting: (() => void)[] = [];
  const load: BundleLoader = (bundle, locale) => {
    asked.push(`${locale}/${bundle}`);
    return new Promise((resolve) => waiting.push(() => resolve(compiled[bundle][locale])));
  };
  async function releaseAll(): Promise<void> {
    while (waiting.length > 0) {
      for (const release of waiting.splice(0)) release();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  return { load, asked, releaseAll };
}

/** An I18n in French with the pupil bundle loaded, and the loader that serves it. */
async function frenchPupilLoaded() {
  const loader = manualLoader();
  const i18n = new I18n(new MessageStore({ load: loader.load }));
  const first = i18n.load(['pupil']);
  await loader.releaseAll();
  await first;
  return { loader, i18n };
}

const loading = catalogue['common.loading'];
const crumbs = catalogue['review.crumbs'];

describe('I18n', () => {
  it('loads a screen’s bundles in the current language', async () => {
    const loader = manualLoader();
    const i18n = new I18n(new MessageStore({ load: loader.load }));
    await i18n.setLocale('en');
    const screen = i18n.load(['pupil', 'review']);
    await loader.releaseAll();
    await screen;
    expect(loader.asked).toEqual(['en/pupil', 'en/review']);
    expect(i18n.t('common.loading')).toBe(loading.en);
  });

  it('switches language only once the loaded bundles are there in the new one', async () => {
    const loader = manualLoader();
    const i18n = new I18n(new MessageStore({ load: loader.load }));
    const screen = i18n.load(['pupil', 'teacher']);
    await loader.releaseAll();
    await screen;

    const switched = i18n.setLocale('en');
    expect(loader.asked).toEqual(['fr/pupil', 'fr/teacher', 'en/pupil', 'en/teacher']);
    expect(i18n.locale).toBe('fr');
    expect(i18n.t('common.loading')).toBe(loading.fr);

    await loader.releaseAll();
    await switched;
    expect(i18n.locale).toBe('en');
    expect(i18n.t('common.loading')).toBe(loading.en);
    expect(i18n.t('teacher.area')).toBe(catalogue['teacher.area'].en);
  });

  it('also waits for a bundle a screen asks for while the switch loads', async () => {
    const { loader, i18n } = await frenchPupilLoaded();

    const switched = i18n.setLocale('en');
    const screen = i18n.load(['review']);
    await loader.releaseAll();
    await Promise.all([switched, screen]);
    expect(i18n.locale).toBe('en');
    expect(i18n.t('review.crumbs')).toBe(crumbs.en);
  });

  it('lets the latest switch win', async () => {
    const { loader, i18n } = await frenchPupilLoaded();

    const toEnglish = i18n.setLocale('en');
    const backToFrench = i18n.setLocale('fr');
    expect(i18n.locale).toBe('fr');
    await loader.releaseAll();
    await Promise.all([toEnglish, backToFrench]);
    expect(i18n.locale).toBe('fr');
  });

  it('shows a message of a bundle nobody loaded once it arrives', async () => {
    const loader = manualLoader();
    const i18n = new I18n(new MessageStore({ load: loader.load }));
    const original = console.error;
    console.error = () => undefined;
    try {
      expect(i18n.t('review.crumbs')).toBe('');
      await loader.releaseAll();
      expect(i18n.t('review.crumbs')).toBe(crumbs.fr);
    } finally {
      console.error = original;
    }
  });

  it('switches at once over the source catalogues, pseudo-locale included', () => {
    const i18n = new I18n(sourceMessageStore());
    void i18n.setLocale('pseudo');
    expect(i18n.locale).toBe('pseudo');
    expect(i18n.t('common.loading')).toBe(`⟦${loading.en}⟧`);
    expect(i18n.contentLocale).toBe('en');
  });
});
