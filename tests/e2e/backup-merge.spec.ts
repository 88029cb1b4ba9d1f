// Two tablets, one class: the teacher's tablet sets up the class and a session, a pupil plays
// on it, and everything is exported; the second tablet imports that file (a preview says what
// comes), shows the session's picker, another pupil plays there, and it exports too. The
// teacher's tablet imports both files at once: every attempt shows once in the session
// journal; importing again adds nothing; a cut-off file is refused and changes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Browser, type Page } from '@playwright/test';
import { PlayerPage } from './pages/player-page';

interface LessonFile {
  readonly id: string;
  readonly levels: readonly { readonly id: string; readonly title: { readonly fr: string } }[];
}

const pack = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../lessons/01-premiers-pas.json'), 'utf8'),
) as LessonFile;
const level1 = pack.levels[0]!;
const PIN = '8642';

test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });
// Two tablets, several exports and imports: a busy machine needs more than the default 60 s.
test.describe.configure({ timeout: 240_000 });

async function tablet(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1024, height: 768 },
    hasTouch: true,
    locale: 'fr-FR',
    serviceWorkers: 'block',
    acceptDownloads: true,
  });
  return context.newPage();
}

/** Opens a teacher screen: chooses the PIN on a tablet's first visit, types it when locked. */
async function openTeacherArea(page: Page, path = '/teacher'): Promise<void> {
  await page.goto(`./#${path}`);
  const newPin = page.getByLabel('Nouveau code');
  const pin = page.getByLabel('Code enseignant');
  const lock = page.getByRole('button', { name: 'Verrouiller' });
  await expect(newPin.or(pin).or(lock)).toBeVisible();
  if (await lock.isVisible()) return;
  if (await newPin.isVisible()) {
    await newPin.fill(PIN);
    await page.getByLabel('Retapez le code').fill(PIN);
    await page.getByRole('button', { name: 'Enregistrer le code' }).click();
  } else {
    await pin.fill(PIN);
    await page.getByRole('button', { name: 'Entrer' }).click();
  }
  await expect(lock).toBeVisible();
}

/**
 * The pupil taps their name, opens level 1, adds `add` moves forward to the program kept for
 * them and runs it: three moves solve the level, fewer do not.
 */
async function playLevel1(page: Page, name: string, add: number, moves: number): Promise<void> {
  await page.getByRole('button', { name }).click();
  await page.getByRole('link', { name: new RegExp(`^Niveau 1 : ${level1.title.fr}`) }).click();
  const player = new PlayerPage(page);
  await player.waitForBlocks();
  await page.getByRole('radio', { name: 'Rapide' }).check();
  for (let i = 0; i < add; i++) await player.appendBlock('avancer');
  await expect(player.programBlocks(/^avancer/)).toHaveCount(moves);
  await player.run();
  if (moves === 3) await expect(player.successDialog).toBeVisible();
  else await expect(player.failure).toContainText('n’est pas arrivé au drapeau');
}

/** Exports everything from the backup screen and returns the file's path. */
async function exportAll(page: Page, path: string): Promise<string> {
  await openTeacherArea(page, '/teacher/backup');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tout sauvegarder dans un fichier' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^parcours-all-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  await download.saveAs(path);
  return path;
}

async function chooseBackups(page: Page, files: string[]): Promise<void> {
  await page.getByLabel('Choisir un ou plusieurs fichiers').setInputFiles(files);
}

