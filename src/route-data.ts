/**
 * Starlight route middleware (https://starlight.astro.build/guides/route-data/): on a provider's own
 * pages, turns that provider's link in the sidebar into an open group of its overview and entries.
 * The configured sidebar (astro.config.mjs) holds only the top-level pages and one link per
 * provider, meaning and status, so a page's size does not grow with the catalog.
 */
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import { basePath, entriesOfProvider, entryBySlug, locales, paths, type ErrorEntry } from './catalog/index.ts';
import type { Locale, ProviderId } from './catalog/types.ts';
import { sidebarEntries } from './lib/sidebar-entries.ts';
import { uiString } from './lib/ui-strings.ts';

type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

/** The provider a page belongs to, and its entry, from its path (`/zh-cn/errors/<slug>/`, `/providers/<id>/`). */
function providerOfPage(pathname: string): { provider: ProviderId; locale: Locale; entry?: ErrorEntry } | undefined {
  const path = pathname.slice(basePath.length);
  const [, first, ...rest] = path.split('/');
  const locale = locales.find((l) => l !== 'en' && l === first) ?? 'en';
  const [section, key] = locale === 'en' ? [first, rest[0]] : rest;
  if (section === 'errors' && key) {
    const entry = entryBySlug(key);
    return entry && { provider: entry.provider, locale, entry };
  }
  if (section === 'providers' && key) return { provider: key as ProviderId, locale };
  return undefined;
}

const link = (e: ErrorEntry, locale: Locale, current: string): SidebarLink => {
  const href = paths.entry(e.slug, locale);
  return {
    type: 'link',
    label: e.sdk ? e.title[locale] : `${e.http} ${e.title[locale]}`,
    href,
    isCurrent: href === current,
    badge: undefined,
    attrs: {},
  };
};

const group = (label: string, entries: SidebarEntry[]): SidebarEntry => ({
  type: 'group',
  label,
  entries,
  collapsed: false,
  badge: undefined,
});

const links = (entries: SidebarEntry[]): SidebarLink[] =>
  entries.flatMap((e) => (e.type === 'link' ? [e] : links(e.entries)));

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const page = providerOfPage(context.url.pathname);
  if (!page) return;
  const { provider, locale, entry } = page;
  const overview = paths.provider(provider, locale);
  const providersGroup = route.sidebar.find(
    (e) => e.type === 'group' && e.entries.some((l) => l.type === 'link' && l.href === overview),
  );
  if (!providersGroup || providersGroup.type !== 'group') return;
  const at = providersGroup.entries.findIndex((l) => l.type === 'link' && l.href === overview);
  const providerLink = providersGroup.entries[at] as SidebarLink;

  const current = context.url.pathname;
  const own = sidebarEntries(entriesOfProvider(provider), entry);
  const api = own.filter((e) => !e.sdk).map((e) => link(e, locale, current));
  const sdk = own.filter((e) => e.sdk).map((e) => link(e, locale, current));
  providersGroup.collapsed = false;
  providersGroup.entries[at] = group(providerLink.label, [
    { ...providerLink, label: uiString(locale, 'nav.overview') },
    ...(sdk.length && api.length
      ? [group(uiString(locale, 'nav.apiErrors'), api), group(uiString(locale, 'nav.sdkExceptions'), sdk)]
      : [...api, ...sdk]),
  ]);

  // Previous and next follow the sidebar, which Starlight read before this middleware ran.
  const flat = links(route.sidebar);
  const here = flat.findIndex((l) => l.isCurrent);
  if (here >= 0) route.pagination = { prev: flat[here - 1], next: flat[here + 1] };
});
