/** Step 2b (src/lib/diagnose/envelope.ts, fields.ts): one API's body shape, and the machine fields of any. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findEnvelope } from '../../src/lib/diagnose/envelope.ts';
import { readFields } from '../../src/lib/diagnose/fields.ts';

describe('findEnvelope names the API whose body shape it is', () => {
  for (const [text, provider] of [
    ['{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}', 'anthropic'],
    ['{"type":"error","error":{"code":"1113","message":"余额不足"}}', 'zhipu'],
    ['{"error":{"code":429,"status":"RESOURCE_EXHAUSTED"}}', 'gemini'],
    ['{"base_resp":{"status_code":1008,"status_msg":"insufficient balance"}}', 'minimax'],
    ['{"code":"Arrearage","message":"x","request_id":"r1"}', 'alibaba'],
    ['{"object":"error","message":"x","type":"invalid_model"}', 'mistral'],
    ['{"error":{"message":"Provider returned error","metadata":{"provider_name":"X"}}}', 'openrouter'],
  ] as const)
    it(provider, () => assert.equal(findEnvelope(text)?.provider, provider));

  it('names none for OpenAI’s shape, which many copy', () => {
    assert.equal(findEnvelope('{"error":{"message":"x","type":"invalid_request_error","code":null}}'), null);
  });
});

describe('readFields', () => {
  it('reads JSON, Python repr and Node dump alike', () => {
    for (const text of [
      '{"error":{"message":"m","type":"requests","code":"rate_limit_exceeded"}}',
      "{'error': {'message': 'm', 'type': 'requests', 'code': 'rate_limit_exceeded'}}",
      "error: { message: 'm', type: 'requests', code: 'rate_limit_exceeded' }",
    ])
      assert.deepEqual(readFields(text, null).fields, { type: 'requests', code: 'rate_limit_exceeded', message: 'm' });
  });
  it('reads a value cut off before its closing quote', () => {
    assert.equal(
      readFields('{"error":{"message":"Rate limit reached for gpt-4o in org', null).fields.message,
      'Rate limit reached for gpt-4o in org',
    );
  });
  it('skips Anthropic’s outer type and reads numeric business codes', () => {
    assert.deepEqual(readFields('{"type":"error","error":{"type":"rate_limit_error"}}', null).types, [
      'rate_limit_error',
    ]);
    assert.equal(readFields('{"error_code":336502,"error_msg":"x"}', null).fields.code, '336502');
  });
  it('reads MiniMax’s code at the end of a message a client rewrote, where the text names MiniMax', () => {
    const client = 'API Error: 500 image is sensitive, please check your input (1026). Gateway: api.minimaxi.com';
    assert.equal(readFields(client, null).fields.code, '1026');
    assert.equal(readFields('API Error: 500 see the changelog (2024).', null).fields.code, undefined);
  });
});
