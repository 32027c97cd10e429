import { locales, type Locale } from '../catalog/index.ts';

/**
 * The language of the page being rendered, from its route: Astro's `currentLocale`, which Starlight's
 * i18n configuration sets from the first path segment (`zh-CN` for `/zh-cn/…`). Components call this
 * instead of taking a `locale` prop, so a Chinese page cannot render an English component by mistake.
 */
export function pageLocale(astro: { currentLocale?: string | undefined }): Locale {
  const current = astro.currentLocale?.toLowerCase();
  return locales.find((locale) => locale === current) ?? 'en';
}
