/**
 * The error catalog: every fact the site shows, assembled from the files in this folder and
 * validated on import, so a bad entry stops the build with a message naming entry and field.
 */
import { classInfo } from './classes.ts';
import { deepseekEntries } from './entries/deepseek.ts';
import { gatewayEntries } from './entries/gateway.ts';
import { openaiApiEntries } from './entries/openai-api.ts';
import { openaiSdkEntries } from './entries/openai-sdk.ts';
import { providers } from './providers.ts';
import { httpStatuses } from './statuses.ts';
import type { ErrorEntry, Locale, Provider, ProviderId } from './types.ts';
import { assertValidCatalog } from './validate.ts';

export * from './types.ts';
export { classForStatus, classInfo, faultLabel, verdictLabel } from './classes.ts';
export type { Fault, RetryVerdict } from './classes.ts';
export { httpStatuses } from './statuses.ts';
export type { HttpStatusInfo } from './statuses.ts';
export { providers };

export const entries: ErrorEntry[] = [...deepseekEntries, ...openaiApiEntries, ...openaiSdkEntries, ...gatewayEntries];

assertValidCatalog({ entries, providers, statuses: httpStatuses });

/** The BCP-47 tag Starlight uses for each locale key. */
export const langTag: Record<Locale, string> = { en: 'en', 'zh-cn': 'zh-CN' };

/** Every HTTP status that at least one entry has, ascending: one hub page each. */
export const catalogStatuses: number[] = [...new Set(entries.flatMap((e) => (e.http === null ? [] : [e.http])))].sort(
  (a, b) => a - b,
);

export function entryBySlug(slug: string): ErrorEntry | undefined {
  return entries.find((e) => e.slug === slug);
}

export function providerById(id: ProviderId): Provider {
  const provider = providers.find((p) => p.id === id);
  if (!provider) throw new Error(`No provider record for "${id}" in src/catalog/providers.ts`);
  return provider;
}

export function statusInfo(status: number) {
  const info = httpStatuses.find((s) => s.status === status);
  if (!info) throw new Error(`No description of HTTP ${status} in src/catalog/statuses.ts`);
  return info;
}

export const entriesWithStatus = (status: number) => entries.filter((e) => e.http === status);
export const entriesOfProvider = (id: ProviderId) => entries.filter((e) => e.provider === id);
export const isRetryable = (entry: ErrorEntry) => classInfo[entry.class].retryable;

/**
 * The OpenAI SDK exception class raised for an HTTP status, as the SDKs map it: the class whose
 * `sdk.statuses` lists the status, `InternalServerError` for any other 5xx, else `APIStatusError`.
 */
export function sdkClassForStatus(status: number): ErrorEntry {
  const sdkEntries = entries.filter((e) => e.sdk);
  const exact = sdkEntries.find((e) => e.sdk!.statuses.includes(status));
  const fallback = status >= 500 ? 'openai-sdk-internal-server-error' : 'openai-sdk-api-status-error';
  return exact ?? sdkEntries.find((e) => e.slug === fallback)!;
}

/** Status codes the official OpenAI SDKs retry by themselves (openai-python `_should_retry`, openai-node `shouldRetry`). */
export const sdkRetriesStatus = (status: number) => [408, 409, 429].includes(status) || status >= 500;

/** Route paths (trailing slash, without the base path) of the public URL contract, DESIGN.md §2. */
const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);
export const routes = {
  home: (locale: Locale) => `${prefix(locale)}/`,
  table: (locale: Locale) => `${prefix(locale)}/errors/`,
  entry: (slug: string, locale: Locale) => `${prefix(locale)}/errors/${slug}/`,
  status: (status: number, locale: Locale) => `${prefix(locale)}/status/${status}/`,
  provider: (id: ProviderId, locale: Locale) => `${prefix(locale)}/providers/${id}/`,
  diagnose: (locale: Locale) => `${prefix(locale)}/diagnose/`,
  triage: (locale: Locale) => `${prefix(locale)}/guides/triage/`,
  retries: (locale: Locale) => `${prefix(locale)}/guides/retries/`,
};

/**
 * The base path the site is served under (`BASE_PATH`, default `/`), without its trailing slash.
 * Read from the environment, not from `astro:*`, so this module also loads outside Astro.
 */
export const basePath = (globalThis.process?.env?.BASE_PATH ?? '/').replace(/\/+$/, '');

/** The same paths as links: with the base path in front. */
export const paths = Object.fromEntries(
  Object.entries(routes).map(([name, route]) => [
    name,
    (...args: Parameters<typeof route>) => basePath + (route as (...a: typeof args) => string)(...args),
  ]),
) as typeof routes;

/** The one machine name that identifies an entry: its `code`, else its `type`, else its SDK class. */
export const machineName = (entry: ErrorEntry): string | null =>
  entry.machine?.code ?? entry.machine?.type ?? entry.sdk?.python ?? entry.sdk?.node ?? null;

/** The display heading of an entry: provider, status and title ("DeepSeek 402 Insufficient Balance"). */
export function entryHeading(entry: ErrorEntry, locale: Locale): string {
  const provider = providerById(entry.provider).name[locale];
  if (entry.sdk) return `${provider} SDK ${entry.title[locale]}`;
  return `${provider} ${entry.http} ${entry.title[locale]}`;
}

/** Every HTML route the catalog generates, in both locales (for link checks and tests). */
export function generatedPaths(): string[] {
  return (['en', 'zh-cn'] as const).flatMap((locale) => [
    routes.table(locale),
    ...entries.map((e) => routes.entry(e.slug, locale)),
    ...catalogStatuses.map((s) => routes.status(s, locale)),
    ...providers.map((p) => routes.provider(p.id, locale)),
    routes.diagnose(locale),
  ]);
}
