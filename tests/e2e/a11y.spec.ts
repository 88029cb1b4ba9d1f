// Accessibility, end to end: axe-core finds no serious or critical violation on any route (in
// the default and the high-contrast theme), the shell's controls are reachable with Tab,
// labelled and show their focus, buttons are at least 44 px, a pupil solves a level with
// the keyboard alone through Blockly's own keyboard navigation, and the player keeps its
// controls inside their cards with the wide dyslexia font.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { routes } from '../../src/app/routes';
import { PlayerPage } from './pages/player-page';

interface LessonFile {
  readonly id: string;
  readonly levels: readonly { readonly id: string }[];
}

const lessonsDir = join(import.meta.dirname, '../../lessons');
const firstPack = readdirSync(lessonsDir)
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .sort()
  .map((name) => JSON.parse(readFileSync(join(lessonsDir, name), 'utf8')) as LessonFile)[0]!;

/** A concrete path for each route: the first shipped level for lesson parameters. */
function samplePath(pattern: string): string {
  const samples: Record<string, string> = { pack: firstPack.id, level: firstPack.levels[0]!.id };
  return pattern.replace(/:(\w+)/g, (_, name: string) =>
    encodeURIComponent(samples[name] ?? 'sample'),
  );
}

const screens = routes.map((route) => ({ name: route.name, path: samplePath(route.path) }));

async function openScreen(page: Page, path: string): Promise<void> {
  await page.goto(`./#${path}`);
  await expect(page.locator('main').first()).toBeVisible();
  await expect(page.getByText(/^(Chargement…|Loading…)$/)).toHaveCount(0);
  await page.waitForLoadState('networkidle');
  // The player's blocks arrive in their own chunk: check the page with them.
  if (path.startsWith('/play/')) await new PlayerPage(page).waitForBlocks();
}

/**
 * Known defects of Blockly 13.3's own ARIA markup, outside our code: its flyout is a `listbox`
 * whose blocks carry connection-highlight paths with role `figure`, which axe reports as
 * `aria-required-children`. Only that rule, only on Blockly's flyout, is set aside.
 */
function isKnownBlocklyDefect(rule: string, target: string): boolean {
  return rule === 'aria-required-children' && /blocklyBlockCanvas|g\[role="listbox"\]/.test(target);
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const found = [];
  for (const violation of results.violations) {
    if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
    const nodes = [];
    for (const node of violation.nodes) {
      const target = node.target.join(' ');
      const inFlyout = await page
        .locator(target)
        .first()
        .evaluate((element) => element.closest('.blocklyFlyout') !== null)
        .catch(() => false);
      if (!(inFlyout && isKnownBlocklyDefect(violation.id, target))) nodes.push(target);
    }
    if (nodes.length === 0) continue;
    found.push({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: nodes.slice(0, 5),
    });
  }
  return found;
}

