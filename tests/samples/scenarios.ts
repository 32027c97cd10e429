/**
 * The scenarios every sample runs against (issue #5; the Anthropic and Gemini ones, issue #12), built
 * from the catalog's example responses, with what the sample must do in each. A sample runs the
 * scenarios of the API shape it speaks: `scenarios` (OpenAI-compatible), `anthropicScenarios` or
 * `geminiScenarios`; a streaming sample also runs `streamScenarios` (issue #14).
 */
import { entryBySlug } from '../../src/catalog/index.ts';
import {
  anthropicOkBody,
  chatChunks,
  geminiOkBody,
  okBody,
  okReply,
  type ApiShape,
  type SseEvent,
  type Step,
} from './fake-api.ts';

/** The catalog's example response of an entry, as a fake-API step. */
function example(slug: string, extraHeaders: Record<string, string> = {}): Step {
  const entry = entryBySlug(slug);
  if (!entry?.example || entry.http === null) throw new Error(`scenario: "${slug}" has no example response`);
  return { status: entry.http, headers: { ...entry.example.headers, ...extraHeaders }, body: entry.example.body };
}

const ok: Step = { status: 200, body: okBody };

export interface Scenario {
  name: string;
  /** `API_PROVIDER` for the OpenAI-compatible samples; the Anthropic and Gemini samples know their provider. */
  provider?: 'deepseek' | 'openai' | 'gateway';
  script: Step[];
  /** Per-request timeout given to the sample (seconds). */
  timeout?: number;
  exitCode: 0 | 1;
  requests: number;
  /** Minimum gap between the first and second request (ms), when a wait was asked for. */
  minGapMs?: number;
  /** Parts the stderr line must contain on failure. */
  stderr?: (string | RegExp)[];
  /** What stdout must hold on failure: the part of a streamed reply printed before the stream broke. */
  stdout?: string;
}

const requestId = (slug: string) => {
  const example = entryBySlug(slug)?.example;
  const body = example?.body as { request_id?: string; error?: { request_id?: string } } | undefined;
  // OpenAI: x-request-id; the gateway: error.request_id; Anthropic: request-id and the top-level request_id.
  return (
    example?.headers?.['x-request-id'] ??
    example?.headers?.['request-id'] ??
    body?.error?.request_id ??
    body?.request_id
  );
};

export const scenarios: Scenario[] = [
  {
    name: '429 with Retry-After: 1, then 200',
    provider: 'openai',
    script: [example('openai-429-rate-limit-exceeded', { 'retry-after': '1' }), ok],
    exitCode: 0,
    requests: 2,
    minGapMs: 950,
  },
  {
    name: '429 with retry-after-ms: 1200, then 200',
    provider: 'gateway',
    script: [example('gateway-429', { 'retry-after-ms': '1200' }), ok],
    exitCode: 0,
    requests: 2,
    minGapMs: 1150,
  },
  {
    name: '503, 503, then 200',
    provider: 'deepseek',
    script: [example('deepseek-503'), example('deepseek-503'), ok],
    exitCode: 0,
    requests: 3,
  },
  {
    name: '500 until the attempts run out',
    provider: 'openai',
    script: [example('openai-500-server-error')],
    exitCode: 1,
    requests: 4,
    // OpenAI's 500 body has `code: null`, so the line can only name its type and link the status hub.
    stderr: ['HTTP 500', 'server_error', requestId('openai-500-server-error')!, '/status/500/'],
  },
  {
    name: 'DeepSeek 402 Insufficient Balance (no retry)',
    provider: 'deepseek',
    script: [example('deepseek-402')],
    exitCode: 1,
    requests: 1,
    stderr: ['HTTP 402', 'Insufficient Balance', '/errors/deepseek-402/'],
  },
  {
    name: 'OpenAI 429 insufficient_quota (no retry)',
    provider: 'openai',
    script: [example('openai-429-insufficient-quota')],
    exitCode: 1,
    requests: 1,
    stderr: [
      'HTTP 429',
      'insufficient_quota',
      requestId('openai-429-insufficient-quota')!,
      '/errors/openai-429-insufficient-quota/',
    ],
  },
  {
    name: 'OpenAI 400 context_length_exceeded (no retry)',
    provider: 'openai',
    script: [example('openai-400-context-length-exceeded')],
    exitCode: 1,
    requests: 1,
    stderr: ['HTTP 400', 'context_length_exceeded', '/errors/openai-400-context-length-exceeded/'],
  },
  {
    name: 'DeepSeek 422 Invalid Parameters (no retry)',
    provider: 'deepseek',
    script: [example('deepseek-422')],
    exitCode: 1,
    requests: 1,
    stderr: ['HTTP 422', '/errors/deepseek-422/'],
  },
  {
    name: 'gateway 401 authentication_error (no retry)',
    provider: 'gateway',
    script: [example('gateway-401')],
    exitCode: 1,
    requests: 1,
    stderr: ['HTTP 401', 'authentication_error', requestId('gateway-401')!, '/errors/gateway-401/'],
  },
  {
    name: 'a connection reset, then 200',
    provider: 'deepseek',
    script: [{ reset: true }, ok],
    exitCode: 0,
    requests: 2,
  },
  {
    name: 'a response slower than the timeout, then 200',
    provider: 'deepseek',
    script: [{ delayMs: 4000, then: { status: 200, body: okBody } }, ok],
    timeout: 1,
    exitCode: 0,
    requests: 2,
  },
  {
    name: 'keep-alive blank lines, then 200',
    provider: 'deepseek',
    script: [{ keepAliveMs: 400, body: okBody }],
    exitCode: 0,
    requests: 1,
  },
];

