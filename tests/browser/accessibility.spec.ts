/** axe finds no WCAG 2.0/2.1/2.2 A or AA violation on any page template, in both languages and both themes. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const templates = {
  home: '/',
  table: '/errors/',
  entry: '/errors/deepseek-402/',
  'SDK entry': '/errors/openai-sdk-rate-limit-error/',
  'status hub': '/status/429/',
  provider: '/providers/openai/',
  'problem (by meaning)': '/problems/out-of-balance/',
  'list of problems': '/problems/',
  'triage guide': '/guides/triage/',
  'retries guide': '/guides/retries/',
  'streams guide': '/guides/streams/',
  'diagnose (with a result)': `/diagnose/?q=${encodeURIComponent('Error code: 429 - {"error": {"type": "insufficient_quota", "code": "insufficient_quota"}}')}`,
  '404': '/no-such-page/',
};

export async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    // Upstream: Starlight's search button is labelled "Search" but shows "Search Ctrl K"
    // (label-content-name-mismatch, WCAG 2.5.3); see research/stack-notes.md §8.
    .exclude('button[data-open-modal]')
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const [name, path] of Object.entries(templates)) {
      // The 404 page is one page for both languages.
      for (const prefix of path === '/no-such-page/' ? [''] : ['', '/zh-cn']) {
        test(`the ${name} page${prefix ? ' in Chinese' : ''} has no accessibility violations (${theme})`, async ({
          page,
        }) => {
          await page.goto(prefix + path);
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    }
  });
}
