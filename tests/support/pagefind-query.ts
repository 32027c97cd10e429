/** Pagefind queried in the page with the site's own ranking options, faster than typing into the modal. */
import type { Page } from '@playwright/test';
import { pagefindRanking } from '../../src/lib/pagefind-ranking.ts';

/** The first `count` result URLs for each query, from the language index of the current page. */
export async function topResults(page: Page, queries: string[], count = 3): Promise<string[][]> {
  return page.evaluate(
    async ({ queries, ranking, count }) => {
      type Pagefind = {
        options(o: object): Promise<void>;
        search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
      };
      const w = window as unknown as { pf?: Promise<Pagefind> };
      // A URL held in a variable, so TypeScript does not look for the built site's module.
      const url = '/pagefind/pagefind.js';
      w.pf ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
        await pf.options({ ranking });
        return pf;
      });
      const pf = await w.pf;
      const tops: string[][] = [];
      for (const query of queries) {
        const found = await pf.search(query);
        tops.push(await Promise.all(found.results.slice(0, count).map(async (r) => (await r.data()).url)));
      }
      return tops;
    },
    { queries, ranking: pagefindRanking, count },
  );
}