/** A step with its status and body, as a closure can change them. */
type Answer = Extract<Step, { status: number }>;

/** The Anthropic success and failures the samples of `POST /v1/messages` meet. */
const anthropicOk: Step = { status: 200, headers: { 'request-id': 'req_011FakeOk' }, body: anthropicOkBody };
/** Anthropic sends the request ID in a header on every response, and again in an error body. */
const anthropic = (slug: string, extraHeaders: Record<string, string> = {}): Step => {
  const id = requestId(slug);
  return example(slug, { ...(id ? { 'request-id': id } : {}), ...extraHeaders });
};

export const anthropicScenarios: Scenario[] = [
  {
    // The catalog's 429 has no retry-after, which a real rate limit sends: ask for 1 s here.
    name: 'Anthropic 429 rate_limit_error with retry-after: 1, then 200',
    script: [anthropic('anthropic-429', { 'retry-after': '1' }), anthropicOk],
    exitCode: 0,
    requests: 2,
    minGapMs: 950,
  },
  {
    name: 'Anthropic 529 overloaded_error, 529, then 200',
    script: [anthropic('anthropic-529'), anthropic('anthropic-529'), anthropicOk],
    exitCode: 0,
    requests: 3,
    minGapMs: 240, // the first backoff is 0.25-0.5 s
  },
  {
    name: 'Anthropic 529 until the attempts run out',
    script: [anthropic('anthropic-529')],
    exitCode: 1,
    requests: 4,
    stderr: ['HTTP 529', 'overloaded_error', 'Overloaded', requestId('anthropic-529')!, '/errors/anthropic-529/'],
  },
  {
    name: 'Anthropic 400 credit balance too low (no retry)',
    script: [anthropic('anthropic-400-credit-balance-too-low')],
    exitCode: 1,
    requests: 1,
    stderr: [
      'HTTP 400',
      'invalid_request_error',
      'Your credit balance is too low to access the Anthropic API.',
      requestId('anthropic-400-credit-balance-too-low')!,
      '/errors/anthropic-400-credit-balance-too-low/',
    ],
  },
  {
    name: 'Anthropic 429 enforced_spend_limit_reached (no retry)',
    script: [anthropic('anthropic-429-enforced-spend-limit-reached')],
    exitCode: 1,
    requests: 1,
    stderr: [
      'HTTP 429',
      'enforced_spend_limit_reached',
      requestId('anthropic-429-enforced-spend-limit-reached')!,
      '/errors/anthropic-429-enforced-spend-limit-reached/',
    ],
  },
  {
    name: 'Anthropic 401 authentication_error (no retry)',
    script: [anthropic('anthropic-401')],
    exitCode: 1,
    requests: 1,
    stderr: ['HTTP 401', 'authentication_error', 'invalid x-api-key', '/errors/anthropic-401/'],
  },
  {
    name: 'a connection reset, then 200 (Messages)',
    script: [{ reset: true }, anthropicOk],
    exitCode: 0,
    requests: 2,
  },
  {
    name: 'a connection reset on every attempt (Messages)',
    script: [{ reset: true }],
    exitCode: 1,
    requests: 4,
    stderr: ['no response', 'after 4 attempts', '/errors/anthropic-sdk-api-connection-error/'],
  },
  {
    name: 'a response slower than the timeout, then 200 (Messages)',
    script: [{ delayMs: 4000, then: { status: 200, body: anthropicOkBody } }, anthropicOk],
    timeout: 1,
    exitCode: 0,
    requests: 2,
  },
];

