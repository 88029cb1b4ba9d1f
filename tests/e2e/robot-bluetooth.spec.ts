// A group connects its robot over Bluetooth. Chromium's own Web Bluetooth emulation (DevTools
// protocol) plays the peripheral: the device chooser is answered, the app connects the GATT
// server, subscribes to the Nordic UART and writes to it; behind it the REAL reference firmware
// runs in avr8js. The robot's notifications come through an injected fake (see
// support/fake-bluetooth.ts): the protocol cannot push them. Pick, connect, send (Identify, a
// calibration move), the link dropping, reconnecting without the chooser, and disconnecting.
import { test, expect, type Page } from '@playwright/test';
import config from '../../playwright.config';
import { BluetoothRobotBridge } from './support/fake-bluetooth';

// Web Bluetooth is behind a flag in Chromium on Linux.
const base = config.use?.launchOptions ?? {};
test.use({
  viewport: { width: 1024, height: 768 },
  hasTouch: true,
  launchOptions: { ...base, args: [...(base.args ?? []), '--enable-features=WebBluetooth'] },
});

let bridge: BluetoothRobotBridge;

test.beforeEach(async ({ page, browser }) => {
  bridge = await BluetoothRobotBridge.attach(page, browser);
  await page.goto('./?bridge=test#/play/premiers-pas/avancer');
});

test.afterEach(async () => {
  await bridge.dispose();
});

function robotButton(page: Page) {
  return page.getByRole('button', { name: /^Robot/ });
}

test('a robot is picked, connected and driven over Bluetooth, then its link drops', async ({
  page,
}) => {
  await robotButton(page).click();
  const panel = page.getByRole('dialog', { name: 'Mon robot' });
  await panel.getByRole('radio', { name: /Robot Parcours/ }).check();
  await panel.getByRole('button', { name: 'Bluetooth' }).click();

  // Picked in the chooser, GATT connected, UART subscribed, handshake answered by the firmware.
  await expect(panel.getByText('parcours-avr/1.0.0')).toBeVisible();
  await expect(robotButton(page)).toHaveAccessibleName(/^Robot : Robot Parcours \d+ est prêt$/);
  expect(bridge.connections).toBe(1);
  expect(bridge.sent('HELLO')).toEqual(['HELLO 1']);

  // Send: Identify blinks the LED and beeps, each command confirmed over notifications.
  await panel.getByRole('button', { name: 'Faire clignoter' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Le robot a clignoté.' })).toBeVisible();
  expect(bridge.sent('LED ')).toContain('LED 1 255 120 0');
  expect(bridge.sent('TONE ')).toHaveLength(3);

  // A calibration move: the robot drives one square and confirms it.
  await panel.getByRole('button', { name: 'Avancer d’une case : Essayer' }).click();
  await expect.poll(() => bridge.robot.motors.left, { timeout: 20_000 }).toBeGreaterThan(0);
  await expect.poll(() => bridge.robot.motors, { timeout: 20_000 }).toEqual({ left: 0, right: 0 });
  await expect(panel.getByRole('button', { name: 'Avancer d’une case : Essayer' })).toBeEnabled();
  // Identify used command ids 1 to 9 (three times LED on, TONE, LED off).
  expect(bridge.sent('M ')).toEqual(['M 10 60 60 750']);

  // Every write fits the default ATT MTU.
  expect(bridge.writeSizes.length).toBeGreaterThan(0);
  expect(Math.max(...bridge.writeSizes)).toBeLessThanOrEqual(20);

  // The link drops: the app says so in words.
  await bridge.dropLink();
  await expect(panel.getByRole('alert')).toHaveText(
    'Le robot a été débranché ou s’est éteint. Rebranche-le, puis appuie sur « Reconnecter ».',
  );
  await expect(robotButton(page)).toHaveAccessibleName('Robot : Robot débranché');

  // Reconnect without the chooser: the same device, a new GATT connection and handshake.
  await panel.getByRole('button', { name: 'Reconnecter' }).click();
  await expect(panel.getByText('parcours-avr/1.0.0')).toBeVisible();
  expect(bridge.connections).toBe(2);
  expect(bridge.sent('HELLO')).toEqual(['HELLO 1', 'HELLO 1']);

  // Disconnect: the motors are told to stop, then the link is released.
  await panel.getByRole('button', { name: 'Déconnecter' }).click();
  await expect(robotButton(page)).toHaveAccessibleName('Robot : Pas de robot');
  expect(bridge.sent('STOP').length).toBeGreaterThan(0);
});
