/**
 * Step 5b (src/lib/diagnose/verdict.ts, limits.ts): the verdict follows the class, except where the
 * class is not enough (DESIGN §3, issue 14), and says why.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { LayerHit } from '../../src/lib/diagnose/layers/types.ts';
import {
  perDay,
  rateLimitWords,
  statedWaitSeconds,
  statesWait,
  tooLargeForLimit,
  zeroQuota,
} from '../../src/lib/diagnose/limits.ts';
import type { IndexEntry } from '../../src/lib/diagnose/types.ts';
import { decideVerdict } from '../../src/lib/diagnose/verdict.ts';
import { buildDiagnoseIndex } from '../../src/lib/diagnose-index.ts';

const index = buildDiagnoseIndex();
const entry = (slug: string) => index.entries.find((e) => e.slug === slug)!;
const decide = (o: { status?: number | null; e?: IndexEntry; text?: string; hits?: LayerHit[]; wait?: number }) =>
  decideVerdict(
    {
      status: o.status ?? o.e?.http ?? null,
      bestEntry: o.e,
      wait: o.wait === undefined ? null : { seconds: o.wait, source: 'retry-after' },
      hits: o.hits ?? [],
      text: o.text ?? '',
    },
    index,
  );
const hop = (h: Partial<LayerHit>): LayerHit => ({
  kind: 'relay',
  id: 'one-api',
  name: 'x',
  evidence: 'x',
  at: 0,
  ...h,
});

describe('the class decides by default', () => {
  for (const [slug, verdict] of [
    ['openai-429-rate-limit-exceeded', 'retry-after-wait'],
    ['anthropic-529', 'retry-after-wait'],
    ['openai-500-server-error', 'retry'],
    ['deepseek-402', 'do-not-retry'],
    ['openai-401-invalid-api-key', 'do-not-retry'],
  ] as const)
    it(`${slug}: ${verdict}`, () => {
      const v = decide({ e: entry(slug) });
      assert.equal(v.verdict, verdict);
      assert.equal(v.verdictReason, 'class');
    });
  it('a bare 429 is unknown: only a body tells a rate limit from a quota', () => {
    assert.deepEqual(decide({ status: 429 }), {
      cls: 'rate-limit',
      retryable: 'unknown',
      verdict: 'unknown',
      verdictReason: 'class',
    });
  });
});

describe('where the class is not enough', () => {
  it('one request above the whole per-minute limit: do not retry it as sent', () => {
    assert.equal(decide({ e: entry('openai-429-request-too-large') }).verdictReason, 'request-too-large');
    const v = decide({ status: 429, text: 'on tokens per min (TPM): Limit 6000, Requested 18993' });
    assert.deepEqual([v.verdict, v.verdictReason], ['do-not-retry', 'request-too-large']);
  });
  it('a quota the catalog marks as per day: not today; another window: not before it resets', () => {
    assert.deepEqual(
      [
        decide({ e: entry('moonshot-429-tpd-rate-limit') }).verdict,
        decide({ e: entry('moonshot-429-tpd-rate-limit') }).verdictReason,
      ],
      ['do-not-retry', 'daily-quota'],
    );
    assert.equal(decide({ e: entry('gemini-429-quota-exceeded') }).verdictReason, 'daily-quota');
    assert.equal(decide({ e: entry('zhipu-429-1308') }).verdictReason, 'quota-window');
  });
  it('a per-day limit in the message, unless the message says when to try again', () => {
    assert.equal(decide({ status: 429, text: 'Too many tokens per day, please wait' }).verdictReason, 'daily-quota');
    const groq = decide({
      e: entry('groq-429'),
      text: 'on tokens per day (TPD): Limit 100000, Used 97050, Requested 3619. Please try again in 9m38.016s.',
    });
    assert.equal(groq.verdict, 'retry-after-wait');
  });
  it('a wait of an hour or more, in a header or the message: tell the caller now', () => {
    const azure = decide({
      e: entry('azure-openai-429-rate-limit-exceeded'),
      text: 'have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 86400 seconds.',
    });
    assert.deepEqual([azure.verdict, azure.verdictReason], ['do-not-retry', 'long-wait']);
    assert.equal(decide({ status: 429, wait: 7200 }).verdictReason, 'long-wait');
    assert.equal(
      decide({ e: entry('openai-429-rate-limit-exceeded'), text: 'Please try again in 1h2m3s.' }).verdict,
      'do-not-retry',
    );
    // Minutes are a pause: Groq's rolling per-day window asks for 23 of them.
    assert.equal(decide({ e: entry('groq-429'), text: 'Please try again in 23m58.56s.' }).verdict, 'retry-after-wait');
    assert.equal(decide({ e: entry('azure-openai-429-rate-limit-exceeded'), wait: 20 }).verdict, 'retry-after-wait');
  });
  it('reads the wait a message states', () => {
    assert.equal(statedWaitSeconds('Please retry after 86400 seconds.'), 86400);
    assert.equal(statedWaitSeconds('Please try again in 1h2m3s.'), 3723);
    assert.equal(statedWaitSeconds('Please try again in 8.41s.'), 8.41);
    assert.equal(statedWaitSeconds('Please try again in 120ms.'), null);
    assert.equal(statedWaitSeconds('Please try again later.'), null);
  });
  it('no status, no entry, but the connection failed: a network failure, retried', () => {
    const v = decide({ text: 'TypeError: fetch failed\n  [cause]: Error: connect ECONNREFUSED 127.0.0.1:8080' });
    assert.deepEqual([v.cls, v.verdict, v.verdictReason], ['network', 'retry', 'network-words']);
    // With a status, the status decides: a gateway's 503 that says "fetch failed" is its 503.
    assert.equal(decide({ status: 503, text: 'fetch failed' }).verdictReason, 'class');
  });
  it('a quota of zero: waiting never helps', () => {
    assert.equal(
      decide({ e: entry('gemini-429-resource-exhausted'), text: 'Quota exceeded for metric: x, limit: 0, model: y' })
        .verdictReason,
      'zero-quota',
    );
  });
  it('a content block: not until the content changes', () => {
    const v = decide({ e: entry('azure-openai-400-content-filter') });
    assert.deepEqual([v.verdict, v.verdictReason], ['do-not-retry', 'content-blocked']);
  });
  it('after partial stream output: it depends, and it says so', () => {
    const v = decide({
      e: entry('anthropic-529'),
      text: 'event: content_block_delta\ndata: {}\n\nevent: error\ndata: {"type":"error"}',
    });
    assert.deepEqual([v.verdict, v.retryable, v.verdictReason], ['depends', 'unknown', 'mid-stream']);
    assert.equal(
      decide({ e: entry('deepseek-402'), text: 'An error occurred during streaming' }).verdict,
      'do-not-retry',
    );
  });
  it('a hop’s own error is judged by the hop; its report of the next hop where no entry fits', () => {
    assert.deepEqual(
      decide({ status: 403, hits: [hop({ failed: 'self', cls: 'billing', note: 'own-quota' })] }).verdictReason,
      'hop-own',
    );
    const report = decide({
      status: 429,
      hits: [hop({ failed: 'next', cls: 'rate-limit', note: 'upstream-429-rewritten' })],
    });
    assert.deepEqual([report.verdict, report.verdictReason], ['retry-after-wait', 'hop-report']);
  });
  it('a client that hides the status leaves the verdict unknown, and says why', () => {
    const v = decide({ hits: [hop({ kind: 'client', id: 'cursor', failed: 'next', note: 'status-hidden' })] });
    assert.deepEqual([v.verdict, v.verdictReason], ['unknown', 'status-hidden']);
  });
  it('an unknown provider’s 429 that speaks only of a rate limit is paced', () => {
    assert.equal(
      decide({ status: 429, text: 'The throttling threshold has been reached' }).verdictReason,
      'message-words',
    );
    assert.equal(decide({ status: 429, text: 'rate limit: insufficient balance' }).verdict, 'unknown');
  });
});

describe('limits read from the words', () => {
  it('reads a request larger than its limit', () => {
    assert.ok(tooLargeForLimit('Limit 30000, Requested 31538.'));
    assert.ok(tooLargeForLimit('Limit: 1,000, Used: 10, Requested: 2,000'));
    assert.ok(!tooLargeForLimit('Limit 30000, Used 14567, Requested 24754.'));
  });
  it('reads zero quotas, days, stated waits and rate-limit words', () => {
    assert.ok(zeroQuota('Quota exceeded for metric: m, limit: 0, model: x'));
    assert.ok(!zeroQuota('limit: 0 retries left'));
    assert.ok(perDay('free-models-per-day') && perDay('TPD rate limit') && perDay('超出每日配额'));
    assert.ok(statesWait('Please try again in 20s.') && !statesWait('please wait before trying again'));
    assert.ok(rateLimitWords('policy ip over ratelimit') && !rateLimitWords('Too Many Requests'));
  });
});
