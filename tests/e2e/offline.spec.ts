// The offline app, end to end, with service workers allowed: after a first visit the service
// worker controls the page; with the network cut, a reload still opens the app, a level (its
// lesson chunk and Blockly with its media) and the fonts; the pupil solves it and the stars are
// still there after another offline reload. A second test logs every request of a full journey
// and asserts that none goes to a host other than the app's. A third publishes a new version
// (the same build with a changed service worker, from a small server of its own) and checks it
// waits for the adult: not announced in a level, never reloading by itself, applied on demand.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { PlayerPage } from './pages/player-page';

interface LessonFile {
  readonly id: string;
  readonly title: { readonly fr: string; readonly en?: string };
  readonly levels: readonly { readonly id: string }[];
}

// Level 1 of the first pack is ">..G": three moves east reach the flag.
const pack = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../lessons/01-premiers-pas.json'), 'utf8'),
) as LessonFile;
const level1 = pack.levels[0]!;

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker controls the page: by then its precache is complete. */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Réglages' }).click();
  const dialog = page.getByRole('dialog', { name: 'Réglages' });
  await expect(dialog).toContainText(
    'Parcours fonctionne maintenant sans Internet sur cet appareil.',
  );
  await dialog.getByRole('button', { name: 'Fermer' }).click();
}

async function solveLevel1(page: Page): Promise<PlayerPage> {
  const player = new PlayerPage(page);
  await player.open(pack.id, level1.id);
  for (let i = 0; i < 3; i++) await player.appendBlock('avancer');
  await expect(player.programBlocks(/^avancer/)).toHaveCount(3);
  await page.getByRole('radio', { name: 'Rapide' }).check();
  await player.run();
  await expect(player.successDialog).toBeVisible();
  await expect(player.stars()).toHaveAccessibleName('3 étoiles sur 3');
  return player;
}

test('after the first visit the app, a level and its progress work offline across reloads', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Choisis un niveau' })).toBeVisible();
  await waitForOfflineReady(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Choisis un niveau' })).toBeVisible();
  // The self-hosted font came from the precache.
  expect(await page.evaluate(() => document.fonts.check('18px "Atkinson Hyperlegible"'))).toBe(
    true,
  );

  // A level opens offline: its lesson chunk, Blockly's chunk and Blockly's media.
  const player = await solveLevel1(page);
  const media = await page.evaluate(() =>
    fetch('./blockly-media/sprites.svg').then((response) => response.ok),
  );
  expect(media).toBe(true);
  await player.successDialog.getByRole('link', { name: 'Niveau suivant' }).click();
  await player.waitForBlocks();

  // Progress survives an offline reload.
  await page.goto('./#/');
  await page.reload();
  const packOnHome = page.getByRole('region', { name: pack.title.fr });
  await expect(packOnHome.getByRole('link', { name: /^Niveau 1 : .*, 3 étoiles$/ })).toBeVisible();

  // And the level still opens after another reload, with the network still off.
  await page.reload();
  await packOnHome.getByRole('link', { name: /^Niveau 2 :/ }).click();
  await new PlayerPage(page).waitForBlocks();
  await context.setOffline(false);
});

test('the app is installable: Chromium finds a valid manifest, icons and service worker', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await waitForOfflineReady(page);
  const cdp = await context.newCDPSession(page);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.errors).toEqual([]);
  const parsed = JSON.parse(manifest.data ?? '{}') as {
    name?: string;
    display?: string;
    icons?: { src: string; sizes: string; purpose?: string }[];
  };
  expect(parsed).toMatchObject({ name: 'Parcours', display: 'standalone' });
  expect(parsed.icons?.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
  // Playwright's contexts are private windows, where Chromium never offers to install: that
  // one reason aside, nothing stands in the way.
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(
    installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito'),
  ).toEqual([]);
});

/** Logs every request made by the pages and the service worker of a context. */
function logRequests(context: BrowserContext): URL[] {
  const urls: URL[] = [];
  context.on('request', (request) => urls.push(new URL(request.url())));
  return urls;
}

