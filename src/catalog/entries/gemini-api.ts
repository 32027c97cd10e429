import type { ErrorEntry, Source } from '../types.ts';
import {
  availableRegions,
  finishReasonRef,
  generateContentErrors,
  interactionsErrors,
  jsStreamErrors,
  obsCliMissingFinish,
  obsMidStream503,
  obsRecitationMidStream,
  obsRecitationPhp,
  promptFeedback,
  pyStreamErrors,
  rateLimits,
  safetySettings,
  streamGenerateContentRef,
  troubleshooting,
  troubleshootingZh,
} from './gemini-sources.ts';

const observed = (url: string, title: string): Source => ({ url, title });
const v = '2026-12-05';
/** A generateContent (google.rpc.Status) error body. */
const rpc = (code: number, status: string, message: string, details?: unknown[]) => ({
  error: { code, message, status, ...(details ? { details } : {}) },
});
const keyInvalid = 'API key not valid. Please pass a valid API key.';
const quotaMessage =
  'You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.';
const help = {
  '@type': 'type.googleapis.com/google.rpc.Help',
  links: [
    { description: 'Learn more about Gemini API quotas', url: 'https://ai.google.dev/gemini-api/docs/rate-limits' },
  ],
};

/** generateContent errors (google.rpc statuses), then the codes only the Interactions API has, then the 200 blocks. */
export const geminiApiEntries: ErrorEntry[] = [
  {
    slug: 'gemini-400-invalid-argument',
    provider: 'gemini',
    http: 400,
    class: 'request',
    title: { en: 'Invalid argument', 'zh-cn': '请求参数无效' },
    machine: { status: 'INVALID_ARGUMENT' },
    example: {
      body: rpc(
        400,
        'INVALID_ARGUMENT',
        'Invalid JSON payload received. Unknown name "contnet" at \'contents[0]\': Cannot find field.',
      ),
      illustrative: true,
    },
    aliases: ['invalid_request'],
    patterns: ['invalid json payload received', 'request contains an invalid argument'],
    related: [
      'gemini-400-api-key-invalid',
      'gemini-400-parameter-unknown',
      'gemini-sdk-client-error',
      'openai-400-invalid-value',
    ],
    sources: [troubleshooting, troubleshootingZh, generateContentErrors, interactionsErrors],
    verified: v,
  },
  {
    slug: 'gemini-400-api-key-invalid',
    provider: 'gemini',
    http: 400,
    class: 'auth',
    title: { en: 'API key not valid', 'zh-cn': 'API key 无效' },
    machine: { status: 'INVALID_ARGUMENT', message: keyInvalid },
    example: {
      body: rpc(400, 'INVALID_ARGUMENT', keyInvalid, [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'API_KEY_INVALID',
          domain: 'googleapis.com',
          metadata: { service: 'generativelanguage.googleapis.com' },
        },
        { '@type': 'type.googleapis.com/google.rpc.LocalizedMessage', locale: 'en-US', message: keyInvalid },
      ]),
    },
    aliases: ['API_KEY_INVALID'],
    patterns: ['api key not valid', 'api_key_invalid', 'api key not found. please pass a valid api key'],
    related: [
      'gemini-401-authentication',
      'gemini-403-permission-denied',
      'openai-401-invalid-api-key',
      'deepseek-401',
    ],
    sources: [
      troubleshooting,
      interactionsErrors,
      observed(
        'https://github.com/continuedev/continue/issues/10290',
        'Observed 400 API_KEY_INVALID body (continue issue #10290)',
      ),
      observed(
        'https://github.com/google-gemini/gemini-cli/issues/25198',
        'Observed "API Key not found" variant (gemini-cli issue #25198)',
      ),
    ],
    verified: v,
  },
  {
    slug: 'gemini-400-failed-precondition',
    provider: 'gemini',
    http: 400,
    class: 'billing',
    title: { en: 'Free tier not available, enable billing', 'zh-cn': '免费层级不可用，需要启用结算' },
    machine: { status: 'FAILED_PRECONDITION', message: 'User location is not supported for the API use.' },
    example: { body: rpc(400, 'FAILED_PRECONDITION', 'User location is not supported for the API use.') },
    aliases: ['failed_precondition', 'User location is not supported'],
    patterns: ['user location is not supported', 'failed_precondition'],
    related: [
      'gemini-403-permission-denied',
      'openai-403-unsupported-country-region-territory',
      'gemini-402-resource-exhausted',
    ],
    sources: [
      troubleshooting,
      troubleshootingZh,
      interactionsErrors,
      availableRegions,
      observed(
        'https://github.com/google-gemini/gemini-cli/issues/24641',
        'Observed 400 FAILED_PRECONDITION body (gemini-cli issue #24641)',
      ),
      observed(
        'https://github.com/poenl/gemini-api/issues/4',
        'Observed via a Hong Kong exit node (poenl/gemini-api issue #4)',
      ),
    ],
    verified: v,
  },
  {
    slug: 'gemini-402-resource-exhausted',
    provider: 'gemini',
    http: 402,
    class: 'billing',
    title: { en: 'Prepay credits depleted', 'zh-cn': '预付费额度已用完' },
    machine: { status: 'RESOURCE_EXHAUSTED' },
    example: { body: rpc(402, 'RESOURCE_EXHAUSTED', 'Your prepayment credits are depleted.'), illustrative: true },
    aliases: ['payment_required'],
    patterns: ['prepay', 'credits are depleted'],
    related: ['gemini-429-quota-exceeded', 'deepseek-402', 'gateway-402', 'openai-429-credit-balance-exhausted'],
    sources: [generateContentErrors, interactionsErrors],
    verified: v,
  },
  {
    slug: 'gemini-403-permission-denied',
    provider: 'gemini',
    http: 403,
    class: 'auth',
    title: { en: 'Permission denied', 'zh-cn': '权限不足' },
    machine: { status: 'PERMISSION_DENIED' },
    example: {
      body: rpc(403, 'PERMISSION_DENIED', 'The caller does not have permission'),
      illustrative: true,
    },
    aliases: ['permission_denied'],
    patterns: ['permission_denied', 'the caller does not have permission'],
    related: [
      'gemini-400-api-key-invalid',
      'gemini-401-authentication',
      'gateway-403',
      'openai-sdk-permission-denied-error',
    ],
    sources: [troubleshooting, troubleshootingZh, interactionsErrors],
    verified: v,
  },
  {
    slug: 'gemini-404-not-found',
    provider: 'gemini',
    http: 404,
    class: 'request',
    title: { en: 'Not found', 'zh-cn': '找不到请求的资源' },
    machine: { status: 'NOT_FOUND' },
    example: {
      body: rpc(
        404,
        'NOT_FOUND',
        'models/gemini-pro is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.',
      ),
    },
    aliases: ['not_found'],
    patterns: ['is not found for api version', 'call listmodels to see the list of available models'],
    related: ['gemini-404-model-not-found', 'openai-404-model-not-found', 'gateway-404'],
    sources: [
      troubleshooting,
      troubleshootingZh,
      interactionsErrors,
      observed(
        'https://github.com/wwardaww/gnome-gemini-ai/issues/22',
        'Observed 404 NOT_FOUND body for a retired model (gnome-gemini-ai issue #22)',
      ),
      observed(
        'https://github.com/google-gemini/gemini-api-quickstart/issues/20',
        'Observed 404 through the Python SDK (gemini-api-quickstart issue #20)',
      ),
    ],
    verified: v,
  },
  {
    slug: 'gemini-429-resource-exhausted',
    provider: 'gemini',
    http: 429,
    class: 'rate-limit',
    title: { en: 'Rate limit exceeded (per-minute quota)', 'zh-cn': '超出速率限制（每分钟配额）' },
    machine: { status: 'RESOURCE_EXHAUSTED', message: quotaMessage },
    example: {
      body: rpc(429, 'RESOURCE_EXHAUSTED', quotaMessage, [
        {
          '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
          violations: [
            {
              quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_input_token_count',
              quotaId: 'GenerateContentInputTokensPerModelPerMinute-FreeTier',
              quotaDimensions: { location: 'global', model: 'gemini-2.5-flash' },
              quotaValue: '250000',
            },
          ],
        },
        help,
        { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '26s' },
      ]),
    },
    aliases: ['rate_limit_exceeded', 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier'],
    patterns: ['resource has been exhausted', 'perminute'],
    related: [
      'gemini-429-quota-exceeded',
      'gemini-402-resource-exhausted',
      'openai-429-rate-limit-exceeded',
      'openai-429-insufficient-quota',
    ],
    sources: [
      troubleshooting,
      troubleshootingZh,
      interactionsErrors,
      rateLimits,
      observed(
        'https://github.com/RooCodeInc/Roo-Code/issues/3883',
        'Observed per-minute 429 with QuotaFailure and RetryInfo (Roo-Code issue #3883)',
      ),
      observed(
        'https://github.com/googleapis/python-genai/issues/2065',
        'Observed bare 429 "Resource has been exhausted" (python-genai issue #2065)',
      ),
    ],
    verified: v,
  },
  {
    slug: 'gemini-429-quota-exceeded',
    provider: 'gemini',
    http: 429,
    class: 'billing',
    title: { en: 'Daily quota exceeded', 'zh-cn': '超出每日配额' },
    machine: { status: 'RESOURCE_EXHAUSTED', message: quotaMessage },
    example: {
      body: rpc(429, 'RESOURCE_EXHAUSTED', quotaMessage, [
        help,
        {
          '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
          violations: [
            {
              quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests',
              quotaId: 'GenerateRequestsPerDayPerProjectPerModel-FreeTier',
              quotaDimensions: { location: 'global', model: 'gemini-2.0-flash' },
            },
          ],
        },
        { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '47s' },
      ]),
    },
    aliases: ['quota_exceeded', 'GenerateRequestsPerDayPerProjectPerModel-FreeTier'],
    patterns: ['perday', 'per day'],
    related: ['gemini-429-resource-exhausted', 'gemini-402-resource-exhausted', 'openai-429-insufficient-quota'],
    sources: [
      interactionsErrors,
      rateLimits,
      observed(
        'https://github.com/googleapis/python-genai/issues/2044',
        'Observed daily-quota 429 with retryDelay 47s (python-genai issue #2044)',
      ),
    ],
    verified: v,
  },
  {
    slug: 'gemini-499-cancelled',
    provider: 'gemini',
    http: 499,
    class: 'network',
    title: { en: 'Request cancelled by the client', 'zh-cn': '请求被客户端取消' },
    machine: { status: 'CANCELLED', message: 'The operation was cancelled.' },
    example: { body: rpc(499, 'CANCELLED', 'The operation was cancelled.') },
    aliases: ['cancelled'],
    patterns: ['the operation was cancelled', '"cancelled"'],
    related: ['gemini-504-deadline-exceeded', 'openai-sdk-api-timeout-error'],
    sources: [
      generateContentErrors,
      interactionsErrors,
      observed(
        'https://github.com/google-gemini/gemini-cli/issues/20309',
        'Observed 499 CANCELLED body (gemini-cli issue #20309)',
      ),
    ],
    verified: v,
  },
  {
    slug: 'gemini-500-internal',
    provider: 'gemini',
    http: 500,
    class: 'server',
    title: { en: 'Internal error', 'zh-cn': '内部错误' },
    machine: {
      status: 'INTERNAL',
      message:
        'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
    },
    example: {
      body: rpc(
        500,
        'INTERNAL',
        'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting',
      ),
    },
    // The Interactions API's code api_error is not an alias here: Anthropic's far more common error.type owns it.
    aliases: [],
    patterns: ['an internal error has occurred. please retry or report', 'internal error encountered'],
    related: [
      'gemini-503-unavailable',
      'gemini-504-deadline-exceeded',
      'gemini-sdk-server-error',
      'openai-500-server-error',
    ],
    sources: [
      troubleshooting,
      troubleshootingZh,
      interactionsErrors,
      observed(
        'https://github.com/google-gemini/gemini-cli/issues/3665',
        'Observed 500 INTERNAL body (gemini-cli issue #3665)',
      ),
      observed(
        'https://github.com/PublicAffairs/openai-gemini/issues/15',
        'Observed 500 INTERNAL, fixed by switching model (openai-gemini issue #15)',
      ),
    ],
    verified: v,
  },
  {
    slug: 'gemini-503-unavailable',
    provider: 'gemini',
    http: 503,
    class: 'overload',
    title: { en: 'Model overloaded', 'zh-cn': '模型过载' },
    machine: { status: 'UNAVAILABLE', message: 'The model is overloaded. Please try again later.' },
    example: { body: rpc(503, 'UNAVAILABLE', 'The model is overloaded. Please try again later.') },
    aliases: [],
    patterns: ['the model is overloaded', 'currently experiencing high demand'],
    related: [
      'gemini-500-internal',
      'gemini-429-resource-exhausted',
      'gemini-200-stream-error',
      'openai-503-server-is-overloaded',
      'deepseek-503',
    ],
    sources: [
      troubleshooting,
      troubleshootingZh,
      observed(
        'https://github.com/google-gemini/gemini-cli/issues/5191',
        'Observed 503 UNAVAILABLE body (gemini-cli issue #5191)',
      ),
      observed(
        'https://github.com/google-gemini/cookbook/issues/425',
        'Observed 503 via the Python SDK, maintainer reply (cookbook issue #425)',
      ),
      observed(
        'https://github.com/continuedev/continue/issues/10639',
        'Observed "high demand" variant (continue issue #10639)',
      ),
    ],
    verified: v,
  },
  {
    slug: 'gemini-504-deadline-exceeded',
    provider: 'gemini',
    http: 504,
    class: 'server',
    title: { en: 'Deadline exceeded', 'zh-cn': '处理超过截止时间' },
    machine: { status: 'DEADLINE_EXCEEDED' },
    example: {
      body: rpc(504, 'DEADLINE_EXCEEDED', 'Deadline expired before operation could complete.'),
      illustrative: true,
    },
    aliases: [],
    patterns: ['deadline_exceeded', 'deadline expired before operation could complete'],
    related: ['gemini-499-cancelled', 'gemini-500-internal', 'gateway-504'],
    sources: [
      troubleshooting,
      generateContentErrors,
      observed(
        'https://github.com/letta-ai/letta/pull/2861',
        'Observed 504 DEADLINE_EXCEEDED, retried by a client (letta pull request #2861)',
      ),
    ],
    verified: v,
  },
  // Codes only the Interactions API has ({"error": {"code": "<string>", "message"}}).
  {
    slug: 'gemini-401-authentication',
    provider: 'gemini',
    http: 401,
    class: 'auth',
    title: { en: 'API key missing, invalid or expired', 'zh-cn': 'API key 缺失、无效或已过期' },
    machine: { code: 'authentication' },
    example: {
      body: { error: { code: 'authentication', message: 'API key not valid. Please pass a valid API key.' } },
      illustrative: true,
    },
    aliases: [],
    patterns: ['"code":"authentication"', '"code": "authentication"'],
    related: ['gemini-400-api-key-invalid', 'gemini-403-permission-denied', 'openai-401-invalid-api-key'],
    sources: [interactionsErrors],
    verified: v,
  },
  {
    slug: 'gemini-400-parameter-unknown',
    provider: 'gemini',
    http: 400,
    class: 'request',
    title: { en: 'Unknown parameter', 'zh-cn': '未知参数' },
    machine: { code: 'parameter_unknown' },
    example: {
      body: { error: { code: 'parameter_unknown', message: "Unknown parameter: 'temprature'." } },
      illustrative: true,
    },
    aliases: [],
    patterns: ['parameter_unknown'],
    related: ['gemini-400-invalid-argument', 'openai-400-unsupported-parameter'],
    sources: [interactionsErrors],
    verified: v,
  },
  {
    slug: 'gemini-404-model-not-found',
    provider: 'gemini',
    http: 404,
    class: 'request',
    title: { en: 'Model not found', 'zh-cn': '找不到模型' },
    machine: { code: 'model_not_found' },
    example: {
      body: { error: { code: 'model_not_found', message: 'Model gemini-9-pro not found.' } },
      illustrative: true,
    },
    aliases: [],
    patterns: ['"code":"model_not_found"', '"code": "model_not_found"'],
    related: ['gemini-404-not-found', 'openai-404-model-not-found', 'deepseek-400-model-not-exist'],
    sources: [interactionsErrors],
    verified: v,
  },
  {
    slug: 'gemini-416-out-of-range',
    provider: 'gemini',
    http: 416,
    class: 'request',
    title: { en: 'Parameter out of range', 'zh-cn': '参数超出取值范围' },
    machine: { code: 'out_of_range' },
    example: {
      body: { error: { code: 'out_of_range', message: 'temperature must be between 0 and 2.' } },
      illustrative: true,
    },
    aliases: [],
    patterns: ['out_of_range'],
    related: ['gemini-400-invalid-argument', 'openai-400-invalid-value'],
    sources: [interactionsErrors],
    verified: v,
  },
  // A successful response that carries no answer.
  {
    slug: 'gemini-200-safety',
    provider: 'gemini',
    http: 200,
    class: 'request',
    title: { en: 'Blocked for safety (empty answer)', 'zh-cn': '因安全原因被拦截（回答为空）' },
    example: {
      body: {
        promptFeedback: {
          blockReason: 'SAFETY',
          safetyRatings: [{ category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH' }],
        },
        usageMetadata: { promptTokenCount: 12, totalTokenCount: 12 },
      },
      illustrative: true,
    },
    aliases: ['blockReason', 'finishReason SAFETY', 'promptFeedback'],
    patterns: [
      'blockreason',
      '"finishreason": "safety"',
      '"finishreason":"safety"',
      'finish_reason=safety',
      'finishreason.safety',
    ],
    related: [
      'gemini-200-recitation',
      'gemini-200-stream-error',
      'deepseek-400-content-exists-risk',
      'gemini-400-invalid-argument',
    ],
    sources: [safetySettings, promptFeedback, troubleshooting, finishReasonRef, streamGenerateContentRef],
    verified: v,
  },
  {
    slug: 'gemini-200-recitation',
    provider: 'gemini',
    http: 200,
    class: 'request',
    title: { en: 'Stopped for recitation', 'zh-cn': '因复述（RECITATION）而停止' },
    // The last chunk of a stream, as reported on Google's developer forum.
    example: {
      event: null,
      body: {
        candidates: [
          {
            content: {},
            finishReason: 'RECITATION',
            index: 0,
            finishMessage:
              'The generated content was filtered because it may contain material that resembles existing copyrighted works…',
          },
        ],
        usageMetadata: { promptTokenCount: 255707, candidatesTokenCount: 347, totalTokenCount: 256054 },
        modelVersion: 'gemini-3-flash-preview',
      },
    },
    aliases: ['finishReason RECITATION'],
    patterns: [
      '"finishreason": "recitation"',
      '"finishreason":"recitation"',
      'finish_reason=recitation',
      'finishreason.recitation',
      'recitation policy',
    ],
    related: ['gemini-200-safety', 'gemini-200-stream-error'],
    sources: [troubleshooting, finishReasonRef, obsRecitationMidStream, obsRecitationPhp],
    verified: v,
  },
  // An error after `200 OK`, inside the stream of streamGenerateContent (the transcripts are in the Markdown).
  {
    slug: 'gemini-200-stream-error',
    provider: 'gemini',
    http: 200,
    class: 'server',
    title: { en: 'Stream failed after it started', 'zh-cn': '流开始后出错或中断' },
    example: {
      event: null,
      body: rpc(
        503,
        'UNAVAILABLE',
        'This model is currently experiencing high demand. Spikes in demand are usually temporary. Please try again later.',
      ),
    },
    aliases: [],
    patterns: [
      'model stream ended with an invalid chunk or missing finish reason',
      'incomplete json segment at the end',
      'got status: ',
    ],
    related: ['gemini-503-unavailable', 'gemini-500-internal', 'gemini-200-safety', 'openai-200-stream-error'],
    sources: [
      streamGenerateContentRef,
      interactionsErrors,
      pyStreamErrors,
      jsStreamErrors,
      obsMidStream503,
      obsCliMissingFinish,
    ],
    verified: v,
  },
];
