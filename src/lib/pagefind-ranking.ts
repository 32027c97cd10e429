/**
 * Pagefind's ranking options, shared by astro.config.mjs (Starlight passes them to the search UI)
 * and the search tests (which query pagefind.js with the same options).
 *
 * `status` is set only on status hubs, so a bare `429` ranks the hub above the entries that merely
 * have 429 in their titles; `code` holds an entry's machine codes, SDK class names and aliases, and
 * `name` the provider's official name (DeepSeek's 余额不足), so an exact name beats pages that merely
 * share its words; `problem` the words people type for a page by meaning (`out of credits`), weighted
 * so that page ranks among the first five for them (where an entry's official name is the same plain
 * words, the page by meaning may come first: it lists that entry).
 * Starlight's own defaults for the other factors are kept. See https://pagefind.app/docs/ranking/
 */
export const pagefindRanking = {
  pageLength: 0.1,
  termFrequency: 0.1,
  termSaturation: 2,
  termSimilarity: 9,
  metaWeights: { status: 40, code: 20, name: 40, problem: 60, title: 5 },
};
