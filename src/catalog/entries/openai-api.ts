import type { ErrorEntry } from '../types.ts';

/** Official pages (and a few field observations) the OpenAI API entries are checked against. */
const errorCodes = {
  url: 'https://developers.openai.com/docs/guides/error-codes',
  title: 'OpenAI API docs — Error codes',
};
const helpErrorCodes = {
  url: 'https://help.openai.com/en/articles/6891839-api-error-codes',
  title: 'OpenAI Help Center — API error codes',
};
const help401 = {
  url: 'https://help.openai.com/en/articles/6891767-error-code-401-invalid-authentication',
  title: 'OpenAI Help Center — Error code 401: Invalid Authentication',
};
const helpQuota = {
  url: 'https://help.openai.com/en/articles/6891831-error-code-429-you-exceeded-your-current-quota-please-check-your-plan-and-billing-details',
  title: 'OpenAI Help Center — Error code 429: You exceeded your current quota',
};
const helpSpend = {
  url: 'https://help.openai.com/en/articles/6614457-troubleshooting-api-usage-and-spend-limits',
  title: 'OpenAI Help Center — Troubleshooting API usage and spend limits',
};
const help429 = {
  url: 'https://help.openai.com/en/articles/5955604-how-can-i-so',
  title: "OpenAI Help Center — How can I solve 429: 'Too Many Requests' errors?",
};
const helpCountries = {
  url: 'https://help.openai.com/en/articles/5347006-openai-api-supported-countries-and-territories',
  title: 'OpenAI Help Center — Supported countries and territories',
};
const rateLimits = {
  url: 'https://developers.openai.com/api/docs/guides/rate-limits',
  title: 'OpenAI API docs — Rate limits',
};
const apiReference = {
  url: 'https://developers.openai.com/api/reference/overview',
  title: 'OpenAI API reference — Overview (debugging requests, response headers)',
};
const sdkRetryRules = {
  url: 'https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/_base_client.py',
  title: 'openai-python source — automatic retry rules (_base_client.py)',
};
const issue1671 = {
  url: 'https://github.com/openai/openai-python/issues/1671',
  title: 'openai-python issue #1671 — maintainers on detecting insufficient_quota',
};
const pr3507 = {
  url: 'https://github.com/openai/openai-python/pull/3507',
  title: 'openai-python PR #3507 — review notes that the SDK retries insufficient_quota',
};
const observedQuotaBody = {
  url: 'https://github.com/BerriAI/litellm/pull/32798',
  title: 'Observed insufficient_quota body (LiteLLM PR #32798)',
};
const devProxyRateLimit = {
  url: 'https://learn.microsoft.com/en-us/microsoft-cloud/dev/dev-proxy/concepts/openai-rate-limit-reached',
  title: 'Microsoft Learn (Dev Proxy) — OpenAI rate limit reached',
};
const devProxyQuotaZh = {
  url: 'https://learn.microsoft.com/zh-cn/microsoft-cloud/dev/dev-proxy/concepts/openai-insufficient-quota',
  title: 'Microsoft Learn (Dev Proxy, zh-CN) — OpenAI insufficient_quota',
};
const ddSlowDown = {
  url: 'https://www.developersdigest.tech/errors/api/openai-api/429-slow-down',
  title: 'Developers Digest — OpenAI 429 slow_down (third-party summary of the official docs)',
};
const ddOverloaded = {
  url: 'https://www.developersdigest.tech/errors/api/openai-api/503-server-is-overloaded',
  title: 'Developers Digest — OpenAI 503 server_is_overloaded (third-party summary of the official docs)',
};
const oldGuideZh = {
  url: 'https://w3cschool.cn/openai_api/openai-api-error-codes.html',
  title: 'Older OpenAI error guide, community Chinese translation (w3cschool)',
};

