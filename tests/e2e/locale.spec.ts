// Languages, end to end. French by default; English on a first visit from an English browser;
// the choice is remembered; switching in the middle of a level keeps the pupil's blocks and
// leaves no French behind. In the pseudo-locale (`?locale=pseudo`) every catalogue text is
// wrapped in ⟦…⟧, so on every route any visible word outside a wrapper is a hard-coded string.
//
// Allowed unwrapped (the allowlist of `allowedContent` and `SKIPPED` below):
// - lesson content: pack and level titles, descriptions, instructions and hints, which come
//   from the lesson files in their own languages (any part of such a text);
// - Blockly internals: Blockly's own toasts, tooltips, menus and screen-reader live region, and
//   the ARIA labels Blockly composes for blocks and workspaces from its own message table
//   ("Begin stack, …"); the block texts themselves come from our catalogue and are checked;
// - what is not text: digits and signs (counters, "3/5", ★).
// Pupil and class names would be allowed the same way; no route shows one here (guest play).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { routes } from '../../src/app/routes';
import { catalogue } from '../../src/messages/index';
import { findUntranslated, type ScreenText } from '../../src/messages/pseudo-check';
import { PlayerPage } from './pages/player-page';

interface LessonFile {
  readonly id: string;
  readonly levels: readonly { readonly id: string }[];
}

const lessonsDir = join(import.meta.dirname, '../../lessons');
const lessonFiles = readdirSync(lessonsDir)
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .sort()
  .map((name) => JSON.parse(readFileSync(join(lessonsDir, name), 'utf8')) as unknown);
const firstPack = lessonFiles[0] as LessonFile;

/** Every localized string of the lesson files, Markdown markers removed. */
function lessonTexts(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) lessonTexts(item, found);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.fr === 'string') {
      for (const text of Object.values(record)) {
        if (typeof text === 'string') found.push(withoutMarkdown(text));
      }
    }
    for (const item of Object.values(record)) lessonTexts(item, found);
  }
  return found;
}

const withoutMarkdown = (text: string) => text.replace(/[*_`#>[\]]/g, '').replace(/\s+/g, ' ');
const contentTexts = lessonFiles.flatMap((file) => lessonTexts(file));
const allowedContent = (text: string) => {
  const plain = withoutMarkdown(text).trim();
  return contentTexts.some((content) => content.includes(plain));
};

/** Blockly's own widgets, whose words come from Blockly's message table, not ours. */
const SKIPPED = [
  'script',
  'style',
  'noscript',
  'template',
  '.blocklyToast',
  '.blocklyTooltipDiv',
  '.blocklyWidgetDiv',
  '.blocklyDropDownDiv',
  '.blocklyMenu',
  '.injectionDiv [aria-live]',
];

/** Visible text nodes and labelling attributes of the page, with a hint of where they are. */
async function screenTexts(page: Page): Promise<ScreenText[]> {
  return page.evaluate((skipped) => {
    const skip = skipped.join(', ');
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
        element.getAttribute('class') ? `.${element.getAttribute('class')!.split(' ')[0]}` : ''
      }`;
    const found: { text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || text === '' || parent.closest(skip)) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      found.push({ text, where: describe(parent) });
    }
    const attributes = ['aria-label', 'title', 'alt', 'placeholder', 'aria-roledescription'];
    for (const element of document.body.querySelectorAll('*')) {
      // Blockly composes the ARIA labels of blocks from its own messages (see the header).
      if (element.closest(skip) || element.closest('.injectionDiv')) continue;
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      for (const name of attributes) {
        const value = element.getAttribute(name)?.trim();
        if (value) found.push({ text: value, where: `${describe(element)}[${name}]` });
      }
    }
    return found;
  }, SKIPPED);
}

/** A concrete path for each route: the first shipped level for lesson parameters. */
function samplePath(pattern: string): string {
  const samples: Record<string, string> = { pack: firstPack.id, level: firstPack.levels[0]!.id };
  return pattern.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(samples[name] ?? 'sample'),
  );
}

