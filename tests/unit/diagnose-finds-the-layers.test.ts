/**
 * Step 1 (src/lib/diagnose/layers/): each module recognizes its hop by the words it puts around the
 * provider's answer, says whose failure it reports, and hides its own words from the matching.
 * Inputs come from the reports cited in tests/fixtures/diagnose-wrappers.ts, shortened.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findLayers, readers } from '../../src/lib/diagnose/layers/index.ts';
import { buildDiagnoseIndex } from '../../src/lib/diagnose-index.ts';

const index = buildDiagnoseIndex();
const reader = (id: string) => readers.find((r) => r.ids.includes(id))!;

/** [hop id, text it must find, what the hop must say]. */
const cases: [string, string, Record<string, unknown>][] = [
  [
    'openrouter',
    '{"error":{"message":"Provider returned error","code":429,"metadata":{"raw":"{\\"error\\":{}}","provider_name":"Google AI Studio"}}}',
    { failed: 'next', upstream: { name: 'Google AI Studio', provider: 'gemini' } },
  ],
  [
    'openrouter',
    '{"error":{"message":"Insufficient credits","code":402}} POST https://openrouter.ai/api/v1/chat/completions',
    { failed: 'self' },
  ],
  [
    'litellm',
    'litellm.RateLimitError: AnthropicException - {"type":"error"}',
    { upstream: { name: 'Anthropic', provider: 'anthropic' } },
  ],
  [
    'litellm',
    'Exception No deployments available for selected model, Try again in 1 seconds. Passed model=x.',
    { failed: 'self', note: 'own-cooldown', cls: 'rate-limit' },
  ],
  [
    'one-api',
    '429 当前分组上游负载已饱和，请稍后再试 (request id: 2025x)',
    { failed: 'next', note: 'upstream-429-rewritten', status: 429 },
  ],
  [
    'one-api',
    '{"error":{"message":"当前分组 default 下对于模型 gpt-4o 无可用渠道 (request id: 1)","type":"one_api_error"}}',
    { failed: 'self', note: 'own-no-route' },
  ],
  [
    'one-api',
    // new-api's own sensitive-word filter (types/error.go): the code alone, as NewError leaves it.
    '{"error":{"message":"sensitive_words_detected","type":"new_api_error","code":"sensitive_words_detected"}}',
    { failed: 'self', note: 'own-filter', cls: 'request' },
  ],
  [
    'one-api',
    '{"error":{"message":"user quota is not enough (request id: 1)","type":"new_api_error","code":"insufficient_user_quota"}}',
    { failed: 'self', note: 'own-quota', cls: 'billing' },
  ],
  [
    'portkey',
    '{"error":{"message":"anthropic error: Overloaded","type":"overloaded_error"},"provider":"anthropic"}',
    { failed: 'next', upstream: { name: 'anthropic', provider: 'anthropic' } },
  ],
  ['vercel-ai', 'APICallError [AI_APICallError]: Overloaded', {}],
  [
    'langchain',
    'Retrying langchain.chat_models.openai.acompletion_with_retry.<locals>._completion_with_retry in 4.0 seconds',
    {},
  ],
  ['llamaindex', 'Retrying llama_index.embeddings.openai.get_embeddings in 4.0 seconds', {}],
  ['tenacity', 'tenacity.RetryError: RetryError[<Future at 0x7f state=finished raised RateLimitError>]', {}],
  ['cherry-studio', '错误名称: AI_APICallError\n错误信息: Too Many Requests', {}],
  [
    'dify',
    'plugin langgenius/tongyi:0.0.33: Rate limit exceeded (429)',
    { failed: 'next', upstream: { name: 'tongyi', provider: 'alibaba' } },
  ],
  [
    'continue',
    'HTTP 429 Too Many Requests from https://proxy-server-blue-x.a.run.app/stream_chat free trial',
    { failed: 'self', note: 'own-quota', status: 429 },
  ],
  [
    'continue',
    'HTTP 429 Too Many Requests from https://api.anthropic.com/v1/messages {}',
    { failed: 'next', status: 429 },
  ],
  ['cline', 'API Request Failed: 429 status code (no body)', {}],
  // Continue's `openai` adapter serves any OpenAI-compatible server: it names no API.
  ['continue', 'Error Details\nModel: GLM-5\nProvider: openai\nStatus Code: 429', { upstream: undefined }],
  ['cursor', 'User API Key Rate limit exceeded', { failed: 'next', note: 'status-hidden' }],
  ['cursor', "You've hit your usage limit", { failed: 'self', note: 'own-quota' }],
  [
    'zed',
    '{"code":"upstream_http_error","message":"Received an error from the Anthropic API: x","upstream_status":503}',
    { failed: 'next', status: 503, upstream: { name: 'Anthropic', provider: 'anthropic' } },
  ],
  [
    'n8n',
    'The service is receiving too many requests from you\nYou exceeded your current quota',
    { failed: 'next', status: 429 },
  ],
  [
    'cloudflare',
    '<html><title>api.openai.com | 524: A timeout occurred</title><div id="cf-error-details"></div></html>',
    { failed: 'next', note: 'origin-failed', status: 524, upstream: { name: 'api.openai.com', provider: 'openai' } },
  ],
  [
    'cloudflare',
    // A page cut off after its <head>: Cloudflare's own status in the title still names it.
    '<!DOCTYPE html>\n<head>\n<title>relay.example.com | 522: Connection timed out</title>\n<meta charset="UTF-8" />',
    { failed: 'next', note: 'origin-failed', status: 522 },
  ],
  [
    'cloudflare',
    '<html><title>Attention Required! | Cloudflare</title>Sorry, you have been blocked</html>',
    { failed: 'self', note: 'own-blocked' },
  ],
  [
    'nginx',
    '<html><head><title>504 Gateway Time-out</title></head><center>nginx</center></html>',
    { failed: 'next', status: 504 },
  ],
];

describe('each layer module finds its hop', () => {
  for (const [id, text, expected] of cases) {
    it(`${id}: ${text.slice(0, 60)}`, () => {
      const hit = reader(id).read(text, index);
      assert.ok(hit, 'found');
      assert.equal(hit.id, id);
      for (const [key, value] of Object.entries(expected)) assert.deepEqual(hit[key as keyof typeof hit], value, key);
    });
  }
});

describe('no layer module fires on a plain provider error', () => {
  for (const text of [
    '{"error":{"message":"Incorrect API key provided","type":"invalid_request_error","code":"invalid_api_key"}}',
    "anthropic.RateLimitError: Error code: 429 - {'type': 'error', 'error': {'type': 'rate_limit_error', 'message': 'x'}}",
    '调用失败：402 余额不足',
  ])
    it(text.slice(0, 50), () => assert.deepEqual(findLayers(text, index).hits, []));
});

describe('findLayers', () => {
  it('orders hops from the caller outwards and hides their own words', () => {
    const text = 'API Request Failed\n429 当前分组上游负载已饱和，请稍后再试 (request id: 1)';
    const { hits, matchText } = findLayers(text, index);
    assert.deepEqual(
      hits.map((h) => h.id),
      ['cline', 'one-api'],
    );
    assert.ok(!matchText.includes('负载已饱和') && !matchText.includes('API Request Failed'));
    assert.equal(matchText.length, text.length);
  });
});
