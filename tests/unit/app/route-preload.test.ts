// The build plugin that preloads the lesson page's chunks from index.html: it lists Blockly's
// chunk first, follows static imports, skips what the entry already loads, fails loudly when a
// lesson module is no longer a chunk of its own, and preloads the words of the language the
// app will show, chosen the way Settings chooses it.
import { describe, expect, it } from 'vitest';
import { LESSON_BUNDLES, lessonPreloads, preloadScript } from '../../../scripts/vite-route-preload';
import { routes } from '../../../src/app/routes';
import { textLocale } from '../../../src/messages/store';
import {
  localPreferenceStore,
  preferencesKey,
} from '../../../src/ui/settings/local-preference-store';
import {
  detectLocale,
  parseLocaleFlag,
  restorePreferences,
} from '../../../src/ui/settings/settings.svelte';

const chunk = (fileName: string, facade: string | null, imports: string[], isEntry = false) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId: facade,
  imports,
  isEntry,
});

const BUNDLE = [
  chunk('assets/index.js', '/app/index.html', ['assets/svelte.js'], true),
  chunk('assets/svelte.js', null, []),
  chunk('assets/blockly-editor.js', '/app/src/ui/player/blockly-editor.ts', ['assets/texts.js']),
  chunk('assets/PlayerPage.js', '/app/src/ui/player/PlayerPage.svelte', [
    'assets/svelte.js',
    'assets/texts.js',
    'assets/stage.js',
  ]),
  chunk('assets/texts.js', null, []),
  chunk('assets/stage.js', null, ['assets/svelte.js']),
  ...['pupil', 'blocks', 'robot'].map((bundle) =>
    chunk(
      `assets/messages-fr-${bundle}.js`,
      `\0virtual:parcours-messages/messages-fr-${bundle}`,
      [],
    ),
  ),
  chunk('assets/messages-en-pupil.js', '\0virtual:parcours-messages/messages-en-pupil', []),
  chunk('assets/TeacherHome.js', '/app/src/ui/teacher/TeacherHomePage.svelte', []),
];

const EN_BUNDLE = [
  ...BUNDLE,
  chunk('assets/messages-en-blocks.js', '\0virtual:parcours-messages/messages-en-blocks', []),
  chunk('assets/messages-en-robot.js', '\0virtual:parcours-messages/messages-en-robot', []),
];

describe('lessonPreloads', () => {
  it('lists the words of each language, then the player, without the entry; Blockly for later', () => {
    expect(lessonPreloads(EN_BUNDLE)).toEqual({
      fr: [
        'assets/messages-fr-pupil.js',
        'assets/messages-fr-blocks.js',
        'assets/messages-fr-robot.js',
        'assets/PlayerPage.js',
        'assets/texts.js',
        'assets/stage.js',
      ],
      en: [
        'assets/messages-en-pupil.js',
        'assets/messages-en-blocks.js',
        'assets/messages-en-robot.js',
        'assets/PlayerPage.js',
        'assets/texts.js',
        'assets/stage.js',
      ],
      later: ['assets/blockly-editor.js'],
    });
  });

  it('preloads the words the play route asks for', () => {
    expect(routes.find((route) => route.name === 'play')?.messages).toEqual(LESSON_BUNDLES);
  });

  it('fails when a lesson module has no chunk of its own', () => {
    expect(() =>
      lessonPreloads(EN_BUNDLE.filter((c) => c.fileName !== 'assets/PlayerPage.js')),
    ).toThrow(/PlayerPage/);
    expect(() => lessonPreloads(BUNDLE)).toThrow(/messages-en-blocks/);
  });

  it('fails when the player pulls Blockly into the first download', () => {
    const pulled = EN_BUNDLE.map((c) =>
      c.fileName === 'assets/PlayerPage.js'
        ? { ...c, imports: [...c.imports, 'assets/blockly-editor.js'] }
        : c,
    );
    expect(() => lessonPreloads(pulled)).toThrow(/pulls Blockly/);
  });
});

