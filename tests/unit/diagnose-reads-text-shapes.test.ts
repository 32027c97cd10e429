/** Text that is not a whole provider body (src/lib/diagnose/shapes/): cut-off bodies, errors after streaming began. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isCutOff } from '../../src/lib/diagnose/shapes/cut-off.ts';
import { midStream } from '../../src/lib/diagnose/shapes/stream.ts';

describe('isCutOff', () => {
  it('sees a body that opens and never closes', () => {
    assert.ok(isCutOff('429 {\n  "error": {\n    "message": "Rate limit exceeded",'));
    assert.ok(isCutOff("Error code: 400 - {'error': {'message': 'x"));
  });
  it('does not flag whole bodies, prose, or Node dumps that close', () => {
    assert.ok(!isCutOff('{"error":{"message":"x"}} and then text {'));
    assert.ok(!isCutOff('no body at all'));
    assert.ok(!isCutOff("error: { message: 'x' }"));
  });
});

describe('midStream', () => {
  it('sees an error event inside a stream', () => {
    assert.equal(
      midStream('event: content_block_delta\ndata: {}\n\nevent: error\ndata: {"type":"error"}'),
      'event: error',
    );
    assert.ok(midStream('openai.APIError: An error occurred during streaming'));
  });
  it('sees a connection cut while a stream was read, not outside one', () => {
    assert.ok(
      midStream(
        'for chunk in stream:\nhttpx.RemoteProtocolError: peer closed connection without sending complete message body (incomplete chunked read)',
      ),
    );
    assert.equal(
      midStream('httpx.RemoteProtocolError: peer closed connection without sending complete message body'),
      null,
    );
  });
  it('does not take an app’s SSE error for a call that failed with a status for a mid-stream one', () => {
    assert.equal(midStream('event: error\ndata: error from LLM: unexpected status code: 413, body: {}'), null);
  });
});
