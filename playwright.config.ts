// End-to-end tests: Debian's Chromium drives the production build at tablet size with touch.
import { defineConfig } from '@playwright/test';

// Several people (or agents) can run the suite side by side on one machine: each picks its own
// port and build folder (`vite build --outDir <dir>`); CI uses the defaults.
const port = Number(process.env.PARCOURS_E2E_PORT ?? 4173);
const outDir = process.env.PARCOURS_E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}/`,
    viewport: { width: 1024, height: 768 },
    hasTouch: true,
    isMobile: false,
    locale: 'fr-FR',
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'tablet', use: { viewport: { width: 1024, height: 768 }, hasTouch: true } }],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --outDir ${outDir}`,
    port,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
