/**
 * Steps 3b–4 (src/lib/diagnose/match.ts, rank.ts): entries are scored with reasons, and one is
 * named only when it fits well enough and the text can choose it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEnvelope } from '../../src/lib/diagnose/envelope.ts';
import { readFields } from '../../src/lib/diagnose/fields.ts';
import { scoreEntries } from '../../src/lib/diagnose/match.ts';
import { hostOnly, providerEvidence } from '../../src/lib/diagnose/provider.ts';
import { MIN_SCORE, rank } from '../../src/lib/diagnose/rank.ts';
import { findStatus } from '../../src/lib/diagnose/status.ts';
import { buildDiagnoseIndex } from '../../src/lib/diagnose-index.ts';

const index = buildDiagnoseIndex();
const known = new Set(index.statuses.map((s) => s.status));

function ranked(text: string, relayWords = false) {
  const status = findStatus(text, known);
  const envelope = findEnvelope(text);
  const { fields, types } = readFields(text, envelope);
  const providers = providerEvidence(text, index, fields, types, envelope);
  const scored = scoreEntries(
    { text, status, fields, types, envelope, providers, hostOnly: hostOnly(providers) },
    index,
  );
  return { scored, ...rank(scored, index, { status, relayWords, text }) };
}

describe('scoreEntries', () => {
  it('gives each point a reason', () => {
    const { scored } = ranked(
      '{"error":{"message":"Insufficient Balance","type":"unknown_error","code":"invalid_request_error"}}',
    );
    const deepseek = scored.find((c) => c.slug === 'deepseek-402')!;
    assert.ok(deepseek.reasons.some((r) => r.key === 'message'));
    assert.ok(deepseek.evidence);
  });
  it('does not let a name other providers share (DeepSeek’s “Server Error”) point at its provider', () => {
    const { scored } = ranked('500 <html><head><title>500 Internal Server Error</title></head></html>');
    assert.ok(!scored.find((c) => c.slug === 'deepseek-500')?.reasons.some((r) => r.key === 'name'));
    assert.ok(ranked('DeepSeek 401 Authentication Fails').scored.find((c) => c.slug === 'deepseek-401')?.evidence);
  });
  it('does not let two common words name a provider the text does not point at', () => {
    const { scored } = ranked(
      'API Error: Request rejected (429) - Too many tokens per day, please wait before trying again.',
    );
    const gemini = scored.find((c) => c.slug === 'gemini-429-quota-exceeded');
    assert.ok(!gemini?.reasons.some((r) => r.key === 'message'));
  });
});

describe('rank', () => {
  it('names the specific API error over the SDK class around it', () => {
    const { best } = ranked(
      "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}",
    );
    assert.equal(best?.slug, 'openai-429-insufficient-quota');
  });
  it('names nothing on a status alone', () => {
    assert.equal(ranked('HTTP/1.1 418 I’m a teapot').best, null);
  });
  it('names nothing when entries of different statuses and classes tie and no status is written', () => {
    const { best, candidates } = ranked('AI_RetryError: Failed after 3 attempts. Last error: Provider returned error');
    assert.equal(best, null);
    assert.ok(candidates.length >= 2 && candidates[0]!.score === candidates[1]!.score);
  });
  it('lets the message’s words break a tie between one provider’s 429s', () => {
    // Zhipu's 429s on status and model alone: pacing (1302), balance (1113), plan windows.
    const model = 'Model: glm-4.6\nStatus Code: 429\n';
    assert.equal(ranked(`${model}429 余额不足或无可用资源包`).best?.slug, 'zhipu-429-1113');
    assert.equal(ranked(`${model}429 rate limit, slow down`).best?.slug, 'zhipu-429-1302');
    // "Quota" for a per-minute window is a rate limit, not a used-up quota.
    const vertex =
      '{"error":{"code":429,"message":"Quota exceeded for online_prediction_input_tokens_per_minute_per_base_model","status":"RESOURCE_EXHAUSTED"}}';
    assert.equal(ranked(vertex).best?.slug, 'gemini-429-resource-exhausted');
  });
  it('does not name an SDK class for a relay’s own words', () => {
    const text =
      "openai.AuthenticationError: Error code: 401 - {'error': {'message': '无效的令牌', 'type': 'one_api_error'}}";
    assert.equal(ranked(text).best?.slug, 'openai-sdk-authentication-error');
    assert.equal(ranked(text, true).best, null);
    // Nor a code the relay wrote around its rewritten 429.
    const saturated =
      '429 {"error":{"message":"当前分组上游负载已饱和，请稍后再试","type":"requests","code":"rate_limit_exceeded"}}';
    assert.ok(ranked(saturated).best);
    assert.equal(ranked(saturated, true).best, null);
  });
  it('keeps a threshold', () => {
    assert.ok(MIN_SCORE > 0);
  });
});
