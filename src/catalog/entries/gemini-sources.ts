import type { Source } from '../types.ts';

/** Official Gemini API pages and pinned SDK files the Gemini entries and provider page are checked against. */
export const troubleshooting: Source = {
  url: 'https://ai.google.dev/gemini-api/docs/troubleshooting',
  title: 'Gemini API docs — Troubleshooting guide',
};
export const troubleshootingZh: Source = {
  url: 'https://ai.google.dev/gemini-api/docs/troubleshooting?hl=zh-cn',
  title: 'Gemini API 文档 — 问题排查指南',
};
export const generateContentErrors: Source = {
  url: 'https://ai.google.dev/gemini-api/docs/generate-content/api-errors',
  title: 'Gemini API docs — GenerateContent API errors',
};
export const interactionsErrors: Source = {
  url: 'https://ai.google.dev/gemini-api/docs/api-errors',
  title: 'Gemini API docs — Interactions API errors',
};
export const rateLimits: Source = {
  url: 'https://ai.google.dev/gemini-api/docs/rate-limits',
  title: 'Gemini API docs — Rate limits (linked from every quota 429)',
};
export const safetySettings: Source = {
  url: 'https://ai.google.dev/gemini-api/docs/safety-settings',
  title: 'Gemini API docs — Safety settings',
};
export const promptFeedback: Source = {
  url: 'https://ai.google.dev/api/python/google/generativeai/protos/GenerateContentResponse/PromptFeedback',
  title: 'Gemini API reference — PromptFeedback (blockReason)',
};
export const availableRegions: Source = {
  url: 'https://ai.google.dev/gemini-api/docs/available-regions',
  title: 'Gemini API docs — Available regions',
};

const py = 'https://github.com/googleapis/python-genai/blob/66807187f2123c6676175ac991f4e34eb09200d1';
const js = 'https://github.com/googleapis/js-genai/blob/6e9b35c45e21f0d37179a24d29dca01ebed698e6';
export const pyErrors: Source = { url: `${py}/google/genai/errors.py`, title: 'python-genai — errors.py' };
export const pyRetry: Source = {
  url: `${py}/google/genai/_api_client.py`,
  title: 'python-genai — _api_client.py (retry_args: no retry unless retry_options is set)',
};
export const pyInteractionsRetry: Source = {
  url: `${py}/google/genai/_gaos/utils/retries.py`,
  title: 'python-genai — _gaos/utils/retries.py (Interactions client: Retry-After, retry-after-ms)',
};
export const jsErrors: Source = { url: `${js}/src/errors.ts`, title: 'js-genai — errors.ts (ApiError)' };
export const jsRetry: Source = {
  url: `${js}/src/_api_client.ts`,
  title: 'js-genai — _api_client.ts (retry defaults, throwErrorIfNotOK)',
};

// ── Streams (issue #14) ──
export const finishReasonRef: Source = {
  url: 'https://ai.google.dev/api/generate-content#FinishReason',
  title: 'Gemini API reference — generateContent: FinishReason (`SAFETY`, `RECITATION` …)',
};
export const streamGenerateContentRef: Source = {
  url: 'https://ai.google.dev/api/generate-content#method:-models.streamgeneratecontent',
  title:
    'Gemini API reference — models.streamGenerateContent (a stream of GenerateContentResponse, SSE with `alt=sse`)',
};
export const pyStreamErrors: Source = {
  url: `${py}/google/genai/_api_client.py`,
  title:
    'python-genai — _api_client.py (request_streamed: a chunk that is `{"error": …}` raises ClientError or ServerError by its code)',
};
export const jsStreamErrors: Source = {
  url: `${js}/src/_api_client.ts`,
  title:
    'js-genai — _api_client.ts (processStreamResponse: a plain JSON error chunk throws ApiError `got status: …`; a cut-off event throws `Incomplete JSON segment at the end`)',
};
export const obsMidStream503: Source = {
  url: 'https://github.com/diegosouzapw/OmniRoute/issues/4177',
  title:
    'Observed: a Gemini stream that sends text, then `{"error":{"code":503,…,"status":"UNAVAILABLE"}}` under HTTP 200 (OmniRoute issue #4177)',
};
export const obsCliMissingFinish: Source = {
  url: 'https://github.com/google-gemini/gemini-cli/issues/8415',
  title: 'Observed `Model stream ended with an invalid chunk or missing finish reason.` (gemini-cli issue #8415)',
};
export const obsRecitationMidStream: Source = {
  url: 'https://discuss.ai.google.dev/t/finishreason-recitation-on-users-own-legal-documents-also-returns-content-with-no-role-crashing-strict-sdk-parsers/171706',
  title:
    'Observed: `finishReason` `RECITATION` mid-stream, with `content: {}` and a `finishMessage` (Google AI Developers Forum)',
};
export const obsRecitationPhp: Source = {
  url: 'https://github.com/gemini-api-php/client/issues/68',
  title:
    'Observed: a candidate with empty `parts` and `finishReason` `RECITATION` when translating a copyrighted text (gemini-api-php issue #68)',
};
