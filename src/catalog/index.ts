/**
 * The error catalog: every fact the site shows, assembled from the files in this folder and
 * validated on import, so a bad entry stops the build with a message naming entry and field.
 */
import { alibabaEntries } from './entries/alibaba.ts';
import { azureOpenaiEntries } from './entries/azure-openai.ts';
import { anthropicApiEntries } from './entries/anthropic-api.ts';
import { anthropicSdkEntries } from './entries/anthropic-sdk.ts';
import { anthropicStreamEntries } from './entries/anthropic-streams.ts';
import { deepseekEntries } from './entries/deepseek.ts';
import { gatewayEntries } from './entries/gateway.ts';
import { minimaxApiEntries } from './entries/minimax-api.ts';
import { moonshotApiEntries } from './entries/moonshot-api.ts';
import { mistralApiEntries } from './entries/mistral-api.ts';
import { mistralSdkEntries } from './entries/mistral-sdk.ts';
import { geminiEntries } from './entries/gemini.ts';
import { groqApiEntries } from './entries/groq-api.ts';
import { groqSdkEntries } from './entries/groq-sdk.ts';
import { openaiAccessEntries } from './entries/openai-api-access.ts';
import { openaiBillingEntries } from './entries/openai-api-billing.ts';
import { openaiLimitEntries } from './entries/openai-api-limits.ts';
import { openaiRequestEntries } from './entries/openai-api-requests.ts';
import { openaiSdkEntries } from './entries/openai-sdk.ts';
import { openaiStreamEntries } from './entries/openai-api-streams.ts';
import { openrouterEntries } from './entries/openrouter.ts';
import { qianfanApiEntries } from './entries/qianfan-api.ts';
import { qianfanLegacyEntries } from './entries/qianfan-legacy.ts';
import { zhipuApiEntries } from './entries/zhipu-api.ts';
import { zhipuSdkEntries } from './entries/zhipu-sdk.ts';
import { siliconflowEntries } from './entries/siliconflow.ts';
import { volcengineEntries } from './entries/volcengine.ts';
import { providers } from './providers.ts';
import { httpStatuses } from './statuses.ts';
import { meanings, type ErrorEntry, type Locale, type Meaning, type Provider, type ProviderId } from './types.ts';
import { routes } from './urls.ts';
import { assertValidCatalog } from './validate.ts';

export * from './types.ts';
export { classForStatus, classInfo, faults, retryVerdicts } from './classes.ts';
export type { ClassInfo, Fault, RetryVerdict } from './classes.ts';
export { httpStatuses } from './statuses.ts';
export { sdkFamilies, sdkRetriesStatus, sdkRetry, type SdkFamily, type SdkRetry } from './sdk-retry.ts';
export type { HttpStatusInfo } from './statuses.ts';
export { providers };
export { absoluteUrl, basePath, href, paths, routes, siteOrigin } from './urls.ts';

// Order matters only for ties: when a paste says no more than status and provider, the diagnose
// tool names the first entry of that status, so each provider's most common error comes first
// (OpenAI's rate limit before its billing 429s).
export const entries: ErrorEntry[] = [
  ...deepseekEntries,
  ...openaiRequestEntries,
  ...openaiAccessEntries,
  ...openaiLimitEntries,
  ...openaiBillingEntries,
  ...openaiStreamEntries,
  ...openaiSdkEntries,
  ...gatewayEntries,
  ...azureOpenaiEntries,
  ...openrouterEntries,
  ...mistralApiEntries,
  ...mistralSdkEntries,
  ...geminiEntries,
  ...groqApiEntries,
  ...groqSdkEntries,
  ...anthropicApiEntries,
  ...anthropicStreamEntries,
  ...anthropicSdkEntries,
  ...qianfanApiEntries,
  ...qianfanLegacyEntries,
  ...alibabaEntries,
  ...zhipuApiEntries,
  ...zhipuSdkEntries,
  ...minimaxApiEntries,
  ...siliconflowEntries,
  ...volcengineEntries,
  ...moonshotApiEntries,
];

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
export const entriesWithMeaning = (meaning: Meaning) => entries.filter((e) => e.meaning === meaning);

/**
 * The SDK exception class raised for an HTTP status, as the SDKs map it: the class whose `sdk.statuses`
 * lists the status, `InternalServerError` for any other 5xx, else `APIStatusError`. Anthropic errors
 * reach Anthropic's SDKs; every other provider here is called through the OpenAI SDKs (the default).
 * A failure reported inside a 200 response has no status class: when an SDK raises anything for it (an
 * error event in a stream), it is the base `APIError` or one of its subclasses.
 */
export function sdkClassForStatus(status: number, provider: ProviderId = 'openai'): ErrorEntry {
  const family = provider === 'anthropic' ? 'anthropic' : 'openai';
  const sdkEntries = entries.filter((e) => e.sdk && e.provider === family);
  if (status < 400) return sdkEntries.find((e) => e.slug === `${family}-sdk-api-error`)!;
  const exact = sdkEntries.find((e) => e.sdk!.statuses.includes(status));
  const fallback = `${family}-sdk-${status >= 500 ? 'internal-server-error' : 'api-status-error'}`;
  return exact ?? sdkEntries.find((e) => e.slug === fallback)!;
}

/** The one machine name that identifies an entry: its `code`, else its gRPC `status`, else its `type`, else its SDK class. */
export const machineName = (entry: ErrorEntry): string | null =>
  entry.machine?.code ?? entry.machine?.status ?? entry.machine?.type ?? entry.sdk?.python ?? entry.sdk?.node ?? null;

/** What a name of an entry is: the kinds of `entryNames`. */
export type EntryNameKind = 'code' | 'type' | 'class' | 'alias';

/**
 * Every name of an entry that people type or paste, in one list: its machine `code` and `type`, its
 * SDK class names and its aliases. Search metadata, the quick lookup, the redirects, the diagnose
 * index and the table filter all read this list, each taking the kinds it needs.
 */
export function entryNames(entry: ErrorEntry, kinds?: EntryNameKind[]): string[] {
  const named: [EntryNameKind, string | null | undefined][] = [
    ['code', entry.machine?.code],
    // Google's gRPC status name (`RESOURCE_EXHAUSTED`) is what people search for, like a code.
    ['code', entry.machine?.status],
    ['type', entry.machine?.type],
    ['class', entry.sdk?.python],
    ['class', entry.sdk?.node],
    ...entry.aliases.map((alias): [EntryNameKind, string] => ['alias', alias]),
  ];
  const names = named.filter(([kind, name]) => !!name && (!kinds || kinds.includes(kind))).map(([, name]) => name!);
  return [...new Set(names)];
}

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
    routes.problems(locale),
    ...meanings.map((m) => routes.problem(m, locale)),
    routes.diagnose(locale),
  ]);
}
