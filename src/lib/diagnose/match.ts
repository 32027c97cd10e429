/**
 * Step 3: score every catalog entry against what the text says. Each point comes with a reason the
 * page shows (the status, a code, a message fragment, an official name, an SDK class, the
 * provider), and contradictions cost points (another status, another code, another provider's
 * envelope). Scores are relative: only rank.ts decides what is good enough.
 */
import type { ProviderId } from '../../catalog/types.ts';
import type { Envelope } from './envelope.ts';
import type { Candidate, DiagnoseIndex, Diagnosis, Reason } from './types.ts';
import type { ProviderEvidence } from './provider.ts';
import { lower, token } from './text.ts';

/** What the earlier steps read from the text. */
export interface Evidence {
  text: string;
  status: number | null;
  fields: Diagnosis['fields'];
  types: string[];
  envelope: Envelope | null;
  providers: ProviderEvidence;
  /** The one provider recognized by its address, if exactly one was. */
  hostOnly: ProviderId | undefined;
}

export interface Scored extends Candidate {
  /** An HTTP entry (not an SDK class). */
  api: boolean;
  /** Supported by its own code, message or name, not only by status and provider. */
  evidence: boolean;
}

/** A pattern of one or two plain lower-case words with a space: too common to name a provider alone. */
const commonWords = /^[a-z]+ [a-z]+$/;

const sharedCache = new WeakMap<DiagnoseIndex, Set<string>>();

/**
 * Official names (lower case) that do not point at one provider: part of an HTTP reason phrase
 * (DeepSeek's "Server Error" in every "Internal Server Error"), or found in the messages or
 * patterns of two or more other providers (MiniMax's "Rate limit").
 */
function sharedNames(index: DiagnoseIndex): Set<string> {
  const cached = sharedCache.get(index);
  if (cached) return cached;
  const shared = new Set<string>();
  for (const e of index.entries)
    for (const n of e.names.map(lower)) {
      const others = new Set(
        index.entries
          .filter(
            (o) => o.provider !== e.provider && [o.message ?? '', ...o.patterns].some((t) => lower(t).includes(n)),
          )
          .map((o) => o.provider),
      );
      if (others.size >= 2 || index.statuses.some((st) => lower(st.reason).includes(n))) shared.add(n);
    }
  sharedCache.set(index, shared);
  return shared;
}

export function scoreEntries(ev: Evidence, index: DiagnoseIndex): Scored[] {
  const { text, status, fields, types, envelope, providers } = ev;
  const haystack = lower(text);
  // SDK exception classes named in the text. A short name (`RateLimitError`) counts when it ends in
  // "Error" and is not Python's own exception of that name (`PermissionError: [Errno 13] …`).
  const namedClass = (names: string[]) =>
    names
      .flatMap((n) => {
        const last = n.split('.').pop()!;
        return n.includes('.') && last.endsWith('Error') ? [n, last] : [n];
      })
      .find((n) =>
        new RegExp(`(?<![\\w.])${n.replace(/\./g, '\\.')}(?![\\w])(?!:\\s*\\[Errno)`, n.includes('.') ? 'i' : '').test(
          text,
        ),
      );
  // A code that is also an SDK class name (Ark's `AuthenticationError`) is not evidence as a bare word.
  const sdkClassWords = new Set(
    index.entries.filter((e) => e.http === null).flatMap((e) => e.classNames.map((n) => n.split('.').pop()!)),
  );
  const shared = sharedNames(index);
  const scored: Scored[] = [];
  for (const e of index.entries) {
    let score = 0;
    const reasons: Reason[] = [];
    let evidence = false;
    const add = (points: number, reason: Reason) => {
      score += points;
      reasons.push(reason);
    };
    if (status !== null) {
      if (e.http === status) add(40, { key: 'status', value: String(status) });
      else if (e.http === null && e.sdkStatuses.includes(status))
        add(20, { key: 'sdk-statuses', value: String(status) });
      else if (e.http !== null) score -= 60;
    }
    const codeHit = fields.code ? e.codes.find((c) => c === fields.code) : undefined;
    if (codeHit) {
      add(codeHit === 'invalid_request_error' ? 10 : 50, { key: 'code', value: codeHit });
      evidence = codeHit !== 'invalid_request_error';
    } else if (e.codes.length && fields.code) score -= 30;
    else if (e.code && e.code.length >= 8 && !sdkClassWords.has(e.code) && token(e.code).test(text)) {
      add(25, { key: 'code', value: e.code });
      evidence = true;
    }
    if (e.type && types.includes(e.type) && e.type !== e.code) add(15, { key: 'type', value: e.type });
    // A body whose `type` is another one (Groq's `invalid_request_error` 413, not its `tokens` 413)
    // speaks against the entry.
    else if (e.type && e.http !== null && types.length && !types.includes(e.type)) score -= 15;
    const className = e.http === null ? namedClass(e.classNames) : undefined;
    // Each further fragment of the same entry is more evidence: a provider's wording around a message
    // it shares with another (Azure's support link after OpenAI's 500 text, Google's PerDay quota id
    // beside the quota message both 429s carry) decides.
    // Two plain words ("per day", "invalid token") are common English: they count only where the
    // text also points at the entry's provider (an unknown provider's "Too many tokens per day" is
    // not Gemini's daily quota).
    const found = className
      ? []
      : e.patterns.filter(
          (p) => p.length >= 4 && haystack.includes(p) && (!commonWords.test(p) || providers.has(e.provider)),
        );
    // A short message (`rate limit`, MiniMax's status_msg) is too common to be evidence by itself.
    if (e.message && e.message.length >= 12 && haystack.includes(lower(e.message))) {
      const beyond = found.filter((p) => !lower(e.message!).includes(p));
      add(35 + 10 * beyond.length, { key: 'message', value: e.message });
      evidence = true;
    } else if (found.length) {
      add(30 + 10 * (found.length - 1), { key: 'message', value: found[0]! });
      evidence = true;
    }
    // An official name is evidence unless the text names another provider. A name that is not one
    // provider's own (see sharedNames) counts only where the text points at the entry's provider:
    // an openresty 500 page is nobody's in particular.
    const contradicted = providers.size > 0 && !providers.has(e.provider);
    const name = contradicted
      ? undefined
      : e.names.find((n) => haystack.includes(lower(n)) && (!shared.has(lower(n)) || providers.has(e.provider)));
    if (name) {
      add(35, { key: 'name', value: name });
      evidence = true;
    }
    // `anthropic.APIConnectionError` says which SDK raised it; a bare `APIConnectionError` does not.
    if (className) add(className.includes('.') ? 55 : 45, { key: 'sdk-class', value: className });
    if (providers.has(e.provider) && e.http !== null) add(20, { key: 'provider', value: e.provider });
    // The address says who answered: an OpenAI-compatible provider copies OpenAI's body word for word
    // (DashScope's compatible-mode `insufficient_quota`), so another provider's entry loses ground.
    if (ev.hostOnly && e.provider !== ev.hostOnly && e.http !== null) score -= 40;
    // Among SDK classes of the same name (APIConnectionTimeoutError in openai and @anthropic-ai/sdk),
    // the one of a provider the text names wins; the openai SDKs serve every provider, so not theirs.
    else if (providers.has(e.provider) && className && e.provider !== 'openai')
      add(10, { key: 'provider', value: e.provider });
    if (envelope && e.http !== null && e.provider !== envelope.provider) score -= 100;
    if (score > 0) scored.push({ slug: e.slug, score, reasons, api: e.http !== null, evidence });
  }
  return scored;
}