/** Whether the keyboard focus is on Blockly's workspace (not its flyout). */
async function settle(page: Page): Promise<void> {
  await expect(page.locator('main').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** French catalogue texts without placeholders that are no English catalogue text. */
const englishTexts = new Set(Object.values(catalogue).map((spec) => spec.en.trim()));
const frenchOnly = Object.values(catalogue)
  .map((spec) => spec.fr.trim())
  .filter((text) => !text.includes('{') && !englishTexts.has(text));

test.describe('pseudo-locale', () => {
  for (const route of routes) {
    const path = samplePath(route.path);
    test(`every text on ${route.name} (${path}) comes from the catalogues`, async ({ page }) => {
      await page.goto(`./?locale=pseudo#${path}`);
      await settle(page);
      if (route.name === 'play') await new PlayerPage(page).waitForBlocks().catch(() => undefined);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
      const texts = await screenTexts(page);
      expect(texts.length).toBeGreaterThan(3);
      expect(findUntranslated(texts, [allowedContent])).toEqual([]);
    });
  }

  test('the shell, its settings and a solved level are all from the catalogues', async ({
    page,
  }) => {
    await page.goto(`./?locale=pseudo#/play/${firstPack.id}/${firstPack.levels[0]!.id}`);
    await settle(page);
    const player = new PlayerPage(page);
    await player.waitForBlocks().catch(() => undefined);

    // The settings dialog.
    await page.getByRole('button', { name: '⟦Settings⟧' }).click();
    await expect(page.getByRole('dialog', { name: '⟦Settings⟧' })).toBeVisible();
    expect(findUntranslated(await screenTexts(page), [allowedContent])).toEqual([]);
    await page.keyboard.press('Escape');

    // Solve level 1 (three moves) with the keyboard, which needs no block names, then check
    // the result dialog.
    for (let i = 0; i < 40 && !(await player.workspaceFocused()); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator(':focus')).toHaveAttribute('aria-label', /⟦when I start⟧/);
    for (let i = 0; i < 3; i++) await player.keyboardAppendFirstBlock(/move forward/);
    await page.getByRole('button', { name: '⟦Run⟧' }).click();
    await expect(page.getByRole('dialog', { name: '⟦Well done!⟧' })).toBeVisible();
    expect(findUntranslated(await screenTexts(page), [allowedContent])).toEqual([]);
  });
});

test('French by default; an English browser gets English on its first visit only', async ({
  browser,
}) => {
  const french = await browser.newContext({ locale: 'fr-FR' });
  const frPage = await french.newPage();
  await frPage.goto('./');
  await expect(frPage.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(frPage.getByRole('button', { name: 'Français' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await french.close();

  const english = await browser.newContext({ locale: 'en-GB' });
  const page = await english.newPage();
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pick a level');

  // The choice made here is remembered over the browser's language.
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choisis un niveau');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choisis un niveau');
  await english.close();
});

test('switching language in the middle of a level keeps the blocks and leaves no French', async ({
  page,
}) => {
  const player = new PlayerPage(page);
  await player.open(firstPack.id, firstPack.levels[0]!.id);
  await player.appendBlock('avancer');
  await player.appendBlock('avancer');
  await expect(player.programBlocks(/^avancer/)).toHaveCount(2);
  await expect(player.saved).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const program = page.getByRole('region', { name: 'Your program' });
  await expect(program.getByRole('figure', { name: /^move forward/ })).toHaveCount(2);
  await expect(program.getByRole('figure', { name: /when I start/ })).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Run' })).toBeVisible();

  const texts = await screenTexts(page);
  const french = texts.filter((sample) => frenchOnly.includes(sample.text));
  expect(french).toEqual([]);

  // The language and the blocks survive a reload; back to French keeps them too.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(program.getByRole('figure', { name: /^move forward/ })).toHaveCount(2);
  await page.getByRole('button', { name: 'Français' }).click();
  await expect(player.programBlocks(/^avancer/)).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Lancer' })).toBeVisible();
});

/** The label with each of our ⟦…⟧ texts (nested ones too: Blockly puts ours inside its own)
 * replaced by a NUL, innermost first, so what is left is Blockly's words only. */
function withoutOurs(label: string): string {
  let rest = label;
  while (/⟦[^⟦⟧]*⟧/.test(rest)) rest = rest.replace(/⟦[^⟦⟧]*⟧/g, '\u0000');
  return rest;
}

/**
 * Blockly's own words that Blockly's French file translates (its English text differs from its
 * French one), as patterns over their English text: `%1` stands for anything, even nothing.
 */
function blocklyTranslatedPatterns(): RegExp[] {
  const require = createRequire(import.meta.url);
  const en = require('blockly/msg/en') as Record<string, unknown>;
  const fr = require('blockly/msg/fr') as Record<string, unknown>;
  return Object.keys(en)
    .filter((key) => typeof en[key] === 'string' && en[key] !== fr[key])
    .map((key) => {
      // Compared as the pieces below are: without the punctuation around them.
      const text = (en[key] as string).replace(/^[\s,.:;]+|[\s,.:;]+$/g, '');
      const source = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      // A placeholder may be empty, taking its spaces with it ("%1 blocks" reads "blocks").
      return new RegExp(`^${source.replace(/\s*%\d\s*/g, '\\s*.*?\\s*')}$`);
    });
}

test('Blockly speaks our words: its labels and announcements are ours or translated by Blockly', async ({
  page,
}) => {
  // In the pseudo-locale Blockly's own table is the English one: any English left outside a
  // ⟦…⟧ must be a message Blockly's French file translates; else a French pupil hears English.
  const translated = blocklyTranslatedPatterns();
  const spoken = async () =>
    page.evaluate(() => {
      const found: string[] = [];
      for (const element of document.querySelectorAll('.injectionDiv, .injectionDiv *')) {
        for (const name of ['aria-label', 'aria-roledescription', 'aria-description', 'title']) {
          const value = element.getAttribute(name)?.trim();
          if (value) found.push(value);
        }
      }
      for (const region of document.querySelectorAll('.injectionDiv [aria-live], .blocklyAriaLive'))
        if (region.textContent?.trim()) found.push(region.textContent.trim());
      return found;
    });
  const untranslated = (labels: readonly string[]) =>
    labels.flatMap((label) =>
      withoutOurs(label)
        .split('\u0000')
        .map((piece) => piece.replace(/^[\s,.:;]+|[\s,.:;]+$/g, ''))
        .filter(
          (piece) => /\p{L}/u.test(piece) && !translated.some((pattern) => pattern.test(piece)),
        )
        .map((piece) => `${piece}  (in "${label}")`),
    );

  await page.goto(`./?locale=pseudo#/play/${firstPack.id}/${firstPack.levels[0]!.id}`);
  const player = new PlayerPage(page);
  await player.waitForBlocks().catch(() => undefined);
  await expect(page.locator('.injectionDiv [aria-label="⟦Blocks workspace.⟧"]')).toHaveCount(1);
  const labels = await spoken();
  expect(labels.filter((label) => label.includes('⟦')).length).toBeGreaterThan(5);
  expect(untranslated(labels)).toEqual([]);

  // Moving a block with the keyboard: Blockly announces the move.
  for (let i = 0; i < 40 && !(await player.workspaceFocused()); i++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('t');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  const moving = await spoken();
  await page.keyboard.press('Enter');
  expect(untranslated([...moving, ...(await spoken())])).toEqual([]);
});
