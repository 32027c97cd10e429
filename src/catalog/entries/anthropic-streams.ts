import type { ErrorEntry } from '../types.ts';
import {
  antErrors,
  antPyMessageStream,
  antPyStreaming,
  antStreaming,
  antTsMessageStream,
  antTsStreaming,
  obsNoMessageStop,
  obsNoMessageStopEof,
  obsStreamApiError,
  obsStreamStatus200,
} from './anthropic-sources.ts';

const verified = '2026-12-05';

/**
 * Failures of a streamed Messages call after `200 OK` (issue #14): an `event: error` in the stream, and a
 * stream that ends without `message_stop`. The transcripts are in the Markdown.
 */
export const anthropicStreamEntries: ErrorEntry[] = [
  {
    slug: 'anthropic-200-overloaded-error',
    provider: 'anthropic',
    http: 200,
    class: 'overload',
    meaning: 'stream-error',
    title: { en: 'Overloaded, mid-stream', 'zh-cn': '流中途过载' },
    machine: { type: 'overloaded_error', message: 'Overloaded' },
    example: { event: 'error', body: { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } } },
    aliases: [],
    patterns: [
      'event: error',
      '"overloaded_error"',
      "'overloaded_error'",
      // anthropic-sdk-python raises the class of the stream's own status (200): the bare APIStatusError,
      // whose message is the event's JSON without an "Error code: …" prefix.
      "apistatuserror: {'type': 'error'",
    ],
    related: [
      'anthropic-529',
      'anthropic-sdk-api-status-error',
      'anthropic-sdk-overloaded-error',
      'anthropic-200-stream-ended-early',
      'openai-200-stream-error',
    ],
    sources: [antStreaming, antErrors, antPyStreaming, antTsStreaming, obsStreamStatus200, obsStreamApiError],
    verified,
  },
  {
    slug: 'anthropic-200-stream-ended-early',
    provider: 'anthropic',
    http: 200,
    class: 'network',
    meaning: 'stream-error',
    title: { en: 'Stream ended before message_stop', 'zh-cn': '流在 message_stop 之前中断' },
    // The last event that arrived, in the middle of a tool call's input; nothing follows it.
    example: {
      event: 'content_block_delta',
      body: { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: ' s' } },
    },
    aliases: [],
    patterns: [
      'stream ended before message_stop',
      'ended without message_stop',
      'request ended without sending any chunks',
      'stream ended without producing a message with role=assistant',
    ],
    related: [
      'anthropic-200-overloaded-error',
      'openai-200-stream-ended-early',
      'anthropic-sdk-api-connection-error',
      'anthropic-sdk-api-timeout-error',
    ],
    sources: [antStreaming, antPyMessageStream, antTsMessageStream, obsNoMessageStop, obsNoMessageStopEof],
    verified,
  },
];