/** Whether the keyboard focus is on Blockly's workspace (not its flyout). */
for (const screen of screens) {
  test(`no serious or critical axe violation on ${screen.name} (${screen.path})`, async ({
    page,
  }) => {
    await openScreen(page, screen.path);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`no serious or critical axe violation on ${screen.name} in high contrast`, async ({
    page,
  }) => {
    await openScreen(page, screen.path);
    await page.getByRole('button', { name: 'Réglages' }).click();
    const dialog = page.getByRole('dialog', { name: 'Réglages' });
    await dialog.getByRole('checkbox', { name: 'Couleurs très contrastées' }).check();
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'contrast');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test(`buttons on ${screen.name} are at least 44 px`, async ({ page }) => {
    await openScreen(page, screen.path);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, [role="button"], input, select, summary')]
        // Blockly draws its own controls in SVG; its keyboard path is tested below.
        .filter((element) => !element.closest('.injectionDiv') && element.checkVisibility())
        .filter((element) => {
          const target = element.closest('label') ?? element;
          const box = target.getBoundingClientRect();
          return box.width < 44 || box.height < 44;
        })
        .map((element) => element.outerHTML.slice(0, 120)),
    );
    expect(small).toEqual([]);
  });
}

test('the settings dialog passes axe and keeps focus inside', async ({ page }) => {
  await openScreen(page, '/');
  await page.getByRole('button', { name: 'Réglages' }).click();
  const dialog = page.getByRole('dialog', { name: 'Réglages' });
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(
      true,
    );
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Réglages' })).toBeFocused();
});

test('the shell controls are reachable with Tab, labelled, and show their focus', async ({
  page,
}) => {
  await openScreen(page, '/');
  const expected = ['Parcours, accueil', 'Écouter', 'Français', 'English', 'Réglages'];
  const reached: string[] = [];
  await page.locator('body').focus();
  for (let i = 0; i < 8 && reached.length < expected.length; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || !element.closest('header')) return null;
      const style = getComputedStyle(element);
      return {
        name: element.getAttribute('aria-label') ?? element.textContent?.trim() ?? '',
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!focused) continue;
    expect(focused.outline, `${focused.name} shows its focus`).toBe(true);
    reached.push(focused.name);
  }
  expect(reached).toEqual(expected);

  // The language switcher works from the keyboard and says which language is on.
  await page.getByRole('button', { name: 'English' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('status').filter({ hasText: 'Language: English' })).toHaveCount(1);
});

/** Tab from the top of the page, through the shell and the level, to the program's first block. */
async function tabToProgramStart(page: Page, player: PlayerPage): Promise<void> {
  await page.locator('body').focus();
  for (let i = 0; i < 40 && !(await player.workspaceFocused()); i++)
    await page.keyboard.press('Tab');
  expect(await player.workspaceFocused()).toBe(true);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', /quand je lance/);
}

test('a pupil solves a level with the keyboard alone (Blockly keyboard navigation)', async ({
  page,
}) => {
  const player = new PlayerPage(page);
  await player.open(firstPack.id, firstPack.levels[0]!.id);
  // The level is announced to screen readers when it opens.
  await expect(page.getByRole('status').filter({ hasText: /^Niveau 1 : / })).toHaveCount(1);

  await tabToProgramStart(page, player);

  // T opens the blocks, Enter takes one (it follows the focused block), Enter drops it there.
  for (let i = 0; i < 3; i++) await player.keyboardAppendFirstBlock(/^avancer/);
  await expect(player.blocksLeft).toHaveText('Encore 2 blocs');

  // Back to the run button with Shift+Tab, and run.
  for (let i = 0; i < 30; i++) {
    if (await player.runButton.evaluate((button) => button === document.activeElement)) break;
    await page.keyboard.press('Shift+Tab');
  }
  await expect(player.runButton).toBeFocused();
  await page.keyboard.press('Enter');

  // The result is a modal dialog, described by its text, with the focus inside it.
  await expect(player.successDialog).toBeVisible();
  await expect(player.successDialog).toHaveAccessibleDescription(/Le robot est arrivé au drapeau/);
  await expect(player.stars()).toHaveAccessibleName('3 étoiles sur 3');
  expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
});

test('a focused block the page moves keeps the keyboard focus; a tap elsewhere takes it away', async ({
  page,
}) => {
  const player = new PlayerPage(page);
  await player.open(firstPack.id, firstPack.levels[0]!.id);
  await tabToProgramStart(page, player);

  // Blockly reorders block elements in frame callbacks (a connection highlight's siblings), a
  // DOM move that makes the browser drop the focus; the pupil's focus must come back.
  await page.evaluate(() => {
    const group = document.activeElement?.parentElement;
    if (!group?.parentElement) throw new Error('the focused block has no element group');
    group.parentElement.insertBefore(group, group.parentElement.firstChild);
  });
  await expect(page.locator(':focus')).toHaveAttribute('aria-label', /quand je lance/);
  await expect(page.locator(':focus')).toHaveClass(/blocklyActiveFocus/);

  // A tap on the level's text is the pupil's choice: the focus leaves the workspace and stays out.
  // (The focus is put back in a microtask, so before the tap's task is over.)
  await page.getByRole('heading', { level: 1 }).tap();
  expect(await player.workspaceFocused()).toBe(false);
});

test('read-aloud reads the instructions and the result with one tap, in the app’s language', async ({
  page,
}) => {
  // A recording speech engine with one French and one English voice.
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string; voice: string | null }[] = [];
    const voices = [
      { name: 'Thomas', lang: 'fr-FR', localService: true, default: true, voiceURI: 'Thomas' },
      { name: 'Kate', lang: 'en-GB', localService: true, default: false, voiceURI: 'Kate' },
    ];
    class Utterance {
      lang = '';
      voice: { name: string } | null = null;
      rate = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(readonly text: string) {}
    }
    // speechSynthesis is a read-only accessor of Window: it is redefined, not assigned.
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => voices,
        speak: (utterance: Utterance) => {
          spoken.push({
            text: utterance.text,
            lang: utterance.lang,
            voice: utterance.voice?.name ?? null,
          });
        },
        cancel: () => undefined,
        addEventListener: () => undefined,
      },
    });
    Object.assign(window, { spoken, SpeechSynthesisUtterance: Utterance });
  });
  const spoken = () =>
    page.evaluate(
      () =>
        (window as unknown as { spoken: { text: string; lang: string; voice: string }[] }).spoken,
    );

  const player = new PlayerPage(page);
  await player.open(firstPack.id, firstPack.levels[0]!.id);
  await page.getByRole('button', { name: 'Écouter la consigne' }).click();
  expect(await spoken()).toEqual([
    { text: 'Amène le robot jusqu’au drapeau.', lang: 'fr-FR', voice: 'Thomas' },
  ]);
  // While it reads, the same button stops it.
  await expect(page.getByRole('button', { name: 'Arrêter la lecture' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Arrêter la lecture' }).click();

  // The shell's button reads what the screen marks as readable: here, the instructions.
  await page.getByRole('button', { name: 'Écouter', exact: true }).click();
  expect((await spoken())[1]?.text).toBe('Amène le robot jusqu’au drapeau.');

  // The result, from inside the result dialog.
  for (let i = 0; i < 3; i++) await player.appendBlock('avancer');
  await page.getByRole('radio', { name: 'Rapide' }).check();
  await player.run();
  await player.successDialog.getByRole('button', { name: 'Écouter le résultat' }).click();
  expect((await spoken())[2]?.text).toMatch(/^Le robot est arrivé au drapeau !/);
  await player.successDialog.getByRole('button', { name: 'Rejouer' }).click();

  // In English, with the English voice.
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Listen to the instructions' }).click();
  expect((await spoken())[3]).toEqual({
    text: 'Take the robot to the flag.',
    lang: 'en-GB',
    voice: 'Kate',
  });

  // Switched off in the settings, the buttons go away.
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('checkbox', { name: 'Read aloud' }).uncheck();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('button', { name: /^Listen/ })).toHaveCount(0);
});

