// A teacher runs a class session on a tablet (1024×768, touch): sets the teacher PIN on first
// use, creates a class, adds pupils (a pasted list with a duplicate flagged, then one typed),
// starts a session on two levels of the first pack; the tablet then shows the pupils' picker.
// A pupil taps her name, plays, reloads in the middle of the level and finds her blocks; the
// next pupil starts from an empty program; a level outside the session is refused; the
// teacher area asks for the PIN again and shows the pupil's attempt in the session journal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { PlayerPage } from './pages/player-page';

interface LessonFile {
  readonly id: string;
  readonly title: { readonly fr: string };
  readonly levels: readonly { readonly id: string; readonly title: { readonly fr: string } }[];
}

const pack = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../lessons/01-premiers-pas.json'), 'utf8'),
) as LessonFile;
const [level1, level2, level3] = pack.levels;

test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });
// Each test is a whole class journey (dozens of screens); a busy machine needs more than 60 s.
test.describe.configure({ timeout: 240_000 });

async function enterPin(page: Page, pin: string): Promise<void> {
  await page.getByLabel('Code enseignant').fill(pin);
  await page.getByRole('button', { name: 'Entrer' }).click();
}

test('a teacher sets up a session and a pupil keeps her blocks across a reload', async ({
  page,
}) => {
  // First visit of the teacher area: the PIN is chosen (twice, the same).
  await page.goto('./#/teacher');
  await expect(page.getByRole('heading', { name: 'Espace enseignant' })).toBeVisible();
  await page.getByLabel('Nouveau code').fill('2468');
  await page.getByLabel('Retapez le code').fill('2469');
  await page.getByRole('button', { name: 'Enregistrer le code' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(
    'Les deux codes ne sont pas identiques.',
  );
  await page.getByLabel('Retapez le code').fill('2468');
  await page.getByRole('button', { name: 'Enregistrer le code' }).click();

  // A class.
  await expect(page.getByRole('heading', { name: 'Mes classes', level: 1 })).toBeVisible();
  await expect(page.getByText(/utilisés sur .* disponibles|n’indique pas l’espace/)).toBeVisible();
  await page.getByLabel('Nom de la nouvelle classe').fill('CM1 Lune');
  await page.getByRole('button', { name: 'Créer la classe' }).click();
  await expect(page.getByRole('heading', { name: 'CM1 Lune', level: 1 })).toBeVisible();

  // Pupils: a pasted list (a repeated name is flagged and left out), then one typed.
  await page.getByRole('button', { name: 'Coller une liste' }).click();
  await page.getByLabel('Un prénom par ligne').fill('Léa\nNoé\n\nlea\n');
  await expect(page.getByText('Ce nom apparaît deux fois dans la liste.')).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter 2 élèves' }).click();
  await expect(page.getByRole('heading', { name: 'Élèves (2)' })).toBeVisible();
  await page.getByRole('button', { name: 'Un par un' }).click();
  await page.getByLabel('Prénom ou surnom').fill('Noé');
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Ce nom existe déjà.');
  await page.getByLabel('Prénom ou surnom').fill('Sami');
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Élèves (3)' })).toBeVisible();

  // A session on the first two levels.
  await page.getByRole('link', { name: 'Préparer une séance' }).click();
  await expect(page.getByRole('heading', { name: 'Nouvelle séance · CM1 Lune' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Parcours' })).toHaveValue(pack.id);
  await page.getByRole('button', { name: 'Tout décocher' }).click();
  await page.getByRole('button', { name: 'Démarrer la séance' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Cochez au moins un niveau.');
  await page.getByLabel(`Niveau 1 : ${level1!.title.fr}`).check();
  await page.getByLabel(`Niveau 2 : ${level2!.title.fr}`).check();
  await page.getByRole('button', { name: 'Démarrer la séance' }).click();

  // The tablet now shows the pupils' picker.
  await expect(page).toHaveURL(/#\/session$/);
  await expect(page.getByRole('heading', { name: 'Qui es-tu ?' })).toBeVisible();
  await page.getByRole('button', { name: 'Léa' }).click();
  await expect(page.getByRole('heading', { name: /Bonjour Léa !/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Niveau \d :/ })).toHaveCount(2);
  await page
    .getByRole('link', { name: `Niveau 1 : ${level1!.title.fr}, pas encore d’étoile` })
    .click();

  // She plays, and reloads in the middle of the level.
  const player = new PlayerPage(page);
  await player.waitForBlocks();
  await player.appendBlock('avancer', 'touch');
  await player.appendBlock('avancer', 'touch');
  await expect(player.programBlocks(/^avancer/)).toHaveCount(2);
  await expect(player.saved).toBeVisible();
  await page.reload();
  await player.waitForBlocks();
  await expect(player.programBlocks(/^avancer/)).toHaveCount(2);
  await page.getByRole('radio', { name: 'Rapide' }).check();
  await player.run();
  await expect(player.failure).toContainText('n’est pas arrivé au drapeau');

  // A level the session does not open is refused.
  await page.goto(`./#/play/${pack.id}/${level3!.id}`);
  await expect(page.getByText('Ce niveau n’est pas ouvert pendant la séance.')).toBeVisible();
  await page.getByRole('link', { name: 'Retour à mes niveaux' }).click();

  // The next pupil gets her own, empty program.
  await page.getByRole('button', { name: 'J’ai fini' }).click();
  await page.getByRole('button', { name: 'Noé' }).click();
  await page.getByRole('link', { name: new RegExp(`^Niveau 1 : ${level1!.title.fr}`) }).click();
  await player.waitForBlocks();
  await expect(player.programBlocks(/^avancer/)).toHaveCount(0);

  // The teacher area is locked again: the PIN is asked, a wrong one refused.
  await page.goto('./#/teacher');
  await enterPin(page, '1357');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Ce code n’est pas le bon.');
  await enterPin(page, '2468');
  await page.getByRole('link', { name: /CM1 Lune · .* en cours/ }).click();
  await expect(page.getByRole('heading', { name: 'Tous les essais (1)' })).toBeVisible();
  const journal = page.getByRole('region', { name: 'Tous les essais (1)' });
  await expect(journal.getByRole('row').filter({ hasText: 'Léa' })).toContainText('Pas arrivé');

  // Ending the session sends the tablet back to free play.
  await page.getByRole('button', { name: 'Terminer la séance' }).click();
  await page
    .getByRole('main')
    .getByRole('alert')
    .getByRole('button', { name: 'Terminer la séance' })
    .click();
  await expect(page.getByText(/^Terminée à/)).toBeVisible();
  await page.goto('./#/session');
  await expect(page.getByText('Aucune séance n’est ouverte sur cette tablette.')).toBeVisible();
});

test('when the tablet is full the pupil’s blocks are kept and everyone is told', async ({
  page,
}) => {
  // A full disk, switched on and off by the test: IndexedDB writes fail as Chromium's do.
  await page.addInitScript(() => {
    const flags = globalThis as unknown as { parcoursDiskFull?: boolean };
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (
        this: IDBObjectStore,
        ...args: Parameters<typeof original>
      ) {
        if (flags.parcoursDiskFull)
          throw new DOMException('The disk is full', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
  const diskFull = (full: boolean) =>
    page.evaluate((value) => {
      (globalThis as unknown as { parcoursDiskFull?: boolean }).parcoursDiskFull = value;
    }, full);
  const go = (hash: string) =>
    page.evaluate((value) => {
      window.location.hash = value;
    }, hash);

  await page.goto('./#/teacher');
  await page.getByLabel('Nouveau code').fill('2468');
  await page.getByLabel('Retapez le code').fill('2468');
  await page.getByRole('button', { name: 'Enregistrer le code' }).click();
  await expect(page.getByRole('heading', { name: 'Mes classes', level: 1 })).toBeVisible();

  // A guest plays; the first block is saved, then the disk fills up.
  const player = new PlayerPage(page);
  await go(`#/play/${pack.id}/${level1!.id}`);
  await player.waitForBlocks();
  await player.appendBlock('avancer', 'touch');
  await expect(player.saved).toBeVisible();
  await diskFull(true);
  await player.appendBlock('avancer', 'touch');
  await expect(
    player.program
      .getByRole('status')
      .filter({ hasText: 'Le programme n’a pas pu être enregistré.' }),
  ).toBeVisible();
  await expect(player.programBlocks(/^avancer/)).toHaveCount(2);

  // The pupils' screen says it in words; the blocks come back with the level.
  await go('#/session');
  await expect(page.getByRole('main').getByRole('alert')).toContainText(
    'La tablette est pleine : ton travail est gardé, mais pas encore enregistré.',
  );
  await go(`#/play/${pack.id}/${level1!.id}`);
  await player.waitForBlocks();
  await expect(player.programBlocks(/^avancer/)).toHaveCount(2);

  // The teacher is told what to do; once space is freed, "Réessayer" writes the work.
  await go('#/teacher');
  await enterPin(page, '2468');
  const alert = page.getByRole('alert').filter({ hasText: 'La tablette est pleine' });
  await expect(alert).toContainText('Libérez de la place sur la tablette');
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(alert).toBeVisible();
  await diskFull(false);
  await alert.getByRole('button', { name: 'Réessayer' }).click();
  await expect(alert).toHaveCount(0);

  // Nothing was lost: after a reload the level opens with both blocks.
  await page.reload();
  await player.open(pack.id, level1!.id);
  await expect(player.programBlocks(/^avancer/)).toHaveCount(2);
});
