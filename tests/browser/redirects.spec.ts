/** Guessable URLs: every redirect alias the catalog defines, as meta-refresh pages and as `_redirects`. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogRedirects } from '../../src/lib/redirects.ts';
import { distDir, readPage } from '../support/dist.ts';

const redirects = catalogRedirects();

test('every redirect alias from the catalog is built and listed for hosts that answer 301', () => {
  expect(redirects.length).toBeGreaterThan(50);
  const hostFile = readFileSync(join(distDir, '_redirects'), 'utf8');
  for (const r of redirects) {
    const html = readPage(r.from);
    expect(html, `${r.from} was not built`).toBeDefined();
    expect(html!, r.from).toContain(`content="0;url=${r.to}"`);
    expect(hostFile, r.from).toContain(`${r.from} ${r.to} 301\n`);
  }
});

test('an alias of one entry opens that entry', async ({ page }) => {
  await page.goto('/errors/context-length-exceeded/');
  await expect(page).toHaveURL(/\/errors\/openai-400-context-length-exceeded\/$/);
  await page.goto('/zh-cn/errors/timeout/');
  await expect(page).toHaveURL(/\/zh-cn\/errors\/openai-sdk-api-timeout-error\/$/);
});

test('an alias several entries share opens the table filtered to exactly those entries', async ({ page }) => {
  const shared = redirects.find((r) => r.from === '/errors/invalid-request-error/');
  expect(shared?.kind).toBe('shared-alias');
  await page.goto('/errors/invalid-request-error/');
  await expect(page).toHaveURL(/\/errors\/\?q=invalid-request-error$/);
  // The rows are all there before the filter script runs; it fills the box from the URL as it filters.
  await expect(page.getByLabel('Filter', { exact: true })).toHaveValue('invalid-request-error');
  // The SDK class's row matches by its alias, from the lookup index the filter fetches: wait for it.
  await expect(page.locator('tr#openai-sdk-bad-request-error')).toBeVisible();
  await expect(page.locator('tr#deepseek-400')).toBeVisible();
  await expect(page.locator('tr#openai-429-insufficient-quota')).toBeHidden();
});