export const openaiApiEntries: ErrorEntry[] = [
  // ───────────────────────────── 400 ─────────────────────────────
  {
    slug: 'openai-400-context-length-exceeded',
    provider: 'openai',
    http: 400,
    class: 'request',
    title: { en: 'Context length exceeded', 'zh-cn': '超出模型上下文长度' },
    machine: {
      type: 'invalid_request_error',
      code: 'context_length_exceeded',
      param: 'messages',
      message:
        "This model's maximum context length is 128000 tokens. However, your messages resulted in 135412 tokens. Please reduce the length of the messages.",
    },
    example: {
      headers: { 'x-request-id': 'req_3f9a1c7e2b4d4e8f9a0b1c2d3e4f5a6b' },
      body: {
        error: {
          message:
            "This model's maximum context length is 128000 tokens. However, your messages resulted in 135412 tokens. Please reduce the length of the messages.",
          type: 'invalid_request_error',
          param: 'messages',
          code: 'context_length_exceeded',
        },
      },
    },
    aliases: [],
    patterns: ['context_length_exceeded', "this model's maximum context length is", '超出模型上下文长度'],
    related: ['openai-sdk-bad-request-error', 'deepseek-400', 'gateway-400'],
    sources: [errorCodes, helpErrorCodes],
    verified: '2026-11-23',
  },

  // ───────────────────────────── 401 ─────────────────────────────
  {
    slug: 'openai-401-invalid-authentication',
    provider: 'openai',
    http: 401,
    class: 'auth',
    title: { en: 'Invalid authentication', 'zh-cn': '认证无效' },
    machine: { message: 'Invalid Authentication' },
    example: {
      headers: { 'x-request-id': 'req_a98305263087167ffbd25ffab7dc8290' },
      body: {
        error: {
          message: 'Invalid Authentication',
          type: null,
          param: null,
          code: null,
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['invalid authentication', '认证无效'],
    related: [
      'openai-401-invalid-api-key',
      'openai-401-not-in-organization',
      'openai-401-ip-not-authorized',
      'openai-sdk-authentication-error',
      'deepseek-401',
      'gateway-401',
    ],
    sources: [errorCodes, help401, helpErrorCodes],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-401-invalid-api-key',
    provider: 'openai',
    http: 401,
    class: 'auth',
    title: { en: 'Incorrect API key provided', 'zh-cn': 'API key 不正确' },
    machine: { type: 'invalid_request_error', code: 'invalid_api_key', message: 'Incorrect API key provided' },
    example: {
      headers: { 'x-request-id': 'req_8b2e4d6f1a3c4b5d9e7f0a1b2c3d4e5f' },
      body: {
        error: {
          message:
            'Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.',
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_api_key',
        },
      },
    },
    aliases: [],
    patterns: ['invalid_api_key', 'incorrect api key provided', 'api key 不正确'],
    related: [
      'openai-401-invalid-authentication',
      'openai-401-not-in-organization',
      'openai-401-ip-not-authorized',
      'openai-sdk-authentication-error',
      'deepseek-401',
      'gateway-401',
    ],
    sources: [errorCodes, helpErrorCodes],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-401-not-in-organization',
    provider: 'openai',
    http: 401,
    class: 'auth',
    title: { en: 'Not a member of any organization', 'zh-cn': '账号不属于任何组织' },
    machine: { message: 'You must be a member of an organization to use the API' },
    example: {
      headers: { 'x-request-id': 'req_3709fc6498c87b716022268feab4f171' },
      body: {
        error: {
          message: 'You must be a member of an organization to use the API.',
          type: null,
          param: null,
          code: null,
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['you must be a member of an organization to use the api', '不属于任何组织'],
    related: [
      'openai-401-invalid-authentication',
      'openai-401-invalid-api-key',
      'openai-401-ip-not-authorized',
      'openai-sdk-authentication-error',
    ],
    sources: [errorCodes, helpErrorCodes],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-401-ip-not-authorized',
    provider: 'openai',
    http: 401,
    class: 'auth',
    title: { en: 'IP not authorized', 'zh-cn': 'IP 地址未获授权' },
    machine: { message: 'IP not authorized' },
    example: {
      headers: { 'x-request-id': 'req_5046cc30267cf663b383e62addd185ff' },
      body: {
        error: {
          message: 'IP not authorized',
          type: null,
          param: null,
          code: null,
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['ip not authorized', 'ip 地址未获授权'],
    related: [
      'openai-401-invalid-authentication',
      'openai-401-invalid-api-key',
      'openai-401-not-in-organization',
      'openai-403-unsupported-country-region-territory',
      'openai-sdk-authentication-error',
      'gateway-403',
    ],
    sources: [errorCodes],
    verified: '2026-11-23',
  },

  // ───────────────────────────── 403 ─────────────────────────────
  {
    slug: 'openai-403-unsupported-country-region-territory',
    provider: 'openai',
    http: 403,
    class: 'auth',
    title: { en: 'Country, region, or territory not supported', 'zh-cn': '所在国家或地区不受支持' },
    machine: {
      type: 'request_forbidden',
      code: 'unsupported_country_region_territory',
      message: 'Country, region, or territory not supported',
    },
    example: {
      headers: { 'x-request-id': 'req_c41d7e9a2f6b4a0e8d3c5b7a9f1e2d4c' },
      body: {
        error: {
          message: 'Country, region, or territory not supported',
          type: 'request_forbidden',
          param: null,
          code: 'unsupported_country_region_territory',
        },
      },
    },
    aliases: [],
    patterns: [
      'unsupported_country_region_territory',
      'country, region, or territory not supported',
      '所在国家或地区不受支持',
    ],
    related: ['openai-sdk-permission-denied-error', 'openai-401-ip-not-authorized', 'gateway-403'],
    sources: [errorCodes, helpCountries],
    verified: '2026-11-23',
  },

  // ───────────────────────────── 404 ─────────────────────────────
  {
    slug: 'openai-404-model-not-found',
    provider: 'openai',
    http: 404,
    class: 'request',
    title: { en: 'Model not found', 'zh-cn': '模型不存在或无权访问' },
    machine: {
      type: 'invalid_request_error',
      code: 'model_not_found',
      message: 'The model `gpt-4o-mnii` does not exist or you do not have access to it.',
    },
    example: {
      headers: { 'x-request-id': 'req_5e7a9c1b3d2f4e6a8b0c2d4e6f8a0b1c' },
      body: {
        error: {
          message: 'The model `gpt-4o-mnii` does not exist or you do not have access to it.',
          type: 'invalid_request_error',
          param: null,
          code: 'model_not_found',
        },
      },
    },
    aliases: [],
    patterns: ['model_not_found', 'does not exist or you do not have access to it', '模型不存在或无权访问'],
    related: ['openai-sdk-not-found-error', 'gateway-404', 'openai-401-invalid-authentication'],
    sources: [errorCodes],
    verified: '2026-11-23',
  },

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
