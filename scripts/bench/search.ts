/**
 * Search figures of `npm run bench`, taken in a real browser: the first full-text search on a cold
 * page (any Starlight site: ours or the baseline), and our quick lookup (per-keystroke time, and
 * whether its index waits for a person to focus the box).
 */
import type { Browser, Page } from '@playwright/test';

export interface FirstSearch {
  /** Pagefind bytes (compressed, as sent) received when the first result is on screen. */
  kb: number;
  /** From the input event of the last key to the first result on screen. */
  ms: number;
}

/**
 * Opens Starlight's search on a cold page and types the query one character at a time, at a brisk
 * human pace (60 ms a key), as a Chinese input method commits characters one by one.
 */
export async function firstSearch(browser: Browser, origin: string, path: string, query: string): Promise<FirstSearch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  page.on('requestfinished', async (request) => {
    if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
    const sizes = await request.sizes().catch(() => undefined);
    if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  await page.goto(origin + path);
  // A person reads the page before reaching for search: let the page settle first.
  await page.waitForLoadState('networkidle');
  await page.locator('button[data-open-modal]').click();
  const input = page.locator('dialog[open] input').first();
  await input.waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { benchStart?: number };
    document.querySelector('dialog input')!.addEventListener('input', () => (w.benchStart = performance.now()));
  });
  await input.pressSequentially(query, { delay: 60 });
  // Results for the whole query (not an earlier prefix): Pagefind UI names the query in its message.
  await page.locator('dialog[open] .pagefind-ui__message', { hasText: query }).waitFor();
  await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor();
  const ms = await page.evaluate(() => performance.now() - (window as unknown as { benchStart: number }).benchStart);
  const kb = bytes / 1024;
  await context.close();
  return { kb, ms };
}

/** Queries typed into the quick lookup, one character at a time. */
const typed = [
  '429',
  'insufficient_quota',
  'RateLimitError',
  'openai.error.InvalidRequestError',
  'Insufficient Balance',
  '余额不足',
];

export interface LookupFigures {
  /** Synchronous time of each `input` event, in ms. */
  keystrokes: number[];
  /** Requests for the lookup index before anyone touched the box (should be none). */
  fetchedBeforeFocus: number;
  /** Requests for it once the box was focused (should be one). */
  fetchedOnFocus: number;
}

async function lookupIndexRequests(page: Page, action: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const listener = (r: { url(): string }) => void (new URL(r.url()).pathname.startsWith('/lookup/') && count++);
  page.on('request', listener);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('request', listener);
  return count;
}

export async function quickLookup(browser: Browser, origin: string): Promise<LookupFigures> {
  const page = await browser.newPage();
  const keystrokes: number[] = [];
  let fetchedBeforeFocus = 0;
  let fetchedOnFocus = 0;
  for (const home of ['/', '/zh-cn/']) {
    fetchedBeforeFocus += await lookupIndexRequests(page, () => page.goto(origin + home));
    const box = page.locator('[data-ql-input]');
    fetchedOnFocus += await lookupIndexRequests(page, () => box.focus());
    await box.fill('4');
    await page.locator('[data-ql-list] [role="option"]').first().waitFor();
    keystrokes.push(
      ...(await page.evaluate((queries) => {
        const input = document.querySelector<HTMLInputElement>('[data-ql-input]')!;
        const times: number[] = [];
        for (let round = 0; round < 5; round++)
          for (const query of queries)
            for (let i = 1; i <= query.length; i++) {
              input.value = query.slice(0, i);
              const start = performance.now();
              input.dispatchEvent(new Event('input', { bubbles: true }));
              times.push(performance.now() - start);
            }
        return times;
      }, typed)),
    );
  }
  await page.close();
  return { keystrokes, fetchedBeforeFocus, fetchedOnFocus: fetchedOnFocus / 2 };
}
