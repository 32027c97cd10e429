/**
 * The front matter of the prose collections, one Zod schema each. Plain TypeScript (no `astro:*`),
 * so src/content.config.ts, the prose check of the build and plain-Node tests share it.
 * Every value is Markdown (inline code, links, emphasis); strict objects, so a misspelt field fails.
 */
import { z } from 'astro/zod';

const sentence = z.string().trim().min(1, 'is empty');

/** `content/errors/{en,zh-cn}/<slug>.md`; the body explains what happened. */
export const errorProseSchema = z.strictObject({
  /** One sentence: what happened. Also the page's description and the lead of its twin. */
  summary: sentence,
  /** How to retry, or why not to. The yes/no verdict itself comes from the failure class. */
  retry: sentence,
  /** Exact steps to fix, in order; the same number in both languages. */
  fix: z.array(sentence).min(1, 'has no steps'),
  /** How to tell it apart from the other errors with its status. Required when it shares one. */
  distinguish: sentence.optional(),
  /** Further facts worth knowing (limits, history, provider quirks). */
  notes: sentence.optional(),
});

/** `content/statuses/{en,zh-cn}/<status>.md`; the body says what the status means at LLM APIs. */
export const statusProseSchema = z.strictObject({
  /** What the status means in general, one or two sentences. */
  meaning: sentence,
});

/** `content/providers/{en,zh-cn}/<id>.md`; the body describes the error envelope. */
export const providerProseSchema = z.strictObject({
  /** One paragraph: who they are and what the site covers of them. */
  summary: sentence,
  /** Where the request id is and what to give support. */
  requestId: sentence,
  /** Which retry-related headers the provider sends. */
  retryHeaders: sentence,
  /** What the official SDKs do by default when this provider fails. */
  sdkDefaults: sentence,
});

/**
 * `content/problems/{en,zh-cn}/<meaning>.md`; the body states the traps across providers. The page
 * title is the meaning's UI string (`meaning.<meaning>` in src/content/i18n/), shared with the sidebar
 * and the table's filter.
 */
export const problemProseSchema = z.strictObject({
  /** What it means, once, for every provider; also the page's description. */
  summary: sentence,
  /** What to do, in order; the same number in both languages. */
  todo: z.array(sentence).min(1, 'has no steps'),
  /** The words people type for it in this language (余额不足, out of credits), for search. */
  searchWords: z
    .array(
      sentence.refine(
        (words) => !/^\d{3}$|_|[a-z][A-Z]/.test(words),
        'is a status, code or class name, which search already leads to its own page; give the words people type',
      ),
    )
    .min(2, 'needs at least two'),
});

export type ErrorProse = z.infer<typeof errorProseSchema>;
export type StatusProse = z.infer<typeof statusProseSchema>;
export type ProviderProse = z.infer<typeof providerProseSchema>;

export const proseSchemas = {
  errors: errorProseSchema,
  statuses: statusProseSchema,
  providers: providerProseSchema,
  problems: problemProseSchema,
};
export type ProseCollection = keyof typeof proseSchemas;
