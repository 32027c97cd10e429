/**
 * The search queries every search path must answer, derived from the catalog (issue #3): every
 * status leads to its hub; every machine code, SDK class, alias and official name leads to an
 * entry that carries it (a code shared by several entries may lead to any of them).
 */
import { catalogStatuses, entries, entryNames, paths, type Locale, type Meaning } from '../../src/catalog/index.ts';
import { readProseFiles } from '../../src/prose/files.ts';
import { exactKeys } from '../../src/lib/lookup-index.ts';
import { searchTerms } from './search-terms.ts';

export interface ExpectedQuery {
  query: string;
  /** Acceptable first results (site paths). */
  first: string[];
  /** Paths that must appear in the top 3 as well. */
  alsoTop3?: string[];
}

/** The examples of issue #3, verbatim. */
export const listedQueries: Record<Locale, ExpectedQuery[]> = {
  en: [
    { query: '429', first: ['/status/429/'] },
    { query: '402', first: ['/status/402/'] },
    {
      // Anthropic's and Groq's SDKs name their class the same: any of the three is a right answer.
      query: 'RateLimitError',
      first: [
        '/errors/openai-sdk-rate-limit-error/',
        '/errors/anthropic-sdk-rate-limit-error/',
        '/errors/groq-sdk-rate-limit-error/',
      ],
    },
    { query: 'InvalidRequestError', first: ['/errors/openai-sdk-bad-request-error/'] },
    // DeepSeek's message; MiniMax, SiliconFlow and Zhipu name their balance errors with the same words.
    { query: 'Insufficient Balance', first: sameWords('Insufficient Balance', 'en') },
    { query: 'context_length_exceeded', first: ['/errors/openai-400-context-length-exceeded/'] },
    {
      query: 'insufficient_quota',
      first: ['/errors/openai-429-insufficient-quota/', '/errors/gateway-402/'],
      alsoTop3: ['/errors/openai-429-insufficient-quota/', '/errors/gateway-402/'],
    },
  ],
  'zh-cn': [
    // DeepSeek's name, and MiniMax's; the page by meaning lists them all.
    { query: '余额不足', first: sameWords('余额不足', 'zh-cn') },
    { query: '请求速率达到上限', first: ['/zh-cn/errors/deepseek-429/'] },
    { query: '429', first: ['/zh-cn/status/429/'] },
    // DeepSeek's name for its 503, and the plain words of the page by meaning that lists it.
    { query: '服务器繁忙', first: ['/zh-cn/errors/deepseek-503/', '/zh-cn/problems/overloaded/'] },
  ],
};

const lower = (s: string) => s.toLowerCase();

/**
 * The pages whose names hold every word of a query. Pagefind ranks pages by the words they share
 * with a query, not by phrases, so any of them is as right a first answer as the entry the query
 * came from: DeepSeek's "Server Error" and OpenAI's "Server error", `conflict` and `ConflictError`,
 * "Authentication failed" and DeepSeek's "Authentication Fails", Baidu's "Open api request limit
 * reached" and "Open api daily request limit reached". A page by meaning whose search words hold
 * them (余额不足 on /problems/out-of-balance/) lists every such entry, so it is a right answer too.
 */
function sameWords(query: string, locale: Locale, { names = true } = {}): string[] {
  const wanted = [...searchTerms(query, locale)];
  if (wanted.length === 0) return [];
  const holds = (texts: string[]) => {
    const have = new Set(texts.flatMap((text) => [...searchTerms(text, locale)]));
    return wanted.every((w) => have.has(w));
  };
  const problems = readProseFiles('problems').filter((f) => f.locale === locale);
  return [
    ...entries
      .filter((e) =>
        holds([...entryNames(e), e.title[locale], ...(names && e.officialName ? [e.officialName[locale]] : [])]),
      )
      .map((e) => paths.entry(e.slug, locale)),
    ...problems
      .filter((f) => holds(f.data.searchWords as string[]))
      .map((f) => paths.problem(f.key as Meaning, locale)),
  ];
}

/** Queries derived from the catalog for one language. */
export function derivedQueries(locale: Locale, { names = true } = {}): ExpectedQuery[] {
  const queries: ExpectedQuery[] = catalogStatuses.map((s) => ({ query: String(s), first: [paths.status(s, locale)] }));
  const holders = new Map<string, { query: string; urls: Set<string> }>();
  const add = (query: string, slug: string) => {
    const key = lower(query);
    if (!holders.has(key)) holders.set(key, { query, urls: new Set() });
    holders.get(key)!.urls.add(paths.entry(slug, locale));
  };
  for (const e of entries) {
    for (const key of exactKeys(e)) add(key, e.slug);
    if (names && e.officialName) {
      add(e.officialName[locale], e.slug);
      // A provider's name for an error is often the plain words of its problem ("Your request timed
      // out"), and the page by meaning lists this entry: either is a right first answer.
      if (e.meaning) holders.get(lower(e.officialName[locale]))!.urls.add(paths.problem(e.meaning, locale));
    }
  }
  for (const holder of holders.values())
    for (const url of sameWords(holder.query, locale, { names })) holder.urls.add(url);
  for (const { query, urls: found } of holders.values()) {
    const urls = [...found];
    // A business code that is also a status (Zhipu's `500`): the status hub comes first, the entry next.
    const status = queries.find((q) => q.query === query);
    if (status) status.alsoTop3 = urls;
    else queries.push({ query, first: urls });
  }
  return queries;
}
