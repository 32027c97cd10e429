/** Step 2a (src/lib/diagnose/status.ts): the status a text states, in its many forms. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findStatus, statusFromReason } from '../../src/lib/diagnose/status.ts';

const known = new Set([400, 401, 402, 403, 404, 429, 500, 502, 503, 504, 529]);

describe('findStatus', () => {
  for (const [text, status] of [
    ['HTTP/1.1 429 Too Many Requests', 429],
    ["openai.RateLimitError: Error code: 429 - {'error': {}}", 429],
    ['{"status_code": 503}', 503],
    ['statusCode: 402,', 402],
    ['APIError: 500 Internal error', 500],
    ['调用失败：402 余额不足', 402],
    ['Error code 524', 524],
  ] as const)
    it(`reads ${status} from ${JSON.stringify(text)}`, () => assert.equal(findStatus(text, known), status));

  it('does not take a bare unknown number for a status', () => {
    assert.equal(findStatus('line 418 of the file', known), null);
  });
});

describe('statusFromReason (a status where no number is written)', () => {
  for (const [text, status] of [
    ['错误信息: Too Many Requests', 429],
    ['"Chat upstream returned 429"', 429],
    ['API request failed with status code 429', 429],
    ['upstream said Service Unavailable', 503],
    ['504 Gateway Time-out', 504],
  ] as const)
    it(`reads ${status} from ${JSON.stringify(text)}`, () => assert.equal(statusFromReason(text), status));

  it('reads nothing from ordinary words', () => {
    assert.equal(statusFromReason('something went wrong, too many things'), null);
  });
});
