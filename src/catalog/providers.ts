import type { Provider } from './types.ts';
import { pyRetryRules } from './entries/openai-sources.ts';
import { docsRepoErrors, errorsPage, limitsPage, pyStreaming, streamingPage } from './entries/openrouter-sources.ts';
import {
  contentFilter,
  contentFilterZh,
  reference,
  rateLimit429,
  quota,
  quotaZh,
  pyAzure,
  nodeAzure,
} from './entries/azure-openai-sources.ts';
import {
  mistralFirstRequest,
  mistralGlossary,
  mistralGlossaryFr,
  mistralKnownLimitations,
  mistralPyChat,
  mistralPyRetries,
  mistralSpendingLimits,
  mistralTsChat,
  mistralTsRetries,
  observed as mistralObserved,
} from './entries/mistral-sources.ts';
import {
  generateContentErrors,
  interactionsErrors,
  jsRetry,
  pyErrors,
  pyInteractionsRetry,
  pyRetry,
  rateLimits,
  troubleshooting,
  troubleshootingZh,
} from './entries/gemini-sources.ts';
import {
  errors as groqErrors,
  flexProcessing as groqFlex,
  nodeClient as groqNodeClient,
  obs401 as groqObservedHeaders,
  pyBaseClient as groqPyBaseClient,
  pyChatCompletion as groqPyChatCompletion,
  pyConstants as groqPyConstants,
  rateLimits as groqRateLimits,
} from './entries/groq-sources.ts';
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

