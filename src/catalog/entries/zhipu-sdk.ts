import type { ErrorEntry } from '../types.ts';
import { apiCode, faq, zpErrors, zpHttpClient, zpInit } from './zhipu-sources.ts';

/**
 * Zhipu’s own Python SDK, `zhipuai` (v4), where its behaviour surprises: one class for every 429, billing
 * included, and no retry at all.
 */
export const zhipuSdkEntries: ErrorEntry[] = [
  {
    slug: 'zhipu-sdk-api-status-error',
    provider: 'zhipu',
    http: null,
    class: 'request',
    title: {
      en: 'APIStatusError (zhipuai: every HTTP error, never retried)',
      'zh-cn': 'APIStatusError（zhipuai：所有 HTTP 错误的基类，从不重试）',
    },
    sdk: {
      python: 'zhipuai.APIStatusError',
      node: null,
      parent: null,
      statuses: [],
      retriedByDefault: false,
      example:
        'zhipuai.core._errors.APIStatusError: Error code: 403, with error text {"error":{"code":"1220","message":"您无权访问 glm-4-plus"}}',
    },
    aliases: ['zhipuai.core._errors.APIStatusError', 'zhipuai.ZhipuAIError', 'zhipuai.APIRequestFailedError'],
    patterns: ['zhipuai.core._errors.apistatuserror', 'with error text'],
    related: ['zhipu-sdk-api-reach-limit-error', 'zhipu-500', 'zhipu-403-1220', 'openai-sdk-api-status-error'],
    sources: [zpErrors, zpHttpClient, zpInit, apiCode],
    verified: '2026-12-05',
  },
  {
    slug: 'zhipu-sdk-api-reach-limit-error',
    provider: 'zhipu',
    http: null,
    class: 'rate-limit',
    meaning: 'rate-limited',
    title: {
      en: 'APIReachLimitError (zhipuai: every 429, balance and plan errors included)',
      'zh-cn': 'APIReachLimitError（zhipuai：所有 429，包括欠费和套餐错误）',
    },
    sdk: {
      python: 'zhipuai.APIReachLimitError',
      node: null,
      parent: 'zhipu-sdk-api-status-error',
      statuses: [429],
      retriedByDefault: false,
      example: 'zhipuai.core._errors.APIReachLimitError: Error code: 429, with error text',
    },
    aliases: ['zhipuai.core._errors.APIReachLimitError', 'APIReachLimitError'],
    patterns: ['apireachlimiterror'],
    related: ['zhipu-429-1302', 'zhipu-429-1305', 'zhipu-429-1113', 'zhipu-429-1308', 'zhipu-sdk-api-status-error'],
    sources: [zpErrors, zpHttpClient, zpInit, apiCode, faq],
    verified: '2026-12-05',
  },
];