interface Visit {
  readonly hash?: string;
  readonly search?: string;
  readonly stored?: string | null;
  readonly storageFails?: boolean;
  readonly languages?: readonly string[];
  /** Whether DOMContentLoaded has fired (the entry module has run). */
  readonly entryRan?: boolean;
}

/** Runs the inline script as index.html would; returns the links it added. */
function runScript(visit: Visit): string[] {
  const links: { rel: string; href: string }[] = [];
  const loaded: (() => void)[] = [];
  const document = {
    createElement: () => ({ rel: '', href: '', crossOrigin: null }),
    head: { appendChild: (link: { rel: string; href: string }) => links.push(link) },
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'DOMContentLoaded') loaded.push(listener);
    },
  };
  const localStorage = {
    getItem: (key: string) => {
      if (visit.storageFails) throw new Error('SecurityError');
      return key === preferencesKey ? (visit.stored ?? null) : null;
    },
  };
  const script = preloadScript({
    fr: ['assets/fr.js'],
    en: ['assets/en.js'],
    later: ['assets/blockly.js'],
  });
  new Function('location', 'document', 'localStorage', 'navigator', script)(
    { hash: visit.hash ?? '#/play/premiers-pas/avancer', search: visit.search ?? '' },
    document,
    localStorage,
    { languages: visit.languages ?? ['fr-FR'] },
  );
  if (visit.entryRan) for (const listener of loaded) listener();
  return links.map((link) => `${link.rel} ${link.href}`);
}

/** The language the app itself shows for the same visit (Settings and main.ts). */
function appLocale(visit: Visit): string {
  const forced = parseLocaleFlag(visit.search ?? '');
  if (forced) return textLocale(forced);
  let raw: unknown = null;
  if (!visit.storageFails)
    raw = localPreferenceStore(
      { getItem: () => visit.stored ?? null } as unknown as Storage,
      preferencesKey,
    ).read();
  return restorePreferences(raw)?.locale ?? detectLocale(visit.languages ?? ['fr-FR']);
}

describe('preloadScript', () => {
  it('adds modulepreload links only on lesson addresses', () => {
    expect(runScript({})).toEqual(['modulepreload ./assets/fr.js']);
    expect(runScript({ hash: '#/teacher', entryRan: true })).toEqual([]);
    expect(runScript({ hash: '', entryRan: true })).toEqual([]);
  });

  it("preloads Blockly's chunk once the entry has run", () => {
    expect(runScript({ entryRan: true })).toEqual([
      'modulepreload ./assets/fr.js',
      'modulepreload ./assets/blockly.js',
    ]);
  });

  it('preloads the language the app will show, as Settings chooses it', () => {
    const visits: Visit[] = [
      {},
      { languages: ['en-GB', 'fr'] },
      { languages: ['EN'] },
      { languages: ['de-DE', 'en'] },
      { languages: [] },
      { stored: '{"locale":"en"}' },
      { stored: '{"locale":"fr"}', languages: ['en-US'] },
      { stored: '{"locale":"de"}', languages: ['en-US'] },
      { stored: '{"theme":"contrast"}', languages: ['en-US'] },
      { stored: 'not json', languages: ['en-US'] },
      { stored: '["en"]' },
      { stored: 'null', languages: ['en'] },
      { storageFails: true, languages: ['en-US'] },
      { search: '?locale=pseudo' },
      { search: '?a=1&locale=en', stored: '{"locale":"fr"}' },
      { search: '?locale=fr', languages: ['en'] },
      { search: '?locale=xx', languages: ['en'] },
    ];
    for (const visit of visits) {
      expect(runScript(visit), JSON.stringify(visit)).toEqual([
        `modulepreload ./assets/${appLocale(visit)}.js`,
      ]);
    }
  });
});
