/** The /errors/ table: every entry in both languages, filters, row anchors, and no-JavaScript reading. */
import { expect, test } from '@playwright/test';
import { classInfo, entries, providers } from '../../src/catalog/index.ts';

for (const prefix of ['', '/zh-cn']) {
  test(`the table${prefix ? ' in Chinese' : ''} lists every entry with a row anchor and a link to its page`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/errors/`);
    const rows = page.locator('[data-error-table] tbody tr');
    await expect(rows).toHaveCount(entries.length);
    // Every row's anchor and links in one round trip (the catalog is long).
    const links = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({ id: tr.id, hrefs: [...tr.querySelectorAll('a')].map((a) => a.getAttribute('href')) })),
    );
    const missing = entries
      .filter((e) => {
        const hrefs = links.filter((row) => row.id === e.slug).flatMap((row) => row.hrefs);
        return hrefs.filter((href) => href === `${prefix}/errors/${e.slug}/`).length !== 1;
      })
      .map((e) => e.slug);
    expect(missing, 'entries without a row anchor holding one link to their page').toEqual([]);
    // Each row sits in its provider's table, under a heading that is the provider's anchor.
    const groups = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({ id: tr.id, group: tr.closest('table')?.getAttribute('aria-labelledby') })),
    );
    const misplaced = entries
      .filter((e) => groups.find((row) => row.id === e.slug)?.group !== e.provider)
      .map((e) => e.slug);
    expect(misplaced, "rows outside their provider's table").toEqual([]);
    for (const provider of providers.filter((p) => entries.some((e) => e.provider === p.id)))
      await expect(page.locator(`h3#${provider.id}`)).toHaveText(provider.name[prefix ? 'zh-cn' : 'en']);
  });
}

test('filtering by provider, class and retryable narrows the rows and says how many are shown', async ({ page }) => {
  await page.goto('/errors/');
  const visible = page.locator('[data-error-table] tbody tr:visible');
  const provider = providers[0]!.id;
  await page.getByLabel('Provider', { exact: true }).selectOption(provider);
  await expect(visible).toHaveCount(entries.filter((e) => e.provider === provider).length);
  // Only that provider's table is left, under its name.
  await expect(page.locator('main h3:visible')).toHaveText([providers[0]!.name.en]);
  await expect(page.getByRole('table', { name: providers[0]!.name.en })).toBeVisible();
  await page.getByLabel('Failure class').selectOption('billing');
  const both = entries.filter((e) => e.provider === provider && e.class === 'billing').length;
  await expect(visible).toHaveCount(both);
  await expect(page.locator('[data-filter-count]')).toHaveText(`Showing ${both} of ${entries.length} errors`);
  await page.getByRole('button', { name: 'Reset filters' }).click();
  await page.getByLabel('Retry', { exact: true }).selectOption('false');
  await expect(visible).toHaveCount(entries.filter((e) => !classInfo[e.class].retryable).length);
  const withRows = providers.filter((p) => entries.some((e) => e.provider === p.id && !classInfo[e.class].retryable));
  await expect(page.locator('main h3:visible')).toHaveCount(withRows.length);
});

test('the text filter finds rows by machine code and keeps its state in a shareable URL', async ({ page }) => {
  await page.goto('/errors/');
  await page.getByLabel('Filter', { exact: true }).fill('insufficient_quota');
  const rows = page.locator('[data-error-table] tbody tr:visible');
  await expect(rows.first()).toBeVisible();
  const expected = entries.filter((e) =>
    JSON.stringify([e.machine?.code, e.machine?.type, e.aliases]).includes('insufficient_quota'),
  );
  await expect(rows).toHaveCount(expected.length);
  await expect(page).toHaveURL(/q=insufficient_quota/);
  await page.reload();
  await expect(rows).toHaveCount(expected.length);
});

test('the text filter also finds rows by names the row does not show: the title in the other language', async ({
  page,
}) => {
  await page.goto('/errors/');
  const rows = page.locator('[data-error-table] tbody tr:visible');
  await page.getByLabel('Filter', { exact: true }).fill('余额不足');
  const expected = entries.filter((e) =>
    [e.title['zh-cn'], e.officialName?.['zh-cn']].some((n) => n?.includes('余额不足')),
  );
  expect(expected.length).toBeGreaterThan(0);
  await expect(rows).toHaveCount(expected.length);
  await expect(page.locator('tr#deepseek-402')).toBeVisible();
});

test('hostile text in the filter URL is shown as text, never as markup', async ({ page }) => {
  await page.goto('/errors/?q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&provider=%3Cb%3E');
  await expect(page.getByLabel('Filter', { exact: true })).toHaveValue('<img src=x onerror=alert(1)>');
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  await expect(page.getByLabel('Provider', { exact: true })).toHaveValue('');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the table is complete and readable, and says the filters need JavaScript', async ({ page }) => {
    await page.goto('/errors/');
    await expect(page.locator('[data-error-table] tbody tr:visible')).toHaveCount(entries.length);
    await expect(page.locator('[data-table-filters]')).toBeHidden();
    await expect(page.getByText('The filters need JavaScript')).toBeVisible();
    // Copy buttons need JavaScript too; the row's # link is there instead.
    await expect(page.locator('.share-cell button:visible')).toHaveCount(0);
    await expect(page.locator('tr#deepseek-402 .share-cell a')).toHaveAttribute('href', '#deepseek-402');
  });
  test('an entry page is fully readable', async ({ page }) => {
    await page.goto('/errors/deepseek-402/');
    await expect(page.getByRole('heading', { name: 'How to fix it' })).toBeVisible();
    await expect(page.locator('.fix-steps li').first()).toBeVisible();
  });
});
