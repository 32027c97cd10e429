/**
 * The sidebar lists the current provider's errors (at most a fixed window of them) on that
 * provider's pages and only the list of providers elsewhere, so no page's size grows with the
 * catalog. Checked over dist/.
 */
import { expect, test } from '@playwright/test';
import { entries, paths, providers, type Locale } from '../../src/catalog/index.ts';
import { sidebarEntries, sidebarLimit } from '../../src/lib/sidebar-entries.ts';
import { readPage } from '../support/dist.ts';

/** The entry pages the sidebar of a page links to. */
function sidebarEntryLinks(path: string): string[] {
  const html = readPage(path);
  expect(html, `${path} was not built`).toBeDefined();
  const sidebar = html!.match(/<nav class="sidebar[\s\S]*?<\/nav>/);
  expect(sidebar, `${path} has a sidebar`).not.toBeNull();
  return [...sidebar![0].matchAll(/href="([^"]+)"/g)]
    .map((m) => m[1]!)
    .filter((h) => /\/errors\/[a-z0-9-]+\/$/.test(h));
}

for (const locale of ['en', 'zh-cn'] as Locale[]) {
  test(`an entry page's sidebar lists its own provider's errors around it and no other provider's (${locale})`, () => {
    for (const provider of providers) {
      const own = entries.filter((e) => e.provider === provider.id);
      for (const current of [own[0]!, own.at(-1)!]) {
        const links = sidebarEntryLinks(paths.entry(current.slug, locale));
        const expected = sidebarEntries(own, current).map((e) => paths.entry(e.slug, locale));
        expect([...links].sort(), current.slug).toEqual([...expected].sort());
        expect(links.length, current.slug).toBe(Math.min(own.length, sidebarLimit));
        expect(links, current.slug).toContain(paths.entry(current.slug, locale));
      }
    }
  });

  test(`a provider page's sidebar lists that provider's errors (${locale})`, () => {
    const own = entries.filter((e) => e.provider === 'deepseek').map((e) => paths.entry(e.slug, locale));
    expect(sidebarEntryLinks(paths.provider('deepseek', locale)).sort()).toEqual(own.sort());
  });

  test(`pages of no provider list the providers but none of their errors (${locale})`, () => {
    for (const path of [paths.table(locale), paths.status(429, locale), paths.diagnose(locale), paths.triage(locale)]) {
      expect(sidebarEntryLinks(path), path).toEqual([]);
      const html = readPage(path)!;
      for (const provider of providers) expect(html, path).toContain(`href="${paths.provider(provider.id, locale)}"`);
    }
  });
}

test('the current entry is marked in the sidebar, and previous and next follow it', async ({ page }) => {
  const deepseek = entries.filter((e) => e.provider === 'deepseek');
  await page.goto(paths.entry(deepseek[1]!.slug, 'en'));
  await expect(page.locator(`#starlight__sidebar a[aria-current="page"]`)).toHaveAttribute(
    'href',
    paths.entry(deepseek[1]!.slug, 'en'),
  );
  await expect(page.locator('.pagination-links a[rel="prev"]')).toHaveAttribute(
    'href',
    paths.entry(deepseek[0]!.slug, 'en'),
  );
  await expect(page.locator('.pagination-links a[rel="next"]')).toHaveAttribute(
    'href',
    paths.entry(deepseek[2]!.slug, 'en'),
  );
});
