/**
 * The pages by meaning (/problems/<meaning>/): generated from the catalog, linked from every entry,
 * the home page, the triage guide and the table's filter, and found by the words people type.
 */
import { expect, test } from '@playwright/test';
import { entriesWithMeaning, locales, meanings } from '../../src/catalog/index.ts';
import { readProseFiles } from '../../src/prose/files.ts';
import { topResults } from '../support/pagefind-query.ts';

const prefix = (locale: string) => (locale === 'en' ? '' : '/zh-cn');

test('the balance page lists every provider’s balance error with its SDK’s retry behaviour', async ({ page }) => {
  await page.goto('/problems/out-of-balance/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Out of balance, credits or spend cap');
  const rows = page.locator('.problem-table tbody tr');
  await expect(rows).toHaveCount(entriesWithMeaning('out-of-balance').length);
  // Zhipu's 1113 arrives as 429: the openai SDK retries it, for nothing.
  const zhipu = rows.filter({ has: page.locator('a[href="/errors/zhipu-429-1113/"]') });
  await expect(zhipu).toContainText('429');
  await expect(zhipu).toContainText('1113');
  await expect(zhipu).toContainText('openai retries it');
  await expect(zhipu).toContainText('for nothing');
  await expect(page.getByRole('heading', { name: 'What to do' })).toBeVisible();
});

test('every meaning has its page in both languages, each listing its errors', async ({ page }) => {
  for (const locale of locales)
    for (const meaning of meanings) {
      await page.goto(`${prefix(locale)}/problems/${meaning}/`);
      await expect(page.locator('.problem-table tbody tr')).toHaveCount(entriesWithMeaning(meaning).length);
    }
});

test('an entry page leads to its meaning page, and the list of problems to every page', async ({ page }) => {
  await page.goto('/zh-cn/errors/moonshot-429-exceeded-current-quota-error/');
  await page.getByRole('link', { name: '余额、预付费额度或支出上限用完' }).click();
  await expect(page).toHaveURL(/\/zh-cn\/problems\/out-of-balance\/$/);
  await page.goto('/problems/');
  for (const meaning of meanings) await expect(page.locator(`main a[href="/problems/${meaning}/"]`)).toBeVisible();
});

test('the home page and the triage guide lead to the pages by meaning', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /^Blocked by content moderation/ }).click();
  await expect(page).toHaveURL(/\/problems\/content-blocked\/$/);
  await page.goto('/zh-cn/guides/triage/');
  await page.getByRole('link', { name: '按出错原因归类的页面' }).click();
  await expect(page).toHaveURL(/\/zh-cn\/problems\/$/);
});

test('the table filters by what went wrong, and keeps the filter in its link', async ({ page }) => {
  await page.goto('/errors/');
  await page.getByLabel('What went wrong').selectOption('content-blocked');
  await expect(page.locator('[data-error-table] tbody tr:not([hidden])')).toHaveCount(
    entriesWithMeaning('content-blocked').length,
  );
  await expect(page).toHaveURL(/meaning=content-blocked/);
});

for (const locale of locales) {
  test(`search puts the meaning page among the first results for its common words (${locale})`, async ({ page }) => {
    await page.goto(locale === 'en' ? '/' : '/zh-cn/');
    const files = readProseFiles('problems').filter((f) => f.locale === locale);
    const queries = files.flatMap((file) =>
      (file.data.searchWords as string[]).map((words) => ({ words, url: `${prefix(locale)}/problems/${file.key}/` })),
    );
    // The first five: what the search modal lists before its "Load more results" button.
    const tops = await topResults(
      page,
      queries.map((q) => q.words),
      5,
    );
    const misses = queries
      .filter(({ url }, i) => !tops[i]!.includes(url))
      .map(
        ({ words, url }) =>
          `"${words}" → ${tops[queries.findIndex((q) => q.words === words)]!.join(', ')} (expected ${url})`,
      );
    expect(misses, misses.join('\n')).toEqual([]);
  });
}
