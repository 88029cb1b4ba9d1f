// A pupil connects a Thymio II by USB cable and runs a level on it. The tablet's Web Serial
// port is a fake injected into the page; behind it runs Debian's asebaplayground, a simulated
// Thymio II speaking Aseba over TCP (headless: Qt's offscreen platform). The app's real Thymio
// driver does the handshake (node, description, variable table), drives the motor targets and
// is stopped from the keyboard.
import { test, expect, type Page } from '@playwright/test';
import { PlayerPage } from './pages/player-page';
import { AsebaSerialBridge } from './support/aseba-serial';
import { startPlayground, type Simulator } from '../firmware/support/aseba-sim';

test.use({ viewport: { width: 1024, height: 768 }, hasTouch: true });

const LEVEL = './?bridge=test#/play/premiers-pas/avancer';
/** motor.left.target's offset in the Thymio II's variable table (right follows it). */
const MOTORS = 57;

let playground: Simulator;
let bridge: AsebaSerialBridge;

test.beforeEach(async ({ page }) => {
  // A fresh simulated robot per test: an Aseba node serves one connection in its life here.
  playground = await startPlayground([{ name: 'thymio', x: 60, y: 100, angle: 0 }]);
  bridge = await AsebaSerialBridge.attach(page, playground.ports['thymio'] as number);
  await page.goto(LEVEL);
});

test.afterEach(async () => {
  await bridge.dispose();
  await playground.stop();
});

async function connectThymio(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Robot/ }).click();
  const panel = page.getByRole('dialog', { name: 'Mon robot' });
  await panel.getByRole('radio', { name: 'Thymio II' }).check();
  await panel.getByRole('button', { name: 'Câble USB' }).click();
  await expect(panel.getByText('thymio-II (Aseba 5)')).toBeVisible({ timeout: 15_000 });
  await panel.getByRole('button', { name: 'Fermer' }).click();
  await expect(panel).toHaveCount(0);
}

async function writeThreeMoves(page: Page): Promise<void> {
  const player = new PlayerPage(page);
  await player.waitForBlocks();
  for (let i = 0; i < 3; i++) await player.appendBlock('avancer');
  await expect(player.programBlocks(/^avancer/)).toHaveCount(3);
}

test('a Thymio II connects by cable and runs level 1: motor targets set, then zero', async ({
  page,
}) => {
  await writeThreeMoves(page);
  await connectThymio(page);
  await page.getByRole('button', { name: 'Lancer sur le robot' }).click();
  const run = page.getByRole('dialog', { name: 'Le robot roule' });
  await expect(run.getByRole('alert')).toHaveText('Bravo, le robot a réussi le parcours !', {
    timeout: 30_000,
  });
  await expect(run.getByRole('status')).toHaveText('3 actions faites par le robot');
  // Three squares, both wheels at 60 % (300 of the Thymio's 500), each followed by a stop.
  const motorSets = bridge.sets.filter((set) => set.start === MOTORS).map((set) => set.values);
  expect(motorSets).toEqual([
    [300, 300],
    [0, 0],
    [300, 300],
    [0, 0],
    [300, 300],
    [0, 0],
  ]);
});

test('Escape stops a running Thymio: motor targets back to zero, the run says stopped', async ({
  page,
}) => {
  await writeThreeMoves(page);
  await connectThymio(page);
  await page.getByRole('button', { name: 'Lancer sur le robot' }).click();
  const run = page.getByRole('dialog', { name: 'Le robot roule' });
  await expect.poll(() => bridge.motorTargets(MOTORS), { timeout: 15_000 }).toEqual([300, 300]);
  await page.keyboard.press('Escape');
  await expect(run.getByRole('alert')).toHaveText('Le robot a été arrêté.');
  await expect.poll(() => bridge.motorTargets(MOTORS)).toEqual([0, 0]);
});
