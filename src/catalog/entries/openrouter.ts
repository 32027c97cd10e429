import type { ErrorEntry } from '../types.ts';
import { pyRetryRules } from './openai-sources.ts';
import {
  docsRepoErrors,
  docsRepoLimits,
  docsRepoMidStream,
  docsRepoStreaming,
  errorsPage,
  generationError,
  limitsPage,
  observed400Raw,
  observed401,
  observed402Afford,
  observed402InFlight,
  observed429Free,
  observed429Upstream,
  observed502MidStream,
  obsMidStreamCapacity,
  pyStreaming,
  streamingDocs,
  streamingPage,
} from './openrouter-sources.ts';

const V = '2026-12-05';

/**
 * OpenRouter: `{"error":{"code":<HTTP status as a number>,"message","metadata"?}}`. There is no
 * `type` and no string `code`, so `machine` holds only the message; the typed `metadata.error_type`
 * and `metadata.limit_source` values that tell one status apart are aliases.
 */
export const openrouterEntries: ErrorEntry[] = [
  {
    slug: 'openrouter-400',
    provider: 'openrouter',
    http: 400,
    class: 'request',
    meaning: 'bad-request',
    officialName: { en: 'Bad Request', 'zh-cn': 'Bad Request' },
    title: { en: 'Bad Request', 'zh-cn': '错误请求' },
    machine: { message: 'Provider returned error' },
    example: {
      body: {
        error: {
          message: 'Provider returned error',
          code: 400,
          metadata: {
            raw: '{"error":{"type":"invalid_request_error","code":"invalid_request_error","message":"Model \'moonshotai/kimi-k2.6\' supports at most 1 image per prompt.","request_id":"req_*******"}}',
            provider_name: 'Crucible',
            is_byok: false,
          },
        },
      },
    },
    aliases: ['invalid_prompt', 'openrouter invalid_request'],
    patterns: ['is not a valid model id', 'provider returned error'],
    related: [
      'openrouter-502',
      'openrouter-403-moderation',
      'openai-400-context-length-exceeded',
      'gateway-400',
      'openai-sdk-bad-request-error',
    ],
    sources: [errorsPage, docsRepoErrors, observed400Raw, pyRetryRules],
    verified: V,
  },
  {
    slug: 'openrouter-401',
    provider: 'openrouter',
    http: 401,
    class: 'auth',
    meaning: 'bad-key',
    officialName: { en: 'Invalid credentials', 'zh-cn': 'Invalid credentials' },
    title: { en: 'Invalid credentials', 'zh-cn': '凭据无效' },
    machine: { message: 'No auth credentials found' },
    example: { body: { error: { message: 'No auth credentials found', code: 401 } } },
    aliases: [],
    patterns: ['no auth credentials found', 'no cookie auth credentials found', 'user not found'],
    related: ['openai-401-invalid-api-key', 'deepseek-401', 'gateway-401', 'openai-sdk-authentication-error'],
    sources: [errorsPage, docsRepoErrors, observed401, pyRetryRules],
    verified: V,
  },
  {
    slug: 'openrouter-402',
    provider: 'openrouter',
    http: 402,
    class: 'billing',
    meaning: 'out-of-balance',
    officialName: { en: 'Insufficient credits', 'zh-cn': 'Insufficient credits' },
    title: { en: 'Insufficient credits', 'zh-cn': '预付费额度不足' },
    machine: {
      message:
        'This request requires more credits, or fewer max_tokens. You requested up to 65536 tokens, but can only afford 30104.',
    },
    example: {
      body: {
        error: {
          message:
            'This request requires more credits, or fewer max_tokens. You requested up to 65536 tokens, but can only afford 30104.',
          code: 402,
        },
      },
    },
    // Its metadata.error_type payment_required is not an alias: Gemini's Interactions API owns that code as error.code.
    aliases: [],
    patterns: ['requires more credits', 'can only afford', 'insufficient credits'],
    related: ['openrouter-402-in-flight-budget', 'deepseek-402', 'gateway-402', 'openai-429-insufficient-quota'],
    sources: [errorsPage, limitsPage, docsRepoLimits, observed402Afford, pyRetryRules],
    verified: V,
  },
  {
    slug: 'openrouter-402-in-flight-budget',
    provider: 'openrouter',
    http: 402,
    class: 'rate-limit',
    meaning: 'out-of-balance',
    title: { en: 'In-flight spending budget exhausted', 'zh-cn': '进行中请求的支出预算已占满' },
    machine: {
      message:
        'This request would exceed your available credits given your current in-flight requests. Retry after in-flight requests settle, or add credits.',
    },
    example: {
      headers: { 'retry-after': '120' },
      body: {
        error: {
          message:
            'This request would exceed your available credits given your current in-flight requests. Retry after in-flight requests settle, or add credits.',
          code: 402,
          metadata: {
            reason: 'in_flight_budget_exhausted',
            limit_source: 'openrouter_in_flight_budget',
            remedy_hint: 'Retry after your in-flight requests settle (see the Retry-After header).',
          },
        },
      },
      illustrative: true,
    },
    aliases: ['openrouter_in_flight_budget', 'in_flight_budget_exhausted'],
    patterns: ['in-flight requests', 'in_flight_budget', 'in-flight spending budget'],
    related: ['openrouter-402', 'openrouter-429'],
    sources: [limitsPage, observed402InFlight, pyRetryRules],
    verified: V,
  },
  {
    slug: 'openrouter-403-moderation',
    provider: 'openrouter',
    http: 403,
    class: 'request',
    meaning: 'content-blocked',
    officialName: {
      en: 'Your chosen model requires moderation and your input was flagged',
      'zh-cn': 'Your chosen model requires moderation and your input was flagged',
    },
    title: { en: 'Input flagged by moderation', 'zh-cn': '输入未通过内容审核' },
    machine: {
      message:
        'openai/gpt-4o requires moderation on OpenAI. Your input was flagged for "violence". No credits were charged.',
    },
    example: {
      body: {
        error: {
          code: 403,
          message:
            'openai/gpt-4o requires moderation on OpenAI. Your input was flagged for "violence". No credits were charged.',
          metadata: {
            reasons: ['violence'],
            flagged_input: 'Describe in detail how to ...the end of the prompt',
            provider_name: 'OpenAI',
            model_slug: 'openai/gpt-4o',
          },
        },
      },
      illustrative: true,
    },
    aliases: ['flagged_input'],
    patterns: ['requires moderation', 'your input was flagged'],
    related: ['openrouter-403-guardrail', 'openrouter-400', 'deepseek-400-content-exists-risk'],
    sources: [errorsPage, docsRepoErrors, pyRetryRules],
    verified: V,
  },
  {
    slug: 'openrouter-403-guardrail',
    provider: 'openrouter',
    http: 403,
    class: 'request',
    meaning: 'content-blocked',
    title: { en: 'Blocked by a guardrail', 'zh-cn': '被 guardrail 拦截' },
    machine: { message: 'Request blocked: prompt injection patterns detected' },
    example: {
      body: {
        error: {
          code: 403,
          message: 'Request blocked: prompt injection patterns detected',
          metadata: { patterns: ['ignore all previous instructions'] },
        },
      },
    },
    aliases: ['openrouter permission_denied'],
    patterns: ['request blocked:', 'prompt injection patterns detected'],
    related: ['openrouter-403-moderation', 'openai-sdk-permission-denied-error'],
    sources: [errorsPage, docsRepoErrors, pyRetryRules],
    verified: V,
  },
  {
    slug: 'openrouter-408',
    provider: 'openrouter',
    http: 408,
    class: 'network',
    meaning: 'timeout',
    officialName: { en: 'Your request timed out', 'zh-cn': 'Your request timed out' },
    title: { en: 'Request timed out', 'zh-cn': '请求超时' },
    machine: { message: 'Your request timed out' },
    example: { body: { error: { code: 408, message: 'Your request timed out' } }, illustrative: true },
    aliases: [],
    patterns: ['your request timed out'],
    related: ['openrouter-502', 'openai-sdk-api-timeout-error'],
    sources: [errorsPage, docsRepoErrors, pyRetryRules],
    verified: V,
  },
  {
    slug: 'openrouter-429',
    provider: 'openrouter',
    http: 429,
    class: 'rate-limit',
    meaning: 'rate-limited',
    officialName: { en: 'You are being rate limited', 'zh-cn': 'You are being rate limited' },
    title: { en: 'Rate limited by OpenRouter', 'zh-cn': 'OpenRouter 的速率限制' },
    machine: {
      message: 'Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day',
    },
    example: {
      body: {
        error: {
          message:
            'Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day',
          code: 429,
          metadata: {
            headers: { 'X-RateLimit-Limit': '50', 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '1764979200000' },
          },
        },
      },
      illustrative: true,
    },
    aliases: ['free-models-per-day'],
    patterns: ['free-models-per-day', 'free model requests per day'],
    related: ['openrouter-429-upstream', 'openrouter-402-in-flight-budget', 'openai-429-rate-limit-exceeded'],
    sources: [errorsPage, limitsPage, docsRepoLimits, observed429Free, pyRetryRules],
    verified: V,
  },
  {
    slug: 'openrouter-429-upstream',
    provider: 'openrouter',
    http: 429,
    class: 'rate-limit',
    meaning: 'rate-limited',
    title: { en: 'Upstream provider rate-limited', 'zh-cn': '上游服务商触发速率限制' },
    machine: { message: 'Provider returned error' },
    example: {
      body: {
        error: {
          message: 'Provider returned error',
          code: 429,
          metadata: {
            raw: 'z-ai/glm-5.3-flash is temporarily rate-limited upstream. Please retry shortly, or add your own key to accumulate your rate limits: https://openrouter.ai/settings/integrations',
            provider_name: 'BaseTen',
            limit_source: 'upstream_provider_shared_pool',
            remedy_hint: 'Retry shortly, add your own provider key, or route to another provider',
          },
        },
      },
    },
    aliases: ['upstream_provider_shared_pool'],
    patterns: ['temporarily rate-limited upstream', 'upstream_provider_shared_pool'],
    related: ['openrouter-429', 'openrouter-502', 'openrouter-503'],
    sources: [errorsPage, limitsPage, docsRepoLimits, observed429Upstream, pyRetryRules],
    verified: V,
  },
  {
    slug: 'openrouter-502',
    provider: 'openrouter',
    http: 502,
    class: 'server',
    meaning: 'server-error',
    officialName: {
      en: 'Your chosen model is down or we received an invalid response from it',
      'zh-cn': 'Your chosen model is down or we received an invalid response from it',
    },
    title: { en: 'Upstream model down or invalid response', 'zh-cn': '上游模型不可用或返回了无效响应' },
    machine: { message: 'Upstream error from AtlasCloud: Unexpected token 173781 while expecting start token 200006' },
    example: {
      body: {
        error: {
          message: 'Upstream error from AtlasCloud: Unexpected token 173781 while expecting start token 200006',
          code: 502,
          metadata: {
            raw: {
              object: 'error',
              message: 'Unexpected token 173781 while expecting start token 200006',
              type: 'BadRequestError',
              param: null,
              code: 400,
            },
            provider_name: 'AtlasCloud',
          },
        },
      },
    },
    aliases: ['provider_unavailable'],
    patterns: [
      'upstream error from',
      'mid-stream error',
      '"finish_reason":"error"',
      'provider disconnected mid-stream',
    ],
    related: [
      'openrouter-200-mid-stream-error',
      'openrouter-503',
      'openrouter-429-upstream',
      'openrouter-400',
      'gateway-502',
      'openai-sdk-internal-server-error',
    ],
    sources: [
      errorsPage,
      docsRepoErrors,
      streamingPage,
      generationError,
      observed502MidStream,
      pyRetryRules,
      pyStreaming,
    ],
    verified: V,
  },
  {
    slug: 'openrouter-503',
    provider: 'openrouter',
    http: 503,
    class: 'overload',
    meaning: 'overloaded',
    officialName: {
      en: 'There is no available model provider that meets your routing requirements',
      'zh-cn': 'There is no available model provider that meets your routing requirements',
    },
    title: { en: 'No available provider', 'zh-cn': '没有可用的服务商' },
    machine: { message: 'No available model provider that meets your routing requirements' },
    example: {
      headers: { 'retry-after': '30' },
      body: {
        error: {
          code: 503,
          message: 'No available model provider that meets your routing requirements',
          metadata: { error_type: 'provider_overloaded' },
        },
      },
      illustrative: true,
    },
    aliases: ['provider_overloaded', 'temporarily_unavailable'],
    patterns: ['meets your routing requirements', 'provider is temporarily overloaded'],
    related: ['openrouter-502', 'openrouter-429-upstream', 'gateway-503', 'openai-503-server-is-overloaded'],
    sources: [errorsPage, docsRepoErrors, pyRetryRules],
    verified: V,
  },
  // After `200 OK`: the error arrives as a chunk of the stream (the transcript is in the Markdown).
  {
    slug: 'openrouter-200-mid-stream-error',
    provider: 'openrouter',
    http: 200,
    class: 'server',
    meaning: 'stream-error',
    title: { en: 'Error chunk after the stream started', 'zh-cn': '流开始后的错误 chunk' },
    machine: { message: 'Provider disconnected unexpectedly' },
    // The example of the streaming page, word for word.
    example: {
      event: null,
      body: {
        id: 'cmpl-abc123',
        object: 'chat.completion.chunk',
        created: 1234567890,
        model: 'openai/gpt-4o',
        provider: 'openai',
        error: { code: 'server_error', message: 'Provider disconnected unexpectedly' },
        choices: [{ index: 0, delta: { content: '' }, finish_reason: 'error' }],
      },
    },
    // The label clients such as Cline print for it.
    aliases: ['OpenRouter Mid-Stream Error'],
    patterns: [
      '"finish_reason":"error"',
      '"finish_reason": "error"',
      "finish_reason='error'",
      // The documented shape of the chunk: an empty delta that closes the choice with "error".
      '"delta":{"content":""},"finish_reason":"error"',
      'provider disconnected unexpectedly',
      ': openrouter processing',
    ],
    related: ['openrouter-502', 'openrouter-429', 'openrouter-503', 'openai-200-stream-error', 'openai-sdk-api-error'],
    sources: [streamingDocs, errorsPage, docsRepoStreaming, docsRepoMidStream, obsMidStreamCapacity, pyStreaming],
    verified: V,
  },
];
