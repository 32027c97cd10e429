import type { ErrorEntry } from '../types.ts';
import {
  chatStreamingRef,
  nodeResponseStream,
  nodeStreamingPinned,
  obsChatStreamError,
  obsNoFinishReason,
  obsNoResponseCompleted,
  obsNoResponseCompletedExplained,
  obsOverloadedStream,
  obsResponsesServerError,
  pyResponseError,
  pyResponsesHelper,
  pyStreamingPinned,
  pyStreamOptions,
  responsesErrorEvent,
  responsesFailedEvent,
  streamingGuide,
} from './openai-sources.ts';

const V = '2026-12-05';

/**
 * Failures that arrive after `200 OK`, inside a server-sent-event stream (issue #14). The HTTP status is
 * 200 because the status line was sent before the failure happened; the raw stream of each is shown in
 * its Markdown. No `example`: a stream is not a JSON body, so the transcript lives in the prose.
 */
export const openaiStreamEntries: ErrorEntry[] = [
  {
    slug: 'openai-200-stream-error',
    provider: 'openai',
    http: 200,
    class: 'server',
    meaning: 'stream-error',
    title: { en: 'Error event in a streamed chat completion', 'zh-cn': '流式对话补全中途的错误事件' },
    machine: {
      type: 'server_error',
      message: 'The server had an error while processing your request. Sorry about that!',
    },
    example: {
      event: null,
      body: {
        error: {
          message: 'The server had an error while processing your request. Sorry about that!',
          type: 'server_error',
        },
      },
    },
    aliases: [],
    patterns: [
      'data: {"error":',
      'data: {"error": {',
      // A stream error has no status, so the SDKs print the bare class and the event's message.
      'apierror: the server had an error while processing your request',
    ],
    related: [
      'openai-sdk-api-error',
      'openai-503-server-is-overloaded',
      'openai-500-server-error',
      'openai-200-stream-ended-early',
      'openai-200-responses-error-event',
      'openrouter-200-mid-stream-error',
      'anthropic-200-overloaded-error',
    ],
    sources: [
      chatStreamingRef,
      streamingGuide,
      pyStreamingPinned,
      nodeStreamingPinned,
      obsChatStreamError,
      obsOverloadedStream,
    ],
    verified: V,
  },
  {
    slug: 'openai-200-responses-error-event',
    provider: 'openai',
    http: 200,
    class: 'server',
    meaning: 'stream-error',
    title: { en: 'Error event in a Responses API stream', 'zh-cn': 'Responses API 流中的 error 事件' },
    // As OpenAI's servers send it: the fields nested in `error` (the API reference shows them flat).
    example: {
      event: 'error',
      body: {
        type: 'error',
        sequence_number: 5,
        error: {
          type: 'server_error',
          code: 'server_error',
          message:
            'An error occurred while processing your request. You can retry your request, or contact us through our help center at help.openai.com if the error persists. Please include the request ID 9349dabf-bcb7-4c36-aa40-f645dd04a472 in your message.',
          param: null,
        },
      },
    },
    // No aliases: the diagnose tool reads an HTTP entry's aliases as codes, and the event's code varies.
    aliases: [],
    patterns: [
      '"type":"error","sequence_number"',
      '"type": "error", "sequence_number"',
      'event: error\ndata: {"type":"error","sequence_number"',
      '"type":"error","code"',
      'responseerrorevent(',
      // The message OpenAI puts in a server error of the Responses API, with the request ID inside.
      'you can retry your request, or contact us through our help center',
      'stream disconnected before completion: an error occurred while processing your request',
    ],
    related: [
      'openai-200-response-failed',
      'openai-200-stream-error',
      'openai-200-stream-ended-early',
      'openai-sdk-api-error',
      'openai-500-server-error',
    ],
    sources: [
      responsesErrorEvent,
      streamingGuide,
      nodeStreamingPinned,
      nodeResponseStream,
      pyStreamingPinned,
      obsResponsesServerError,
    ],
    verified: V,
  },
  {
    slug: 'openai-200-response-failed',
    provider: 'openai',
    http: 200,
    class: 'server',
    meaning: 'stream-error',
    title: { en: 'Response failed mid-stream', 'zh-cn': '响应在流中途失败' },
    example: {
      event: 'response.failed',
      body: {
        type: 'response.failed',
        sequence_number: 4,
        response: {
          id: 'resp_68a1f0c2d3e4b5a69788',
          object: 'response',
          status: 'failed',
          error: { code: 'server_error', message: 'The model failed to generate a response.' },
          output: [],
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: [
      '"type":"response.failed"',
      '"type": "response.failed"',
      'event: response.failed',
      'responsefailedevent(',
      'you can retry your request, or contact us through our help center',
    ],
    related: [
      'openai-200-responses-error-event',
      'openai-200-stream-ended-early',
      'openai-429-rate-limit-exceeded',
      'openai-500-server-error',
      'openai-sdk-api-error',
    ],
    sources: [responsesFailedEvent, pyResponseError, streamingGuide, pyStreamingPinned, nodeResponseStream],
    verified: V,
  },
  {
    slug: 'openai-200-stream-ended-early',
    provider: 'openai',
    http: 200,
    class: 'network',
    meaning: 'stream-error',
    title: { en: 'Stream ended before its final event', 'zh-cn': '流在结束事件之前中断' },
    // The last event that arrived: an ordinary chunk, with no finish_reason and no `data: [DONE]` after it.
    example: {
      event: null,
      body: {
        id: 'chatcmpl-CmT2k9Lq',
        object: 'chat.completion.chunk',
        created: 1764902536,
        model: 'gpt-4o-mini',
        choices: [{ index: 0, delta: { content: 'The first half of the' }, finish_reason: null }],
      },
    },
    aliases: [],
    patterns: [
      'stream closed before response.completed',
      'stream closed before a finish_reason was received',
      "didn't receive a `response.completed` event",
      'incomplete chunked read',
      'peer closed connection without sending complete message body',
    ],
    related: [
      'openai-200-stream-error',
      'openai-200-response-failed',
      'anthropic-200-stream-ended-early',
      'openai-sdk-api-connection-error',
      'openai-sdk-api-timeout-error',
    ],
    sources: [
      chatStreamingRef,
      pyStreamOptions,
      pyStreamingPinned,
      nodeStreamingPinned,
      pyResponsesHelper,
      obsNoResponseCompleted,
      obsNoResponseCompletedExplained,
      obsNoFinishReason,
    ],
    verified: V,
  },
];
