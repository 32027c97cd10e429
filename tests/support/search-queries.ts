/**
 * The search queries every search path must answer, derived from the catalog (issue #3): every
 * status leads to its hub; every machine code, SDK class, alias and official name leads to an
 * entry that carries it (a code shared by several entries may lead to any of them).
 */
import { catalogStatuses, entries, paths, type Locale } from '../../src/catalog/index.ts';
import { exactKeys } from '../../src/lib/lookup-index.ts';

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
    { query: 'Insufficient Balance', first: ['/errors/deepseek-402/'] },
    { query: 'context_length_exceeded', first: ['/errors/openai-400-context-length-exceeded/'] },
    {
      query: 'insufficient_quota',
      first: ['/errors/openai-429-insufficient-quota/', '/errors/gateway-402/'],
      alsoTop3: ['/errors/openai-429-insufficient-quota/', '/errors/gateway-402/'],
    },
  ],
  'zh-cn': [
    { query: '余额不足', first: ['/zh-cn/errors/deepseek-402/'] },
    { query: '请求速率达到上限', first: ['/zh-cn/errors/deepseek-429/'] },
    { query: '429', first: ['/zh-cn/status/429/'] },
    { query: '服务器繁忙', first: ['/zh-cn/errors/deepseek-503/'] },
  ],
};

const lower = (s: string) => s.toLowerCase();

/** Queries derived from the catalog for one language. */
export function derivedQueries(locale: Locale, { names = true } = {}): ExpectedQuery[] {
  const queries: ExpectedQuery[] = catalogStatuses.map((s) => ({ query: String(s), first: [paths.status(s, locale)] }));
  const holders = new Map<string, { query: string; slugs: Set<string> }>();
  const add = (query: string, slug: string) => {
    const key = lower(query);
    if (!holders.has(key)) holders.set(key, { query, slugs: new Set() });
    holders.get(key)!.slugs.add(slug);
  };
  for (const e of entries) {
    for (const key of exactKeys(e)) add(key, e.slug);
    if (names && e.officialName) add(e.officialName[locale], e.slug);
  }
  // A name that is also another entry's title (DeepSeek's "Server Error", OpenAI's "Server error")
  // is ambiguous: either entry is a right answer.
  for (const e of entries) holders.get(lower(e.title[locale]))?.slugs.add(e.slug);
  // Search matches prefixes by design, so a code that begins another entry's class name (`conflict`,
  // `ConflictError`) may lead to either; so may a name equal to the last part of another entry's
  // dotted class name (Gemini's `ApiError`, OpenAI's `OpenAI.APIError`).
  for (const [key, holder] of holders) {
    for (const e of entries) {
      if (
        exactKeys(e).some((k) => {
          const last = lower(k).split('.').pop()!;
          return last.startsWith(key);
        })
      )
        holder.slugs.add(e.slug);
    }
  }
  // Search matches words: a code that is a whole word of another entry's key or official name
  // (`content_filter` in `finish_reason content_filter`, `UNAVAILABLE` in `service_unavailable`,
  // `authentication` in DeepSeek's "Authentication Fails") may lead to that entry too.
  const words = (text: string) => {
    const whole = lower(text).split(/[^a-z0-9_]+/);
    return [...whole, ...whole.flatMap((w) => w.split('_'))];
  };
  for (const [key, holder] of holders) {
    for (const e of entries) {
      const texts = [...exactKeys(e), ...(e.officialName ? [e.officialName[locale]] : [])];
      if (texts.some((text) => lower(text) !== key && words(text).includes(key))) holder.slugs.add(e.slug);
    }
  }
  for (const { query, slugs } of holders.values()) {
    queries.push({ query, first: [...slugs].map((slug) => paths.entry(slug, locale)) });
  }
  return queries;
}
