/**
 * The data the diagnose tool matches against, generated from the catalog at build time
 * (served as /diagnose/index.json). Language-neutral: the page supplies the words.
 */
import { classForStatus, classInfo, entries, entryNames, httpStatuses, providers } from '../catalog/index.ts';
import type { DiagnoseIndex } from './diagnose/index.ts';

export function buildDiagnoseIndex(): DiagnoseIndex {
  return {
    entries: entries.map((e) => ({
      slug: e.slug,
      provider: e.provider,
      http: e.http,
      cls: e.class,
      retryable: classInfo[e.class].retryable,
      sdkStatuses: e.sdk?.statuses ?? [],
      type: e.machine?.type ?? null,
      code: e.machine?.code ?? null,
      // Every value a body's `code` (or Google's `status`) can carry for this entry: its code, its
      // gRPC status and the aliases written like machine codes (the Interactions API's `quota_exceeded`).
      codes: [
        e.machine?.code,
        e.machine?.status,
        // An HTTP entry's aliases are codes (DashScope's AccessDenied.Unpurchased); an SDK entry's are class names.
        ...e.aliases.filter(
          (a) =>
            a !== e.machine?.type &&
            (/^(?:[a-z]+(?:_[a-z]+)+|[A-Z]+(?:_[A-Z]+)+)$/.test(a) || (e.http !== null && /^[\w.]+$/.test(a))),
        ),
      ].filter((c): c is string => !!c),
      message: e.machine?.message ?? null,
      patterns: e.patterns,
      classNames: entryNames(e, ['class', 'alias']),
      names: [e.officialName?.en, e.officialName?.['zh-cn']].filter((n): n is string => !!n),
      meaning: e.meaning ?? null,
      // The catalog marks a per-day limit in the entry's title (Gemini's "Daily quota exceeded",
      // Moonshot's "Tokens-per-day (TPD) limit reached"): not worth retrying the same day.
      perDay: /\bdaily\b|per-day|per day|\bTPD\b|\bRPD\b/i.test(e.title.en),
    })),
    statuses: httpStatuses.map((s) => ({ status: s.status, cls: classForStatus(s.status), reason: s.reason })),
    providers: providers.map((p) => ({
      id: p.id,
      // The registrable domain (`openai.com`), so links to the provider's help pages count too.
      hosts: [
        ...(p.baseUrl ? [new URL(p.baseUrl).host.split('.').slice(-2).join('.')] : []),
        ...(p.otherDomains ?? []),
      ],
      modelPrefixes: p.modelPrefixes,
      requestIdHeader: p.requestIdHeader,
    })),
  };
}
