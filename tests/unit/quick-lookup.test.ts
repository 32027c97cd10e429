/** The quick lookup's matcher answers the queries and every query derived from the catalog. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { locales } from '../../src/catalog/index.ts';
import { lookup, looksLikePaste, statusInText } from '../../src/lib/lookup.ts';
import { buildLookupIndex } from '../../src/lib/lookup-index.ts';
import { derivedQueries, listedQueries } from '../support/search-queries.ts';

for (const locale of locales) {
  const index = buildLookupIndex(locale);
  describe(`quick lookup (${locale})`, () => {
    for (const { query, first, alsoTop3 } of [...listedQueries[locale], ...derivedQueries(locale)]) {
      it(`"${query}" opens ${first.join(' or ')}`, () => {
        const answer = lookup(index, query);
        assert.ok(first.includes(answer.best?.url ?? ''), `got ${answer.results.map((r) => r.url).join(', ')}`);
        for (const url of alsoTop3 ?? []) {
          assert.ok(
            answer.results.slice(0, 3).some((r) => r.url === url),
            `${url} in the top 3`,
          );
        }
      });
    }
  });
}

describe('quick lookup with pasted errors', () => {
  const index = buildLookupIndex('en');
  const cases: [string, string][] = [
    [
      `openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}`,
      '/errors/openai-429-insufficient-quota/',
    ],
    [
      '{"error":{"message":"Insufficient Balance","type":"unknown_error","param":null,"code":"invalid_request_error"}}',
      '/errors/deepseek-402/',
    ],
    [
      'HTTP/1.1 400 Bad Request\n\n{"error": {"message": "This model\'s maximum context length is 128000 tokens.", "type": "invalid_request_error", "param": "messages", "code": "context_length_exceeded"}}',
      '/errors/openai-400-context-length-exceeded/',
    ],
  ];
  for (const [text, url] of cases) {
    it(`offers the diagnose tool and ranks ${url} first for a pasted ${url.split('/')[2]}`, () => {
      const answer = lookup(index, text);
      assert.equal(answer.looksLikePaste, true);
      assert.equal(answer.best?.url, url, answer.results.map((r) => r.url).join(', '));
    });
  }
  it('reads the status from common error formats', () => {
    assert.equal(statusInText('Error code: 429 - {...}'), 429);
    assert.equal(statusInText('HTTP/1.1 503 Service Unavailable'), 503);
    assert.equal(statusInText('{"status": 402}'), 402);
  });
  it('does not mistake a typed code for a paste', () => {
    assert.equal(looksLikePaste('insufficient_quota'), false);
    assert.equal(looksLikePaste('429'), false);
  });
  it('returns nothing for empty or unmatched input instead of failing', () => {
    assert.deepEqual(lookup(index, '   ').results, []);
    assert.equal(lookup(index, 'zzzzzz-not-an-error').best, undefined);
    assert.doesNotThrow(() => lookup(index, '<script>alert(1)</script>'.repeat(1000)));
  });
});