test('backups from two tablets merge on the teacher’s tablet, each attempt once', async ({
  browser,
}, testInfo) => {
  // Teacher's tablet: class, pupils, session; Alice solves level 1 there.
  const teacher = await tablet(browser);
  await openTeacherArea(teacher);
  await teacher.getByLabel('Nom de la nouvelle classe').fill('CE2 Soleil');
  await teacher.getByRole('button', { name: 'Créer la classe' }).click();
  await teacher.getByRole('button', { name: 'Coller une liste' }).click();
  await teacher.getByLabel('Un prénom par ligne').fill('Alice\nBruno');
  await teacher.getByRole('button', { name: 'Ajouter 2 élèves' }).click();
  await teacher.getByRole('link', { name: 'Préparer une séance' }).click();
  await teacher.getByRole('button', { name: 'Démarrer la séance' }).click();
  await playLevel1(teacher, 'Alice', 3, 3);
  const fileT = await exportAll(teacher, testInfo.outputPath('teacher.json'));

  // Second tablet: imports the class, shows the session's picker; Bruno plays twice.
  const second = await tablet(browser);
  await openTeacherArea(second, '/teacher/backup');
  await chooseBackups(second, [fileT]);
  const preview = second.getByRole('main');
  await expect(preview.getByText('1 nouvelle classe')).toBeVisible();
  await expect(preview.getByText('2 nouveaux élèves')).toBeVisible();
  await expect(preview.getByText('1 nouvel essai')).toBeVisible();
  await expect(preview.getByText('Nouveaux : CE2 Soleil, Alice, Bruno')).toBeVisible();
  await second.getByRole('button', { name: 'Importer le fichier' }).click();
  await expect(second.getByText('Import terminé : 1 nouvel essai.')).toBeVisible();
  await second.getByRole('link', { name: 'Mes classes' }).click();
  await second.getByRole('link', { name: /CE2 Soleil · .* en cours/ }).click();
  await second
    .getByRole('button', { name: 'Afficher l’écran des élèves sur cette tablette' })
    .click();
  await expect(second.getByRole('heading', { name: 'Qui es-tu ?' })).toBeVisible();
  await playLevel1(second, 'Bruno', 2, 2);
  await second.goto('./#/session');
  await second.getByRole('button', { name: 'Ce n’est pas moi' }).click();
  await playLevel1(second, 'Bruno', 1, 3);
  const fileB = await exportAll(second, testInfo.outputPath('second.json'));

  // The teacher's tablet imports both files: only Bruno's two attempts are new.
  await openTeacherArea(teacher, '/teacher/backup');
  await chooseBackups(teacher, [fileT, fileB]);
  await expect(teacher.getByRole('main').getByText('2 nouveaux essais')).toBeVisible();
  await teacher.getByRole('button', { name: 'Importer les 2 fichiers' }).click();
  await expect(teacher.getByText('Import terminé : 2 nouveaux essais.')).toBeVisible();

  // The same file again changes nothing.
  await chooseBackups(teacher, [fileB]);
  await expect(
    teacher.getByText('Rien de nouveau : tout est déjà sur cette tablette.'),
  ).toBeVisible();
  await teacher.getByRole('button', { name: 'Importer le fichier' }).click();
  await expect(teacher.getByText('Import terminé : aucun nouvel essai.')).toBeVisible();

  // A file cut off in the middle is refused with its reason.
  const cut = testInfo.outputPath('cut.json');
  const text = readFileSync(fileB, 'utf8');
  writeFileSync(cut, text.slice(0, Math.floor(text.length / 2)));
  await chooseBackups(teacher, [cut]);
  await expect(teacher.getByRole('main').getByRole('alert')).toContainText(
    'Ce fichier est incomplet (coupé avant la fin).',
  );
  await expect(teacher.getByRole('button', { name: /^Importer/ })).toHaveCount(0);

  // The session journal shows every attempt once: Alice's one, Bruno's two.
  await teacher.getByRole('link', { name: 'Mes classes' }).click();
  await teacher.getByRole('link', { name: /CE2 Soleil · .* en cours/ }).click();
  await expect(teacher.getByRole('heading', { name: 'Tous les essais (3)' })).toBeVisible();
  const journal = teacher.getByRole('region', { name: 'Tous les essais (3)' });
  await expect(journal.getByRole('row').filter({ hasText: 'Alice' })).toHaveCount(1);
  await expect(journal.getByRole('row').filter({ hasText: 'Bruno' })).toHaveCount(2);
  await expect(
    journal.getByRole('row').filter({ hasText: 'Bruno' }).filter({ hasText: 'Réussi' }),
  ).toHaveCount(1);
  const summary = teacher.getByRole('region', { name: 'Bilan' });
  await expect(summary.getByRole('row', { name: /Alice/ })).toContainText(
    `1 / ${pack.levels.length} réussis`,
  );
  await expect(summary.getByRole('row', { name: /Bruno/ })).toContainText('2 essais');
});
