/**
 * The one place that builds a URL of the site. Everything else calls these three forms:
 * - `routes.*`: the site path of a page or file, without the base path (`/zh-cn/errors/deepseek-402/`);
 * - `paths.*` / `href()`: the same path with the base path in front, for links inside the site;
 * - `absoluteUrl()`: the full public URL, for JSON, Markdown twins, llms.txt and copied links.
 * Nothing else concatenates a base path or an origin. Read from the environment, not from `astro:*`,
 * so that astro.config.mjs, endpoints and plain-Node tests share it.
 */
import type { Locale, Meaning, ProviderId } from './types.ts';

const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);

/** Site paths of the public URL contract (see the README's "Public URLs"), without the base path. */
export const routes = {
  home: (locale: Locale) => `${prefix(locale)}/`,
  table: (locale: Locale) => `${prefix(locale)}/errors/`,
  entry: (slug: string, locale: Locale) => `${prefix(locale)}/errors/${slug}/`,
  status: (status: number, locale: Locale) => `${prefix(locale)}/status/${status}/`,
  provider: (id: ProviderId, locale: Locale) => `${prefix(locale)}/providers/${id}/`,
  problems: (locale: Locale) => `${prefix(locale)}/problems/`,
  problem: (meaning: Meaning, locale: Locale) => `${prefix(locale)}/problems/${meaning}/`,
  diagnose: (locale: Locale) => `${prefix(locale)}/diagnose/`,
  triage: (locale: Locale) => `${prefix(locale)}/guides/triage/`,
  retries: (locale: Locale) => `${prefix(locale)}/guides/retries/`,
  streams: (locale: Locale) => `${prefix(locale)}/guides/streams/`,
  entryMarkdown: (slug: string, locale: Locale) => `${prefix(locale)}/errors/${slug}.md`,
  entryJson: (slug: string) => `/api/errors/${slug}.json`,
  catalogJson: () => '/api/errors.json',
  schemaJson: () => '/api/errors.schema.json',
  llmsTxt: () => '/llms.txt',
  lookupIndex: (locale: Locale) => `/lookup/${locale}.json`,
  /** The ticket summary of every table row, fetched when a row's summary is first copied. */
  ticketSummaries: (locale: Locale) => `/lookup/summaries/${locale}.json`,
};

/** The base path the site is served under (`BASE_PATH`, default `/`), without its trailing slash. */
export const basePath = (globalThis.process?.env?.BASE_PATH ?? '/').replace(/\/+$/, '');

/** The public origin (`SITE_URL`); canonical, hreflang, sitemap and copied URLs are built from it. */
export const siteOrigin = globalThis.process?.env?.SITE_URL ?? 'http://localhost:4321';

/** A site path as a link inside the site: the base path in front. */
export const href = (route: string) => basePath + route;

/** A site path as the full public URL. */
export const absoluteUrl = (route: string) => new URL(href(route), siteOrigin).href;

/** Every route as a link: `paths.entry(slug, locale)` is `href(routes.entry(slug, locale))`. */
export const paths = Object.fromEntries(
  Object.entries(routes).map(([name, route]) => [name, (...args: never[]) => href((route as Function)(...args))]),
) as typeof routes;
