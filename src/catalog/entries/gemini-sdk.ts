import type { ErrorEntry } from '../types.ts';
import { jsErrors, jsRetry, pyErrors, pyInteractionsRetry, pyRetry } from './gemini-sources.ts';

const v = '2026-12-05';

/**
 * The exception classes of the Google Gen AI SDKs (python-genai `google.genai.errors`, js-genai
 * `ApiError`). Neither SDK retries a generateContent call unless `retry_options` / `retryOptions` is set.
 */
export const geminiSdkEntries: ErrorEntry[] = [
  {
    slug: 'gemini-sdk-api-error',
    provider: 'gemini',
    http: null,
    class: 'server',
    title: { en: 'APIError (base class of every API error)', 'zh-cn': 'APIError（所有 API 错误的基类）' },
    sdk: {
      python: 'google.genai.errors.APIError',
      node: 'ApiError',
      parent: null,
      statuses: [],
      retriedByDefault: false,
      example: `ApiError: {"error":{"code":503,"message":"The model is overloaded. Please try again later.","status":"UNAVAILABLE"}}`,
    },
    aliases: ['genai.errors.APIError', 'errors.APIError'],
    patterns: ['google.genai.errors.apierror', 'apierror: {"error":{"code"'],
    related: ['gemini-sdk-client-error', 'gemini-sdk-server-error', 'openai-sdk-api-error'],
    sources: [pyErrors, pyRetry, jsErrors, jsRetry],
    verified: v,
  },
  {
    slug: 'gemini-sdk-client-error',
    provider: 'gemini',
    http: null,
    class: 'request',
    title: { en: 'ClientError (HTTP 4xx)', 'zh-cn': 'ClientError（HTTP 4xx）' },
    sdk: {
      python: 'google.genai.errors.ClientError',
      node: null,
      parent: 'gemini-sdk-api-error',
      statuses: [400, 401, 402, 403, 404, 416, 429, 499],
      retriedByDefault: false,
      example: `google.genai.errors.ClientError: 400 INVALID_ARGUMENT. {'error': {'code': 400, 'message': 'Request contains an invalid argument.', 'status': 'INVALID_ARGUMENT'}}`,
    },
    aliases: ['genai.errors.ClientError'],
    patterns: ['google.genai.errors.clienterror', 'errors.clienterror'],
    related: [
      'gemini-sdk-api-error',
      'gemini-sdk-server-error',
      'gemini-400-invalid-argument',
      'gemini-429-resource-exhausted',
    ],
    sources: [pyErrors, pyRetry],
    verified: v,
  },
  {
    slug: 'gemini-sdk-server-error',
    provider: 'gemini',
    http: null,
    class: 'server',
    meaning: 'server-error',
    title: { en: 'ServerError (HTTP 5xx)', 'zh-cn': 'ServerError（HTTP 5xx）' },
    sdk: {
      python: 'google.genai.errors.ServerError',
      node: null,
      parent: 'gemini-sdk-api-error',
      statuses: [500, 503, 504],
      retriedByDefault: false,
      example: `google.genai.errors.ServerError: 500 INTERNAL. {'error': {'code': 500, 'message': 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting', 'status': 'INTERNAL'}}`,
    },
    aliases: ['genai.errors.ServerError'],
    patterns: ['google.genai.errors.servererror', 'errors.servererror'],
    related: ['gemini-sdk-api-error', 'gemini-sdk-client-error', 'gemini-500-internal', 'gemini-503-unavailable'],
    sources: [pyErrors, pyRetry, pyInteractionsRetry],
    verified: v,
  },
];
