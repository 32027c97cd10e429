/** Keyboard-only use of every interactive part, and reading every content template without JavaScript. */
import { expect, test, type Page } from '@playwright/test';

/** Presses Tab until the focused element matches, as a keyboard user would (max 60 stops). */
async function tabTo(page: Page, selector: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('keyboard only: the quick lookup opens an entry', async ({ page }) => {
  await page.goto('/');
  await tabTo(page, '[data-ql-input]');
  await page.keyboard.type('insufficient_quota');
  // The lookup loads its index on first focus; a person sees the list open before reaching for it.
  await expect(page.locator('[data-ql-input]')).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/errors\/(openai-429-insufficient-quota|gateway-402)\/$/);
});

test('keyboard only: the table filters narrow the rows', async ({ page }) => {
  await page.goto('/errors/');
  await tabTo(page, '#filter-q');
  await page.keyboard.type('deepseek');
  await tabTo(page, '#filter-class');
  await page.keyboard.press('ArrowDown'); // first class after "All"
  const rows = page.locator('[data-error-table] tbody tr:visible');
  await expect(rows.first()).toBeVisible();
  for (const id of await rows.evaluateAll((r) => r.map((row) => row.id))) expect(id).toMatch(/^deepseek-/);
  await tabTo(page, 'button[data-filter-reset]');
  await page.keyboard.press('Enter');
  await expect(page.locator('#filter-q')).toHaveValue('');
});

test('keyboard only: the copy buttons copy and announce it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/errors/deepseek-402/');
  await tabTo(page, 'button[data-copy-text]');
  await page.keyboard.press('Enter');
  await expect(page.locator('.copy-status').first()).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/errors\/deepseek-402\/$/);
});

test('keyboard only: the diagnose tool takes a paste and shows a result', async ({ page }) => {
  await page.goto('/diagnose/');
  await tabTo(page, '#diagnose-input');
  await page.keyboard.insertText(
    '{"error":{"message":"Insufficient Balance","type":"unknown_error","param":null,"code":"invalid_request_error"}}',
  );
  await tabTo(page, 'form[data-diagnose-form] button[type="submit"]');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-slug', 'deepseek-402');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  const pages: [string, string][] = [
    ['/status/429/', 'How to tell them apart'],
    ['/zh-cn/status/402/', '如何区分它们'],
    ['/providers/deepseek/', 'Error envelope'],
    ['/guides/triage/', 'Copy this template'],
    ['/zh-cn/guides/retries/', 'chat.py'],
    ['/zh-cn/errors/openai-sdk-rate-limit-error/', '解决方法'],
  ];
  for (const [path, text] of pages) {
    test(`${path} is fully readable`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      await expect(page.locator('main').getByText(text).first()).toBeVisible();
    });
  }
  test('the quick lookup and the diagnose tool say what they need', async ({ page }) => {
    await page.goto('/diagnose/');
    await expect(page.getByText('The diagnose tool needs JavaScript')).toBeVisible();
    await page.goto('/errors/');
    await expect(page.getByText('The filters need JavaScript')).toBeVisible();
  });
});
