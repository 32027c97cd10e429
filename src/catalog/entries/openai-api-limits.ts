import type { ErrorEntry } from '../types.ts';
import {
  errorCodes,
  helpErrorCodes,
  help429,
  rateLimits,
  apiReference,
  pyRetryRules,
  devProxyRateLimit,
  oldGuideZh,
  obsRateLimitMessage,
  obsRequestTooLarge,
  obsRequestTooLargeRetried,
  obsServerError500,
  obsOverloaded,
  obsOverloadedStream,
} from './openai-sources.ts';

/** OpenAI API errors about pace and capacity: rate limits, traffic ramps, overload and server errors. */
export const openaiLimitEntries: ErrorEntry[] = [
  // 429: rate limits and traffic ramps
  {
    slug: 'openai-429-rate-limit-exceeded',
    provider: 'openai',
    http: 429,
    class: 'rate-limit',
    meaning: 'rate-limited',
    title: { en: 'Rate limit reached', 'zh-cn': '达到速率限制' },
    machine: {
      type: 'tokens',
      code: 'rate_limit_exceeded',
      param: null,
      message:
        'Rate limit reached for gpt-4o in organization org-abc123 on tokens per min (TPM): Limit 30000, Used 27340, Requested 4000. Please try again in 8.41s. Visit https://platform.openai.com/account/rate-limits to learn more.',
    },
    example: {
      headers: {
        'x-request-id': 'req_9d1f3b5a7c2e4f6a8b1d3c5e7f9a2b4d',
        'retry-after': '9',
        'x-ratelimit-limit-requests': '500',
        'x-ratelimit-limit-tokens': '30000',
        'x-ratelimit-remaining-requests': '497',
        'x-ratelimit-remaining-tokens': '2660',
        'x-ratelimit-reset-requests': '360ms',
        'x-ratelimit-reset-tokens': '8.41s',
      },
      body: {
        error: {
          message:
            'Rate limit reached for gpt-4o in organization org-abc123 on tokens per min (TPM): Limit 30000, Used 27340, Requested 4000. Please try again in 8.41s. Visit https://platform.openai.com/account/rate-limits to learn more.',
          type: 'tokens',
          param: null,
          code: 'rate_limit_exceeded',
        },
      },
    },
    aliases: ['tokens_usage_based'],
    patterns: ['rate limit reached for', 'please try again in', 'tokens_usage_based', '达到速率限制'],
    related: [
      'openai-sdk-rate-limit-error',
      'openai-429-request-too-large',
      'openai-429-slow-down',
      'openai-429-insufficient-quota',
      'deepseek-429',
      'gateway-429',
    ],
    sources: [errorCodes, rateLimits, help429, apiReference, pyRetryRules, devProxyRateLimit, obsRateLimitMessage],
    verified: '2026-12-02',
  },
  {
    slug: 'openai-429-request-too-large',
    provider: 'openai',
    http: 429,
    class: 'rate-limit',
    meaning: 'too-long',
    title: { en: 'Request too large for the per-minute limit', 'zh-cn': '单个请求超出每分钟 token 上限' },
    machine: {
      type: 'tokens',
      code: 'rate_limit_exceeded',
      param: null,
      message:
        'Request too large for gpt-4o in organization org-2itOgSdqw0DhUYp0QyLhttLL on tokens per min (TPM): Limit 30000, Requested 36278. The input or output tokens must be reduced in order to run successfully. Visit https://platform.openai.com/account/rate-limits to learn more.',
    },
    example: {
      body: {
        error: {
          message:
            'Request too large for gpt-4o in organization org-2itOgSdqw0DhUYp0QyLhttLL on tokens per min (TPM): Limit 30000, Requested 36278. The input or output tokens must be reduced in order to run successfully. Visit https://platform.openai.com/account/rate-limits to learn more.',
          type: 'tokens',
          param: null,
          code: 'rate_limit_exceeded',
        },
      },
    },
    aliases: [],
    patterns: [
      'request too large for',
      'the input or output tokens must be reduced in order to run successfully',
      '单个请求超出每分钟 token 上限',
    ],
    related: [
      'openai-429-rate-limit-exceeded',
      'openai-400-context-length-exceeded',
      'openai-sdk-rate-limit-error',
      'deepseek-429',
      'gateway-429',
    ],
    sources: [obsRequestTooLarge, obsRequestTooLargeRetried, rateLimits],
    verified: '2026-12-02',
  },
  {
    slug: 'openai-429-slow-down',
    provider: 'openai',
    http: 429,
    class: 'rate-limit',
    meaning: 'rate-limited',
    title: { en: 'Slow down: traffic grew too fast', 'zh-cn': '请求量增长过快' },
    machine: { type: 'rate_limit_error', code: 'slow_down' },
    example: {
      headers: { 'x-request-id': 'req_6d2fdf7b1b418c47d76a289d8054d4dd', 'retry-after': '20' },
      body: {
        error: {
          message:
            'Slow down: your request rate increased too quickly. Reduce your request rate and ramp up gradually.',
          type: 'rate_limit_error',
          param: null,
          code: 'slow_down',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['slow_down', '请求量增长过快'],
    related: [
      'openai-429-rate-limit-exceeded',
      'openai-503-slow-down',
      'openai-sdk-rate-limit-error',
      'deepseek-429',
      'gateway-429',
    ],
    sources: [errorCodes, rateLimits, devProxyRateLimit],
    verified: '2026-12-05',
  },
  {
    slug: 'openai-503-slow-down',
    provider: 'openai',
    http: 503,
    class: 'rate-limit',
    meaning: 'rate-limited',
    title: { en: 'Slow down (503)', 'zh-cn': '请求量增长过快（503）' },
    machine: { code: 'slow_down', message: 'Slow Down' },
    example: {
      headers: { 'x-request-id': 'req_cfa77d4ce769dbffd39b1d4aa8e70a7e', 'retry-after': '10' },
      body: {
        error: {
          message: 'Slow Down',
          type: null,
          param: null,
          code: 'slow_down',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['503 - slow down', '请求量增长过快'],
    related: ['openai-429-slow-down', 'openai-503-server-is-overloaded', 'openai-sdk-internal-server-error'],
    sources: [errorCodes, devProxyRateLimit],
    verified: '2026-12-05',
  },
  // overload and server errors
  {
    slug: 'openai-429-engine-overloaded',
    provider: 'openai',
    http: 429,
    class: 'overload',
    meaning: 'overloaded',
    title: {
      en: 'Engine overloaded (legacy 429)',
      'zh-cn': '引擎过载（旧版 429）',
    },
    machine: { message: 'The engine is currently overloaded, please try again later' },
    example: {
      headers: { 'x-request-id': 'req_8f00e637387e80f96c87071e7c472944' },
      body: {
        error: {
          message: 'The engine is currently overloaded, please try again later',
          type: null,
          param: null,
          code: null,
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['the engine is currently overloaded', '引擎当前过载'],
    related: ['openai-503-server-is-overloaded', 'openai-429-rate-limit-exceeded', 'openai-sdk-rate-limit-error'],
    sources: [errorCodes, helpErrorCodes, oldGuideZh],
    verified: '2026-12-02',
  },
  {
    slug: 'openai-503-server-is-overloaded',
    provider: 'openai',
    http: 503,
    class: 'overload',
    meaning: 'overloaded',
    title: { en: 'Server is overloaded', 'zh-cn': '服务器过载' },
    machine: {
      type: 'service_unavailable_error',
      code: 'server_is_overloaded',
      param: null,
      message: 'Our servers are currently overloaded. Please try again later.',
    },
    example: {
      headers: { 'x-request-id': 'req_1e3a5c7b9d0f4e2a6c8b0d2f4a6c8e1d' },
      body: {
        error: {
          code: 'server_is_overloaded',
          message: 'Our servers are currently overloaded. Please try again later.',
          param: null,
          type: 'service_unavailable_error',
        },
      },
    },
    aliases: [],
    patterns: [
      'server_is_overloaded',
      'service_unavailable_error',
      'our servers are currently overloaded',
      // The guide's name for this 503; the legacy 429 carries the full sentence as its pattern.
      'engine is currently overloaded',
      '服务器过载',
    ],
    related: [
      'openai-200-stream-error',
      'openai-sdk-internal-server-error',
      'openai-429-engine-overloaded',
      'openai-503-slow-down',
      'openai-500-server-error',
      'deepseek-503',
      'gateway-503',
    ],
    sources: [errorCodes, obsOverloaded, obsOverloadedStream, devProxyRateLimit],
    verified: '2026-12-05',
  },
  {
    slug: 'openai-500-server-error',
    provider: 'openai',
    http: 500,
    class: 'server',
    meaning: 'server-error',
    title: { en: 'Server error', 'zh-cn': '服务端错误' },
    machine: {
      type: 'server_error',
      code: null,
      param: null,
      message: 'The server had an error while processing your request. Sorry about that!',
    },
    example: {
      headers: { 'x-request-id': 'req_7c9e1a3b5d4f4a2c8e0b6d1f3a5c7e9b' },
      body: {
        error: {
          message: 'The server had an error while processing your request. Sorry about that!',
          type: 'server_error',
          param: null,
          code: null,
        },
      },
    },
    aliases: [],
    patterns: ['the server had an error while processing your request', '服务器处理请求时出错'],
    related: ['openai-sdk-internal-server-error', 'openai-503-server-is-overloaded', 'deepseek-500', 'gateway-500'],
    sources: [errorCodes, helpErrorCodes, apiReference, obsServerError500],
    verified: '2026-12-02',
  },
];
