// A pupil plays the first levels on a tablet (1024×768, touch): drags blocks from the flyout
// under the start block (real touch and mouse drags), runs the program, earns stars; a wrong
// program is told in words and marked on the board; the blocks-left counter stops extra
// blocks; the program survives a reset, a level change and a reload.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { PlayerPage } from './pages/player-page';

interface LessonFile {
  readonly id: string;
  readonly title: { readonly fr: string };
  readonly levels: readonly {
    readonly id: string;
    readonly title: { readonly fr: string };
    readonly maxBlocks?: number;
  }[];
}

// The first shipped pack: level 1 is ">..G" (three moves east, at most 5 blocks); level 3 is
// ">.." over "##." (a wall below the start square).
const pack = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../lessons/01-premiers-pas.json'), 'utf8'),
) as LessonFile;
const [level1, level2, level3] = pack.levels;

test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

test('a pupil drags blocks by touch, runs the program and earns three stars', async ({ page }) => {
  await page.goto('./');
  await page
    .getByRole('region', { name: pack.title.fr })
    .getByRole('link', { name: /^Niveau 1 :/ })
    .click();
  const player = new PlayerPage(page);
  await player.waitForBlocks();
  await expect(player.blocksLeft).toHaveText('Encore 5 blocs');

  for (let i = 0; i < 3; i++) await player.appendBlock('avancer', 'touch');
  await expect(player.programBlocks(/^avancer/)).toHaveCount(3);
  await expect(player.blocksLeft).toHaveText('Encore 2 blocs');

  await player.run();
  await expect(player.successDialog).toBeVisible();
  await expect(player.successDialog).toContainText('Le robot est arrivé au drapeau !');
  await expect(player.stars()).toHaveAccessibleName('3 étoiles sur 3');
  await expect(player.stage).toHaveAccessibleName(/colonne 4, ligne 1/);

  await player.successDialog.getByRole('link', { name: 'Niveau suivant' }).click();
  await expect(page).toHaveURL(new RegExp(`#/play/${pack.id}/${level2!.id}$`));
  await player.waitForBlocks();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plus loin');
});

test('a wrong program says in words where the robot bumped into a wall', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.open(pack.id, level3!.id);
  await page.getByRole('radio', { name: 'Rapide' }).check();
  await player.appendBlock('tourner à droite');
  await player.appendBlock('avancer');
  await expect(player.programBlocks(/^(avancer|tourner)/)).toHaveCount(2);

  await player.run();
  await expect(player.failure).toContainText(
    'Le robot s’est cogné contre un mur à son 2e déplacement.',
  );
  await expect(player.stage).toHaveAccessibleName(/Le robot s’est cogné ici/);
  await expect(player.successDialog).toHaveCount(0);

  await player.resetButton.click();
  await expect(player.failure).toHaveCount(0);
  await expect(player.stage).not.toHaveAccessibleName(/cogné/);
});

test('driving off the board is told with the number of the move', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.open(pack.id, level1!.id);
  await page.getByRole('radio', { name: 'Rapide' }).check();
  for (let i = 0; i < 4; i++) await player.appendBlock('avancer');
  await expect(player.programBlocks(/^avancer/)).toHaveCount(4);

  await player.run();
  await expect(player.failure).toContainText('Le robot est sorti du terrain à son 4e déplacement.');
  await expect(player.stage).toHaveAccessibleName(/Le robot s’est cogné ici/);
});

test('the blocks-left counter stops extra blocks', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.open(pack.id, level1!.id);
  const limit = level1!.maxBlocks ?? 5;
  for (let i = 0; i < limit; i++) await player.appendBlock('avancer');
  await expect(player.programBlocks(/^avancer/)).toHaveCount(limit);
  await expect(player.blocksLeft).toHaveText('Plus aucun bloc');

  // One more, at the end of the program and anywhere on the workspace: nothing is added.
  await player.appendBlock('avancer');
  await player.dropBlockOnWorkspace('avancer', 'touch');
  await expect(player.programBlocks(/^avancer/)).toHaveCount(limit);
  await expect(player.blocksLeft).toHaveText('Plus aucun bloc');
});

test('the program survives a reset, a level change and a reload', async ({ page }) => {
  const player = new PlayerPage(page);
  await player.open(pack.id, level1!.id);
  await player.appendBlock('avancer', 'touch');
  await player.appendBlock('avancer', 'touch');
  await expect(player.blocksLeft).toHaveText('Encore 3 blocs');
  await expect(player.saved).toBeVisible();

  await player.run();
  await expect(player.failure).toContainText('n’est pas arrivé au drapeau');
  await player.resetButton.click();
  await expect(player.programBlocks(/^avancer/)).toHaveCount(2);

  await page.getByRole('link', { name: 'Niveau suivant' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plus loin');
  await player.waitForBlocks();
  await expect(player.programBlocks(/^avancer/)).toHaveCount(0);
  await page.getByRole('link', { name: 'Niveau précédent' }).click();
  await player.waitForBlocks();
  await expect(player.programBlocks(/^avancer/)).toHaveCount(2);

  await page.reload();
  await player.waitForBlocks();
  await expect(player.programBlocks(/^avancer/)).toHaveCount(2);
  await expect(player.blocksLeft).toHaveText('Encore 3 blocs');
});

test('the app bar shows before any script has run, then the app takes its place', async ({
  page,
}) => {
  // Holds the app's scripts, as a slow school network would.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`./#/play/${pack.id}/${level1!.id}`, { waitUntil: 'commit' });
  const bootBar = page.locator('.boot-bar');
  await expect(bootBar).toBeVisible();
  await expect(bootBar).toHaveText('Parcours');
  // Decoration only: screen readers hear the app once it is there.
  await expect(page.locator('.boot-shell')).toHaveAttribute('aria-hidden', 'true');

  release();
  const player = new PlayerPage(page);
  await player.waitForBlocks();
  await expect(page.locator('.boot-shell')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Parcours/ })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(level1!.title.fr);
});

test('the player fills the screen under the app bar, and follows the bar when it grows', async ({
  page,
}) => {
  const player = new PlayerPage(page);
  await player.open(pack.id, level1!.id);
  const main = page.getByRole('main');
  const bar = page.getByRole('banner');
  const fitsUnderBar = async () => {
    const [barBox, mainBox] = [await bar.boundingBox(), await main.boundingBox()];
    const scrolls = await page.evaluate(
      () => document.documentElement.scrollHeight > window.innerHeight,
    );
    return (
      !scrolls &&
      Math.abs(mainBox!.y - (barBox!.y + barBox!.height)) <= 1 &&
      Math.abs(mainBox!.y + mainBox!.height - 768) <= 1
    );
  };
  await expect.poll(fitsUnderBar).toBe(true);

  // A taller bar (as with the update banner under it): the player gives up the same height.
  await page.addStyleTag({ content: 'header.shell { padding-block: 30px !important; }' });
  await expect.poll(fitsUnderBar).toBe(true);
  expect((await bar.boundingBox())!.height).toBeGreaterThan(100);
});
