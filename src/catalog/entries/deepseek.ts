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
const thinkingMode = {
  url: 'https://api-docs.deepseek.com/guides/thinking_mode',
  title: 'DeepSeek API Docs — Thinking Mode',
};
const thinkingModeZh = {
  url: 'https://api-docs.deepseek.com/zh-cn/guides/thinking_mode',
  title: 'DeepSeek API 文档 — 思考模式',
};
/** A DeepSeek response captured unmodified in a public test: the message ends with "(request_id: …)". */
const requestIdInMessage = {
  url: 'https://github.com/loomagent/loom/blob/87b430e34fba193d2f632b3511892c57d3eb771c/providers/deepseek/content_filter_test.go',
  title: 'Observed "Content Exists Risk (request_id: …)" body (loomagent/loom, captured response)',
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
    meaning: 'bad-request',
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
    related: [
      'deepseek-400-model-not-exist',
      'deepseek-400-context-length',
      'deepseek-400-content-exists-risk',
      'deepseek-422',
      'gateway-400',
      'openai-400-context-length-exceeded',
      'openai-sdk-bad-request-error',
    ],
    sources: [
      errorCodes,
      errorCodesZh,
      thinkingMode,
      thinkingModeZh,
      {
        url: 'https://github.com/Zoo-Code-Org/Zoo-Code/issues/201',
        title: 'Observed thinking-mode 400 (Zoo-Code issue #201)',
      },
      { url: 'https://github.com/zed-industries/zed/issues/55321', title: 'Observed 400 body (zed issue #55321)' },
    ],
    verified: '2026-12-02',
  },
  {
    slug: 'deepseek-400-model-not-exist',
    provider: 'deepseek',
    http: 400,
    class: 'request',
    meaning: 'model-unavailable',
    title: { en: 'Model Not Exist', 'zh-cn': '模型不存在' },
    machine: { type: 'invalid_request_error', code: 'invalid_request_error', param: null, message: 'Model Not Exist' },
    example: {
      body: {
        error: {
          message: 'Model Not Exist',
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_request_error',
        },
      },
    },
    aliases: [],
    patterns: ['model not exist'],
    related: ['deepseek-400', 'gateway-404', 'openai-404-model-not-found', 'openai-sdk-bad-request-error'],
    sources: [
      errorCodes,
      { url: 'https://api-docs.deepseek.com/quick_start/pricing', title: 'DeepSeek API Docs — Models & Pricing' },
      { url: 'https://github.com/langbot-app/LangBot/issues/1643', title: 'Observed 400 body (LangBot issue #1643)' },
      { url: 'https://github.com/ConardLi/easy-dataset/issues/9', title: 'Observed 400 body (easy-dataset issue #9)' },
      { url: 'https://github.com/upstash/docs/issues/412', title: 'Observed 400 body (upstash/docs issue #412)' },
    ],
    verified: '2026-12-02',
  },
  {
    slug: 'deepseek-400-context-length',
    provider: 'deepseek',
    http: 400,
    class: 'request',
    meaning: 'too-long',
    title: { en: 'Maximum context length exceeded', 'zh-cn': '超出模型上下文长度' },
    machine: { type: 'invalid_request_error', code: 'invalid_request_error', param: null },
    example: {
      body: {
        error: {
          message:
            "This model's maximum context length is 131072 tokens. However, you requested 131134 tokens (122942 in the messages, 8192 in the completion). Please reduce the length of the messages or completion.",
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_request_error',
        },
      },
    },
    aliases: [],
    patterns: ['in the completion). please reduce the length of the messages or completion'],
    related: ['deepseek-400', 'openai-400-context-length-exceeded', 'openai-sdk-bad-request-error'],
    sources: [
      errorCodes,
      {
        url: 'https://github.com/evalstate/fast-agent/issues/621',
        title: 'Observed 400 body, 131072-token limit (fast-agent issue #621)',
      },
      {
        url: 'https://github.com/BerriAI/litellm/issues/10431',
        title: 'Observed 400 body, 65536-token limit (LiteLLM issue #10431)',
      },
    ],
    verified: '2026-12-02',
  },
  {
    slug: 'deepseek-400-content-exists-risk',
    provider: 'deepseek',
    http: 400,
    class: 'request',
    meaning: 'content-blocked',
    title: { en: 'Content Exists Risk', 'zh-cn': '内容存在风险' },
    machine: {
      type: 'invalid_request_error',
      code: 'invalid_request_error',
      param: null,
      message: 'Content Exists Risk',
    },
    example: {
      body: {
        error: {
          message: 'Content Exists Risk (request_id: 6f0ff783-d275-4c95-913e-aa20f30a3d8d)',
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_request_error',
        },
      },
    },
    aliases: [],
    patterns: ['content exists risk'],
    related: ['deepseek-400', 'openai-sdk-bad-request-error'],
    sources: [
      errorCodes,
      {
        url: 'https://github.com/deepseek-ai/awesome-deepseek-integration/issues/13',
        title: 'DeepSeek staff on "Content Exists Risk" (awesome-deepseek-integration issue #13)',
      },
      {
        url: 'https://github.com/666ghj/BettaFish/issues/108',
        title: 'Observed 400 body, retries fail (BettaFish issue #108)',
      },
      {
        url: 'https://github.com/whiteguo233/OpenBiliClaw/issues/199',
        title: 'Observed 400 body, same batch fails again (OpenBiliClaw issue #199)',
      },
      requestIdInMessage,
    ],
    verified: '2026-12-02',
  },
  {
    slug: 'deepseek-401',
    provider: 'deepseek',
    http: 401,
    class: 'auth',
    meaning: 'bad-key',
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
    meaning: 'out-of-balance',
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
    meaning: 'bad-request',
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
    meaning: 'rate-limited',
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
    verified: '2026-12-02',
  },
  {
    slug: 'deepseek-500',
    provider: 'deepseek',
    http: 500,
    class: 'server',
    meaning: 'server-error',
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
    sources: [errorCodes, errorCodesZh, requestIdInMessage],
    verified: '2026-12-02',
  },
  {
    slug: 'deepseek-503',
    provider: 'deepseek',
    http: 503,
    class: 'overload',
    meaning: 'overloaded',
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