/**
 * A Gemini error whose `google.rpc.RetryInfo` asks for `retryDelay` instead of the catalog's (26 s
 * and 47 s, as observed: too slow for a test, and the per-minute one would fit in the 30-second budget).
 */
const withRetryDelay = (step: Step, retryDelay: string): Step => {
  const { status, headers, body } = step as Answer;
  const error = (body as { error: { details: { '@type': string }[] } }).error;
  const details = error.details.map((d) =>
    d['@type'] === 'type.googleapis.com/google.rpc.RetryInfo' ? { ...d, retryDelay } : d,
  );
  return { status, headers, body: { error: { ...error, details } } };
};

const geminiOk: Step = { status: 200, body: geminiOkBody };
/** Google sends no request ID: a Gemini sample's line gives the time of the failure instead, in UTC. */
const atTime = /\(at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z\)/;

export const geminiScenarios: Scenario[] = [
  {
    name: 'Gemini 429 RESOURCE_EXHAUSTED per minute with RetryInfo retryDelay 2s, then 200',
    script: [withRetryDelay(example('gemini-429-resource-exhausted'), '2s'), geminiOk],
    exitCode: 0,
    requests: 2,
    minGapMs: 1950,
  },
  {
    name: 'Gemini 503 UNAVAILABLE, 503, then 200',
    script: [example('gemini-503-unavailable'), example('gemini-503-unavailable'), geminiOk],
    exitCode: 0,
    requests: 3,
    minGapMs: 240,
  },
  {
    name: 'Gemini 503 until the attempts run out',
    script: [example('gemini-503-unavailable')],
    exitCode: 1,
    requests: 4,
    stderr: [
      'HTTP 503',
      'UNAVAILABLE',
      'The model is overloaded. Please try again later.',
      atTime,
      '/errors/gemini-503-unavailable/',
    ],
  },
  {
    // The catalog's daily-quota 429 says retryDelay 47s: a sample that honoured it would still fail.
    name: 'Gemini 429 RESOURCE_EXHAUSTED per day (no retry)',
    script: [example('gemini-429-quota-exceeded'), geminiOk],
    exitCode: 1,
    requests: 1,
    stderr: ['HTTP 429', 'RESOURCE_EXHAUSTED', atTime, '/errors/gemini-429-quota-exceeded/'],
  },
  {
    name: 'Gemini 402 prepay credits depleted (no retry)',
    script: [example('gemini-402-resource-exhausted'), geminiOk],
    exitCode: 1,
    requests: 1,
    stderr: ['HTTP 402', 'RESOURCE_EXHAUSTED', '/errors/gemini-402-resource-exhausted/'],
  },
  {
    name: 'Gemini 400 API_KEY_INVALID (no retry)',
    script: [example('gemini-400-api-key-invalid'), geminiOk],
    exitCode: 1,
    requests: 1,
    stderr: ['HTTP 400', 'API_KEY_INVALID', 'API key not valid.', '/errors/gemini-400-api-key-invalid/'],
  },
  {
    name: 'a connection reset, then 200 (generateContent)',
    script: [{ reset: true }, geminiOk],
    exitCode: 0,
    requests: 2,
  },
  {
    name: 'a response slower than the timeout, then 200 (generateContent)',
    script: [{ delayMs: 4000, then: { status: 200, body: geminiOkBody } }, geminiOk],
    timeout: 1,
    exitCode: 0,
    requests: 2,
  },
  {
    name: 'a response slower than the timeout on every attempt (generateContent)',
    script: [{ delayMs: 4000, then: { status: 200, body: geminiOkBody } }],
    timeout: 1,
    exitCode: 1,
    requests: 4,
    stderr: ['no response', 'after 4 attempts', '/errors/gemini-499-cancelled/'],
  },
];

