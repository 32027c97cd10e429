import type { ErrorEntry } from '../types.ts';
import { pyRetryRules } from './openai-sources.ts';
import {
  contentFilter,
  contentFilterAnnotations,
  reference,
  rateLimit429,
  quota,
  vnet,
  pyAzure,
  nodeAzure,
  obsContentFilter,
  obsContentFilterHelm,
  obs401,
  obs403,
  obs403Vnet,
  obs404,
  obs404Answer,
  obs429Headers,
  obs429Token,
  obsHighDemand,
  obsHighDemandQa,
  obs500,
  obs500Demo,
} from './azure-openai-sources.ts';

const filterMessage =
  "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry. To learn more about our content filtering policies please read our documentation: https://go.microsoft.com/fwlink/?linkid=2198766";
const tokenLimitMessage =
  'Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-08-01-preview have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after 4 seconds. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit.';
const highDemandMessage =
  'The system is currently experiencing high demand and cannot process your request. Your request exceeds the maximum usage size allowed during peak load. Please retry after 6 seconds. For improved latency reliability, consider switching to Provisioned Throughput.';
const serverErrorMessage =
  'The server had an error processing your request. Sorry about that! You can retry your request, or contact us through an Azure support request at: https://go.microsoft.com/fwlink/?linkid=2213926 if you keep seeing this error. (Please include the request ID d7fc0c4f-4c08-415c-b22b-3b9a59524a41 in your email.)';