test('pictogram mode shows the goal and the blocks as pictures, and keeps their words for screen readers', async ({
  page,
}) => {
  // Level 1 of the "collect" pack: pick up the star, then go to the flag; words by default.
  const collect = JSON.parse(
    readFileSync(join(lessonsDir, '07-ramasser.json'), 'utf8'),
  ) as LessonFile;
  const player = new PlayerPage(page);
  await player.open(collect.id, collect.levels[0]!.id);
  const instructions = page.getByLabel('Consigne', { exact: true });
  const shownWidth = () => instructions.evaluate((element) => element.clientWidth);
  const flyoutWords = () =>
    page
      .locator('.blocklyFlyout .blocklyText')
      .evaluateAll((texts) =>
        texts.map((text) => text.textContent?.trim() ?? '').filter((text) => /\p{L}/u.test(text)),
      );
  expect(await shownWidth()).toBeGreaterThan(100);
  expect(await flyoutWords()).toContain('avancer');
  await expect(page.getByRole('img', { name: /^Objectif/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Réglages' }).click();
  const dialog = page.getByRole('dialog', { name: 'Réglages' });
  await dialog.getByRole('checkbox', { name: /^Mode pictogrammes/ }).check();
  await dialog.getByRole('button', { name: 'Fermer' }).click();

  // The goal is drawn (robot, star, flag) and named; the written instructions leave the screen.
  await expect(
    page.getByRole('img', { name: 'Objectif : ramasse l’étoile, puis va jusqu’au drapeau' }),
  ).toBeVisible();
  await expect.poll(shownWidth).toBeLessThanOrEqual(1);
  await expect(instructions).toContainText('Ramasse la pièce, puis va au drapeau.');
  // The blocks lose their words on screen but keep their spoken names.
  await expect.poll(flyoutWords).toEqual([]);
  await expect(player.flyoutBlock('avancer')).toHaveCount(1);
  await expect(player.flyoutBlock('ramasser l’étoile')).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
});

test('with the dyslexia font the player keeps every control inside its card at 1024×768', async ({
  page,
}) => {
  const player = new PlayerPage(page);
  await player.open(firstPack.id, firstPack.levels[0]!.id);
  await page.getByRole('button', { name: 'Réglages' }).click();
  const dialog = page.getByRole('dialog', { name: 'Réglages' });
  await dialog.getByRole('checkbox', { name: 'Police adaptée à la dyslexie' }).check();
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-font', 'dyslexic');

  /** Whether a control lies wholly inside a container (the cards clip what overflows). */
  const inside = async (control: Locator, container: Locator): Promise<boolean> => {
    const [box, frame] = await Promise.all([control.boundingBox(), container.boundingBox()]);
    if (!box || !frame) return false;
    return (
      box.x >= frame.x - 0.5 &&
      box.y >= frame.y - 0.5 &&
      box.x + box.width <= frame.x + frame.width + 0.5 &&
      box.y + box.height <= frame.y + frame.height + 0.5
    );
  };
  // The wide font wraps the program's bar instead of pushing the robot button and Blockly's
  // zoom controls past the card's edge, and the speeds stay on their row.
  await expect
    .poll(() => inside(page.getByRole('button', { name: /^Robot/ }), player.program))
    .toBe(true);
  await expect.poll(() => inside(page.locator('.blocklyZoom').first(), player.program)).toBe(true);
  const speeds = page.getByRole('group', { name: 'Vitesse' });
  for (const speed of ['Lent', 'Normal', 'Rapide'])
    await expect.poll(() => inside(speeds.getByText(speed, { exact: true }), speeds)).toBe(true);
});
