// The progress review, end to end: a class with two sessions is imported from a backup file
// (built here with the app's own backup format), then the teacher opens the school view, the
// class grid (Émile is highlighted as stuck), filters it by session, opens a pupil and replays
// an attempt step by step with its blocks, exports both CSV files and parses them back (BOM,
// ';', French accents), and opens the printable report (navigation hidden in print).
import { readFileSync, writeFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { buildBackup, serializeBackup } from '../../src/storage/backup-format';
import type { AttemptRecord, SessionRecord } from '../../src/storage/records';
import type { RunOutcome } from '../../src/core/run/types';
import type { WorkspaceState } from '../../src/core/program/blockly-json';
import { CSV_BOM, parseCsv } from '../../src/core/progress/csv';

const PIN = '8642';
const PACK = 'premiers-pas';
const LEVEL = 'avancer';
const DAY1 = Date.UTC(2025, 8, 1, 8, 0, 0);
const DAY2 = Date.UTC(2025, 8, 8, 8, 0, 0);

test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true, acceptDownloads: true });

function moves(count: number): WorkspaceState {
  let next: { block: Record<string, unknown> } | undefined;
  for (let i = count; i >= 1; i--) {
    next = { block: { type: 'move_forward', id: `m${i}`, ...(next ? { next } : {}) } };
  }
  return {
    blocks: {
      languageVersion: 0,
      blocks: [{ type: 'program_start', id: 'start', x: 40, y: 40, ...(next ? { next } : {}) }],
    },
  } as WorkspaceState;
}

const NOT_REACHED: RunOutcome = { kind: 'not-reached', reason: 'goal', itemsLeft: 0 };
const SUCCESS: RunOutcome = { kind: 'success' };

async function backupFile(path: string): Promise<string> {
  const cls = {
    id: '01CLASS0000000000000000000',
    name: 'CM1 Lune',
    archived: false,
    createdAt: DAY1,
    updatedAt: DAY1,
  };
  const pupil = (id: string, name: string, avatar: 'fox' | 'owl' | 'frog') => ({
    id,
    classId: cls.id,
    name,
    avatar,
    archived: false,
    createdAt: DAY1,
    updatedAt: DAY1,
  });
  const pupils = [
    pupil('01PUPILZOE0000000000000000', 'Zoé', 'fox'),
    pupil('01PUPILEMILE00000000000000', 'Émile', 'owl'),
    pupil('01PUPILADAM00000000000000', 'Adam', 'frog'),
  ];
  const session = (id: string, at: number): SessionRecord => ({
    id,
    classId: cls.id,
    packId: PACK,
    levelIds: [LEVEL, 'plus-loin'],
    groups: [],
    rotation: 'level',
    startedAt: at,
    endedAt: at + 3_600_000,
    updatedAt: at + 3_600_000,
  });
  const sessions = [
    session('01SESSION1000000000000000', DAY1),
    session('01SESSION2000000000000000', DAY2),
  ];
  let n = 0;
  const attempt = (
    pupilId: string,
    sessionId: string,
    at: number,
    outcome: RunOutcome,
    blocks: number,
    stars: number,
  ): AttemptRecord => {
    n++;
    return {
      id: `01ATTEMPT${String(n).padStart(17, '0')}`,
      learner: `pupil:${pupilId}`,
      pupilId,
      groupId: null,
      sessionId,
      packId: PACK,
      levelId: LEVEL,
      deviceId: 'tablet-e2e',
      startedAt: at,
      endedAt: at + 45_000,
      outcome,
      blockCount: blocks,
      stars,
      program: moves(blocks),
      on: 'simulator',
    };
  };
  const [zoe, emile, adam] = pupils.map((p) => p.id) as [string, string, string];
  const [s1, s2] = sessions.map((s) => s.id) as [string, string];
  const minute = 60_000;
  const attempts = [
    attempt(zoe, s1, DAY1 + minute, NOT_REACHED, 1, 0),
    attempt(zoe, s1, DAY1 + 2 * minute, SUCCESS, 3, 3),
    ...[1, 2, 3, 4, 5].map((i) => attempt(emile, s1, DAY1 + i * minute, NOT_REACHED, 2, 0)),
    attempt(adam, s2, DAY2 + minute, SUCCESS, 3, 3),
  ];
  const file = await buildBackup(
    'tablet-e2e',
    new Date(DAY2 + 7_200_000),
    { kind: 'all' },
    {
      classes: [cls],
      pupils,
      sessions,
      attempts,
      workspaces: [],
      robots: [],
      packs: [],
    },
  );
  writeFileSync(path, serializeBackup(file));
  return path;
}

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
    await page.getByRole('button', { name: 'Enregistrer le code' }).tap();
  } else {
    await pin.fill(PIN);
    await page.getByRole('button', { name: 'Entrer' }).tap();
  }
  await expect(lock).toBeVisible();
}