/** Azure OpenAI in Microsoft Foundry: content filtering, access, deployments, rate limits and server faults. */
export const azureOpenaiEntries: ErrorEntry[] = [
  {
    slug: 'azure-openai-400-content-filter',
    provider: 'azure-openai',
    http: 400,
    class: 'request',
    meaning: 'content-blocked',
    title: { en: 'Prompt blocked by content filtering', 'zh-cn': '提示词被内容筛选拦截' },
    machine: { type: null, code: 'content_filter', param: 'prompt', message: filterMessage },
    example: {
      body: {
        error: {
          message: filterMessage,
          type: null,
          param: 'prompt',
          code: 'content_filter',
          status: 400,
          innererror: {
            code: 'ResponsibleAIPolicyViolation',
            content_filter_result: {
              hate: { filtered: false, severity: 'safe' },
              jailbreak: { filtered: false, detected: false },
              self_harm: { filtered: false, severity: 'safe' },
              sexual: { filtered: false, severity: 'safe' },
              violence: { filtered: true, severity: 'medium' },
            },
          },
        },
      },
    },
    aliases: ['ResponsibleAIPolicyViolation'],
    patterns: [
      "triggering azure openai's content management policy",
      'content management policy',
      'responsibleaipolicyviolation',
      '提示词被内容筛选拦截',
    ],
    related: ['azure-openai-200-content-filter', 'deepseek-400-content-exists-risk', 'openai-sdk-bad-request-error'],
    sources: [contentFilter, contentFilterAnnotations, reference, obsContentFilter, obsContentFilterHelm],
    verified: '2026-12-05',
  },
  {
    slug: 'azure-openai-200-content-filter',
    provider: 'azure-openai',
    http: 200,
    class: 'request',
    meaning: 'content-blocked',
    title: { en: 'Completion cut by content filtering', 'zh-cn': '补全内容被内容筛选截断' },
    machine: {},
    example: {
      body: {
        id: 'cmpl-example',
        object: 'text_completion',
        created: 1653666831,
        model: 'ada',
        choices: [
          { text: 'returned text 1', index: 0, finish_reason: 'length', logprobs: null },
          { text: 'returned text 2', index: 1, finish_reason: 'content_filter', logprobs: null },
        ],
      },
    },
    aliases: ['finish_reason content_filter'],
    patterns: [
      '"finish_reason": "content_filter"',
      '"finish_reason":"content_filter"',
      "finish_reason='content_filter'",
    ],
    related: ['azure-openai-400-content-filter'],
    sources: [contentFilter, contentFilterAnnotations],
    verified: '2026-12-05',
  },
  {
    slug: 'azure-openai-401',
    provider: 'azure-openai',
    http: 401,
    class: 'auth',
    meaning: 'wrong-plan',
    title: { en: 'Invalid key or wrong endpoint', 'zh-cn': 'key 无效或终结点错误' },
    machine: {
      message:
        'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
    },
    example: {
      headers: { 'apim-request-id': '3d37de60-f6c3-4ced-a637-92bc9d16d8b5' },
      body: {
        error: {
          code: '401',
          message:
            'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
        },
      },
    },
    aliases: [],
    patterns: ['access denied due to invalid subscription key or wrong api endpoint', 'invalid subscription key'],
    related: ['openai-401-invalid-api-key', 'openai-sdk-authentication-error', 'azure-openai-403'],
    sources: [reference, pyAzure, obs401],
    verified: '2026-12-05',
  },
  {
    slug: 'azure-openai-403',
    provider: 'azure-openai',
    http: 403,
    class: 'auth',
    meaning: 'wrong-plan',
    title: { en: 'Blocked by network rules', 'zh-cn': '被网络规则拒绝' },
    machine: { message: 'Access denied due to Virtual Network/Firewall rules.' },
    example: {
      headers: { 'apim-request-id': 'c85f3b15-cf66-4482-a190-82ac6e287aad' },
      body: { error: { code: '403', message: 'Access denied due to Virtual Network/Firewall rules.' } },
    },
    aliases: [],
    patterns: [
      'access denied due to virtual network/firewall rules',
      'a virtual network is configured for this resource',
    ],
    related: ['azure-openai-401', 'openai-sdk-permission-denied-error'],
    sources: [vnet, obs403, obs403Vnet],
    verified: '2026-12-05',
  },
  {
    slug: 'azure-openai-404-deployment-not-found',
    provider: 'azure-openai',
    http: 404,
    class: 'request',
    meaning: 'model-unavailable',
    title: { en: 'Deployment not found', 'zh-cn': '找不到部署' },
    machine: {
      code: 'DeploymentNotFound',
      message:
        'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.',
    },
    example: {
      body: {
        error: {
          code: 'DeploymentNotFound',
          message:
            'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.',
        },
      },
    },
    aliases: [],
    patterns: ['the api deployment for this resource does not exist', 'deploymentnotfound', '找不到部署'],
    related: ['openai-404-model-not-found', 'openai-sdk-not-found-error'],
    sources: [reference, quota, pyAzure, obs404, obs404Answer],
    verified: '2026-12-05',
  },
  {
    slug: 'azure-openai-429-rate-limit-exceeded',
    provider: 'azure-openai',
    http: 429,
    class: 'rate-limit',
    meaning: 'rate-limited',
    title: { en: 'Deployment rate limit exceeded', 'zh-cn': '超出部署的速率限制' },
    machine: { message: tokenLimitMessage },
    example: {
      headers: {
        'apim-request-id': '3d37de60-f6c3-4ced-a637-92bc9d16d8b5',
        'retry-after-ms': '4000',
        'x-ratelimit-limit-requests': '8',
        'x-ratelimit-limit-tokens': '8000',
        'x-ratelimit-remaining-requests': '7',
        'x-ratelimit-remaining-tokens': '1014',
      },
      body: { error: { code: '429', message: tokenLimitMessage } },
    },
    aliases: [],
    patterns: [
      'have exceeded token rate limit',
      'have exceeded call rate limit',
      'rate limit is exceeded. try again in',
      'aka.ms/oai/quotaincrease',
      '超出部署的速率限制',
    ],
    related: [
      'azure-openai-429-max-tokens-estimate',
      'azure-openai-429-temporary-adjustment',
      'azure-openai-429-high-demand',
      'openai-sdk-rate-limit-error',
      'openai-429-rate-limit-exceeded',
    ],
    sources: [rateLimit429, quota, pyRetryRules, pyAzure, obs429Headers, obs429Token],
    verified: '2026-12-05',
  },
  {
    slug: 'azure-openai-429-high-demand',
    provider: 'azure-openai',
    http: 429,
    class: 'overload',
    meaning: 'overloaded',
    title: { en: 'Service short on capacity (high demand)', 'zh-cn': '服务容量不足（需求过高）' },
    machine: { message: highDemandMessage },
    example: {
      illustrative: true,
      body: { error: { code: '429', message: highDemandMessage } },
    },
    aliases: [],
    patterns: [
      'is currently experiencing high demand',
      'system is experiencing high demand',
      'the service is temporarily unable to process your request',
      'maximum usage size allowed during peak load',
    ],
    related: ['azure-openai-429-rate-limit-exceeded', 'azure-openai-429-temporary-adjustment', 'openai-503-slow-down'],
    sources: [rateLimit429, obsHighDemand, obsHighDemandQa],
    verified: '2026-12-05',
  },
  {
    slug: 'azure-openai-429-temporary-adjustment',
    provider: 'azure-openai',
    http: 429,
    class: 'rate-limit',
    meaning: 'rate-limited',
    title: { en: 'Limit lowered for a while', 'zh-cn': '速率限制被临时调低' },
    machine: {},
    example: {
      illustrative: true,
      headers: {
        'retry-after-ms': '2000',
        'x-ratelimit-limit-tokens': '60000',
        'x-ratelimit-remaining-tokens': '0',
      },
      body: { error: { code: '429', message: 'Rate limit is exceeded. Try again in 2 seconds.' } },
    },
    aliases: [],
    patterns: ['temporarily lower a deployment', 'effective limit', '速率限制被临时调低'],
    related: ['azure-openai-429-rate-limit-exceeded', 'azure-openai-429-high-demand'],
    sources: [rateLimit429, quota],
    verified: '2026-12-05',
  },
  {
    slug: 'azure-openai-429-max-tokens-estimate',
    provider: 'azure-openai',
    http: 429,
    class: 'rate-limit',
    meaning: 'rate-limited',
    title: { en: 'Rate limit used up by max_tokens', 'zh-cn': 'max_tokens 占满了速率限制' },
    machine: {},
    example: {
      illustrative: true,
      headers: { 'retry-after-ms': '4000', 'x-ratelimit-remaining-tokens': '0' },
      body: { error: { code: '429', message: tokenLimitMessage } },
    },
    aliases: [],
    patterns: ['max_tokens counts in full', 'max_tokens 占满了速率限制'],
    related: ['azure-openai-429-rate-limit-exceeded', 'openai-429-request-too-large'],
    sources: [rateLimit429, quota],
    verified: '2026-12-05',
  },
  {
    slug: 'azure-openai-500',
    provider: 'azure-openai',
    http: 500,
    class: 'server',
    meaning: 'server-error',
    title: { en: 'Server error', 'zh-cn': '服务端错误' },
    machine: { type: 'server_error', code: null, param: null, message: serverErrorMessage },
    example: {
      body: { error: { message: serverErrorMessage, type: 'server_error', param: null, code: null } },
    },
    aliases: [],
    patterns: ['contact us through an azure support request', 'go.microsoft.com/fwlink/?linkid=2213926'],
    related: ['openai-500-server-error', 'openai-sdk-internal-server-error'],
    sources: [pyRetryRules, nodeAzure, obs500, obs500Demo],
    verified: '2026-12-05',
  },
];
