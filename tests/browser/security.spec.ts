/**
 * The Content-Security-Policy holds on every page template with its interactive parts in use
 * (search, theme switch, tabs, copy buttons, lookup, diagnose): no violation, no console error,
 * and no request ever leaves the site's origin.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from '../support/dist.ts';
import { closeSearch, openSearch, searchResults } from '../support/search-modal.ts';

const templates: { name: string; path: string; use?: (page: Page) => Promise<void> }[] = [
  {
    name: 'home (quick lookup)',
    path: '/',
    use: async (page) => {
      await page.getByRole('combobox', { name: /Look up an error|查找错误/ }).fill('429');
      await expect(page.locator('[data-ql-list] [role="option"]').first()).toBeVisible();
    },
  },
  {
    name: 'table (filters, copy)',
    path: '/errors/',
    use: async (page) => {
      await page.locator('#filter-class').selectOption('billing');
      await page.locator('tr#deepseek-402 button[data-copy="summary"]').click();
    },
  },
  {
    name: 'entry (copy)',
    path: '/errors/deepseek-402/',
    use: async (page) => page.locator('button[data-copy-text]').first().click(),
  },
  { name: 'status hub', path: '/status/429/' },
  { name: 'provider', path: '/providers/openai/' },
  { name: 'triage guide', path: '/guides/triage/' },
  {
    name: 'retries guide (tabs)',
    path: '/guides/retries/',
    use: async (page) => {
      const tab = page.getByRole('tab').nth(2);
      if (await tab.count()) await tab.click();
    },
  },
  {
    name: 'diagnose',
    path: '/diagnose/',
    use: async (page) => {
      await page.locator('#diagnose-input').fill('Error code: 429 - {"error": {"code": "insufficient_quota"}}');
      await page.locator('form[data-diagnose-form] button[type="submit"]').click();
      await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-slug', /.+/);
    },
  },
  { name: '404', path: '/no-such-page/' },
];

async function searchAndSwitchTheme(page: Page) {
  await openSearch(page);
  expect(await searchResults(page, '429'), 'search results for "429"').not.toEqual([]);
  await expect(page.locator('dialog[open] .pagefind-ui__result-link').first()).toBeVisible();
  await closeSearch(page);
  await page.locator('starlight-theme-select select').first().selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
}

for (const { name, path, use } of templates) {
  for (const prefix of ['', '/zh-cn']) {
    test(`${name}${prefix ? ' in Chinese' : ''}: no CSP violation, no console error, no request off the origin`, async ({
      page,
      context,
      baseURL,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const violations: string[] = [];
      const errors: string[] = [];
      const offOrigin: string[] = [];
      await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { reportViolation(v: string): void }).reportViolation(
            `${e.violatedDirective} ${e.blockedURI} ${e.sample}`,
          ),
        ),
      );
      page.on('console', (m) => m.type() === 'error' && !m.text().includes('404 (Not Found)') && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      page.on(
        'request',
        (r) => !r.url().startsWith(baseURL!) && !r.url().startsWith('data:') && offOrigin.push(r.url()),
      );

      const response = await page.goto(prefix + path);
      expect(response?.status()).toBeLessThan(path === '/no-such-page/' ? 500 : 400);
      await searchAndSwitchTheme(page);
      await use?.(page);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

      expect(violations, 'CSP violations').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
      expect(offOrigin, 'requests that left the origin').toEqual([]);
    });
  }
}

/** The inline scripts a browser runs (JSON data blocks are not scripts). */
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/type="application\/(ld\+)?json"/.test(m[1]!))
    .map((m) => m[2]!);

test('every page carries a CSP without unsafe-inline for scripts, and _headers repeats it with hardening headers', () => {
  const page = readFileSync(join(distDir, 'errors/deepseek-402/index.html'), 'utf8');
  const policy = page.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1];
  expect(policy).toBeDefined();
  const scriptSrc = policy!.split(';').find((d) => d.trim().startsWith('script-src'))!;
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).toContain("'sha256-");
  // Exactly this page's own inline scripts and styles, not every page's (each hash costs bytes).
  expect(scriptSrc.match(/'sha256-/g)).toHaveLength(new Set(inlineScripts(page)).size);
  const styleSrc = policy!.split(';').find((d) => d.trim().startsWith('style-src '))!;
  expect(styleSrc.match(/'sha256-/g) ?? []).toHaveLength(new Set(page.match(/<style\b[^>]*>[\s\S]*?<\/style>/g)).size);
  const headers = readFileSync(join(distDir, '_headers'), 'utf8');
  for (const header of [
    'Content-Security-Policy:',
    "frame-ancestors 'none'",
    'X-Content-Type-Options: nosniff',
    'Referrer-Policy:',
  ]) {
    expect(headers).toContain(header);
  }
  expect(headers).not.toMatch(/script-src[^;]*'unsafe-inline'/);
});
