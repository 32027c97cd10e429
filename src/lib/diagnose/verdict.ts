/**
 * Step 5: whether to retry, and why. The failure class gives the default (README, failure classes:
 * request, auth and billing no; rate-limit and overload after a wait; server and network yes,
 * bounded). It is not enough where DESIGN §3 says so, and the catalog's `meaning` or the message's
 * own words decide instead:
 * - a hop's own error (a relay's quota, a router's cooldown) is judged by that hop's words;
 * - a content block fails again until the content sent (the history) changes;
 * - one request larger than the whole per-minute limit never succeeds as sent;
 * - a quota of zero, or a per-day quota, is not worth retrying today;
 * - a wait of an hour or more (stated in a header or the message) is a reset, not a pause;
 * - after partial stream output, a retry repeats what was already shown: it depends;
 * - where the text cannot tell (a 429 with no body, a client that hides the status), "unknown".
 */
import type { FailureClass } from '../../catalog/types.ts';
import type { DiagnoseIndex, Diagnosis, IndexEntry, Verdict, VerdictReason } from './types.ts';
import type { LayerHit } from './layers/types.ts';
import {
  LONG_WAIT_SECONDS,
  networkWords,
  perDay,
  quotaWords,
  rateLimitWords,
  statedWaitSeconds,
  statesWait,
  tooLargeForLimit,
  zeroQuota,
} from './limits.ts';
import { midStream } from './shapes/stream.ts';

export interface VerdictInput {
  status: number | null;
  bestEntry: IndexEntry | undefined;
  wait: Diagnosis['wait'];
  hits: LayerHit[];
  /** The text with the hops' own words hidden. */
  text: string;
}

export interface VerdictResult {
  cls: FailureClass | null;
  retryable: Diagnosis['retryable'];
  verdict: Verdict;
  verdictReason: VerdictReason;
}

const noRetry = new Set<FailureClass>(['request', 'auth', 'billing']);

/** The class's own verdict (README, failure classes). A wait asked for makes any retry a paced one. */
function byClass(cls: FailureClass | null, wait: Diagnosis['wait'], known: boolean): Verdict {
  if (cls === null || (!known && cls === 'rate-limit')) return 'unknown';
  if (noRetry.has(cls)) return 'do-not-retry';
  return wait || cls === 'rate-limit' || cls === 'overload' ? 'retry-after-wait' : 'retry';
}

function result(cls: FailureClass | null, verdict: Verdict, verdictReason: VerdictReason): VerdictResult {
  const retryable =
    verdict === 'retry' || verdict === 'retry-after-wait' ? true : verdict === 'do-not-retry' ? false : 'unknown';
  return { cls, retryable, verdict, verdictReason };
}

export function decideVerdict(input: VerdictInput, index: DiagnoseIndex): VerdictResult {
  const { status, bestEntry: e, wait, hits, text } = input;
  const statusCls = status !== null ? (index.statuses.find((s) => s.status === status)?.cls ?? null) : null;
  // A bare 429 may be a rate limit or an exhausted quota: only a named entry can tell.
  const cls = e?.cls ?? statusCls;
  const base = byClass(cls, wait, !!e);

  const own = [...hits].reverse().find((h) => h.failed === 'self' && h.cls);
  if (own) return result(own.cls!, byClass(own.cls!, wait, true), 'hop-own');
  if (!e && hits.some((h) => h.note === 'status-hidden')) return result(null, 'unknown', 'status-hidden');

  if (e?.meaning === 'content-blocked') return result(e.cls, 'do-not-retry', 'content-blocked');
  const ratePaced = !e || e.cls === 'rate-limit';
  if ((e?.cls === 'rate-limit' && e.meaning === 'too-long') || (ratePaced && tooLargeForLimit(text)))
    return result(cls, 'do-not-retry', 'request-too-large');
  if ((status === 429 || e?.http === 429) && zeroQuota(text)) return result(cls, 'do-not-retry', 'zero-quota');
  if (e?.meaning === 'quota-exhausted') return result(e.cls, 'do-not-retry', e.perDay ? 'daily-quota' : 'quota-window');
  // A per-day limit the catalog does not mark (an unknown provider, OpenRouter's free models) is
  // read from the message, unless the message says when to try again (Groq's rolling TPD).
  if (ratePaced && (e || status === 429) && perDay(text) && !statesWait(text) && !wait)
    return result(cls ?? 'rate-limit', 'do-not-retry', 'daily-quota');

  // A wait of hours (Azure's "retry after 86400 seconds", a Retry-After of a day) is a limit that
  // resets later, not a pause a retry loop should sit through.
  const waitFor = wait?.seconds ?? statedWaitSeconds(text);
  if (ratePaced && (e || status === 429) && waitFor !== null && waitFor >= LONG_WAIT_SECONDS)
    return result(cls ?? 'rate-limit', 'do-not-retry', 'long-wait');

  if (midStream(text) && base !== 'do-not-retry') return result(cls, 'depends', 'mid-stream');

  if (!e) {
    // A hop that reports the next hop's failure in its own words (one-api's rewritten 429, a CDN
    // page for an origin that timed out) gives the class the provider's words would have given.
    const report = [...hits].reverse().find((h) => h.failed === 'next' && h.cls);
    if (report) return result(report.cls!, byClass(report.cls!, wait, true), 'hop-report');
    // No status and no entry, but the connection failed before any answer: a network failure.
    if (status === null && networkWords(text)) return result('network', 'retry', 'network-words');
    // An unknown provider's 429 whose message speaks of a rate limit and of nothing to pay.
    if (status === 429 && rateLimitWords(text) && !quotaWords(text))
      return result('rate-limit', byClass('rate-limit', wait, true), 'message-words');
  }
  return result(cls, base, 'class');
}
