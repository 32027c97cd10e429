/**
 * The official pages, pinned SDK files and observed bodies the Anthropic (Claude API) entries and
 * provider page are checked against (verified 2026-12-05).
 */

/** anthropic-sdk-python and anthropic-sdk-typescript at the commits read for issue 12. */
export const ANT_PY =
  'https://github.com/anthropics/anthropic-sdk-python/blob/009b035305e0724ce108ebd796935f91711fc6e1';
export const ANT_TS =
  'https://github.com/anthropics/anthropic-sdk-typescript/blob/bfa9197f0182084941052be9752c948638421601';

export const antErrors = {
  url: 'https://platform.claude.com/docs/en/api/errors',
  title: 'Claude API docs — Errors',
};
export const antErrorsZh = {
  url: 'https://platform.claude.com/docs/zh-CN/api/errors',
  title: 'Claude API 文档 — Claude API 错误',
};
export const antRateLimits = {
  url: 'https://platform.claude.com/docs/en/api/rate-limits',
  title: 'Claude API docs — Rate limits (spend caps, the spend-cap 429 body)',
};
export const antRateLimitsZh = {
  url: 'https://platform.claude.com/docs/zh-CN/api/rate-limits',
  title: 'Claude API 文档 — 速率限制',
};
export const awsRateLimits = {
  url: 'https://docs.aws.amazon.com/claude-platform/latest/userguide/rate-limits.html',
  title: 'AWS docs — Claude Platform on AWS: Rate limits and quotas (`anthropic-ratelimit-*` headers)',
};
export const msLearn529 = {
  url: 'https://learn.microsoft.com/en-us/microsoft-cloud/dev/dev-proxy/concepts/anthropic-529-overloaded-error',
  title: 'Microsoft Learn — Anthropic 529 overloaded_error: what it means and how to handle it',
};

export const antPyExceptions = {
  url: `${ANT_PY}/src/anthropic/_exceptions.py`,
  title: 'anthropic-sdk-python — src/anthropic/_exceptions.py (exception classes)',
};
export const antPyClient = {
  url: `${ANT_PY}/src/anthropic/_client.py`,
  title: 'anthropic-sdk-python — src/anthropic/_client.py (status → class, `_make_status_error`)',
};
export const antPyBaseClient = {
  url: `${ANT_PY}/src/anthropic/_base_client.py`,
  title: 'anthropic-sdk-python — src/anthropic/_base_client.py (`_should_retry`, Retry-After, backoff)',
};
export const antPyConstants = {
  url: `${ANT_PY}/src/anthropic/_constants.py`,
  title: 'anthropic-sdk-python — src/anthropic/_constants.py (timeout, retries, delays)',
};
export const antTsError = {
  url: `${ANT_TS}/src/core/error.ts`,
  title: 'anthropic-sdk-typescript — src/core/error.ts (error classes, status → class)',
};
export const antTsClient = {
  url: `${ANT_TS}/src/client.ts`,
  title: 'anthropic-sdk-typescript — src/client.ts (timeout, shouldRetry, retryRequest)',
};

