import type { ErrorEntry } from '../types.ts';
import {
  errorCodes,
  helpErrorCodes,
  helpQuota,
  helpSpend,
  help429,
  rateLimits,
  apiReference,
  sdkRetryRules,
  issue1671,
  pr3507,
  observedQuotaBody,
  devProxyRateLimit,
  devProxyQuotaZh,
  ddSlowDown,
  ddOverloaded,
  oldGuideZh,
} from './openai-sources.ts';

/** OpenAI API errors about limits, billing and capacity: 429, 500 and 503. */
export const openaiLimitEntries: ErrorEntry[] = [
  // ─────────────────────── 429: rate limits ───────────────────────
  {
    slug: 'openai-429-rate-limit-exceeded',
    provider: 'openai',
    http: 429,
    class: 'rate-limit',
    title: { en: 'Rate limit reached', 'zh-cn': '达到速率限制' },
    machine: {
      type: 'tokens',
      code: 'rate_limit_exceeded',
      param: null,
      message:
        'Rate limit reached for gpt-4o in organization org-abc123 on tokens per min (TPM): Limit 30000, Used 27340, Requested 4000. Please try again in 8.41s.',
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
            'Rate limit reached for gpt-4o in organization org-abc123 on tokens per min (TPM): Limit 30000, Used 27340, Requested 4000. Please try again in 8.41s.',
          type: 'tokens',
          param: null,
          code: 'rate_limit_exceeded',
        },
      },
    },
    aliases: ['tokens_usage_based'],
    patterns: [
      'rate_limit_exceeded',
      'rate limit reached for',
      'on tokens per min (tpm)',
      'tokens_usage_based',
      '达到速率限制',
    ],
    related: [
      'openai-sdk-rate-limit-error',
      'openai-429-slow-down',
      'openai-429-insufficient-quota',
      'deepseek-429',
      'gateway-429',
    ],
    sources: [errorCodes, rateLimits, help429, apiReference, sdkRetryRules, devProxyRateLimit],
    verified: '2026-11-23',
  },

  // ─────────────────────── 429: billing family ───────────────────────
  {
    slug: 'openai-429-insufficient-quota',
    provider: 'openai',
    http: 429,
    class: 'billing',
    title: { en: 'You exceeded your current quota', 'zh-cn': '超出当前配额' },
    machine: {
      type: 'insufficient_quota',
      code: 'insufficient_quota',
      param: null,
      message:
        'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
    },
    example: {
      headers: { 'x-request-id': 'req_2a4c6e8f0b1d3f5a7c9e1b3d5f7a9c0e' },
      body: {
        error: {
          message:
            'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
          type: 'insufficient_quota',
          param: null,
          code: 'insufficient_quota',
        },
      },
    },
    aliases: [],
    patterns: [
      'insufficient_quota',
      'you exceeded your current quota',
      'please check your plan and billing details',
      '超出当前配额',
    ],
    related: [
      'openai-429-credit-balance-exhausted',
      'openai-429-organization-spend-limit-exceeded',
      'openai-429-project-spend-limit-exceeded',
      'openai-429-organization-usage-limit-exceeded',
      'openai-429-rate-limit-exceeded',
      'openai-sdk-rate-limit-error',
      'deepseek-402',
      'gateway-402',
    ],
    sources: [errorCodes, helpQuota, helpSpend, issue1671, pr3507, devProxyQuotaZh, observedQuotaBody, oldGuideZh],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-429-credit-balance-exhausted',
    provider: 'openai',
    http: 429,
    class: 'billing',
    title: { en: 'Credit balance exhausted', 'zh-cn': '预付费额度已用完' },
    machine: { type: 'insufficient_quota', code: 'credit_balance_exhausted' },
    example: {
      headers: { 'x-request-id': 'req_23f056d64347523afaddd2e7c3179c6e' },
      body: {
        error: {
          message: 'Your credit balance is exhausted. Add credits to your organization to continue using the API.',
          type: 'insufficient_quota',
          param: null,
          code: 'credit_balance_exhausted',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['credit_balance_exhausted', '预付费额度已用完'],
    related: [
      'openai-429-insufficient-quota',
      'openai-429-organization-spend-limit-exceeded',
      'openai-429-project-spend-limit-exceeded',
      'openai-429-organization-usage-limit-exceeded',
      'openai-sdk-rate-limit-error',
      'deepseek-402',
      'gateway-402',
    ],
    sources: [errorCodes, helpSpend, issue1671, devProxyQuotaZh],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-429-organization-spend-limit-exceeded',
    provider: 'openai',
    http: 429,
    class: 'billing',
    title: { en: 'Organization spend limit exceeded', 'zh-cn': '超出组织支出上限' },
    machine: { type: 'insufficient_quota', code: 'organization_spend_limit_exceeded' },
    example: {
      headers: { 'x-request-id': 'req_bd630904cafb7e0267f51911d0723bc5' },
      body: {
        error: {
          message:
            'Your organization has reached its spend limit. Raise the limit in your billing settings or wait until it resets.',
          type: 'insufficient_quota',
          param: null,
          code: 'organization_spend_limit_exceeded',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['organization_spend_limit_exceeded', '超出组织支出上限'],
    related: [
      'openai-429-insufficient-quota',
      'openai-429-credit-balance-exhausted',
      'openai-429-project-spend-limit-exceeded',
      'openai-429-organization-usage-limit-exceeded',
      'openai-sdk-rate-limit-error',
      'deepseek-402',
      'gateway-402',
    ],
    sources: [errorCodes, helpSpend, issue1671, devProxyQuotaZh],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-429-project-spend-limit-exceeded',
    provider: 'openai',
    http: 429,
    class: 'billing',
    title: { en: 'Project spend limit exceeded', 'zh-cn': '超出项目支出上限' },
    machine: { type: 'insufficient_quota', code: 'project_spend_limit_exceeded' },
    example: {
      headers: { 'x-request-id': 'req_db09ffed9f0b75c5a5ddba9f2f3088c8' },
      body: {
        error: {
          message: 'This project has reached its spend limit. Raise the project limit or wait until it resets.',
          type: 'insufficient_quota',
          param: null,
          code: 'project_spend_limit_exceeded',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['project_spend_limit_exceeded', '超出项目支出上限'],
    related: [
      'openai-429-insufficient-quota',
      'openai-429-credit-balance-exhausted',
      'openai-429-organization-spend-limit-exceeded',
      'openai-429-organization-usage-limit-exceeded',
      'openai-sdk-rate-limit-error',
      'deepseek-402',
      'gateway-402',
    ],
    sources: [errorCodes, helpSpend, issue1671],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-429-organization-usage-limit-exceeded',
    provider: 'openai',
    http: 429,
    class: 'billing',
    title: { en: 'Organization usage limit exceeded', 'zh-cn': '超出组织用量上限' },
    machine: { type: 'insufficient_quota', code: 'organization_usage_limit_exceeded' },
    example: {
      headers: { 'x-request-id': 'req_357daf7609c2a785fe24f8e47cce771e' },
      body: {
        error: {
          message:
            'Your organization has reached its approved monthly usage limit. Request a higher limit to continue.',
          type: 'insufficient_quota',
          param: null,
          code: 'organization_usage_limit_exceeded',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['organization_usage_limit_exceeded', '超出组织用量上限'],
    related: [
      'openai-429-insufficient-quota',
      'openai-429-credit-balance-exhausted',
      'openai-429-organization-spend-limit-exceeded',
      'openai-429-project-spend-limit-exceeded',
      'openai-sdk-rate-limit-error',
      'deepseek-402',
      'gateway-402',
    ],
    sources: [errorCodes, helpSpend, issue1671],
    verified: '2026-11-23',
  },

  // ─────────────────────── 429: slow_down & legacy ───────────────────────
  {
    slug: 'openai-429-slow-down',
    provider: 'openai',
    http: 429,
    class: 'rate-limit',
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
    sources: [errorCodes, rateLimits, devProxyRateLimit, ddSlowDown],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-429-engine-overloaded',
    provider: 'openai',
    http: 429,
    class: 'overload',
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
    patterns: ['429 - the engine is currently overloaded', '引擎当前过载'],
    related: ['openai-503-server-is-overloaded', 'openai-429-rate-limit-exceeded', 'openai-sdk-rate-limit-error'],
    sources: [errorCodes, helpErrorCodes, oldGuideZh],
    verified: '2026-11-23',
  },

  // ───────────────────────────── 5xx ─────────────────────────────
  {
    slug: 'openai-500-server-error',
    provider: 'openai',
    http: 500,
    class: 'server',
    title: { en: 'Server error', 'zh-cn': '服务器出错' },
    machine: {
      type: 'server_error',
      code: 'server_error',
      message: 'The server had an error while processing your request. Sorry about that!',
    },
    example: {
      headers: { 'x-request-id': 'req_7c9e1a3b5d4f4a2c8e0b6d1f3a5c7e9b' },
      body: {
        error: {
          message: 'The server had an error while processing your request. Sorry about that!',
          type: 'server_error',
          param: null,
          code: 'server_error',
        },
      },
    },
    aliases: [],
    patterns: ['the server had an error while processing your request', '服务器处理请求时出错'],
    related: ['openai-sdk-internal-server-error', 'openai-503-server-is-overloaded', 'deepseek-500', 'gateway-500'],
    sources: [errorCodes, helpErrorCodes, apiReference],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-503-server-is-overloaded',
    provider: 'openai',
    http: 503,
    class: 'overload',
    title: { en: 'Server is overloaded', 'zh-cn': '服务器过载' },
    machine: {
      type: 'service_unavailable_error',
      code: 'server_is_overloaded',
      message: 'The engine is currently overloaded, please try again later',
    },
    example: {
      headers: { 'x-request-id': 'req_1e3a5c7b9d0f4e2a6c8b0d2f4a6c8e1d' },
      body: {
        error: {
          message: 'The engine is currently overloaded, please try again later',
          type: 'service_unavailable_error',
          param: null,
          code: 'server_is_overloaded',
        },
      },
    },
    aliases: [],
    patterns: ['server_is_overloaded', 'service_unavailable_error', 'the engine is currently overloaded', '服务器过载'],
    related: [
      'openai-sdk-internal-server-error',
      'openai-429-engine-overloaded',
      'openai-503-slow-down',
      'openai-500-server-error',
      'deepseek-503',
      'gateway-503',
    ],
    sources: [errorCodes, devProxyRateLimit, ddOverloaded],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-503-slow-down',
    provider: 'openai',
    http: 503,
    class: 'rate-limit',
    title: { en: 'Slow down (legacy 503)', 'zh-cn': '请求增速过快（旧版 503）' },
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
    patterns: ['503 - slow down', '请求增速过快'],
    related: ['openai-429-slow-down', 'openai-503-server-is-overloaded', 'openai-sdk-internal-server-error'],
    sources: [errorCodes, ddSlowDown],
    verified: '2026-11-23',
  },
];
