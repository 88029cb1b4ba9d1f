// A pupil connects a robot by USB cable and runs a level on it. The tablet's Web Serial port
// is a fake injected into the page; behind it, the REAL reference firmware (firmware/avr,
// built with gcc-avr) runs in avr8js on the Node side. Connect, run level 1 on the robot,
// STOP it mid-move (button and keyboard), unplug it mid-run (clear message, attempt kept),
// and the words for a closed picker and a busy port.
import { test, expect, type Page } from '@playwright/test';
import { PlayerPage } from './pages/player-page';
import { SerialRobotBridge } from './support/fake-serial';

test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

const LEVEL = './?bridge=test#/play/premiers-pas/avancer';

let bridge: SerialRobotBridge;

test.beforeEach(async ({ page }) => {
  bridge = await SerialRobotBridge.attach(page);
  await page.goto(LEVEL);
});

test.afterEach(async () => {
  await bridge.dispose();
});

/** The Robot button and its status badge, always on screen in the player. */
function robotButton(page: Page) {
  return page.getByRole('button', { name: /^Robot/ });
}

async function connectByCable(page: Page): Promise<void> {
  await robotButton(page).click();
  const panel = page.getByRole('dialog', { name: 'Mon robot' });
  await expect(panel).toBeVisible();
  await panel.getByRole('radio', { name: /Robot Parcours/ }).check();
  await panel.getByRole('button', { name: 'Câble USB' }).click();
  await expect(panel.getByText('parcours-avr/1.0.0')).toBeVisible();
  await panel.getByRole('button', { name: 'Fermer' }).click();
  await expect(panel).toHaveCount(0);
  await expect(robotButton(page)).toHaveAccessibleName(/^Robot : Robot Parcours \d+ est prêt$/);
}

async function writeThreeMoves(page: Page): Promise<PlayerPage> {
  const player = new PlayerPage(page);
  await player.waitForBlocks();
  for (let i = 0; i < 3; i++) await player.appendBlock('avancer');
  await expect(player.programBlocks(/^avancer/)).toHaveCount(3);
  return player;
}

test('a pupil connects the robot by cable and runs level 1 on it', async ({ page }) => {
  // The firmware runs in simulated time, slower than the wall clock.
  test.slow();
  await writeThreeMoves(page);
  await expect(robotButton(page)).toHaveAccessibleName('Robot : Pas de robot');
  await connectByCable(page);
  // The handshake went over the wire, to the real firmware.
  expect(bridge.written).toContain('HELLO 1');

  await page.getByRole('button', { name: 'Lancer sur le robot' }).click();
  const run = page.getByRole('dialog', { name: 'Le robot roule' });
  await expect(run).toBeVisible();
  await expect(run.getByRole('button', { name: /STOP/ })).toBeVisible();
  await expect(run.getByRole('alert')).toHaveText('Bravo, le robot a réussi le parcours !', {
    timeout: 45_000,
  });
  await expect(run.getByRole('status')).toHaveText('3 actions faites par le robot');
  await expect(run.getByRole('img', { name: /colonne 4, ligne 1/ })).toBeVisible();
  await expect(run.getByRole('button', { name: /STOP/ })).toHaveCount(0);

  // Three moves of one 15 cm square each (50 ms per cm by default), both wheels at 60 %.
  expect(bridge.sent('M ')).toEqual(['M 1 60 60 750', 'M 2 60 60 750', 'M 3 60 60 750']);
  expect(bridge.robot.motors).toEqual({ left: 0, right: 0 });
  await run.getByRole('button', { name: 'Fermer' }).click();
  await expect(run).toHaveCount(0);
});

