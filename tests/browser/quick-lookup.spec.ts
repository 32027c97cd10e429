/** The quick lookup on the home page and the table, in both languages, driven like a person would. */
import { axeViolations } from '../support/axe.ts';
import { expect, test, type Page } from '@playwright/test';
import { locales } from '../../src/catalog/index.ts';
import { derivedQueries, listedQueries } from '../support/search-queries.ts';

const home = (locale: string) => (locale === 'en' ? '/' : '/zh-cn/');
const input = (page: Page) => page.getByRole('combobox', { name: /Look up an error|查找错误/ });
const options = (page: Page) => page.locator('[data-ql-list] [role="option"]');
const firstOption = (page: Page) => options(page).first();

/** How many queries one round trip to the page types (the catalog-derived lists are long). */
const BATCH = 50;

/**
 * The first option the open list offers for each query, typed one after the other into the box of
 * the current page (null when the list shows nothing). Once its index is loaded the lookup answers
 * each input event at once (src/lib/quick-lookup-ui.ts); the box is emptied between queries, which
 * empties the list, so an answer that came late would read as nothing, never as the last query's.
 */
const firstOptions = (page: Page, queries: string[]) =>
  input(page).evaluate((box, queries) => {
    const field = box as HTMLInputElement;
    const list = field.form!.querySelector<HTMLElement>('[data-ql-list]')!;
    const type = (text: string) => {
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    };
    return queries.map((query) => {
      type('');
      type(query);
      return list.hidden ? null : (list.querySelector('[role="option"]')?.getAttribute('data-url') ?? null);
    });
  }, queries);

for (const locale of locales) {
  test(`the listed queries open the right page from the ${locale} home page`, async ({ page }) => {
    for (const { query, first, alsoTop3 } of listedQueries[locale]) {
      await page.goto(home(locale));
      await input(page).fill(query);
      await expect(firstOption(page)).toBeVisible();
      expect(first, `first result for "${query}"`).toContain(await firstOption(page).getAttribute('data-url'));
      for (const url of alsoTop3 ?? []) {
        const top3 = await options(page).evaluateAll((els) => els.slice(0, 3).map((el) => el.getAttribute('data-url')));
        expect(top3, `top 3 for "${query}"`).toContain(url);
      }
      await input(page).press('Enter');
      await expect(page).toHaveURL(new RegExp(`${first.map((u) => u.replace(/\//g, '\\/')).join('|')}$`));
    }
  });

  test(`every status, code, class and alias from the catalog finds its page (${locale})`, async ({ page }) => {
    await page.goto(home(locale));
    const queries = derivedQueries(locale);
    // The first query as a person types it: the lookup loads its index on focus, then answers.
    await input(page).fill(queries[0]!.query);
    await expect(firstOption(page)).toBeVisible();
    const misses: string[] = [];
    for (let i = 0; i < queries.length; i += BATCH) {
      const batch = queries.slice(i, i + BATCH);
      const firsts = await firstOptions(
        page,
        batch.map((q) => q.query),
      );
      for (const [n, { query, first }] of batch.entries()) {
        const url = firsts[n] ?? null;
        if (!url || !first.includes(url))
          misses.push(`"${query}" → ${url ?? 'nothing'} (expected ${first.join(' or ')})`);
      }
    }
    expect(misses, misses.join('\n')).toEqual([]);
  });
}

test('the lookup is a labelled combobox that announces its results and works with the keyboard alone', async ({
  page,
}) => {
  await page.goto('/errors/');
  const box = page.getByRole('combobox', { name: 'Look up an error' });
  await box.focus();
  await page.keyboard.type('429');
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'matching errors' })).toContainText(/\d+ matching errors/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const second = options(page).nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
  const target = (await second.getAttribute('data-url'))!;
  await page.keyboard.press('Escape');
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await page.keyboard.type('429');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}$`));
});

test('a pasted error is offered to the diagnose tool with its text in the link', async ({ page }) => {
  await page.goto('/');
  const pasted = `openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`;
  await input(page).fill(pasted);
  const offer = page.getByRole('link', { name: /diagnose tool/ });
  await expect(offer).toBeVisible();
  expect(new URL((await offer.getAttribute('href'))!, 'http://x').searchParams.get('q')).toBe(pasted);
  await expect(firstOption(page)).toHaveAttribute('data-url', '/errors/openai-429-insufficient-quota/');
});

test('hostile input is shown as text and never becomes markup', async ({ page }) => {
  await page.goto('/');
  await input(page).fill('<img src=x onerror="window.pwned=1">');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing in the catalog' })).toContainText('<img src=x');
  await expect(page.locator('.quick-lookup img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
});

test('axe finds nothing on the lookup with its results open, in both languages', async ({ page }) => {
  for (const locale of locales) {
    await page.goto(home(locale));
    await input(page).fill('429');
    await expect(firstOption(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the lookup still submits and opens the error table', async ({ page }) => {
    await page.goto('/');
    await input(page).fill('insufficient_quota');
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect(page).toHaveURL(/\/errors\/\?q=insufficient_quota$/);
    // Every provider's table, with the rows that hold the code among them.
    await expect(page.locator('tr#openai-429-insufficient-quota')).toBeVisible();
  });
});
