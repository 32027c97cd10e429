import { expect, type Page } from '@playwright/test';

/**
 * Opens Starlight's search modal and returns its input, once the page's search element is ready:
 * a click that lands before its script has run does nothing (as for a person, who clicks again).
 */
export async function openSearch(page: Page) {
  await page.waitForFunction(() => customElements.get('site-search') !== undefined);
  const input = page.locator('dialog[open] input').first();
  await expect(async () => {
    if (!(await page.locator('dialog[open]').count())) await page.locator('button[data-open-modal]').click();
    await expect(input).toBeVisible({ timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  return input;
}
