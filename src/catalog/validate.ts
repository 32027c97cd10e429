import { failureClasses, locales, meanings, providerIds } from './types.ts';
import type { ErrorEntry, Localized, Provider } from './types.ts';
import type { HttpStatusInfo } from './statuses.ts';

export interface CatalogData {
  entries: ErrorEntry[];
  providers: Provider[];
  statuses: HttpStatusInfo[];
}

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks every invariant of the catalog and returns one message per problem, each naming the
 * entry, the field and the fix. An empty array means the catalog is valid.
 */
export function validateCatalog({ entries, providers, statuses }: CatalogData): string[] {
  const problems: string[] = [];
  const slugs = new Set<string>();
  const knownStatuses = new Set(statuses.map((s) => s.status));
  const aliasOwner = new Map<string, string>();

  for (const [index, entry] of entries.entries()) {
    const name = typeof entry.slug === 'string' && entry.slug ? `"${entry.slug}"` : `#${index}`;
    const report = (field: string, problem: string, fix: string) =>
      problems.push(`catalog entry ${name}, field "${field}": ${problem} — ${fix}`);

    if (!kebab.test(entry.slug ?? '')) {
      report('slug', `"${entry.slug}" is not lowercase kebab-case`, 'use a slug like "deepseek-402"');
    } else if (slugs.has(entry.slug)) {
      report('slug', 'is used by another entry', 'slugs are unique and permanent; choose a new one for the new entry');
    }
    slugs.add(entry.slug);

    if (!providerIds.includes(entry.provider)) {
      report('provider', `"${entry.provider}" is not a known provider`, `use one of ${providerIds.join(', ')}`);
    }
    if (!failureClasses.includes(entry.class)) {
      report('class', `"${entry.class}" is not a failure class`, `use one of ${failureClasses.join(', ')}`);
    }

    if (entry.meaning !== undefined && !meanings.includes(entry.meaning)) {
      report('meaning', `"${entry.meaning}" is not a meaning`, `use one of ${meanings.join(', ')}`);
    } else if (entry.meaning === undefined && entry.http !== null) {
      report('meaning', 'is missing', `say what went wrong with one of ${meanings.join(', ')}`);
    }

    if (entry.http !== null) {
      // 200: the call succeeded but the body carries no answer (a blocked prompt or response), or the
      // failure arrived after `200 OK`, inside a stream.
      if (!Number.isInteger(entry.http) || (entry.http !== 200 && (entry.http < 400 || entry.http > 599))) {
        report(
          'http',
          `${entry.http} is not an HTTP error status`,
          'use a 4xx or 5xx status, 200 for a failure reported inside a successful response or stream, or null for SDK errors',
        );
      } else if (!knownStatuses.has(entry.http)) {
        report('http', `${entry.http} has no description in statuses.ts`, 'add the status to src/catalog/statuses.ts');
      }
    }

    // Slugs: <provider>-<http> when the status alone tells the errors apart, <provider>-<http>-<variant>
    // when one status has several meanings, <provider>-sdk-<class> for SDK exception classes.
    if (entry.sdk) {
      if (!entry.slug.startsWith(`${entry.provider}-sdk-`)) {
        report(
          'slug',
          'an SDK exception entry must be named <provider>-sdk-<class>',
          `rename to "${entry.provider}-sdk-…"`,
        );
      }
      if (entry.http !== null)
        report(
          'http',
          'SDK exception entries have no single status',
          'set http to null and list statuses in sdk.statuses',
        );
    } else if (entry.http === null) {
      report('http', 'is null but the entry is not an SDK exception', 'set the HTTP status or add the sdk field');
    } else if (entry.provider === 'openai') {
      if (!new RegExp(`^openai-${entry.http}-[a-z0-9-]+$`).test(entry.slug)) {
        report(
          'slug',
          `OpenAI entries are named openai-<http>-<variant>`,
          `rename to "openai-${entry.http}-<variant>"`,
        );
      }
    } else if (!new RegExp(`^${entry.provider}-${entry.http}(?:-[a-z0-9-]+)?$`).test(entry.slug)) {
      report(
        'slug',
        `${entry.provider} entries are named <provider>-<http>, or <provider>-<http>-<variant> when the body tells one status apart`,
        `rename to "${entry.provider}-${entry.http}" or "${entry.provider}-${entry.http}-<variant>"`,
      );
    }

    // Only names live here; every sentence is Markdown, checked by src/prose/check.ts.
    const localized: [string, Localized | undefined, boolean][] = [
      ['title', entry.title, true],
      ['officialName', entry.officialName, false],
    ];
    for (const [field, value, required] of localized) {
      if (value === undefined) {
        if (required) report(field, 'is missing', 'add the text in both languages: { en, "zh-cn" }');
        continue;
      }
      for (const locale of locales) {
        if (!value[locale]?.trim()) report(`${field}.${locale}`, 'is missing or empty', `write the ${locale} text`);
      }
      if (field !== 'officialName' && value.en === value['zh-cn']) {
        report(`${field}.zh-cn`, 'is identical to the English text', 'write the Chinese text');
      }
    }

    if (!entry.sources?.length) report('sources', 'is empty', 'cite at least one official https source');
    for (const [i, source] of (entry.sources ?? []).entries()) {
      let url: URL | undefined;
      try {
        url = new URL(source.url);
      } catch {
        report(`sources[${i}].url`, `"${source.url}" is not a URL`, 'cite the full https address');
      }
      if (url && url.protocol !== 'https:')
        report(`sources[${i}].url`, `"${source.url}" is not https`, 'cite the https:// address of the page');
      if (!source.title?.trim()) report(`sources[${i}].title`, 'is empty', 'name the page');
    }
    if (!isoDate.test(entry.verified ?? '') || Number.isNaN(Date.parse(entry.verified))) {
      report('verified', `"${entry.verified}" is not a date`, 'write the date the facts were checked as YYYY-MM-DD');
    }

    if (!entry.patterns?.length)
      report('patterns', 'is empty', 'add at least one message fragment the diagnose tool can match');
    for (const pattern of entry.patterns ?? []) {
      if (pattern !== pattern.toLowerCase() || pattern.trim().length < 3) {
        report('patterns', `"${pattern}" must be lower-case and at least 3 characters`, 'write patterns in lower case');
      }
    }
    for (const alias of entry.aliases ?? []) {
      const owner = aliasOwner.get(alias.toLowerCase());
      if (owner && owner !== entry.slug)
        report('aliases', `"${alias}" is also an alias of "${owner}"`, 'an alias leads to exactly one entry');
      aliasOwner.set(alias.toLowerCase(), entry.slug);
    }
  }

  // Cross-references, once every slug is known.
  for (const entry of entries) {
    const name = `"${entry.slug}"`;
    for (const related of entry.related ?? []) {
      if (!slugs.has(related))
        problems.push(
          `catalog entry ${name}, field "related": "${related}" is not a slug in the catalog — fix the slug or remove it`,
        );
      if (related === entry.slug)
        problems.push(`catalog entry ${name}, field "related": lists the entry itself — remove it`);
    }
    if (entry.sdk?.parent && !slugs.has(entry.sdk.parent)) {
      problems.push(
        `catalog entry ${name}, field "sdk.parent": "${entry.sdk.parent}" is not a slug in the catalog — point it at the parent class's entry`,
      );
    }
  }

  const providerSeen = new Set<string>();
  for (const provider of providers) {
    if (providerSeen.has(provider.id)) problems.push(`provider "${provider.id}": listed twice — keep one`);
    providerSeen.add(provider.id);
    for (const source of provider.sources) {
      if (!source.url.startsWith('https://'))
        problems.push(
          `provider "${provider.id}", field "sources": "${source.url}" is not https — cite the https:// address`,
        );
    }
  }
  for (const id of providerIds) {
    if (!providerSeen.has(id)) problems.push(`provider "${id}": has no record in providers.ts — add one`);
  }
  return problems;
}

/** Throws one error listing every problem, so a bad catalog stops the build with all the fixes at once. */
export function assertValidCatalog(data: CatalogData): void {
  const problems = validateCatalog(data);
  if (problems.length) {
    throw new Error(`The error catalog has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
  }
}
