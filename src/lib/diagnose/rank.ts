/**
 * Step 4: rank the scored entries and decide whether the first is good enough to name. A specific
 * API error beats the SDK class wrapped around it; a status alone names no entry (an nginx 413 page
 * is not OpenAI's 413 even when the catalog has one 413).
 */
import type { Candidate, DiagnoseIndex, IndexEntry } from './types.ts';
import type { Scored } from './match.ts';
import { perMinute, quotaWords, rateLimitWords } from './limits.ts';

/** Lowest score that names an entry. */
export const MIN_SCORE = 30;

export interface Ranking {
  /** At most five, best first. */
  candidates: Candidate[];
  best: Candidate | null;
  bestEntry: IndexEntry | undefined;
}

export interface RankContext {
  /** The text states a status (otherwise a tie across statuses cannot be broken). */
  status: number | null;
  /** A relay's own words replaced the provider's (its own error, or its rewrite of a 429). */
  relayWords: boolean;
  /** The text, for the words that break a tie between a rate limit and a balance. */
  text: string;
}

/**
 * Among entries that fit equally (one provider's 429s, matched on status and provider only), the
 * message's own words choose: money words ("余额不足", "insufficient balance") a balance or quota
 * entry, rate words or a per-minute window a rate limit. Undefined when the words do not decide.
 */
function byWords(tied: IndexEntry[], text: string): IndexEntry | undefined {
  const rate = rateLimitWords(text) || perMinute(text);
  const money = quotaWords(text) && !perMinute(text);
  if (money === rate) return undefined;
  const fits = (e: IndexEntry) =>
    money ? e.meaning === 'out-of-balance' || e.meaning === 'quota-exhausted' : e.meaning === 'rate-limited';
  const matching = tied.filter(fits);
  return matching.length ? matching[0] : undefined;
}

export function rank(scored: Scored[], index: DiagnoseIndex, ctx: RankContext): Ranking {
  // A specific API error beats the generic SDK class that wraps it: when an API entry is supported
  // by its own code, message or name, or leads the entries of a recognised provider with that status,
  // SDK classes drop. When such entries tie (Zhipu's 429s: pacing, balance, plan, with an empty body),
  // the SDK class (`APIReachLimitError`: every 429) is the more honest answer.
  const [first, second] = scored
    .filter((c) => c.api && c.reasons.some((r) => r.key === 'status') && c.reasons.some((r) => r.key === 'provider'))
    .map((c) => c.score)
    .sort((a, b) => b - a);
  const specific = scored.some((c) => c.api && c.evidence) || (first !== undefined && first !== second);
  const adjusted = scored.map((c) => (specific && !c.api ? { ...c, score: c.score - 30 } : c));
  const candidates: Candidate[] = adjusted
    .filter((c) => c.score > 0)
    .map(({ slug, score, reasons }) => ({ slug, score, reasons }));
  candidates.sort((a, b) => b.score - a.score);
  const entryOf = (c: Candidate | undefined) => index.entries.find((e) => e.slug === c?.slug);
  const tied = candidates.filter((c) => c.score === candidates[0]?.score);
  const chosen =
    tied.length > 1
      ? byWords(
          tied.map((c) => entryOf(c)!),
          ctx.text,
        )
      : undefined;
  if (chosen && chosen.slug !== candidates[0]!.slug) {
    const at = candidates.findIndex((c) => c.slug === chosen.slug);
    candidates.unshift(...candidates.splice(at, 1));
  }
  // A status alone says neither which provider answered nor which of its errors this is: then the
  // page gives the status's general meaning instead of guessing.
  const top = candidates[0];
  const statusOnly = top?.reasons.every((r) => r.key === 'status' || r.key === 'sdk-statuses');
  // Two entries that fit equally, of different statuses and classes, and no status in the text to
  // choose (OpenRouter's "Provider returned error" is its 400 and its upstream 429): picking one
  // would decide the verdict on a coin flip, so none is named. Ties within one class keep the
  // catalog's order (each provider's most common error first).
  const httpOf = (c: Candidate | undefined) => entryOf(c)?.http;
  const runnerUp = candidates[1];
  const tiedAcrossStatuses =
    ctx.status === null &&
    !!runnerUp &&
    runnerUp.score === top!.score &&
    httpOf(top) !== httpOf(runnerUp) &&
    entryOf(top)?.cls !== entryOf(runnerUp)?.cls;
  // An SDK class says only which exception the client raised for the status a relay chose for
  // its own error: it does not name the error. Nor does a status or code the relay wrote around its
  // own words (one-api's rewritten 429 carries `rate_limit_exceeded`): only the upstream's message does.
  const sdkForRelay =
    ctx.relayWords && (httpOf(top) === null || !top?.reasons.some((r) => r.key === 'message' || r.key === 'name'));
  const best = top && top.score >= MIN_SCORE && !statusOnly && !tiedAcrossStatuses && !sdkForRelay ? top : null;
  const bestEntry = best ? index.entries.find((e) => e.slug === best.slug) : undefined;
  return { candidates: candidates.slice(0, 5), best, bestEntry };
}