/** Observed bodies, each from a public report. */
export const obsCreditBalance = {
  url: 'https://github.com/anthropics/claude-code/issues/66314',
  title: 'Observed 400 `Your credit balance is too low …` body (anthropics/claude-code issue #66314)',
};
export const obsCreditBalancePython = {
  url: 'https://github.com/anthropics/claude-quickstarts/issues/229',
  title: 'Observed credit-balance 400 with balance left on the account (anthropics/claude-quickstarts issue #229)',
};
export const obsPromptTooLong = {
  url: 'https://github.com/earendil-works/pi/issues/102',
  title: 'Observed 400 `prompt is too long` body (earendil-works/pi issue #102)',
};
export const obsPromptTooLongBolt = {
  url: 'https://github.com/stackblitz/bolt.new/issues/1748',
  title: 'Observed `prompt is too long: … tokens > 200000 maximum` (stackblitz/bolt.new issue #1748)',
};
export const obsMaxTokens = {
  url: 'https://github.com/ProfSynapse/nexus/issues/17',
  title: 'Observed 400 `max_tokens` must be greater than `thinking.budget_tokens` (ProfSynapse/nexus issue #17)',
};
export const obs401 = {
  url: 'https://github.com/emilsvennesson/opencode-websearch/issues/15',
  title: 'Observed 401 `invalid x-api-key` body (emilsvennesson/opencode-websearch issue #15)',
};
export const obs401Python = {
  url: 'https://github.com/anthropics/claude-quickstarts/issues/193',
  title: 'Observed 401 in a Python traceback (anthropics/claude-quickstarts issue #193)',
};
export const obs404 = {
  url: 'https://github.com/anthropics/claude-code/issues/5349',
  title: 'Observed 404 `model: sonnet4` body (anthropics/claude-code issue #5349)',
};
export const obs413 = {
  url: 'https://github.com/anthropics/anthropic-sdk-python/issues/938',
  title: 'Observed 413 `Request exceeds the maximum size` (anthropics/anthropic-sdk-python issue #938)',
};
export const obs413Cli = {
  url: 'https://github.com/earendil-works/pi/issues/2734',
  title: 'Observed 413 body without `request_id` (earendil-works/pi issue #2734)',
};
export const obs429 = {
  url: 'https://github.com/anthropics/claude-code/issues/2087',
  title: 'Observed 429 `rate_limit_error` body (anthropics/claude-code issue #2087)',
};
export const obs500 = {
  url: 'https://github.com/anthropics/claude-code/issues/47468',
  title: 'Observed 500 `api_error` body (anthropics/claude-code issue #47468)',
};
export const obs529 = {
  url: 'https://github.com/anthropics/claude-code/issues/35792',
  title: 'Observed 529 `overloaded_error` body (anthropics/claude-code issue #35792)',
};
export const obs529Headers = {
  url: 'https://github.com/anthropics/anthropic-sdk-typescript/issues/616',
  title:
    'Observed 529 with its headers, raised as InternalServerError (anthropics/anthropic-sdk-typescript issue #616)',
};

// ── Streams (issue #14) ──
export const antStreaming = {
  url: 'https://platform.claude.com/docs/en/build-with-claude/streaming',
  title: 'Claude API docs — Streaming Messages (event flow, `ping`, error events, error recovery)',
};
export const antPyStreaming = {
  url: `${ANT_PY}/src/anthropic/_streaming.py`,
  title:
    'anthropic-sdk-python — src/anthropic/_streaming.py (an `error` event raises the class of the stream’s own status: APIStatusError, status_code 200)',
};
export const antTsStreaming = {
  url: `${ANT_TS}/src/core/streaming.ts`,
  title:
    'anthropic-sdk-typescript — src/core/streaming.ts (an `error` event throws APIError without a status, `type` from the event)',
};
export const antPyMessageStream = {
  url: `${ANT_PY}/src/anthropic/lib/streaming/_messages.py`,
  title:
    'anthropic-sdk-python — lib/streaming/_messages.py (get_final_message returns what arrived, `message_stop` or not)',
};
export const antTsMessageStream = {
  url: `${ANT_TS}/src/lib/MessageStream.ts`,
  title:
    'anthropic-sdk-typescript — src/lib/MessageStream.ts (a message counts only once `message_stop` closes it: finalMessage rejects without it)',
};
export const obsStreamStatus200 = {
  url: 'https://github.com/anthropics/anthropic-sdk-python/issues/1918',
  title:
    'Observed: a mid-stream `overloaded_error` raised as APIStatusError with status_code 200 (anthropic-sdk-python issue #1918)',
};
export const obsStreamApiError = {
  url: 'https://github.com/coder/aibridge/blob/c5af6523254daa96bc9053c2892d120bd123af99/fixtures/anthropic/error.txtar',
  title: 'Observed: a recorded Messages stream cut by `event: error` after `ping` (coder/aibridge fixture)',
};
export const obsNoMessageStop = {
  url: 'https://github.com/BerriAI/litellm/pull/32159',
  title:
    'Observed: a Messages stream that stops mid-block with HTTP 200, no `message_stop` and no error (LiteLLM PR #32159)',
};
export const obsNoMessageStopEof = {
  url: 'https://github.com/esengine/DeepSeek-Reasonix/pull/8756',
  title:
    'Observed `stream ended before message_stop: unexpected EOF` from a compatible gateway (DeepSeek-Reasonix PR #8756)',
};
