/**
 * axe finds no WCAG 2.0/2.1/2.2 A or AA violation on any page template, in both languages and both
 * themes, with no element excluded (Starlight's search button is renamed by
 * src/integrations/search-button-name.ts).
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';

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

test('the search button is named by what it shows, the shortcut included, in both languages and on a Mac', async ({
  page,
}) => {
  const button = page.locator('button[data-open-modal]');
  await page.goto('/');
  await expect(button).toHaveAccessibleName('Search Ctrl K');
  await page.goto('/zh-cn/');
  await expect(button).toHaveAccessibleName('搜索 Ctrl K');
  // Starlight's inline script shows ⌘ on Apple devices; the name follows what is shown.
  await page.addInitScript(() => Object.defineProperty(navigator, 'platform', { get: () => 'MacIntel' }));
  await page.goto('/');
  await expect(button).toHaveAccessibleName('Search ⌘ K');
});
