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
  paths,
  providerById,
  statusInfo,
  verdictLabel,
  type ErrorEntry,
  type Locale,
} from '../catalog/index.ts';
import type { LookupEntry, LookupIndex } from './lookup.ts';

/** The names a person may type for an entry, exactly: machine codes, class names, aliases, official names. */
export function exactKeys(e: ErrorEntry): string[] {
  return [e.machine?.code, e.sdk?.python, e.sdk?.node, ...e.aliases].filter((k): k is string => !!k);
}

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
    classLabel: info.label[locale],
    retryable: info.retryable,
    verdict: verdictLabel[info.verdict][locale],
    keys: exactKeys(e),
    types: e.machine?.type ? [e.machine.type] : [],
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
