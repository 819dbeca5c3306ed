import { defineConfig } from '@playwright/test';

// Browser tests run against the built site (dist/, or E2E_DIST) served by scripts/serve.mjs,
// in Debian's Chromium: the test tools' own browser download cannot work here.
const port = Number(process.env.E2E_PORT ?? 4400);
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
    },
  },
  webServer: {
    command: `node ../../scripts/serve.mjs`,
    env: { PORT: String(port), DIST_DIR: process.env.E2E_DIST ?? '../../dist' },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