export const scenariosByShape: Record<ApiShape, Scenario[]> = {
  openai: scenarios,
  anthropic: anthropicScenarios,
  gemini: geminiScenarios,
};

/** The catalog's example of an error inside a stream, as the event the fake API sends. */
function streamEvent(slug: string): SseEvent {
  const example = entryBySlug(slug)?.example;
  if (example?.event === undefined) throw new Error(`scenario: "${slug}" has no stream example`);
  return { ...(example.event ? { event: example.event } : {}), data: example.body };
}

const streamId = { 'x-request-id': 'req_0a1b2c3d4e5f60718293a4b5c6d7e8f9' };
/** The first words of the reply, streamed before a failure: what a user has already seen. */
const partial = chatChunks(okReply, { finish: false }).slice(0, 3);
const nothingShown = chatChunks('', { finish: false }); // the role chunk only, no text
const fullStream: Step = { stream: chatChunks(okReply), end: 'done', headers: streamId };

/**
 * Failures after `200 OK`, for the samples that stream a chat completion (they also run `scenarios`,
 * whose successes the fake API streams to them). The rule under test: retry only while nothing has
 * been printed, and only an error a later attempt can fix.
 */
export const streamScenarios: Scenario[] = [
  {
    name: 'stream: a server_error event before any text, then a full stream',
    provider: 'openai',
    script: [{ stream: [...nothingShown, streamEvent('openai-200-stream-error')], headers: streamId }, fullStream],
    exitCode: 0,
    requests: 2,
  },
  {
    name: 'stream: a server_error event before any text on every attempt',
    provider: 'openai',
    script: [{ stream: [...nothingShown, streamEvent('openai-200-stream-error')], headers: streamId }],
    exitCode: 1,
    requests: 4,
    stderr: [
      'stream error',
      'server_error',
      'after 0 characters',
      streamId['x-request-id'],
      '/errors/openai-200-stream-error/',
    ],
  },
  {
    name: 'stream: a server_error event after some text (no retry: the text is on screen)',
    provider: 'openai',
    script: [{ stream: [...partial, streamEvent('openai-200-stream-error')], headers: streamId }, fullStream],
    exitCode: 1,
    requests: 1,
    stdout: 'Hello from',
    stderr: [
      'stream error',
      'server_error',
      'The server had an error while processing your request.',
      'after 11 characters',
      streamId['x-request-id'],
      '/errors/openai-200-stream-error/',
    ],
  },
  {
    name: 'stream: an error event about the request before any text (no retry)',
    provider: 'openai',
    script: [
      {
        stream: [...nothingShown, { data: entryBySlug('openai-400-context-length-exceeded')!.example!.body }],
        headers: streamId,
      },
      fullStream,
    ],
    exitCode: 1,
    requests: 1,
    stderr: ['stream error', 'context_length_exceeded', '/errors/openai-200-stream-error/'],
  },
  {
    name: 'stream: OpenRouter processing comments, then its error chunk after some text (no retry)',
    provider: 'gateway',
    script: [
      {
        stream: [{ comment: 'OPENROUTER PROCESSING' }, ...partial, streamEvent('openrouter-200-mid-stream-error')],
        headers: streamId,
      },
      fullStream,
    ],
    exitCode: 1,
    requests: 1,
    stdout: 'Hello from',
    stderr: ['stream error', 'Provider disconnected unexpectedly', 'after 11 characters'],
  },
  {
    name: 'stream: the stream ends without [DONE] after some text (no retry)',
    provider: 'openai',
    script: [{ stream: partial, end: 'eof', headers: streamId }, fullStream],
    exitCode: 1,
    requests: 1,
    stdout: 'Hello from',
    stderr: ['stream ended before its final event', 'after 11 characters', '/errors/openai-200-stream-ended-early/'],
  },
  {
    name: 'stream: the stream ends without [DONE] before any text, then a full stream',
    provider: 'deepseek',
    script: [{ stream: nothingShown, end: 'eof', headers: streamId }, fullStream],
    exitCode: 0,
    requests: 2,
  },
];
