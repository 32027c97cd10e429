import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** Tests run against the built site served by `astro preview` on loopback (search only exists in a build). */
const port = Number(process.env.TEST_PORT ?? 4329);
const debianChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list'], ['./tests/support/summary-reporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      // Debian's Chromium where it is installed (CI, this machine); Playwright's own browser elsewhere.
      executablePath: existsSync(debianChromium) ? debianChromium : undefined,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}/`,
    // Astro 7 backgrounds the preview server when it detects an agent; this keeps it in the foreground.
    env: { ASTRO_PREVIEW_BACKGROUND: '0' },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