import {
  errorsEn as moonshotErrorsEn,
  errorsZh as moonshotErrorsZh,
  faqZh as moonshotFaqZh,
  forumBalance as moonshotForumBalance,
  helpErrorCodes as moonshotHelpErrorCodes,
  helpErrorCodesZh as moonshotHelpErrorCodesZh,
  helpRateLimits as moonshotHelpRateLimits,
  helpRateLimitsZh as moonshotHelpRateLimitsZh,
  helpTroubleshooting as moonshotHelpTroubleshooting,
  kimiCodeErrors as moonshotKimiCodeErrors,
  obsAnthropicBase as moonshotObsAnthropicBase,
} from './entries/moonshot-sources.ts';

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
    id: 'azure-openai',
    name: { en: 'Azure OpenAI (Microsoft Foundry)', 'zh-cn': 'Azure OpenAI（Microsoft Foundry）' },
    envelopeExample: {
      error: {
        message: 'The response was filtered',
        type: null,
        param: 'prompt',
        code: 'content_filter',
        status: 400,
      },
    },
    // Microsoft Learn documents no request ID header for Azure OpenAI; responses quoted in public
    // reports carry `apim-request-id` (see the provider page).
    requestIdHeader: null,
    baseUrl: 'https://YOUR-RESOURCE-NAME.openai.azure.com/openai',
    // Requests name a deployment, not a model; deployments are often named after the model.
    modelPrefixes: [],
    sources: [
      contentFilter,
      contentFilterZh,
      reference,
      rateLimit429,
      quota,
      quotaZh,
      pyRetryRules,
      pyAzure,
      nodeAzure,
    ],
    verified: '2026-12-05',
  },
  {
    id: 'openrouter',
    name: { en: 'OpenRouter', 'zh-cn': 'OpenRouter' },
    envelopeExample: {
      error: {
        code: 402,
        message:
          'This request requires more credits, or fewer max_tokens. You requested up to 65536 tokens, but can only afford 30104.',
      },
    },
    requestIdHeader: 'x-generation-id',
    baseUrl: 'https://openrouter.ai/api/v1',
    // OpenRouter model ids are "<author>/<slug>"; only the router's own author prefix is unambiguous.
    modelPrefixes: ['openrouter/'],
    sources: [
      errorsPage,
      limitsPage,
      docsRepoErrors,
      streamingPage,
      {
        url: 'https://github.com/OpenRouterTeam/docs/blob/c26125a5fa92cb52ac67f0c75b717229567db716/agent-sdk/typescript/api-reference/lib/retryconfig.mdx',
        title: 'OpenRouterTeam/docs — OpenRouter TypeScript SDK RetryConfig',
      },
      pyRetryRules,
      pyStreaming,
    ],
    verified: '2026-12-05',
  },
  {
    id: 'mistral',
    name: { en: 'Mistral AI', 'zh-cn': 'Mistral AI' },
    envelopeExample: {
      object: 'error',
      message: 'A human-readable description of the error.',
      type: 'invalid_request_error',
      param: 'model',
      code: 'unknown_model',
    },
    requestIdHeader: null,
    baseUrl: 'https://api.mistral.ai/v1',
    modelPrefixes: [
      'mistral-',
      'codestral',
      'devstral',
      'magistral',
      'ministral',
      'pixtral',
      'voxtral',
      'open-mistral',
      'open-mixtral',
    ],
    sources: [
      mistralGlossary,
      mistralGlossaryFr,
      mistralKnownLimitations,
      mistralSpendingLimits,
      mistralFirstRequest,
      mistralPyChat,
      mistralPyRetries,
      mistralTsChat,
      mistralTsRetries,
      mistralObserved.unauthorizedCline,
    ],
    verified: '2026-12-05',
  },
  {
    id: 'gemini',
    name: { en: 'Google Gemini', 'zh-cn': 'Google Gemini' },
    envelopeExample: {
      error: {
        code: 429,
        message:
          'You exceeded your current quota, please check your plan and billing details. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.',
        status: 'RESOURCE_EXHAUSTED',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
            violations: [
              {
                quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests',
                quotaId: 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier',
                quotaDimensions: { location: 'global', model: 'gemini-2.5-flash' },
              },
            ],
          },
          { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '26s' },
        ],
      },
    },
    requestIdHeader: null,
    baseUrl: 'https://generativelanguage.googleapis.com/v1beta',
    modelPrefixes: ['gemini-', 'models/gemini-'],
    sources: [
      troubleshooting,
      troubleshootingZh,
      generateContentErrors,
      interactionsErrors,
      rateLimits,
      pyErrors,
      pyRetry,
      pyInteractionsRetry,
      jsRetry,
    ],
    verified: '2026-12-05',
  },
  {
    id: 'groq',
    name: { en: 'Groq', 'zh-cn': 'Groq' },
    envelopeExample: {
      error: { message: 'Invalid API Key', type: 'invalid_request_error', code: 'invalid_api_key' },
    },
    // Groq documents no request-ID header; responses observed in public reports carry `x-request-id`.
    requestIdHeader: null,
    baseUrl: 'https://api.groq.com/openai/v1',
    modelPrefixes: [
      'llama-',
      'llama3-',
      'meta-llama/',
      'openai/gpt-oss-',
      'qwen/',
      'moonshotai/',
      'groq/compound',
      'whisper-large-v3',
      'allam-',
      'gemma2-',
      'canopylabs/',
    ],
    sources: [
      groqErrors,
      groqRateLimits,
      groqFlex,
      groqPyBaseClient,
      groqPyConstants,
      groqNodeClient,
      groqPyChatCompletion,
      groqObservedHeaders,
    ],
    verified: '2026-12-05',
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
  {
    id: 'moonshot',
    name: { en: 'Moonshot AI (Kimi API)', 'zh-cn': '月之暗面（Kimi 开放平台）' },
    envelopeExample: {
      error: { type: 'content_filter', message: 'The request was rejected because it was considered high risk' },
    },
    // The error list documents no request-ID header and the bodies carry none.
    requestIdHeader: null,
    baseUrl: 'https://api.moonshot.cn/v1',
    modelPrefixes: ['kimi-', 'moonshot-v1-'],
    sources: [
      moonshotErrorsZh,
      moonshotErrorsEn,
      moonshotHelpErrorCodes,
      moonshotHelpErrorCodesZh,
      moonshotHelpTroubleshooting,
      moonshotHelpRateLimits,
      moonshotHelpRateLimitsZh,
      moonshotFaqZh,
      moonshotKimiCodeErrors,
      moonshotForumBalance,
      moonshotObsAnthropicBase,
      pyRetryRules,
    ],
    verified: '2026-12-05',
  },
];
