/**
 * The site's UI strings (src/content/i18n/) for code that runs outside a page, where Starlight's
 * `Astro.locals.t` does not exist: endpoints (Markdown twins, lookup index) and plain-Node tests.
 * Same files, same `{{name}}` placeholders.
 */
import type { Locale } from '../catalog/index.ts';
import en from '../content/i18n/en.json' with { type: 'json' };
import zhCN from '../content/i18n/zh-CN.json' with { type: 'json' };

export type UiKey = keyof typeof en;
const strings: Record<Locale, Record<UiKey, string>> = { en, 'zh-cn': zhCN };

/** A UI string in one language, with `{{name}}` placeholders filled in. */
export const uiString = (locale: Locale, key: UiKey, vars: Record<string, string | number> = {}) =>
  strings[locale][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));

/** A translator for one language, shaped like Starlight's `t`. */
export const uiStrings =
  (locale: Locale) =>
  (key: UiKey, vars?: Record<string, string | number>): string =>
    uiString(locale, key, vars);
