/** Step 0 (src/lib/diagnose/prepare.ts): pasted text is capped, cleaned and unescaped, never rejected. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_INPUT, prepare } from '../../src/lib/diagnose/prepare.ts';

describe('prepare', () => {
  it('caps the text and says so', () => {
    const { text, notices } = prepare('x'.repeat(MAX_INPUT + 10));
    assert.equal(text.length, MAX_INPUT);
    assert.deepEqual(notices, ['truncated']);
  });
  it('drops colour codes and control characters', () => {
    assert.equal(prepare('\u001b[31mError code: 429\u001b[0m\u0007').text, 'Error code: 429 ');
  });
  it('unescapes JSON embedded in a log line', () => {
    assert.equal(prepare('body="{\\"error\\":{\\"code\\":\\"x\\"}}"').text, 'body="{"error":{"code":"x"}}"');
  });
  it('flags binary junk', () => {
    assert.ok(prepare('\u0001\u0002\u0003abc').notices.includes('binary'));
  });
  it('treats what is not a string as empty', () => {
    assert.equal(prepare(undefined as unknown as string).text, '');
  });
});
