/**
 * Builds the quick lookup's index for one language from the catalog, at build time
 * (served as /lookup/<locale>.json). Only what the lookup matches on and shows is included.
 */
import {
  catalogStatuses,
  classInfo,
  entries,
  entriesWithStatus,
  entryHeading,
  entryNames,
  paths,
  providerById,
  statusInfo,
  type ErrorEntry,
  type Locale,
} from '../catalog/index.ts';
import type { LookupEntry, LookupIndex } from './lookup.ts';
import { uiString } from './ui-strings.ts';

/** The names a person may type for an entry, exactly: machine codes, class names and aliases. */
export const exactKeys = (e: ErrorEntry) => entryNames(e, ['code', 'class', 'alias']);

function lookupEntry(e: ErrorEntry, locale: Locale): LookupEntry {
  const info = classInfo[e.class];
  return {
    slug: e.slug,
    url: paths.entry(e.slug, locale),
    heading: entryHeading(e, locale),
    provider: providerById(e.provider).name[locale],
    status: e.http,
    statuses: e.sdk?.statuses ?? [],
    cls: e.class,
    classLabel: uiString(locale, `class.${e.class}.label`),
    retryable: info.retryable,
    verdict: uiString(locale, `verdict.${info.verdict}`),
    keys: exactKeys(e),
    types: entryNames(e, ['type']),
    names: [e.officialName?.en, e.officialName?.['zh-cn'], e.title.en, e.title['zh-cn']].filter(
      (k): k is string => !!k,
    ),
  };
}

export function buildLookupIndex(locale: Locale): LookupIndex {
  return {
    statuses: catalogStatuses.map((s) => ({
      status: s,
      url: paths.status(s, locale),
      name: statusInfo(s).name[locale],
      count: entriesWithStatus(s).length,
    })),
    entries: entries.map((e) => lookupEntry(e, locale)),
  };
}
