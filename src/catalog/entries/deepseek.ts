import type { ErrorEntry } from '../types.ts';

/** Official pages the DeepSeek entries are checked against. */
const errorCodes = {
  url: 'https://api-docs.deepseek.com/quick_start/error_codes',
  title: 'DeepSeek API Docs — Error Codes',
};
const errorCodesZh = {
  url: 'https://api-docs.deepseek.com/zh-cn/quick_start/error_codes',
  title: 'DeepSeek API 文档 — 错误码',
};
const rateLimit = {
  url: 'https://api-docs.deepseek.com/quick_start/rate_limit',
  title: 'DeepSeek API Docs — Rate Limit & Isolation',
};
const rateLimitZh = {
  url: 'https://api-docs.deepseek.com/zh-cn/quick_start/rate_limit',
  title: 'DeepSeek API 文档 — 限速与隔离',
};
const rateLimitOld = {
  url: 'https://platform.deepseek.com/api-docs/quick_start/rate_limit',
  title: 'DeepSeek API Docs — Rate Limit (earliest wording)',
};

export const deepseekEntries: ErrorEntry[] = [
  {
    slug: 'deepseek-400',
    provider: 'deepseek',
    http: 400,
    class: 'request',
    officialName: { en: 'Invalid Format', 'zh-cn': '格式错误' },
    title: { en: 'Invalid Format', 'zh-cn': '格式错误' },
    machine: { type: 'invalid_request_error', code: 'invalid_request_error', param: null },
    example: {
      body: {
        error: {
          message: 'The `reasoning_content` in the thinking mode must be passed back to the API.',
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_request_error',
        },
      },
    },
    aliases: [],
    patterns: ['格式错误', 'in the thinking mode must be passed back to the api'],
    related: ['deepseek-422', 'gateway-400', 'openai-400-context-length-exceeded', 'openai-sdk-bad-request-error'],
    sources: [
      errorCodes,
      errorCodesZh,
      {
        url: 'https://github.com/Zoo-Code-Org/Zoo-Code/issues/201',
        title: 'Observed thinking-mode 400 (Zoo-Code issue #201)',
      },
      { url: 'https://github.com/zed-industries/zed/issues/55321', title: 'Observed 400 body (zed issue #55321)' },
    ],
    verified: '2026-11-23',
  },
  {
    slug: 'deepseek-401',
    provider: 'deepseek',
    http: 401,
    class: 'auth',
    officialName: { en: 'Authentication Fails', 'zh-cn': '认证失败' },
    title: { en: 'Authentication Fails', 'zh-cn': '认证失败' },
    machine: {
      type: 'authentication_error',
      code: 'invalid_request_error',
      param: null,
      message: 'Authentication Fails (no such user)',
    },
    example: {
      body: {
        error: {
          message: 'Authentication Fails (no such user)',
          type: 'authentication_error',
          param: null,
          code: 'invalid_request_error',
        },
      },
    },
    aliases: [],
    patterns: ['authentication fails', '认证失败'],
    related: ['deepseek-402', 'gateway-401', 'openai-401-invalid-api-key', 'openai-sdk-authentication-error'],
    sources: [
      errorCodes,
      errorCodesZh,
      {
        url: 'https://github.com/nextcloud/integration_openai/issues/182',
        title: 'Observed 401 body (nextcloud/integration_openai issue #182)',
      },
      { url: 'https://github.com/BerriAI/litellm/issues/10403', title: 'Observed 401 variant (LiteLLM issue #10403)' },
    ],
    verified: '2026-11-23',
  },
  {
    slug: 'deepseek-402',
    provider: 'deepseek',
    http: 402,
    class: 'billing',
    officialName: { en: 'Insufficient Balance', 'zh-cn': '余额不足' },
    title: { en: 'Insufficient Balance', 'zh-cn': '余额不足' },
    machine: { type: 'unknown_error', code: 'invalid_request_error', param: null, message: 'Insufficient Balance' },
    example: {
      body: {
        error: { message: 'Insufficient Balance', type: 'unknown_error', param: null, code: 'invalid_request_error' },
      },
    },
    aliases: [],
    patterns: ['insufficient balance', '余额不足'],
    related: ['gateway-402', 'openai-429-insufficient-quota', 'openai-sdk-api-status-error'],
    sources: [
      errorCodes,
      errorCodesZh,
      { url: 'https://github.com/Aider-AI/aider/issues/4851', title: 'Observed 402 body (aider issue #4851)' },
    ],
    verified: '2026-11-23',
  },
  {
    slug: 'deepseek-422',
    provider: 'deepseek',
    http: 422,
    class: 'request',
    officialName: { en: 'Invalid Parameters', 'zh-cn': '参数错误' },
    title: { en: 'Invalid Parameters', 'zh-cn': '参数错误' },
    example: {
      body: {
        error: {
          message: 'Invalid Parameters',
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_request_error',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['参数错误', 'invalid parameters'],
    related: ['deepseek-400', 'gateway-422', 'openai-sdk-unprocessable-entity-error'],
    sources: [errorCodes, errorCodesZh],
    verified: '2026-11-23',
  },
  {
    slug: 'deepseek-429',
    provider: 'deepseek',
    http: 429,
    class: 'rate-limit',
    officialName: { en: 'Rate Limit Reached', 'zh-cn': '请求速率达到上限' },
    title: { en: 'Rate Limit Reached', 'zh-cn': '请求速率达到上限' },
    example: {
      body: {
        error: { message: 'Rate Limit Reached', type: 'rate_limit_error', param: null, code: 'invalid_request_error' },
      },
      illustrative: true,
    },
    aliases: ['concurrency limit', '并发限制', '限速与隔离', 'keep-alive'],
    patterns: ['请求速率达到上限', ': keep-alive'],
    related: ['deepseek-503', 'gateway-429', 'openai-429-rate-limit-exceeded', 'openai-sdk-rate-limit-error'],
    sources: [errorCodes, errorCodesZh, rateLimit, rateLimitZh, rateLimitOld],
    verified: '2026-11-23',
  },
  {
    slug: 'deepseek-500',
    provider: 'deepseek',
    http: 500,
    class: 'server',
    officialName: { en: 'Server Error', 'zh-cn': '服务器故障' },
    title: { en: 'Server Error', 'zh-cn': '服务器故障' },
    example: {
      body: {
        error: { message: 'Server Error', type: 'server_error', param: null, code: 'invalid_request_error' },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['服务器故障'],
    related: ['deepseek-503', 'gateway-500', 'openai-500-server-error', 'openai-sdk-internal-server-error'],
    sources: [errorCodes, errorCodesZh],
    verified: '2026-11-23',
  },
  {
    slug: 'deepseek-503',
    provider: 'deepseek',
    http: 503,
    class: 'overload',
    officialName: { en: 'Server Overloaded', 'zh-cn': '服务器繁忙' },
    title: { en: 'Server Overloaded', 'zh-cn': '服务器繁忙' },
    example: {
      body: {
        error: { message: 'Server Overloaded', type: 'server_error', param: null, code: 'invalid_request_error' },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['服务器繁忙', 'server overloaded'],
    related: [
      'deepseek-429',
      'deepseek-500',
      'gateway-503',
      'openai-503-server-is-overloaded',
      'openai-sdk-internal-server-error',
    ],
    sources: [errorCodes, errorCodesZh, rateLimit, rateLimitOld],
    verified: '2026-11-23',
  },
];
