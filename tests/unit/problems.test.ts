/**
 * The pages by meaning rest on catalog data: every meaning gathers entries, and the table's "does its
 * SDK retry it?" column follows each provider's SDK and says when the SDK is wrong.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entries, entriesWithMeaning, entryBySlug, meanings, sdkRetry } from '../../src/catalog/index.ts';

const retryOf = (slug: string) => sdkRetry(entryBySlug(slug)!);

describe('the pages by meaning', () => {
  it('each gather at least one entry, and every HTTP entry belongs to one', () => {
    for (const m of meanings) assert.ok(entriesWithMeaning(m).length > 0, `no entry means ${m}`);
    assert.deepEqual(
      entries.filter((e) => e.http !== null && !e.meaning).map((e) => e.slug),
      [],
    );
  });

  it('say the openai SDK retries a billing error sent as 429 for nothing', () => {
    for (const slug of ['zhipu-429-1113', 'moonshot-429-exceeded-current-quota-error', 'openai-429-insufficient-quota'])
      assert.deepEqual(retryOf(slug), { family: 'openai', retries: true, fit: 'wasted' }, slug);
  });

  it('say google-genai and mistralai leave a rate limit to the caller', () => {
    assert.deepEqual(retryOf('gemini-429-resource-exhausted'), {
      family: 'google-genai',
      retries: false,
      fit: 'missing',
    });
    assert.deepEqual(retryOf('mistral-429'), { family: 'mistralai', retries: false, fit: 'missing' });
  });

  it('say the SDKs are right where they are', () => {
    assert.deepEqual(retryOf('anthropic-529'), { family: 'anthropic', retries: true, fit: 'right' });
    assert.deepEqual(retryOf('deepseek-402'), { family: 'openai', retries: false, fit: 'right' });
    assert.equal(retryOf('groq-429').family, 'groq');
  });

  it('never count an error inside a 200 body as retried by an SDK', () => {
    for (const e of entries.filter((e) => e.http === 200)) assert.equal(sdkRetry(e).retries, false, e.slug);
  });
});
