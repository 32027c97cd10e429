import type { ErrorEntry } from '../types.ts';
import { pyRetryRules } from './openai-sources.ts';
import {
  errorsEn,
  errorsEnCopy,
  errorsZh,
  errorsZhCopy,
  faqZh,
  forumBalance,
  forumOverloaded,
  helpErrorCodes,
  helpErrorCodesZh,
  helpRateLimits,
  helpRateLimitsZh,
  helpTroubleshooting,
  kimiCodeErrors,
  obs401Continue,
  obs401Host,
  obsContentFilter,
  obsProjectTpm,
  obsRpm,
  obsRpmK2,
  obsRpmSdk,
  obsSuspended,
} from './moonshot-sources.ts';

const v = '2026-12-05';
const p = 'moonshot' as const;

/**
 * Moonshot AI (Kimi API): every row of the official error list that a chat/completions caller can
 * meet. Moonshot bodies carry only `error.type` and `error.message`; several statuses have more than
 * one type, and one type (`rate_limit_reached_error`) more than one message, so every slug names the
 * type. The file-upload rows (400 `Invalid purpose`, file size and file count) are left out.
 */
export const moonshotApiEntries: ErrorEntry[] = [
  {
    slug: 'moonshot-400-invalid-request-error',
    provider: p,
    http: 400,
    class: 'request',
    officialName: { en: 'Invalid request', 'zh-cn': '请求无效' },
    title: { en: 'Invalid request', 'zh-cn': '请求无效' },
    machine: { type: 'invalid_request_error', message: 'Invalid request: {error_details}' },
    example: {
      illustrative: true,
      body: { error: { message: 'Invalid request: tool_call_id is not found', type: 'invalid_request_error' } },
    },
    aliases: [],
    patterns: ['invalid request: '],
    related: [
      'moonshot-400-input-token-length-too-long',
      'moonshot-400-exceeded-model-token-limit',
      'moonshot-400-content-filter',
      'openai-400-invalid-value',
      'openai-sdk-bad-request-error',
    ],
    sources: [errorsZh, errorsEn, pyRetryRules],
    verified: v,
  },
  {
    slug: 'moonshot-400-input-token-length-too-long',
    provider: p,
    http: 400,
    class: 'request',
    officialName: { en: 'Input token length too long', 'zh-cn': '请求中的 tokens 长度过长' },
    title: { en: 'Input token length too long', 'zh-cn': '请求中的 tokens 长度过长' },
    machine: { type: 'invalid_request_error', message: 'Input token length too long' },
    example: { body: { error: { message: 'Input token length too long', type: 'invalid_request_error' } } },
    aliases: [],
    patterns: ['input token length too long'],
    related: [
      'moonshot-400-exceeded-model-token-limit',
      'openai-400-context-length-exceeded',
      'deepseek-400-context-length',
      'openai-sdk-bad-request-error',
    ],
    sources: [errorsZh, errorsEn, faqZh],
    verified: v,
  },
  {
    slug: 'moonshot-400-exceeded-model-token-limit',
    provider: p,
    http: 400,
    class: 'request',
    officialName: {
      en: 'Input tokens plus max_tokens exceed the model’s maximum length',
      'zh-cn': '请求的 tokens 数和设置的 max_tokens 加和超过了模型规格长度',
    },
    title: {
      en: 'Input plus max_tokens over the model’s length',
      'zh-cn': '输入与 max_tokens 之和超过模型规格长度',
    },
    machine: { type: 'invalid_request_error', message: 'Your request exceeded model token limit : {max_model_length}' },
    example: {
      body: { error: { message: 'Your request exceeded model token limit : 131072', type: 'invalid_request_error' } },
      illustrative: true,
    },
    aliases: [],
    patterns: ['exceeded model token limit'],
    related: [
      'moonshot-400-input-token-length-too-long',
      'openai-400-context-length-exceeded',
      'deepseek-400-context-length',
      'openai-sdk-bad-request-error',
    ],
    sources: [errorsZh, errorsEn, faqZh],
    verified: v,
  },
  {
    slug: 'moonshot-400-content-filter',
    provider: p,
    http: 400,
    class: 'request',
    officialName: { en: 'Content moderation rejected the request', 'zh-cn': '内容审查拒绝' },
    title: { en: 'Rejected as high risk (content filter)', 'zh-cn': '内容审查拒绝' },
    machine: { type: 'content_filter', message: 'The request was rejected because it was considered high risk' },
    example: {
      body: {
        error: { type: 'content_filter', message: 'The request was rejected because it was considered high risk' },
      },
    },
    aliases: [],
    patterns: ['considered high risk'],
    related: ['deepseek-400-content-exists-risk', 'moonshot-400-invalid-request-error', 'openai-sdk-bad-request-error'],
    sources: [errorsZh, errorsEn, obsContentFilter],
    verified: v,
  },
  {
    slug: 'moonshot-401-invalid-authentication-error',
    provider: p,
    http: 401,
    class: 'auth',
    officialName: { en: 'Authentication failed', 'zh-cn': '鉴权失败' },
    title: { en: 'Invalid Authentication', 'zh-cn': '鉴权失败（Invalid Authentication）' },
    machine: { type: 'invalid_authentication_error', message: 'Invalid Authentication' },
    example: { body: { error: { message: 'Invalid Authentication', type: 'invalid_authentication_error' } } },
    aliases: [],
    patterns: ['invalid_authentication_error'],
    related: [
      'moonshot-401-incorrect-api-key-error',
      'openai-401-invalid-authentication',
      'openai-sdk-authentication-error',
    ],
    sources: [errorsZh, errorsEn, helpTroubleshooting, kimiCodeErrors, obs401Host, obs401Continue],
    verified: v,
  },
  {
    slug: 'moonshot-401-incorrect-api-key-error',
    provider: p,
    http: 401,
    class: 'auth',
    officialName: { en: 'Authentication failed (API key missing or wrong)', 'zh-cn': '鉴权失败' },
    title: { en: 'Incorrect API key provided', 'zh-cn': '鉴权失败（API key 未提供或不正确）' },
    machine: { type: 'incorrect_api_key_error', message: 'Incorrect API key provided' },
    example: { body: { error: { message: 'Incorrect API key provided', type: 'incorrect_api_key_error' } } },
    aliases: [],
    patterns: ['incorrect_api_key_error'],
    related: [
      'moonshot-401-invalid-authentication-error',
      'openai-401-invalid-api-key',
      'openai-sdk-authentication-error',
    ],
    sources: [errorsZh, errorsEn, helpTroubleshooting],
    verified: v,
  },
  {
    slug: 'moonshot-403-permission-denied-error',
    provider: p,
    http: 403,
    class: 'auth',
    officialName: { en: 'The API you are accessing is not open', 'zh-cn': '访问的 API 暂未开放' },
    title: { en: 'API not open to you / permission denied', 'zh-cn': '访问的 API 暂未开放' },
    machine: { type: 'permission_denied_error', message: 'The API you are accessing is not open' },
    example: {
      body: { error: { message: 'The API you are accessing is not open', type: 'permission_denied_error' } },
    },
    aliases: [],
    patterns: ['the api you are accessing is not open', 'you are not allowed to get other user info'],
    related: [
      'moonshot-429-exceeded-current-quota-error',
      'moonshot-404-resource-not-found-error',
      'openai-sdk-permission-denied-error',
    ],
    sources: [errorsZhCopy, errorsEnCopy, helpTroubleshooting],
    verified: v,
  },
  {
    slug: 'moonshot-404-resource-not-found-error',
    provider: p,
    http: 404,
    class: 'request',
    officialName: {
      en: 'Model not found or permission denied',
      'zh-cn': '不存在此模型或者没有授权访问此模型',
    },
    title: { en: 'Model not found or permission denied', 'zh-cn': '不存在此模型或者没有授权访问此模型' },
    machine: { type: 'resource_not_found_error', message: 'Not found the model {model-id} or Permission denied' },
    example: {
      body: {
        error: {
          message: 'Not found the model kimi-k2-preview or Permission denied',
          type: 'resource_not_found_error',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['not found the model', 'resource_not_found_error'],
    related: ['openai-404-model-not-found', 'deepseek-400-model-not-exist', 'openai-sdk-not-found-error'],
    sources: [errorsZhCopy, errorsEnCopy],
    verified: v,
  },
  {
    slug: 'moonshot-429-rate-limit-reached-error',
    provider: p,
    http: 429,
    class: 'rate-limit',
    officialName: {
      en: 'Organization concurrency, RPM or TPM rate limit reached',
      'zh-cn': '请求触发了账户并发个数的限制；请求触发了账户 RPM / TPM 速率限制',
    },
    title: {
      en: 'Concurrency, RPM or TPM rate limit reached',
      'zh-cn': '请求触发了并发个数或 RPM / TPM 速率限制',
    },
    machine: {
      type: 'rate_limit_reached_error',
      message:
        'Your account {organization-id}<{ak-id}> request reached organization max RPM: {RPM}, please try again after {time} seconds',
    },
    example: {
      body: {
        error: {
          message:
            'Your account org-e664b178c0f74d818f6b62f87efa49f7<ak-f3t8pfk16fki11gzh6i1> request reached organization max RPM: 3, please try again after 1 seconds',
          type: 'rate_limit_reached_error',
        },
      },
    },
    aliases: [],
    patterns: [
      'request reached organization max',
      'request reached max organization concurrency',
      'organization tpm rate limit',
      'project tpm rate limit',
      'organization rate limit exceeded',
    ],
    related: [
      'moonshot-429-tpd-rate-limit',
      'moonshot-429-engine-overloaded-error',
      'moonshot-429-exceeded-current-quota-error',
      'openai-429-rate-limit-exceeded',
      'openai-sdk-rate-limit-error',
    ],
    sources: [
      errorsZhCopy,
      errorsEnCopy,
      helpRateLimits,
      helpRateLimitsZh,
      pyRetryRules,
      obsRpm,
      obsProjectTpm,
      obsRpmK2,
      obsRpmSdk,
    ],
    verified: v,
  },
  {
    slug: 'moonshot-429-tpd-rate-limit',
    provider: p,
    http: 429,
    class: 'rate-limit',
    officialName: { en: 'Organization TPD rate limit reached', 'zh-cn': '请求触发了账户 TPD 速率限制' },
    title: { en: 'Tokens-per-day (TPD) limit reached', 'zh-cn': '请求触发了 TPD 速率限制' },
    machine: {
      type: 'rate_limit_reached_error',
      message:
        'Your account {organization-id}<{ak-id}> request reached organization TPD rate limit, current:{current_tpd}, limit:{max_tpd}',
    },
    example: {
      body: {
        error: {
          message:
            'Your account org-3f2a9c0d41e84b6f9a1c2d3e4f5a6b7c<ak-8h2k4m6n8p0q2r4s6t8u> request reached organization TPD rate limit, current:1502311, limit:1500000',
          type: 'rate_limit_reached_error',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['tpd rate limit'],
    related: [
      'moonshot-429-rate-limit-reached-error',
      'moonshot-429-exceeded-current-quota-error',
      'openai-sdk-rate-limit-error',
    ],
    sources: [errorsZhCopy, errorsEnCopy, helpRateLimits, helpRateLimitsZh, pyRetryRules],
    verified: v,
  },
  {
    slug: 'moonshot-429-engine-overloaded-error',
    provider: p,
    http: 429,
    class: 'overload',
    officialName: {
      en: 'Too many concurrent requests; the node is throttled',
      'zh-cn': '当前并发请求过多，节点限流中',
    },
    title: { en: 'Engine overloaded', 'zh-cn': '当前并发请求过多（引擎过载）' },
    machine: { type: 'engine_overloaded_error', message: 'The engine is currently overloaded, please try again later' },
    example: {
      body: {
        error: {
          message: 'The engine is currently overloaded, please try again later',
          type: 'engine_overloaded_error',
        },
      },
    },
    aliases: [],
    patterns: ['engine_overloaded_error'],
    related: ['moonshot-429-rate-limit-reached-error', 'openai-429-engine-overloaded', 'openai-sdk-rate-limit-error'],
    sources: [errorsZhCopy, errorsEnCopy, forumOverloaded, kimiCodeErrors, pyRetryRules],
    verified: v,
  },
  {
    slug: 'moonshot-429-exceeded-current-quota-error',
    provider: p,
    http: 429,
    class: 'billing',
    officialName: {
      en: 'Insufficient account balance; account suspended',
      'zh-cn': '账户额度不足；账户余额不足，已停用',
    },
    title: {
      en: 'Balance exhausted or account suspended (sent as 429)',
      'zh-cn': '账户余额不足或已停用（以 429 返回）',
    },
    machine: {
      type: 'exceeded_current_quota_error',
      message:
        'You exceeded your current token quota: <{organization_id}> {token_credit}, please check your account balance',
    },
    example: {
      body: {
        error: {
          message:
            'Your account org-de5241b31b0345aca34d854a6743eacf is suspended due to insufficient balance, please recharge your account or check your plan and billing details',
          type: 'exceeded_current_quota_error',
        },
      },
    },
    aliases: [],
    patterns: [
      'exceeded_current_quota_error',
      'exceeded your current token quota',
      'is suspended due to insufficient balance',
      'is suspended, please check your plan and billing details',
      '> is suspended',
    ],
    related: [
      'moonshot-429-tpd-rate-limit',
      'moonshot-403-permission-denied-error',
      'openai-429-insufficient-quota',
      'deepseek-402',
      'openai-sdk-rate-limit-error',
    ],
    sources: [errorsZhCopy, errorsEnCopy, helpTroubleshooting, forumBalance, obsSuspended, pyRetryRules],
    verified: v,
  },
  {
    slug: 'moonshot-500-server-error',
    provider: p,
    http: 500,
    class: 'server',
    officialName: { en: 'Failed to extract the file', 'zh-cn': '解析文件失败' },
    title: { en: 'Failed to extract file', 'zh-cn': '解析文件失败' },
    machine: { type: 'server_error', message: 'Failed to extract file: {error}' },
    example: {
      body: { error: { message: 'Failed to extract file: unsupported file content', type: 'server_error' } },
      illustrative: true,
    },
    aliases: [],
    patterns: ['failed to extract file'],
    related: ['moonshot-500-unexpected-output', 'openai-500-server-error', 'openai-sdk-internal-server-error'],
    sources: [errorsZhCopy, errorsEnCopy, helpErrorCodes, helpErrorCodesZh, pyRetryRules],
    verified: v,
  },
  {
    slug: 'moonshot-500-unexpected-output',
    provider: p,
    http: 500,
    class: 'server',
    officialName: { en: 'Internal error', 'zh-cn': '内部错误' },
    title: { en: 'Internal error (invalid state transition)', 'zh-cn': '内部错误（invalid state transition）' },
    machine: { type: 'unexpected_output', message: 'invalid state transition' },
    example: { body: { error: { message: 'invalid state transition', type: 'unexpected_output' } } },
    aliases: [],
    patterns: ['invalid state transition', 'unexpected_output'],
    related: ['moonshot-500-server-error', 'openai-500-server-error', 'openai-sdk-internal-server-error'],
    sources: [errorsZhCopy, errorsEnCopy, helpErrorCodes, helpErrorCodesZh, pyRetryRules],
    verified: v,
  },
];
