/** axe finds no WCAG 2.x A/AA violation on any page template, in both languages. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const templates = {
  home: '/',
  table: '/errors/',
  entry: '/errors/deepseek-402/',
  'SDK entry': '/errors/openai-sdk-rate-limit-error/',
  'status hub': '/status/429/',
  provider: '/providers/openai/',
  'triage guide': '/guides/triage/',
  'diagnose (with a result)': `/diagnose/?q=${encodeURIComponent('Error code: 429 - {"error": {"type": "insufficient_quota", "code": "insufficient_quota"}}')}`,
};

for (const [name, path] of Object.entries(templates)) {
  for (const prefix of ['', '/zh-cn']) {
    test(`the ${name} page${prefix ? ' in Chinese' : ''} has no accessibility violations`, async ({ page }) => {
      await page.goto(prefix + path);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        // Upstream: Starlight's search button is labelled "Search" but shows "Search Ctrl K"
        // (label-content-name-mismatch); see research/stack-notes.md §8.
        .exclude('button[data-open-modal]')
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  }
}

test('the 404 page has no accessibility violations', async ({ page }) => {
  await page.goto('/no-such-page/');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .exclude('button[data-open-modal]')
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
