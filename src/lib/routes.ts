import { locales, type Locale } from '../catalog/index.ts';

/** The `[...locale]` route parameter: nothing for English at the root, `zh-cn` for Chinese. */
export const localeParam = (locale: Locale) => (locale === 'en' ? undefined : locale);

/** One static path per locale, for pages that exist once per language. */
export const perLocale = () =>
  locales.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
