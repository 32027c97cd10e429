import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

/** Tests run against the built site served by `astro preview` on loopback (search only exists in a build). */
const port = Number(process.env.TEST_PORT ?? 4329);
const debianChromium = '/usr/bin/chromium';

/**
 * One worker per core (TEST_WORKERS overrides): each worker drives its own Chromium, and they all
 * share the cores with `astro preview`, so more workers than cores only slows every test down.
 */
const workers = Number(process.env.TEST_WORKERS) || availableParallelism();

export default defineConfig({
  testDir: 'tests/browser',
  fullyParallel: true,
  workers,
  // Tests wait for what the page has done (search answered, list rendered, URL changed), never for a
  // fixed delay. These limits only bound those waits, and are wide because a busy machine (CI's two
  // cores running Chromium, the server and the runner at once) can make any step several times slower.
  timeout: 120_000,
  expect: { timeout: 20_000 },
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
