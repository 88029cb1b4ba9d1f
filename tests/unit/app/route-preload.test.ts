// The build plugin that preloads the lesson page's files from index.html: it follows static
// imports, skips what the entry already loads, links the player's stylesheets and the
// address's pack, leaves Blockly's chunk for last at low priority, fails loudly when a lesson
// module is no longer a chunk of its own, and preloads the words of the language the app will
// show, chosen the way Settings chooses it.
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

const chunk = (
  fileName: string,
  facade: string | null,
  imports: string[],
  isEntry = false,
  css: string[] = [],
) => ({
  type: 'chunk' as const,
  fileName,
  facadeModuleId: facade,
  imports,
  isEntry,
  viteMetadata: { importedCss: new Set(css) },
});

const BUNDLE = [
  chunk('assets/index.js', '/app/index.html', ['assets/svelte.js'], true, ['assets/index.css']),
  chunk('assets/svelte.js', null, []),
  chunk('assets/blockly-editor.js', '/app/src/ui/player/blockly-editor.ts', ['assets/texts.js']),
  chunk(
    'assets/PlayerPage.js',
    '/app/src/ui/player/PlayerPage.svelte',
    ['assets/svelte.js', 'assets/texts.js', 'assets/stage.js'],
    false,
    ['assets/PlayerPage.css'],
  ),
  chunk('assets/texts.js', null, []),
  chunk('assets/stage.js', null, ['assets/svelte.js'], false, [
    'assets/stage.css',
    'assets/index.css',
  ]),
  chunk('assets/01-premiers-pas.js', '/app/lessons/01-premiers-pas.json', [
    'assets/pack-markup.js',
  ]),
  chunk('assets/pack-markup.js', null, ['assets/svelte.js']),
  chunk('assets/99-défi.js', 'C:\\app\\lessons\\99-défi.json', []),
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
  it('lists the words of each language, the player, its styles and the packs, without the entry; Blockly last', () => {
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
      styles: ['assets/PlayerPage.css', 'assets/stage.css'],
      packs: {
        'premiers-pas': ['assets/01-premiers-pas.js', 'assets/pack-markup.js'],
        défi: ['assets/99-défi.js'],
      },
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
}

/** Runs the inline script as index.html would; returns the links it added. */
function runScript(visit: Visit): string[] {
  interface Link {
    rel: string;
    href: string;
    crossOrigin: string | null;
    fetchPriority: string;
  }
  const links: Link[] = [];
  const document = {
    createElement: (): Link => ({ rel: '', href: '', crossOrigin: null, fetchPriority: 'auto' }),
    head: { appendChild: (link: Link) => links.push(link) },
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
    styles: ['assets/player.css'],
    packs: { 'premiers-pas': ['assets/pack.js'] },
    later: ['assets/blockly.js'],
  });
  new Function('location', 'document', 'localStorage', 'navigator', script)(
    { hash: visit.hash ?? '#/play/premiers-pas/avancer', search: visit.search ?? '' },
    document,
    localStorage,
    { languages: visit.languages ?? ['fr-FR'] },
  );
  for (const link of links) expect(link.crossOrigin).toBe('');
  return links.map(
    (link) => `${link.rel} ${link.href}${link.fetchPriority === 'low' ? ' (low)' : ''}`,
  );
}

/** The links of a visit that depend on the language: the words and the player. */
function wordLinks(visit: Visit): string[] {
  return runScript(visit).filter((link) => /\/(fr|en)\.js$/.test(link));
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
  it('adds links only on lesson addresses', () => {
    expect(runScript({ hash: '#/teacher' })).toEqual([]);
    expect(runScript({ hash: '' })).toEqual([]);
    expect(runScript({ hash: '#/' })).toEqual([]);
  });

  it("links the player's styles, its words, the address's pack, then Blockly at low priority", () => {
    expect(runScript({})).toEqual([
      'stylesheet ./assets/player.css',
      'modulepreload ./assets/fr.js',
      'modulepreload ./assets/pack.js',
      'modulepreload ./assets/blockly.js (low)',
    ]);
  });

  it('preloads no pack for an address naming none it knows', () => {
    for (const hash of [
      '#/play/inconnu/avancer',
      '#/play/constructor/x',
      '#/play/__proto__/x',
      '#/play/%E0%A4%A/x',
      '#/play/',
    ])
      expect(runScript({ hash }), hash).toEqual([
        'stylesheet ./assets/player.css',
        'modulepreload ./assets/fr.js',
        'modulepreload ./assets/blockly.js (low)',
      ]);
    expect(runScript({ hash: '#/play/premiers%2Dpas/avancer' })).toContain(
      'modulepreload ./assets/pack.js',
    );
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
      expect(wordLinks(visit), JSON.stringify(visit)).toEqual([
        `modulepreload ./assets/${appLocale(visit)}.js`,
      ]);
    }
  });
});
