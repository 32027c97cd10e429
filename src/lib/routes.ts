import { locales, type Locale } from '../catalog/index.ts';

/** The `[...locale]` route parameter: nothing for English at the root, `zh-cn` for Chinese. */
export const localeParam = (locale: Locale) => (locale === 'en' ? undefined : locale);

/**
 * The static paths of a `[...locale]` route: once per language, times each item given. The page's
 * language is then read from the route (src/lib/page-locale.ts), not passed as a prop.
 */
export const perLocale = <P extends Record<string, string>, T = undefined>(items: { params: P; props: T }[] = []) =>
  locales.flatMap((locale) =>
    (items.length ? items : [{ params: {} as P, props: undefined as T }]).map(({ params, props }) => ({
      params: { locale: localeParam(locale), ...params },
      props,
    })),
  );
