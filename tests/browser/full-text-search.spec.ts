/**
 * Full-text search (Starlight's Pagefind) ranks the right page first in both languages: the
 * issue's queries through the real search modal, and every catalog-derived query through
 * pagefind.js with the same ranking options the site uses.
 */
import { expect, test } from '@playwright/test';
import { locales, type Locale } from '../../src/catalog/index.ts';
import { closeSearch, openSearch, searchResults } from '../support/search-modal.ts';
import { topResults } from '../support/pagefind-query.ts';
import { derivedQueries, listedQueries } from '../support/search-queries.ts';

const home = (locale: Locale) => (locale === 'en' ? '/' : '/zh-cn/');

/**
 * Queries Pagefind cannot rank first, each for a reason found in its ranking; the right page must
 * still be among the first three results. The quick lookup answers all of them exactly
 * (tests/browser/quick-lookup.spec.ts).
 */
const PAGEFIND_TOP3: Record<Locale, Set<string>> = {
  // Pagefind scores words, not phrases, and gives little weight to words most pages hold (`for`,
  // `requests`): Moonshot's `rate_limit_reached_error` holds the rest in its name and its code.
  en: new Set([
    'Rate limit reached for requests',
    // Baidu's legacy 17 speaks of a daily limit although its usual causes are billing; the page for
    // used-up daily quotas holds those words among its search words and comes first.
    'Open api daily request limit reached',
  ]),
  'zh-cn': new Set([
    // Legacy aliases of APIError: on a Chinese page the query `OpenAIError` only matches as its prefix
    // `openai`, which every OpenAI SDK page carries (Pagefind's CJK segmentation of Latin camel-case
    // words; https://github.com/Pagefind/pagefind/issues/1237).
    'openai.OpenAIError',
    'openai.error.OpenAIError',
    // Baidu's names are split into single characters (超 限, 鉴 权, 无效) that Ark's RPM/TPM limits
    // (超过 … 限制), Moonshot's 鉴权失败 and MiniMax's 无效的 API Key share, and those pages hold the
    // Latin word (RPM, TPM) several times in their codes.
    'RPM 超限',
    'TPM 超限',
    '【鉴权错误】',
    '请求无效',
  ]),
};

/**
 * A one-character business code (Baidu's legacy `2`, `4`) is a prefix of every status hub, which the
 * `status` weight puts first; it is not a full-text query anyone can expect to work.
 */
const tooShort = (query: string) => query.length < 2;

/** How many queries one round trip to the page asks Pagefind (the catalog-derived lists are long). */
const BATCH = 25;

for (const locale of locales) {
  test(`the search modal puts the right page first for the listed queries (${locale})`, async ({ page }) => {
    await page.goto(home(locale));
    for (const { query, first, alsoTop3 } of listedQueries[locale]) {
      await openSearch(page);
      const top = await searchResults(page, query);
      expect(first, `first result for "${query}" (results: ${top.join(', ') || 'none'})`).toContain(top[0]);
      for (const url of alsoTop3 ?? []) expect(top.slice(0, 3), `top 3 for "${query}"`).toContain(url);
      await closeSearch(page);
    }
  });

  test(`full-text search ranks every status hub and every code, class and alias first (${locale})`, async ({
    page,
  }) => {
    await page.goto(home(locale));
    const queries = derivedQueries(locale).filter((q) => !tooShort(q.query));
    const misses: string[] = [];
    for (let i = 0; i < queries.length; i += BATCH) {
      const batch = queries.slice(i, i + BATCH);
      const tops = await topResults(
        page,
        batch.map((q) => q.query),
      );
      for (const [n, { query, first }] of batch.entries()) {
        const top = tops[n]!;
        const within = PAGEFIND_TOP3[locale].has(query) ? top : top.slice(0, 1);
        if (!within.some((url) => first.includes(url)))
          misses.push(`"${query}" → ${top.join(', ') || 'nothing'} (expected ${first.join(' or ')})`);
      }
    }
    expect(misses, misses.join('\n')).toEqual([]);
  });
}

test('a Chinese page finds Chinese titles and the untranslated codes', async ({ page }) => {
  await page.goto('/zh-cn/');
  const [balance, quota, status] = await topResults(page, ['余额不足', 'insufficient_quota', '429']);
  expect(balance).toContain('/zh-cn/errors/deepseek-402/');
  expect(quota).toContain('/zh-cn/errors/openai-429-insufficient-quota/');
  expect(status![0]).toBe('/zh-cn/status/429/');
});
