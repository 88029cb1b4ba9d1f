// Chromium for the benchmark, driven by Playwright: launch with the project's flags, load a page
// in a fresh context at the tablet viewport and time it to an "interactive workspace" (see
// `READY_SELECTOR`). Bench-only code (Node).
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from '@playwright/test';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags from the team brief (Playwright adds its own `--headless`). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const VIEWPORT = { width: 1024, height: 768 } as const;

/**
 * The "interactive workspace": the Blockly workspace's toolbox flyout has rendered its blocks,
 * so a pupil can drag one. The same selector holds for the app and the floor (both use a
 * flyout toolbox). The app may also set `data-ready` on its workspace host when it is usable;
 * either signal counts, whichever comes first.
 */
export const READY_SELECTOR = '.blocklyFlyout .blocklyDraggable, [data-workspace-ready]';

export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
  });
}

/**
 * Installed before any page script: watches the DOM and records `performance.now()` (which
 * counts from navigation start) at the first animation frame after `selector` matches, i.e.
 * the frame in which the flyout's blocks are painted.
 */
function readyProbe(selector: string): string {
  return `(() => {
    const selector = ${JSON.stringify(selector)};
    let seen = false;
    const check = () => {
      if (seen || !document.querySelector(selector)) return;
      seen = true;
      observer.disconnect();
      requestAnimationFrame(() => { window.__benchReady = performance.now(); });
    };
    const observer = new MutationObserver(check);
    const start = () => { observer.observe(document, { childList: true, subtree: true, attributes: true }); check(); };
    if (document.documentElement) start(); else document.addEventListener('readystatechange', start, { once: true });
  })();`;
}

export interface LoadOptions {
  /** CDP `Emulation.setCPUThrottlingRate` (1 = none). */
  readonly cpuRate?: number;
  /** Network emulation applied to the page (Lighthouse's "slow 4G" when set to 'slow4g'). */
  readonly network?: 'none' | 'slow4g';
  readonly selector?: string;
  readonly timeoutMs?: number;
}

export interface LoadedResource {
  readonly url: string;
  readonly type: string;
  readonly status: number;
  readonly fromServiceWorker: boolean;
}

export interface LoadResult {
  /** Milliseconds from navigation start to the interactive workspace. */
  readonly readyMs: number;
  readonly resources: readonly LoadedResource[];
}

/** Lighthouse's mobile network (simulated "slow 4G"): 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up. */
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

async function applyConditions(session: CDPSession, options: LoadOptions): Promise<void> {
  await session.send('Emulation.setCPUThrottlingRate', { rate: options.cpuRate ?? 1 });
  if (options.network === 'slow4g') {
    await session.send('Network.enable');
    await session.send('Network.emulateNetworkConditions', SLOW_4G);
  }
}

/** Loads `url` in `page` (already in its context) and waits for the interactive workspace. */
export async function loadInPage(
  page: Page,
  url: string,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const resources: LoadedResource[] = [];
  page.on('response', (response) => {
    resources.push({
      url: response.url(),
      type: response.request().resourceType(),
      status: response.status(),
      fromServiceWorker: response.fromServiceWorker(),
    });
  });
  const session = await page.context().newCDPSession(page);
  await applyConditions(session, options);
  await page.addInitScript(readyProbe(options.selector ?? READY_SELECTOR));
  await page.goto(url, { waitUntil: 'commit', timeout: options.timeoutMs ?? 60_000 });
  await page.waitForFunction(() => (window as { __benchReady?: number }).__benchReady, null, {
    timeout: options.timeoutMs ?? 60_000,
    polling: 50,
  });
  const readyMs = await page.evaluate(() => (window as { __benchReady?: number }).__benchReady!);
  await session.detach().catch(() => undefined);
  return { readyMs, resources };
}

export interface ContextOptions {
  readonly serviceWorkers?: 'allow' | 'block';
}

export async function newContext(
  browser: Browser,
  options: ContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: VIEWPORT,
    hasTouch: true,
    locale: 'fr-FR',
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
}

/** A cold load: a fresh context (empty cache and storage, no service worker). */
export async function coldLoad(
  browser: Browser,
  url: string,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const context = await newContext(browser);
  try {
    const page = await context.newPage();
    return await loadInPage(page, url, options);
  } finally {
    await context.close();
  }
}
