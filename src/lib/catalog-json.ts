/**
 * The catalog as JSON for tools (DESIGN.md §2: `/api/errors.json`, `/api/errors/<slug>.json`), built
 * from the catalog at build time. The exported types below are also the source of
 * `/api/errors.schema.json`: the schema is generated from them, so the JSON and its schema cannot drift.
 */
import {
  classInfo,
  entries,
  httpStatuses,
  paths,
  providers,
  sdkClassForStatus,
  type ErrorEntry,
  type Fault,
  type HttpStatusInfo,
  type Locale,
  type Localized,
  type Provider,
  type RetryVerdict,
} from '../catalog/index.ts';

/** Bumped only when a change to the documents would break a reader (a field removed, renamed or retyped). */
export const schemaVersion = 1;

/** Where an entry lives on the site. Absolute when the site URL is configured, else root-relative. */
export interface EntryUrls extends Localized {
  /** The entry alone as JSON (`/api/errors/<slug>.json`). */
  json: string;
  /** The Markdown twin of the page in each language (`/errors/<slug>.md`, `/zh-cn/errors/<slug>.md`). */
  markdown: Localized;
}

/** One catalog entry with every catalog field (both languages) plus what the site derives from it. */
export interface CatalogEntry extends ErrorEntry {
  /** Whether retrying can help at all (derived from `class`). */
  retryable: boolean;
  /** Whose side the failure is on (derived from `class`). */
  fault: Fault;
  /** How to react, in one word (derived from `class`). */
  verdict: RetryVerdict;
  /**
   * Slug of the entry of the exception class the official OpenAI SDKs raise for this HTTP status
   * (also when they talk to DeepSeek or the gateway), or `null` when the entry has no HTTP status.
   */
  sdkClass: string | null;
  urls: EntryUrls;
}

/** `/api/errors.json`: the whole catalog. */
export interface CatalogDocument {
  schemaVersion: 1;
  /**
   * When the site was built (ISO 8601 date and time, UTC).
   * @pattern ^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$
   */
  generated: string;
  /** Absolute URL of the site root (with its base path), or `null` when the build has no site URL. */
  site: string | null;
  entries: CatalogEntry[];
  providers: Provider[];
  /** Every HTTP status the catalog describes. */
  statuses: HttpStatusInfo[];
}

/** `/api/errors/<slug>.json`: one entry. */
export interface CatalogEntryDocument {
  schemaVersion: 1;
  entry: CatalogEntry;
}

/** Where the site is served: `site` from the Astro config (may be unset) and the base path (`/` or `/docs/`). */
export interface SiteLocation {
  site: URL | string | null | undefined;
  base: string;
}

/** Turns a site path (`/errors/x/`, without the base) into the public URL: absolute when `site` is known. */
export function siteUrl({ site, base }: SiteLocation, path: string): string {
  const rooted = base.replace(/\/+$/, '') + path;
  return site ? new URL(rooted, site).href : rooted;
}

/** The site root (`https://example.com/docs/`), or `null` without a site URL. */
export const siteRoot = (where: SiteLocation): string | null => (where.site ? siteUrl(where, '/') : null);

/** Site paths (no base) of the machine-readable twins of an entry. */
export const dataPaths = {
  catalog: () => '/api/errors.json',
  schema: () => '/api/errors.schema.json',
  entryJson: (slug: string) => `/api/errors/${slug}.json`,
  entryMarkdown: (slug: string, locale: Locale) => `${locale === 'en' ? '' : `/${locale}`}/errors/${slug}.md`,
  llmsTxt: () => '/llms.txt',
};

/** One entry as published: the catalog record as is, then the derived fields and its URLs. */
export function entryRecord(entry: ErrorEntry, where: SiteLocation): CatalogEntry {
  const info = classInfo[entry.class];
  const url = (path: string) => siteUrl(where, path);
  return {
    ...entry,
    retryable: info.retryable,
    fault: info.fault,
    verdict: info.verdict,
    sdkClass: entry.http === null ? null : sdkClassForStatus(entry.http).slug,
    urls: {
      en: url(paths.entry(entry.slug, 'en')),
      'zh-cn': url(paths.entry(entry.slug, 'zh-cn')),
      json: url(dataPaths.entryJson(entry.slug)),
      markdown: {
        en: url(dataPaths.entryMarkdown(entry.slug, 'en')),
        'zh-cn': url(dataPaths.entryMarkdown(entry.slug, 'zh-cn')),
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
export function catalogDocument(where: SiteLocation): CatalogDocument {
  return {
    schemaVersion,
    generated: buildTime,
    site: siteRoot(where),
    entries: entries.map((entry) => entryRecord(entry, where)),
    providers,
    statuses: httpStatuses,
  };
}

/** The document of `/api/errors/<slug>.json`. */
export function entryDocument(entry: ErrorEntry, where: SiteLocation): CatalogEntryDocument {
  return { schemaVersion, entry: entryRecord(entry, where) };
}

/** A JSON response, pretty-printed so people can read it too (the files are compressed on the wire). */
export const jsonResponse = (data: unknown, contentType = 'application/json') =>
  new Response(JSON.stringify(data, null, 2) + '\n', {
    headers: { 'content-type': `${contentType}; charset=utf-8` },
  });
