import type { Provider } from './types.ts';
import { pyRetryRules } from './entries/openai-sources.ts';
import {
  antErrors,
  antErrorsZh,
  antPyBaseClient,
  antPyConstants,
  antPyExceptions,
  antRateLimits,
  antRateLimitsZh,
  antTsClient,
  antTsError,
  msLearn529,
} from './entries/anthropic-sources.ts';

export const providers: Provider[] = [
  {
    id: 'deepseek',
    name: { en: 'DeepSeek', 'zh-cn': 'DeepSeek' },
    envelopeExample: {
      error: { message: 'Insufficient Balance', type: 'unknown_error', param: null, code: 'invalid_request_error' },
    },
    requestIdHeader: null,
    baseUrl: 'https://api.deepseek.com',
    modelPrefixes: ['deepseek-'],
    sources: [
      { url: 'https://api-docs.deepseek.com/quick_start/error_codes', title: 'DeepSeek API Docs — Error Codes' },
      { url: 'https://api-docs.deepseek.com/zh-cn/quick_start/error_codes', title: 'DeepSeek API 文档 — 错误码' },
      {
        url: 'https://api-docs.deepseek.com/quick_start/rate_limit',
        title: 'DeepSeek API Docs — Rate Limit & Isolation',
      },
      { url: 'https://api-docs.deepseek.com/zh-cn/quick_start/rate_limit', title: 'DeepSeek API 文档 — 限速与隔离' },
      pyRetryRules,
    ],
    verified: '2026-11-23',
  },
  {
    id: 'openai',
    name: { en: 'OpenAI', 'zh-cn': 'OpenAI' },
    envelopeExample: {
      error: {
        message:
          'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
        type: 'insufficient_quota',
        param: null,
        code: 'insufficient_quota',
      },
    },
    requestIdHeader: 'x-request-id',
    baseUrl: 'https://api.openai.com/v1',
    modelPrefixes: ['gpt-', 'o1', 'o3', 'o4-', 'chatgpt-', 'text-embedding-', 'dall-e-', 'whisper-', 'tts-'],
    sources: [
      { url: 'https://developers.openai.com/docs/guides/error-codes', title: 'OpenAI docs — Error codes' },
      {
        url: 'https://developers.openai.com/api/reference/overview',
        title: 'OpenAI API reference — Debugging requests',
      },
      { url: 'https://developers.openai.com/api/docs/guides/rate-limits', title: 'OpenAI docs — Rate limits' },
      pyRetryRules,
      {
        url: 'https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/_exceptions.py',
        title: 'openai-python — _exceptions.py',
      },
      {
        url: 'https://github.com/openai/openai-node/blob/7b7d6ca71130d37ec09792c50056b47861f2eccf/src/client.ts',
        title: 'openai-node — client.ts (retry logic)',
      },
      {
        url: 'https://github.com/openai/openai-node/blob/7b7d6ca71130d37ec09792c50056b47861f2eccf/src/core/error.ts',
        title: 'openai-node — core/error.ts',
      },
    ],
    verified: '2026-11-23',
  },
  {
    id: 'gateway',
    name: { en: 'API gateway (unified envelope)', 'zh-cn': 'API 网关（统一错误格式）' },
    envelopeExample: {
      error: {
        code: 'invalid_request',
        message: 'Request body is malformed',
        type: 'invalid_request_error',
        request_id: 'req_abc123xyz',
      },
    },
    requestIdHeader: null,
    baseUrl: null,
    // A gateway serves other providers' models; it is recognised by its envelope instead.
    modelPrefixes: [],
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc9110#name-status-codes',
        title: 'RFC 9110 — HTTP Semantics: Status Codes',
      },
      { url: 'https://www.rfc-editor.org/rfc/rfc9457', title: 'RFC 9457 — Problem Details for HTTP APIs' },
      pyRetryRules,
    ],
    verified: '2026-11-23',
  },
  {
    id: 'anthropic',
    name: { en: 'Anthropic (Claude API)', 'zh-cn': 'Anthropic（Claude API）' },
    envelopeExample: {
      type: 'error',
      error: { type: 'not_found_error', message: 'The requested resource could not be found.' },
      request_id: 'req_011CSHoEeqs5C35K2UUqR7Fy',
    },
    requestIdHeader: 'request-id',
    baseUrl: 'https://api.anthropic.com',
    modelPrefixes: ['claude-'],
    sources: [
      antErrors,
      antErrorsZh,
      antRateLimits,
      antRateLimitsZh,
      msLearn529,
      antPyExceptions,
      antPyBaseClient,
      antPyConstants,
      antTsError,
      antTsClient,
    ],
    verified: '2026-12-05',
  },
];