test('a full journey asks nothing of any host but the app’s', async ({
  page,
  context,
  baseURL,
}) => {
  const urls = logRequests(context);
  const origin = new URL(baseURL ?? 'http://localhost:4173/').origin;

  await page.goto('./');
  await waitForOfflineReady(page);
  await page
    .getByRole('region', { name: pack.title.fr })
    .getByRole('link', { name: /^Niveau 1 :/ })
    .click();
  const player = new PlayerPage(page);
  await player.waitForBlocks();
  for (let i = 0; i < 3; i++) await player.appendBlock('avancer');
  await player.run();
  await expect(player.successDialog).toBeVisible();
  await player.successDialog.getByRole('link', { name: 'Niveau suivant' }).click();
  await player.waitForBlocks();

  // Language, read-aloud and the dyslexia font (its files load only when it is used).
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('checkbox', { name: 'Dyslexia-friendly font' }).check();
  await dialog.getByRole('checkbox', { name: 'High-contrast colours' }).check();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect
    .poll(() => page.evaluate(() => document.fonts.check('18px "OpenDyslexic"')))
    .toBe(true);
  await page.getByRole('link', { name: 'All levels' }).click();
  await expect(page.getByRole('heading', { name: 'Pick a level' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Pick a level' })).toBeVisible();

  const web = urls.filter((url) => url.protocol === 'http:' || url.protocol === 'https:');
  expect(web.length).toBeGreaterThan(10);
  const elsewhere = web.filter((url) => url.origin !== origin).map((url) => url.href);
  expect(elsewhere).toEqual([]);
  expect(
    urls.filter((url) => !['http:', 'https:', 'data:', 'blob:'].includes(url.protocol)),
  ).toEqual([]);
});

// The build under test: the one the Playwright web server serves (see playwright.config.ts).
const distDir = resolve(import.meta.dirname, '../..', process.env.PARCOURS_E2E_DIST ?? 'dist');
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp3': 'audio/mpeg',
  '.cur': 'image/x-icon',
};

/**
 * Serves the production build like a school's web server would, and can switch to a "next
 * version": the same files with a different service-worker script, which is what a browser
 * sees when a new release is deployed.
 */
async function serveBuild(): Promise<{
  url: string;
  publishNextVersion(): void;
  close(): Promise<void>;
}> {
  let next = false;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = resolve(distDir, `.${path === '/' ? '/index.html' : path}`);
    if (!file.startsWith(distDir) || !existsSync(file) || statSync(file).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    let body = readFileSync(file);
    if (path === '/sw.js' && next) body = Buffer.concat([body, Buffer.from('\n// next version\n')]);
    response.writeHead(200, {
      'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    response.end(body);
  });
  await new Promise<void>((done) => server.listen(0, 'localhost', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/`,
    publishNextVersion: () => {
      next = true;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

test('a new version waits for the adult, is never announced in a level, and applies on demand', async ({
  page,
}) => {
  const site = await serveBuild();
  try {
    await page.goto(site.url);
    await waitForOfflineReady(page);

    // A pupil is in a level when the new version is published and found.
    await page.goto(`${site.url}#/play/${pack.id}/${level1.id}`);
    const player = new PlayerPage(page);
    await player.waitForBlocks();
    await player.appendBlock('avancer');
    await expect(player.programBlocks(/^avancer/)).toHaveCount(1);
    await page.evaluate(() => Object.assign(window, { stillTheSamePage: true }));
    site.publishNextVersion();
    // The app's periodic check for a new version, run now.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForFunction(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting != null,
    );

    // Nothing is announced in the level, nothing reloads, the blocks stay.
    const banner = page.getByRole('region', { name: 'Hors ligne et mises à jour' });
    await expect(page.getByRole('button', { name: 'Mettre à jour' })).toHaveCount(0);
    await expect(banner).toHaveCount(0);
    await page.getByRole('button', { name: 'Réglages' }).click();
    const dialog = page.getByRole('dialog', { name: 'Réglages' });
    await expect(dialog).toContainText(
      'elle s’installera depuis l’accueil, pas pendant un exercice',
    );
    await expect(dialog.getByRole('button', { name: 'Mettre à jour' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(true);
    await expect(player.programBlocks(/^avancer/)).toHaveCount(1);

    // Back on the home screen the banner shows; "later" hides it, the settings still offer it.
    await page.getByRole('link', { name: 'Tous les niveaux' }).click();
    await expect(banner).toContainText('Une nouvelle version de Parcours est prête.');
    await banner.getByRole('button', { name: 'Plus tard' }).click();
    await expect(banner).toHaveCount(0);
    await page.getByRole('button', { name: 'Réglages' }).click();
    await expect(dialog).toContainText('Une nouvelle version de Parcours est prête.');

    // The adult applies it: the page reloads under the new worker.
    const reloaded = page.waitForEvent('load');
    await dialog.getByRole('button', { name: 'Mettre à jour' }).click();
    await reloaded;
    await expect(page.getByRole('heading', { name: 'Choisis un niveau' })).toBeVisible();
    expect(await page.evaluate(() => 'stillTheSamePage' in window)).toBe(false);
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting == null && navigator.serviceWorker.controller !== null;
    });
    await expect(banner).toHaveCount(0);
  } finally {
    await page.close();
    await site.close();
  }
});
