import type { ErrorEntry } from '../types.ts';
import {
  errors,
  flexProcessing,
  nodeClient,
  nodeError,
  obs413b,
  pyBaseClient,
  pyClient,
  pyConstants,
  pyExceptions,
  rateLimits,
} from './groq-sources.ts';

/** The official Groq SDK classes whose behaviour differs from what Groq's docs lead one to expect. */
export const groqSdkEntries: ErrorEntry[] = [
  {
    slug: 'groq-sdk-api-status-error',
    provider: 'groq',
    http: null,
    class: 'request',
    title: {
      en: 'APIStatusError (413, 424, 498 and other unmapped statuses)',
      'zh-cn': 'APIStatusError（413、424、498 等没有专属异常类的状态码）',
    },
    sdk: {
      python: 'groq.APIStatusError',
      node: 'Groq.APIError',
      parent: null,
      statuses: [413, 424, 498, 499],
      retriedByDefault: false,
      example:
        "groq.APIStatusError: Error code: 413 - {'error': {'message': 'Request too large for model `llama-3.1-70b-versatile` in organization `org_01hsmce9vqehtt30cz5h7ebmk7` on tokens per minute (TPM): Limit 6000, Requested 18993, please reduce your message size and try again. Visit https://console.groq.com/docs/rate-limits for more information.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}",
    },
    aliases: ['groq.APIError', 'groq.GroqError'],
    patterns: ['groq.apistatuserror', 'groq.apierror'],
    related: [
      'groq-413-rate-limit-exceeded',
      'groq-498',
      'groq-424',
      'groq-413',
      'groq-sdk-rate-limit-error',
      'openai-sdk-api-status-error',
    ],
    sources: [pyClient, pyExceptions, pyBaseClient, nodeError, nodeClient, errors, flexProcessing, obs413b],
    verified: '2026-12-05',
  },
  {
    slug: 'groq-sdk-rate-limit-error',
    provider: 'groq',
    http: null,
    class: 'rate-limit',
    meaning: 'rate-limited',
    title: {
      en: 'RateLimitError (429, raised after two automatic retries)',
      'zh-cn': 'RateLimitError（429，自动重试两次后才抛出）',
    },
    sdk: {
      python: 'groq.RateLimitError',
      node: 'Groq.RateLimitError',
      parent: 'groq-sdk-api-status-error',
      statuses: [429],
      retriedByDefault: true,
      example:
        "groq.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for model `llama-3.1-8b-instant` in organization `org_01jq8w3n5k2b7x4c6v9m1z0a2s` service tier `on_demand` on tokens per minute (TPM): Limit 6000, Used 5034, Requested 1443. Please try again in 4.77s. Need more tokens? Upgrade to Dev Tier today at https://console.groq.com/settings/billing', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}",
    },
    aliases: [],
    patterns: ['groq.ratelimiterror'],
    related: ['groq-429', 'groq-sdk-api-status-error', 'openai-sdk-rate-limit-error'],
    sources: [pyClient, pyBaseClient, pyConstants, nodeClient, nodeError, rateLimits],
    verified: '2026-12-05',
  },
];
