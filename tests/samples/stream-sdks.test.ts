/**
 * What the official SDKs do with a failure after `200 OK` (issue #14), checked against the fake API's
 * streams rather than taken on trust: the entries openai-200-stream-error, openai-200-stream-ended-early,
 * anthropic-200-overloaded-error and anthropic-200-stream-ended-early say exactly this.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { entryBySlug } from '../../src/catalog/index.ts';
import { chatChunks, messageEvents, okReply, startFakeApi, type SseEvent, type Step } from './fake-api.ts';

const catalogEvent = (slug: string): SseEvent => {
  const { event, body } = entryBySlug(slug)!.example!;
  return { ...(event ? { event } : {}), data: body };
};
const headers = { 'x-request-id': 'req_stream0000000000000000000000', 'request-id': 'req_011Stream00000000' };
const prompt = [{ role: 'user' as const, content: 'Say hello in one short sentence.' }];

async function withApi<T>(script: Step[], shape: 'openai' | 'anthropic', run: (url: string) => Promise<T>) {
  const api = await startFakeApi(script, shape);
  try {
    return { result: await run(api.url), requests: api.requests.length };
  } finally {
    await api.close();
  }
}

describe('openai-node reading a chat completion stream', () => {
  const client = (url: string) => new OpenAI({ apiKey: 'sk-test-123', baseURL: url });
  const read = async (url: string) => {
    let text = '';
    const stream = await client(url).chat.completions.create({ model: 'gpt-4o-mini', messages: prompt, stream: true });
    for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
    return text;
  };

  it('throws APIError without a status for an error event, after the text it has yielded, and does not retry', async () => {
    let text = '';
    const { result, requests } = await withApi(
      [
        {
          stream: [...chatChunks(okReply, { finish: false }).slice(0, 3), catalogEvent('openai-200-stream-error')],
          headers,
        },
      ],
      'openai',
      async (url) => {
        try {
          const stream = await client(url).chat.completions.create({
            model: 'gpt-4o-mini',
            messages: prompt,
            stream: true,
          });
          for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
          return null;
        } catch (err) {
          return err;
        }
      },
    );
    assert.ok(result instanceof OpenAI.APIError && !(result instanceof OpenAI.APIConnectionError));
    assert.equal(result.status, undefined);
    assert.equal(result.type, 'server_error');
    assert.equal(result.requestID, headers['x-request-id']);
    assert.equal(text, 'Hello from ');
    assert.equal(requests, 1);
  });

  it('ends quietly when the body ends before data: [DONE]', async () => {
    const { result } = await withApi(
      [{ stream: chatChunks(okReply, { finish: false }).slice(0, 3), end: 'eof' }],
      'openai',
      read,
    );
    assert.equal(result, 'Hello from ');
  });
});

describe('@anthropic-ai/sdk reading a Messages stream', () => {
  const client = (url: string) => new Anthropic({ apiKey: 'sk-test-123', baseURL: url });

  it('throws APIError without a status, with type overloaded_error, for an error event', async () => {
    const { result, requests } = await withApi(
      [
        {
          stream: [
            ...messageEvents(okReply, { stop: false }).slice(0, 4),
            catalogEvent('anthropic-200-overloaded-error'),
          ],
          headers,
        },
      ],
      'anthropic',
      async (url) => {
        try {
          const stream = await client(url).messages.create({
            model: 'claude-sonnet-4-5',
            max_tokens: 1024,
            messages: prompt,
            stream: true,
          });
          for await (const _event of stream);
          return null;
        } catch (err) {
          return err;
        }
      },
    );
    assert.ok(result instanceof Anthropic.APIError);
    assert.equal(result.status, undefined);
    assert.equal(result.type, 'overloaded_error');
    assert.equal(requests, 1);
  });

  it('rejects finalMessage() when message_stop never comes, after emitting the text it had', async () => {
    const { result } = await withApi(
      [{ stream: messageEvents(okReply, { stop: false }) }],
      'anthropic',
      async (url) => {
        let text = '';
        const stream = client(url)
          .messages.stream({ model: 'claude-sonnet-4-5', max_tokens: 1024, messages: prompt })
          .on('text', (delta) => (text += delta));
        const error = await stream.finalMessage().then(
          () => null,
          (err: unknown) => err,
        );
        return { error, text };
      },
    );
    assert.ok(result.error instanceof Anthropic.AnthropicError);
    assert.match(result.error.message, /stream ended without producing a Message with role=assistant/);
    assert.equal(result.text, okReply);
  });
});
