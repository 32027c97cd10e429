/**
 * Guessable URLs, all derived from the catalog:
 * - `/errors/<http>/` → `/status/<http>/`;
 * - `/errors/<alias>/` → the entry, for every machine code, SDK class name and legacy alias, in
 *   kebab-case (`/errors/invalid-request-error/`, `/errors/insufficient-quota/`). An alias shared by
 *   several entries leads to the error table filtered by it, where all of them are listed.
 * Route paths, without the base path. Used by astro.config.mjs (meta-refresh pages) and written
 * as `_redirects` (with the base path) for hosts that serve real 301s.
 */
import {
  catalogStatuses,
  entries,
  entryNames,
  href,
  locales,
  routes as paths,
  type ErrorEntry,
} from '../catalog/index.ts';

/** `openai.error.InvalidRequestError` → `invalid-request-error`; `insufficient_quota` → `insufficient-quota`. */
export const kebab = (name: string) =>
  name
    .split('.')
    .pop()!
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/[_\s]+/g, '-')
    .toLowerCase();

/** The names that can be a path segment: machine codes, class names and aliases made of word characters. */
const aliasNames = (e: ErrorEntry) => entryNames(e, ['code', 'class', 'alias']).filter((n) => /^[\w.]+$/.test(n));

export interface Redirect {
  from: string;
  to: string;
  /** What the alias is: a status, an alias of one entry, or an alias several entries share. */
  kind: 'status' | 'alias' | 'shared-alias';
}

export function catalogRedirects(): Redirect[] {
  const holders = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const name of aliasNames(e)) {
      const key = kebab(name);
      if (!holders.has(key)) holders.set(key, new Set());
      holders.get(key)!.add(e.slug);
    }
  }
  const slugs = new Set(entries.map((e) => e.slug));
  return locales.flatMap((locale) => [
    ...catalogStatuses.map((s) => ({
      from: `${paths.table(locale)}${s}/`,
      to: paths.status(s, locale),
      kind: 'status' as const,
    })),
    ...[...holders]
      .filter(([key]) => !slugs.has(key) && !/^\d+$/.test(key))
      .map(([key, owners]) =>
        owners.size === 1
          ? { from: `${paths.table(locale)}${key}/`, to: paths.entry([...owners][0]!, locale), kind: 'alias' as const }
          : {
              from: `${paths.table(locale)}${key}/`,
              // The table's filter ignores punctuation, so the kebab key finds every spelling.
              to: `${paths.table(locale)}?q=${key}`,
              kind: 'shared-alias' as const,
            },
      ),
  ]);
}

/** The same redirects in the `_redirects` format of Netlify and Cloudflare Pages (real 301s). */
export const redirectsFile = () =>
  catalogRedirects()
    .map((r) => `${href(r.from)} ${href(r.to)} 301`)
    .join('\n') + '\n';
