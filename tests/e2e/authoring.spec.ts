// An animator authors a level on a tablet (1024×768, touch): opens the lesson editor from the
// teacher home, creates a pack, paints the map and shrinks it, sees the solver's verdict change
// (solvable, then unsolvable without the move block, then solvable again), play-tests the level
// as a pupil and comes back, checks the printable mat's real size, exports the pack; a fresh
// browser (another centre) imports the file, previews it and plays the level.
import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { PlayerPage } from './pages/player-page';

test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

const PIN = '2468';
const MM = 96 / 25.4;

async function choosePin(page: Page): Promise<void> {
  await page.goto('./#/teacher');
  await page.getByLabel('Nouveau code').fill(PIN);
  await page.getByLabel('Retapez le code').fill(PIN);
  await page.getByRole('button', { name: 'Enregistrer le code' }).click();
}

test('an animator builds, checks, play-tests, prints and shares a level', async ({
  page,
  browser,
}) => {
  // One long journey through two browsers.
  test.setTimeout(150_000);
  await choosePin(page);
  await page.getByRole('link', { name: 'Ouvrir l’éditeur' }).tap();
  await expect(page.getByRole('heading', { name: 'Éditeur de leçons', level: 1 })).toBeVisible();

  // A new pack, opened on its first level.
  await page.getByRole('button', { name: 'Créer le parcours' }).tap();
  await expect(page.getByText('Donnez un nom au parcours.')).toBeVisible();
  await page.getByLabel('Nom du parcours').fill('Atelier des robots');
  await page.getByRole('button', { name: 'Créer le parcours' }).tap();
  await expect(page.getByRole('heading', { name: 'Atelier des robots', level: 1 })).toBeVisible();
  await expect(page.getByText('Faisable en 5 blocs — le maximum est 10.')).toBeVisible();

  // Paint a wall, undo it, redo it.
  await page.getByRole('radio', { name: 'Mur' }).tap();
  const square = page.getByRole('button', { name: /^Case 3, 4 :/ });
  await square.tap();
  await expect(square).toHaveAccessibleName('Case 3, 4 : mur');
  await page.getByRole('button', { name: 'Annuler la dernière modification' }).tap();
  await expect(square).toHaveAccessibleName('Case 3, 4 : vide');
  await page.getByRole('button', { name: 'Rétablir la modification' }).tap();
  await expect(square).toHaveAccessibleName('Case 3, 4 : mur');

  // A narrower map: the flag comes inside, two moves solve it.
  const narrower = page.getByRole('button', { name: 'Largeur (cases) : moins' });
  for (let i = 0; i < 3; i++) await narrower.tap();
  await expect(page.getByText('Faisable en 2 blocs — le maximum est 10.')).toBeVisible();
  await expect(page.getByText(/Étoiles conseillées : ★★★ jusqu’à 2 blocs/)).toBeVisible();

  // Without the move block the level cannot be solved.
  await page.getByRole('tab', { name: 'Blocs' }).tap();
  const move = page.getByRole('checkbox', { name: 'avancer', exact: true });
  await move.uncheck();
  await expect(page.getByText('Impossible avec ces blocs.')).toBeVisible({ timeout: 25_000 });
  await move.check();
  await expect(page.getByText('Faisable en 2 blocs — le maximum est 10.')).toBeVisible();

  // An empty title is pointed at its field and stops the play-test until fixed.
  await page.getByRole('tab', { name: 'Consigne et indices' }).tap();
  await page.getByLabel('Titre du niveau').fill('');
  await expect(page.getByRole('button', { name: 'Essayer' })).toBeDisabled();
  await expect(page.locator('#issues-title')).toBeVisible();
  await page.getByLabel('Titre du niveau').fill('Deux pas');
  await expect(page.getByText('Enregistré', { exact: true })).toBeVisible();

  // Play-test as a pupil, then come back to the editor.
  await page.getByRole('button', { name: 'Essayer' }).tap();
  const player = new PlayerPage(page);
  await player.waitForBlocks();
  await player.appendBlock('avancer', 'touch');
  await player.appendBlock('avancer', 'touch');
  await player.run();
  await expect(player.successDialog).toBeVisible();
  await player.successDialog.getByRole('button', { name: 'Rejouer' }).tap();
  await page.getByRole('link', { name: 'Retour à l’éditeur' }).tap();
  await expect(page.getByRole('heading', { name: 'Atelier des robots', level: 1 })).toBeVisible();
  // The history survived the trip.
  await expect(
    page.getByRole('button', { name: 'Annuler la dernière modification' }),
  ).toBeEnabled();

  // The printable mat: 3 × 4 squares of 15 cm, on A4 sheets at real size.
  await page.getByRole('button', { name: 'Imprimer le tapis' }).tap();
  await expect(page.getByText('Tapis de 45 × 60 cm : 8 feuilles A4 à l’italienne.')).toBeVisible();
  const sheet = page.getByRole('region', { name: 'Feuille A1' });
  const box = (await sheet.boundingBox())!;
  expect(box.width).toBeCloseTo(297 * MM, 0);
  expect(box.height).toBeCloseTo(210 * MM, 0);
  const mat = (await sheet.locator('div.mat').boundingBox())!;
  expect(mat.width).toBeCloseTo(450 * MM, 0);
  await page.getByRole('radio', { name: 'A2' }).tap();
  // 60 cm does not fit on an A2 sheet (574 mm printable): the page says so.
  await expect(page.getByText(/Le tapis ne tient pas sur une feuille/)).toBeVisible();
  await page.getByLabel('Case imprimée (cm)', { exact: true }).fill('10');
  await page.getByLabel('Case imprimée (cm)', { exact: true }).press('Enter');
  await expect(page.getByText('Tapis de 30 × 40 cm : 1 feuille A2 à la française.')).toBeVisible();
  await page.getByRole('link', { name: /Retour au niveau/ }).tap();

  // Export the pack as a file.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter' }).tap();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('atelier-des-robots.parcours.json');
  const file = readFileSync((await download.path())!, 'utf8');

  // Another centre: a fresh browser imports the file, previews it and plays the level.
  const other = await browser.newContext({
    viewport: { width: 1024, height: 768 },
    hasTouch: true,
    locale: 'fr-FR',
  });
  const there = await other.newPage();
  await choosePin(there);
  await there.goto('./#/teacher/editor');
  // A broken file is refused and nothing is added.
  await there.getByLabel('Choisir un fichier de parcours').setInputFiles({
    name: 'casse.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file.replace('"schemaVersion": 2', '"schemaVersion": "deux"')),
  });
  await expect(there.getByText(/ne peut pas être importé/)).toBeVisible();
  await there.getByLabel('Choisir un fichier de parcours').setInputFiles({
    name: 'atelier.parcours.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  const preview = there.getByRole('region', { name: 'Aperçu du parcours à importer' });
  await expect(preview.getByRole('heading', { name: 'Atelier des robots' })).toBeVisible();
  await expect(preview.getByText('1. Deux pas')).toBeVisible();
  await there.getByRole('button', { name: 'Importer ce parcours (1 niveau)' }).tap();
  await expect(
    there.getByText('Parcours « Atelier des robots » importé.', { exact: false }),
  ).toBeVisible();
  await expect(there.getByRole('heading', { name: 'Mes parcours (1)' })).toBeVisible();

  const pupil = new PlayerPage(there);
  await pupil.open('atelier-des-robots', 'niveau-1');
  await pupil.appendBlock('avancer', 'touch');
  await pupil.appendBlock('avancer', 'touch');
  await pupil.run();
  await expect(pupil.successDialog).toBeVisible();
  await other.close();
});
