/**
 * Starlight's search modal, driven through the states its Pagefind UI shows, never through a fixed
 * delay: Search.astro mounts Pagefind UI in the modal once the page is idle, and Pagefind UI says
 * "Searching for …" until the index has answered, then lists the results, each a placeholder until
 * its page fragment has loaded. On a loaded machine each step takes longer; the waits below last
 * as long as the page needs, bounded only by the test's timeout.
 */
import { expect, test, type Page } from '@playwright/test';

/** Resolves once the page's search element is defined and Pagefind UI is mounted in its modal. */
export async function searchReady(page: Page) {
  await page.waitForFunction(
    () =>
      customElements.get('site-search') !== undefined &&
      document.querySelector('site-search .pagefind-ui__search-input') !== null,
  );
}

/** Opens the search modal, once its button works and its input exists, and returns the input. */
export async function openSearch(page: Page) {
  await searchReady(page);
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await page.locator('button[data-open-modal]').click();
  const input = page.locator('dialog[open] input.pagefind-ui__search-input');
  await expect(input).toBeVisible();
  return input;
}

/** Closes the search modal with Escape, as a person would, and waits until it is closed. */
export async function closeSearch(page: Page) {
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
}

/**
 * Types `query` into the open search modal and returns the page paths of its results, in order, once
 * Pagefind UI shows its answer to that query (not the previous one) and every listed result has
 * loaded. An empty list means Pagefind found nothing.
 */
export async function searchResults(page: Page, query: string): Promise<string[]> {
  return test.step(`search the modal for "${query}"`, async () => {
    await page.locator('dialog[open] input.pagefind-ui__search-input').fill(query);
    const settled = await page.waitForFunction((query) => {
      const ui = document.querySelector('dialog[open] .pagefind-ui');
      const area = ui?.querySelector('.pagefind-ui__results-area');
      // While searching, the area holds only the "Searching for …" message; the list comes with the answer.
      const list = area?.querySelector(':scope > ol.pagefind-ui__results');
      const message = area?.querySelector(':scope > .pagefind-ui__message')?.textContent ?? '';
      if (ui?.querySelector('input')?.value !== query || !list || !message.includes(query)) return false;
      const results = [...list.querySelectorAll(':scope > li.pagefind-ui__result')];
      if (results.some((li) => li.querySelector('.pagefind-ui__loading'))) return false;
      // The first link of each result (later ones are the page's sub-results).
      return results.map((li) => {
        const link = li.querySelector<HTMLAnchorElement>(
          ':scope > .pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link',
        );
        return link ? new URL(link.href).pathname : '';
      });
    }, query);
    return (await settled.jsonValue()) as string[];
  });
}
