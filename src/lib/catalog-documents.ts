/**
 * Builds the machine-readable catalog (`/api/errors.json`, `/api/errors/<slug>.json`): the facts of
 * src/catalog/ with the sentences of content/ in both languages, and absolute URLs.
 */
import {
  absoluteUrl,
  classInfo,
  entries,
  httpStatuses,
  locales,
  providers,
  routes,
  sdkClassForStatus,
  type ErrorEntry,
  type Localized,
} from '../catalog/index.ts';
import type {
  CatalogDocument,
  CatalogEntry,
  CatalogEntryDocument,
  CatalogProvider,
  CatalogStatus,
  EntryText,
} from './catalog-json.ts';
import { schemaVersion } from './catalog-json.ts';
import { prose, type Prose } from './prose.ts';

/** Both languages of a collection's file, and a field of them as a `Localized` value. */
async function bilingual<C extends 'errors' | 'statuses' | 'providers'>(collection: C, key: string | number) {
  const [en, zh] = (await Promise.all(locales.map((locale) => prose(collection, key, locale)))) as [Prose<C>, Prose<C>];
  const pick = <T>(get: (text: Prose<C>) => T): Localized<T> => ({ en: get(en), 'zh-cn': get(zh) });
  return { en, pick };
}

async function entryText(slug: string): Promise<EntryText> {
  const { en, pick } = await bilingual('errors', slug);
  return {
    summary: pick((t) => t.data.summary),
    cause: pick((t) => t.body),
    fix: pick((t) => t.data.fix),
    retry: pick((t) => t.data.retry),
    ...(en.data.distinguish ? { distinguish: pick((t) => t.data.distinguish!) } : {}),
    ...(en.data.notes ? { notes: pick((t) => t.data.notes!) } : {}),
  };
}

/** One entry as published: the catalog record, its sentences, the derived fields and its URLs. */
export async function entryRecord(entry: ErrorEntry): Promise<CatalogEntry> {
  const info = classInfo[entry.class];
  return {
    ...entry,
    ...(await entryText(entry.slug)),
    retryable: info.retryable,
    fault: info.fault,
    verdict: info.verdict,
    sdkClass: entry.http === null ? null : sdkClassForStatus(entry.http, entry.provider).slug,
    urls: {
      en: absoluteUrl(routes.entry(entry.slug, 'en')),
      'zh-cn': absoluteUrl(routes.entry(entry.slug, 'zh-cn')),
      json: absoluteUrl(routes.entryJson(entry.slug)),
      markdown: {
        en: absoluteUrl(routes.entryMarkdown(entry.slug, 'en')),
        'zh-cn': absoluteUrl(routes.entryMarkdown(entry.slug, 'zh-cn')),
      },
    },
  };
}

/**
 * The build time, once per build. `SOURCE_DATE_EPOCH` (seconds), when set, pins it for reproducible output.
 */
const buildTime = (() => {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return (Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date()).toISOString();
})();

/** The whole catalog document of `/api/errors.json`. */
export async function catalogDocument(): Promise<CatalogDocument> {
  const withProviderText = async (provider: (typeof providers)[number]): Promise<CatalogProvider> => {
    const { pick } = await bilingual('providers', provider.id);
    return {
      ...provider,
      summary: pick((t) => t.data.summary),
      envelope: pick((t) => t.body),
      requestId: pick((t) => t.data.requestId),
      retryHeaders: pick((t) => t.data.retryHeaders),
      sdkDefaults: pick((t) => t.data.sdkDefaults),
    };
  };
  const withStatusText = async (status: (typeof httpStatuses)[number]): Promise<CatalogStatus> => {
    const { pick } = await bilingual('statuses', status.status);
    return {
      ...status,
      meaning: pick((t) => t.data.meaning),
      llm: pick((t) => t.body),
    };
  };
  return {
    schemaVersion,
    generated: buildTime,
    site: absoluteUrl('/'),
    entries: await Promise.all(entries.map(entryRecord)),
    providers: await Promise.all(providers.map(withProviderText)),
    statuses: await Promise.all(httpStatuses.map(withStatusText)),
  };
}

/** The document of `/api/errors/<slug>.json`. */
export async function entryDocument(entry: ErrorEntry): Promise<CatalogEntryDocument> {
  return { schemaVersion, entry: await entryRecord(entry) };
}

/** A JSON response, pretty-printed so people can read it too (the files are compressed on the wire). */
export const jsonResponse = (data: unknown, contentType = 'application/json') =>
  new Response(JSON.stringify(data, null, 2) + '\n', {
    headers: { 'content-type': `${contentType}; charset=utf-8` },
  });
