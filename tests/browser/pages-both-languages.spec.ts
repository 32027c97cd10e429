/**
 * Every page generated from the catalog exists in both languages, with the right lang, title,
 * canonical URL and hreflang alternates. Checked over dist/ for every page (a browser for all of
 * them would only be slower), and in a browser for a sample.
 */
import { expect, test } from '@playwright/test';
import {
  catalogStatuses,
  entries,
  entryHeading,
  generatedPaths,
  meanings,
  paths,
  providerById,
  providers,
  statusInfo,
  type Locale,
} from '../../src/catalog/index.ts';
import { attributes, readPage } from '../support/dist.ts';

const site = process.env.SITE_URL ?? 'http://localhost:4321';
const lang: Record<Locale, string> = { en: 'en', 'zh-cn': 'zh-CN' };
const twin = (path: string) => (path.startsWith('/zh-cn/') ? path.slice('/zh-cn'.length) : `/zh-cn${path}`);

/** Expected <title> start for each generated page. */
const expectedTitles = new Map<string, string>();
for (const locale of ['en', 'zh-cn'] as const) {
  for (const e of entries) expectedTitles.set(paths.entry(e.slug, locale), entryHeading(e, locale));
  for (const s of catalogStatuses)
    expectedTitles.set(paths.status(s, locale), `HTTP ${s} ${statusInfo(s).name[locale]}`);
  for (const p of providers) expectedTitles.set(paths.provider(p.id, locale), providerById(p.id).name[locale]);
}

test('every entry, hub, provider and table page exists in both languages with lang, title, canonical and hreflang', () => {
  const all = generatedPaths();
  expect(all.length).toBe(2 * (3 + entries.length + catalogStatuses.length + providers.length + meanings.length));
  for (const path of all) {
    const html = readPage(path);
    expect(html, `${path} was not built`).toBeDefined();
    expect(readPage(twin(path)), `${path} has no other-language twin`).toBeDefined();
    const locale: Locale = path.startsWith('/zh-cn/') ? 'zh-cn' : 'en';
    expect(html!, path).toContain(`<html lang="${lang[locale]}"`);
    const title = html!.match(/<title>([^<]*)<\/title>/)?.[1] ?? '';
    const expected = expectedTitles.get(path);
    if (expected) expect(title.replace(/&amp;/g, '&'), path).toContain(expected.replace(/`/g, ''));
    expect(attributes(html!, 'link[^>]*rel="canonical"', 'href'), path).toEqual([new URL(path, site).href]);
    const alternates = attributes(html!, 'link[^>]*rel="alternate"[^>]*hreflang', 'hreflang');
    expect(alternates.sort(), path).toEqual(['en', 'x-default', 'zh-CN']);
    const zhHref = html!.match(/hreflang="zh-CN"[^>]*href="([^"]*)"|href="([^"]*)"[^>]*hreflang="zh-CN"/);
    expect(zhHref?.[1] ?? zhHref?.[2], path).toBe(new URL(locale === 'en' ? twin(path) : path, site).href);
  }
});

test('an entry page in Chinese reads in Chinese and keeps the codes untranslated', async ({ page }) => {
  await page.goto('/zh-cn/errors/deepseek-402/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toHaveText('DeepSeek 402 余额不足');
  await expect(page.getByRole('heading', { name: '解决方法' })).toBeVisible();
  await expect(page.locator('main')).toContainText('invalid_request_error');
});

test('an entry page answers what happened, whose fault, retry or not and how to fix', async ({ page }) => {
  await page.goto('/errors/openai-429-insufficient-quota/');
  for (const name of ['What happened', 'Whose fault', 'Retry or not', 'How to fix it', 'Sources']) {
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
  }
  await expect(page.locator('.retry-badge').first()).toHaveAttribute('data-retryable', 'false');
  await expect(page.locator('.expressive-code').first()).toContainText('insufficient_quota');
});

test('a status hub lists every entry with that status and how to tell them apart', async ({ page }) => {
  await page.goto('/status/429/');
  const expected = entries.filter((e) => e.http === 429);
  const rows = page.locator('.entry-table tbody tr');
  await expect(rows).toHaveCount(expected.length);
  for (const e of expected) await expect(page.locator(`.entry-table a[href="/errors/${e.slug}/"]`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How to tell them apart' })).toBeVisible();
  for (const e of expected) await expect(page.locator('.tell-apart dt', { hasText: e.title.en }).first()).toBeVisible();
});

test('the language picker moves between the two versions of the same page', async ({ page }) => {
  await page.goto('/errors/deepseek-402/');
  await page.waitForFunction(() => customElements.get('starlight-lang-select') !== undefined);
  await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
  await expect(page).toHaveURL(/\/zh-cn\/errors\/deepseek-402\/$/);
  await page.waitForFunction(() => customElements.get('starlight-lang-select') !== undefined);
  await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
  await expect(page).toHaveURL(/\/errors\/deepseek-402\/$/);
  await expect(page).not.toHaveURL(/zh-cn/);
});

test('a bare status under /errors/ leads to its hub', async ({ page }) => {
  await page.goto('/errors/402/');
  await expect(page).toHaveURL(/\/status\/402\/$/);
  await page.goto('/zh-cn/errors/503/');
  await expect(page).toHaveURL(/\/zh-cn\/status\/503\/$/);
});

test('an unknown address shows the helpful 404 page', async ({ page }) => {
  const response = await page.goto('/errors/no-such-error/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'All errors' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: '全部错误' }).first()).toBeVisible();
});