test('a teacher reviews a class: grid, filter, pupil replay, CSV, print', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  const path = await backupFile(info.outputPath('class.json'));
  await openTeacherArea(page, '/teacher/backup');
  await page.getByLabel('Choisir un ou plusieurs fichiers').setInputFiles([path]);
  await page.getByRole('button', { name: 'Importer le fichier' }).tap();
  await expect(page.getByText(/Import terminé : 8 nouveaux essais/)).toBeVisible();

  // The teacher home leads to the school view, the school view to the class.
  await page.goto('./#/teacher');
  await page.getByRole('link', { name: 'Voir les progrès' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Suivi des progrès' })).toBeVisible();
  await page.getByRole('link', { name: 'Voir la classe CM1 Lune' }).tap();
  await expect(page.getByRole('heading', { name: 'Progrès de la classe CM1 Lune' })).toBeVisible();

  // The grid: one row per pupil; Émile, five attempts without success, is stuck.
  const grid = page.getByRole('table', { name: /Premiers pas/ });
  await expect(grid.getByRole('rowheader')).toHaveText([/Adam/, /Émile/, /Zoé/]);
  const emileRow = grid.getByRole('row', { name: /Émile/ });
  await expect(emileRow.getByText('bloqué', { exact: true })).toBeVisible();
  await expect(emileRow.getByRole('cell').first()).toContainText(
    'Émile, niveau 1, Pas encore réussi, 5 essais',
  );
  await expect(grid.getByRole('row', { name: /Zoé/ }).getByRole('cell').first()).toContainText(
    'Réussi, 3 étoiles, 2 essais',
  );
  await expect(page.getByText('Tout l’historique de la classe.')).toBeVisible();

  // Filter by the second session: only Adam played then.
  const sessionSelect = page.getByRole('combobox', { name: /^Séance/ });
  // Newest session first, after "all sessions".
  await sessionSelect.selectOption({ index: 1 });
  await expect(page.getByText('Essais d’une séance.')).toBeVisible();
  await expect(emileRow.getByRole('cell').first()).toContainText('Pas commencé');
  await expect(grid.getByRole('row', { name: /Adam/ }).getByRole('cell').first()).toContainText(
    'Réussi, 3 étoiles, 1 essai',
  );
  await page.getByRole('button', { name: 'Tout afficher' }).tap();
  await expect(page.getByText('Tout l’historique de la classe.')).toBeVisible();

  // Sort by progress: Adam and Zoé (one level solved) before Émile.
  await page.getByRole('button', { name: 'Par progrès' }).tap();
  await expect(grid.getByRole('rowheader')).toHaveText([/Adam/, /Zoé/, /Émile/]);

  // CSV, one row per attempt: BOM, ';', accents, parsed back.
  const [attemptsDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Un essai par ligne' }).tap(),
  ]);
  expect(attemptsDownload.suggestedFilename()).toMatch(
    /^parcours-cm1-lune-essais-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const attemptsText = readFileSync(await attemptsDownload.path(), 'utf8');
  expect(attemptsText.startsWith(CSV_BOM)).toBe(true);
  const attemptRows = parseCsv(attemptsText);
  expect(attemptRows[0]).toEqual([
    'Élève',
    'Joué par',
    'Séance',
    'Parcours',
    'Niveau',
    'Début',
    'Durée (s)',
    'Résultat',
    'Détail',
    'Étoiles',
    'Blocs',
    'Joué sur',
  ]);
  expect(attemptRows).toHaveLength(9);
  expect(attemptRows.filter((r) => r[0] === 'Émile').map((r) => r[7])).toEqual(
    Array(5).fill('Pas arrivé au but'),
  );
  expect(attemptRows.find((r) => r[0] === 'Zoé' && r[7] === 'Réussi')?.slice(9, 12)).toEqual([
    '3',
    '3',
    'simulateur',
  ]);

  // CSV, one row per pupil × level.
  const [levelsDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Un élève × niveau par ligne' }).tap(),
  ]);
  const levelRows = parseCsv(readFileSync(await levelsDownload.path(), 'utf8'));
  expect(levelRows.map((r) => [r[0], r[3], r[5], r[9]])).toEqual([
    ['Élève', 'État', 'Essais', 'Bloqué'],
    ['Adam', 'Réussi', '1', ''],
    ['Émile', 'Pas encore réussi', '5', 'oui'],
    ['Zoé', 'Réussi', '2', ''],
  ]);

  // A pupil: history by session, and the replay of her successful attempt.
  await grid.getByRole('link', { name: 'Zoé' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: /Zoé/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Historique/ })).toBeVisible();
  await page
    .getByRole('button', { name: /^Revoir l’essai de .* sur Niveau 1 : Avancer$/ })
    .first()
    .tap();
  const replay = page.getByRole('region', { name: /Niveau 1 : Avancer · essai du/ });
  await expect(replay).toBeVisible();
  await expect(replay.getByText('Résultat enregistré : réussi')).toBeVisible();
  const blocks = page.getByRole('region', { name: 'Les blocs tels qu’ils étaient' });
  // The blocks as Zoé left them: the start block and three moves, in the player's editor.
  await expect(blocks.getByRole('figure', { name: /^avancer/ })).toHaveCount(3);
  await expect(blocks.getByRole('figure', { name: /quand je lance/ })).toHaveCount(1);
  await expect(replay.getByText('Pas 0 sur 3')).toBeVisible();
  await replay.getByRole('button', { name: 'Pas suivant' }).tap();
  await expect(replay.getByText('Pas 1 sur 3')).toBeVisible();
  await replay.getByRole('button', { name: 'Pas suivant' }).tap();
  await replay.getByRole('button', { name: 'Pas suivant' }).tap();
  await expect(replay.getByText(/Pas 3 sur 3 · fin : réussi/)).toBeVisible();
  await replay.getByRole('button', { name: 'Pas précédent' }).tap();
  await expect(replay.getByText('Pas 2 sur 3')).toBeVisible();

  // The level view: success rate and the most common failure.
  await page.goto(`./#/teacher/review/classes/01CLASS0000000000000000000/levels/${PACK}/${LEVEL}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Niveau 1 : Avancer' })).toBeVisible();
  await expect(page.getByText('67 %')).toBeVisible();
  await expect(page.getByText('de réussite (2 élèves sur 3)')).toBeVisible();

  // The printable class report; printing hides the navigation and the toolbar.
  await page.goto('./#/teacher/review/classes/01CLASS0000000000000000000');
  await page.getByRole('link', { name: 'Rapport à imprimer' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Classe CM1 Lune' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Verrouiller' })).toBeHidden();
  await expect(page.getByRole('table', { name: /Premiers pas/ })).toBeVisible();
});
