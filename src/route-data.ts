/**
 * Starlight route middleware (https://starlight.astro.build/guides/route-data/): puts the current
 * provider's entries into its sidebar group. The configured sidebar (astro.config.mjs) holds only the
 * top-level pages, one overview link per provider and the status hubs, so a page's size does not grow
 * with the catalog; an entry page or provider page also lists its own provider's errors.
 */
import { defineRouteMiddleware, type StarlightRouteData } from '@astrojs/starlight/route-data';
import {
  basePath,
  entriesOfProvider,
  entryBySlug,
  entryHeading,
  locales,
  paths,
  type ErrorEntry,
} from './catalog/index.ts';
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
    attrs: { title: entryHeading(e, locale) },
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
  const target = route.sidebar.find(
    (e) => e.type === 'group' && e.entries.some((l) => l.type === 'link' && l.href === overview),
  );
  if (!target || target.type !== 'group') return;

  const current = context.url.pathname;
  const own = sidebarEntries(entriesOfProvider(provider), entry);
  const api = own.filter((e) => !e.sdk).map((e) => link(e, locale, current));
  const sdk = own.filter((e) => e.sdk).map((e) => link(e, locale, current));
  target.collapsed = false;
  target.entries = [
    ...target.entries,
    ...(sdk.length && api.length
      ? [group(uiString(locale, 'nav.apiErrors'), api), group(uiString(locale, 'nav.sdkExceptions'), sdk)]
      : [...api, ...sdk]),
  ];

  // Previous and next follow the sidebar, which Starlight read before this middleware ran.
  const flat = links(route.sidebar);
  const at = flat.findIndex((l) => l.isCurrent);
  if (at >= 0) route.pagination = { prev: flat[at - 1], next: flat[at + 1] };
});