test('STOP stops the robot at once, from the button or the keyboard', async ({ page }) => {
  await writeThreeMoves(page);
  await connectByCable(page);
  const run = page.getByRole('dialog', { name: 'Le robot roule' });

  await page.getByRole('button', { name: 'Lancer sur le robot' }).click();
  await expect.poll(() => bridge.robot.motors.left, { timeout: 20_000 }).toBeGreaterThan(0);
  await run.getByRole('button', { name: /STOP/ }).click();
  await expect(run.getByRole('alert')).toHaveText('Le robot a été arrêté.');
  expect(bridge.sent('STOP')).not.toEqual([]);
  await expect.poll(() => bridge.robot.motors).toEqual({ left: 0, right: 0 });
  await run.getByRole('button', { name: 'Fermer' }).click();

  const stopsBefore = bridge.sent('STOP').length;
  await page.getByRole('button', { name: 'Lancer sur le robot' }).click();
  await expect.poll(() => bridge.robot.motors.left, { timeout: 20_000 }).toBeGreaterThan(0);
  await page.keyboard.press('Escape');
  await expect(run.getByRole('alert')).toHaveText('Le robot a été arrêté.');
  expect(bridge.sent('STOP').length).toBeGreaterThan(stopsBefore);
  await expect.poll(() => bridge.robot.motors).toEqual({ left: 0, right: 0 });
});

test('a robot unplugged mid-run is reported clearly and the attempt is kept', async ({ page }) => {
  await writeThreeMoves(page);
  await connectByCable(page);
  const run = page.getByRole('dialog', { name: 'Le robot roule' });

  await page.getByRole('button', { name: 'Lancer sur le robot' }).click();
  await expect(run.getByRole('status')).toHaveText('1 action faite par le robot', {
    timeout: 30_000,
  });
  await expect.poll(() => bridge.robot.motors.left, { timeout: 20_000 }).toBeGreaterThan(0);
  await bridge.unplug();

  await expect(run.getByRole('alert')).toHaveText(
    'Le robot a été débranché pendant le parcours. Ton essai est gardé.',
  );
  await expect(robotButton(page)).toHaveAccessibleName('Robot : Robot débranché');
  // With the host gone quiet, the firmware's watchdog stops the motors by itself.
  await expect.poll(() => bridge.robot.motors, { timeout: 20_000 }).toEqual({ left: 0, right: 0 });

  const attempts = await page.evaluate(readAttempts);
  expect(attempts).toContainEqual({
    levelId: 'avancer',
    on: 'parcours-line',
    outcome: { kind: 'error', code: 'disconnected', blockId: expect.any(String) },
  });

  await run.getByRole('button', { name: 'Fermer' }).click();
  await robotButton(page).click();
  const panel = page.getByRole('dialog', { name: 'Mon robot' });
  await expect(panel.getByRole('alert')).toContainText('Le robot a été débranché ou s’est éteint.');
  await expect(panel.getByRole('button', { name: 'Reconnecter' })).toBeVisible();
});

test('a closed picker and a busy port are told in words', async ({ page }) => {
  await robotButton(page).click();
  const panel = page.getByRole('dialog', { name: 'Mon robot' });

  await bridge.cancelNextPicker();
  await panel.getByRole('button', { name: 'Câble USB' }).click();
  await expect(panel.getByRole('alert')).toHaveText(
    'Aucun robot choisi. Recommence et choisis ton robot dans la liste.',
  );

  await bridge.cancelNextPicker(false);
  await bridge.holdPortElsewhere();
  await panel.getByRole('button', { name: 'Câble USB' }).click();
  await expect(panel.getByRole('alert')).toContainText(
    'Ce robot est déjà utilisé par un autre programme ou un autre onglet',
  );
  await expect(robotButton(page)).toHaveAccessibleName('Robot : Robot non connecté');

  await bridge.holdPortElsewhere(false);
  await panel.getByRole('button', { name: 'Câble USB' }).click();
  await expect(panel.getByText('parcours-avr/1.0.0')).toBeVisible();
});

/** The attempts in the app's IndexedDB, as { levelId, on, outcome }. */
function readAttempts(): Promise<{ levelId: string; on: string; outcome: unknown }[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('parcours');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const all = db.transaction('attempts').objectStore('attempts').getAll();
      all.onerror = () => reject(all.error);
      all.onsuccess = () => {
        db.close();
        resolve(
          (all.result as { levelId: string; on: string; outcome: unknown }[]).map((attempt) => ({
            levelId: attempt.levelId,
            on: attempt.on,
            outcome: attempt.outcome,
          })),
        );
      };
    };
  });
}
