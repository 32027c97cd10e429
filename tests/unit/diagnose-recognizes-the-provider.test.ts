/** Step 3a (src/lib/diagnose/provider.ts): evidence of who answered, and the one provider the page names. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEnvelope } from '../../src/lib/diagnose/envelope.ts';
import { readFields } from '../../src/lib/diagnose/fields.ts';
import { chooseProvider, hostOnly, providerEvidence } from '../../src/lib/diagnose/provider.ts';
import { buildDiagnoseIndex } from '../../src/lib/diagnose-index.ts';

const index = buildDiagnoseIndex();
const evidence = (text: string) => {
  const envelope = findEnvelope(text);
  const { fields, types } = readFields(text, envelope);
  return providerEvidence(text, index, fields, types, envelope);
};

describe('providerEvidence', () => {
  it('reads the address, the model and the name', () => {
    assert.deepEqual([...evidence('POST https://api.deepseek.com/chat/completions 402').keys()], ['deepseek']);
    assert.ok(evidence('litellm.RateLimitError: MoonshotException - x').has('moonshot'));
  });
  it('drops a guess that rests on a model name alone when the address says otherwise', () => {
    const found = evidence('model gpt-oss-120b via https://api.groq.com/openai/v1');
    assert.deepEqual([...found.keys()], ['groq']);
    assert.equal(hostOnly(found), 'groq');
  });
  it('knows a provider by the domains of its other regions and brands', () => {
    assert.ok(evidence('Endpoint: https://api.minimax.io/anthropic 401').has('minimax'));
    assert.ok(evidence('POST https://api.moonshot.ai/v1/chat/completions 429').has('moonshot'));
    assert.ok(evidence('see https://docs.z.ai/api-reference/api-code').has('zhipu'));
  });
  it('does not take the providers OpenRouter lists in its metadata for the one that answered', () => {
    const text =
      '{"error":{"message":"No allowed providers are available for the selected model.","code":404,"metadata":{"requested_providers":["mistral","cloudflare"]}}}';
    assert.equal(evidence(text).has('mistral'), false);
  });
  it('reads MiniMax’s code in Anthropic’s wrapper where the text names MiniMax', () => {
    const body =
      "{'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'usage limit exceeded (2056)'}, 'request_id': 'x'}";
    assert.equal(findEnvelope(body)?.provider, 'anthropic');
    assert.deepEqual(findEnvelope(`Model: MiniMax-M2\n${body}`), {
      provider: 'minimax',
      key: 'envelope-minimax',
      value: '2056',
    });
  });
  it('does not take an SDK package path for the provider', () => {
    assert.equal(evidence('groq.RateLimitError: Error code: 429').has('groq'), false);
  });
});

describe('chooseProvider', () => {
  it('names nobody when nothing points anywhere', () => {
    assert.equal(chooseProvider(new Map(), null, undefined), null);
  });
  it('prefers the provider of the named entry', () => {
    const found = evidence(
      '{"error":{"message":"Insufficient Balance","type":"unknown_error","code":"invalid_request_error"}}',
    );
    const entry = index.entries.find((e) => e.slug === 'deepseek-402')!;
    assert.equal(chooseProvider(found, { slug: entry.slug, score: 90, reasons: [] }, entry)?.id, 'deepseek');
  });
});
