// Takes screenshots of the home screen and the lesson player at tablet sizes, for design review
// and the README (docs/screenshot.png). Not a test. Run after `npx vite build`, with a preview
// server running (`npm run preview`):  npx tsx scripts/screenshots.ts [outDir] [baseUrl]
import { chromium, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.argv[2] ?? 'test-results/screenshots';
const base = process.argv[3] ?? 'http://localhost:4173/';
interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const sizes = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
];

async function openLevel(page: Page, pack: string, level: string): Promise<void> {
  await page.goto(`${base}#/play/${pack}/${level}`);
  await page.getByRole('listbox').getByRole('option').first().waitFor();
}

/** The box of the lowest element matched, or null. */
async function lowest(locator: Locator, within?: Box): Promise<Box | null> {
  let found: Box | null = null;
  for (const element of await locator.all()) {
    const box = await element.boundingBox();
    if (!box) continue;
    if (within && (box.y <= within.y || box.y + box.height > within.y + within.height)) continue;
    if (!found || box.y + box.height > found.y + found.height) found = box;
  }
  return found;
}

/**
 * Drags a flyout block under the lowest block of the program, as a pupil would; `inside`
 * puts it at the end of the blocks inside the (lowest) loop instead.
 */
async function append(page: Page, name: RegExp, inside = false): Promise<void> {
  const program = page.getByRole('region', { name: /Ton programme|Your program/ });
  const source = await program.getByRole('listbox').getByRole('option', { name }).boundingBox();
  if (!source) throw new Error('no such block');
  const blocks = program.getByRole('figure', { name: /quand je lance|avancer|tourner|répéter/ });
  let to: { x: number; y: number };
  if (inside) {
    const loop = await lowest(program.getByRole('figure', { name: /^répéter/ }));
    if (!loop) throw new Error('no loop');
    const last = await lowest(program.getByRole('figure', { name: /^(avancer|tourner)/ }), loop);
    to = last
      ? { x: last.x + 16, y: last.y + last.height + source.height / 2 - 10 }
      : { x: loop.x + 36, y: loop.y + 56 + source.height / 2 - 6 };
  } else {
    const last = await lowest(blocks);
    if (!last) throw new Error('no program');
    to = { x: last.x + 16, y: last.y + last.height + source.height / 2 - 10 };
  }
  const from = { x: source.x + 16, y: source.y + source.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
  }
  await page.mouse.up();
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  for (const size of sizes) {
    const context = await browser.newContext({ viewport: size, hasTouch: true, locale: 'fr-FR' });
    const page = await context.newPage();
    const name = `${size.width}x${size.height}`;
    await page.goto(base);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.screenshot({ path: join(outDir, `home-${name}.png`) });

    await openLevel(page, 'premiers-pas', 'premier-virage');
    await page.screenshot({ path: join(outDir, `player-pictograms-${name}.png`) });
    await append(page, /^avancer/);
    await append(page, /^avancer/);
    await append(page, /^tourner à gauche/);
    await append(page, /^avancer/);
    await page.getByRole('radio', { name: 'Rapide' }).check();
    await page.getByRole('button', { name: 'Lancer' }).click();
    await page.getByRole('main').getByRole('alert').waitFor();
    await page.waitForTimeout(900);
    await page.screenshot({ path: join(outDir, `player-crash-${name}.png`) });

    await openLevel(page, 'boucles', 'le-carre');
    await page.screenshot({ path: join(outDir, `player-words-${name}.png`) });

    await openLevel(page, 'premiers-pas', 'avancer');
    for (let i = 0; i < 3; i++) await append(page, /^avancer/);
    await page.getByRole('radio', { name: 'Normal' }).check();
    await page.getByRole('button', { name: 'Pas à pas' }).click();
    await page.getByRole('button', { name: 'Pas à pas' }).click();
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(outDir, `player-step-${name}.png`) });
    await page.getByRole('button', { name: 'Lancer' }).click();
    await page.getByRole('dialog').waitFor();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: join(outDir, `player-success-${name}.png`) });
    // The README's picture: a loop program played step by step, half way up the staircase.
    await openLevel(page, 'boucles', 'escalier-boucle');
    await append(page, /^répéter/);
    for (const block of [/^avancer/, /^tourner à droite/, /^avancer/, /^tourner à gauche/]) {
      await append(page, block, true);
    }
    await append(page, /^avancer/);
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Pas à pas' }).click();
    await page.waitForTimeout(900);
    await page.screenshot({ path: join(outDir, `player-loop-${name}.png`) });
    await context.close();
  }
  await browser.close();
}

await main();
