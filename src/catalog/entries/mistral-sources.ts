import type { Source } from '../types.ts';

/**
 * Official pages and pinned SDK files the Mistral entries and provider page are checked against,
 * plus the public reports whose observed bodies the entries quote.
 */
export const mistralGlossary: Source = {
  url: 'https://docs.mistral.ai/resources/error-glossary',
  title: 'Mistral docs — Error glossary',
};
export const mistralGlossaryFr: Source = {
  url: 'https://docs.mistral.ai/fr/resources/error-glossary',
  title: 'Documentation Mistral — Glossaire des erreurs',
};
export const mistralKnownLimitations: Source = {
  url: 'https://docs.mistral.ai/resources/known-limitations',
  title: 'Mistral docs — Known limitations',
};
export const mistralSpendingLimits: Source = {
  url: 'https://docs.mistral.ai/admin/billing-usage/limits',
  title: 'Mistral docs — Limits (spending limits, HTTP 402)',
};
export const mistralUsageLimits: Source = {
  url: 'https://docs.mistral.ai/admin/billing-usage/usage-limits',
  title: 'Mistral docs — Usage and limits',
};
export const mistralFirstRequest: Source = {
  url: 'https://docs.mistral.ai/getting-started/quickstarts/developer/first-api-request',
  title: 'Mistral docs — Send your first API request (error table)',
};

const pyCommit = '05629d237bbd7732f6c15ecd7f06fe5bf5a2a275';
const tsCommit = 'b14b3b90586e5829a7ef29e4b6c810afd4f2def6';
export const mistralPyChat: Source = {
  url: `https://github.com/mistralai/client-python/blob/${pyCommit}/src/mistralai/client/chat.py`,
  title: 'client-python v2.5.1 — chat.py (status → exception, retried statuses, timeout)',
};
export const mistralPyRetries: Source = {
  url: `https://github.com/mistralai/client-python/blob/${pyCommit}/src/mistralai/client/utils/retries.py`,
  title: 'client-python v2.5.1 — utils/retries.py',
};
export const mistralPyErrors: Source = {
  url: `https://github.com/mistralai/client-python/tree/${pyCommit}/src/mistralai/client/errors`,
  title: 'client-python v2.5.1 — errors/ (MistralError, SDKError, HTTPValidationError)',
};
export const mistralTsChat: Source = {
  url: `https://github.com/mistralai/client-ts/blob/${tsCommit}/src/funcs/chatComplete.ts`,
  title: 'client-ts v2.6.1 — funcs/chatComplete.ts (status → error, retried statuses, timeout)',
};
export const mistralTsRetries: Source = {
  url: `https://github.com/mistralai/client-ts/blob/${tsCommit}/src/lib/retries.ts`,
  title: 'client-ts v2.6.1 — lib/retries.ts',
};
export const mistralTsErrors: Source = {
  url: `https://github.com/mistralai/client-ts/tree/${tsCommit}/src/models/errors`,
  title: 'client-ts v2.6.1 — models/errors/ (SDKError, HTTPValidationError, ConnectionError …)',
};

/** Observed bodies, each from a public report. */
export const observed = {
  invalidModelLangchaingo: {
    url: 'https://github.com/tmc/langchaingo/issues/1233',
    title: 'Observed invalid_model 400 body (tmc/langchaingo issue #1233)',
  },
  invalidModelVibe: {
    url: 'https://github.com/mistralai/mistral-vibe/issues/617',
    title: 'Observed invalid_model 400 body (mistralai/mistral-vibe issue #617)',
  },
  unauthorizedCline: {
    url: 'https://github.com/cline/cline/issues/1734',
    title: 'Observed 401 body with request_id (cline issue #1734)',
  },
  unauthorizedNextcloud: {
    url: 'https://github.com/nextcloud/integration_openai/issues/332',
    title: 'Observed 401 {"detail":"Unauthorized"} body (nextcloud/integration_openai issue #332)',
  },
  budgetRelease: {
    url: 'https://github.com/lordraiden/dsh-mistral-pro/releases/tag/v0.6.2',
    title: 'Observed 402 billing_api_budget_exhausted (lordraiden/dsh-mistral-pro release v0.6.2)',
  },
  validationEca: {
    url: 'https://github.com/editor-code-assistant/eca/issues/231',
    title: 'Observed 422 body with message.detail (editor-code-assistant/eca issue #231)',
  },
  validationDocsIssue: {
    url: 'https://github.com/mistralai/platform-docs-public/issues/212',
    title: 'Observed 422 validation detail (mistralai/platform-docs-public issue #212)',
  },
  rateLimitedCline: {
    url: 'https://github.com/cline/cline/issues/9085',
    title: 'Observed rate_limited 429 body, code 1300 (cline issue #9085)',
  },
  rateLimitedRaycast: {
    url: 'https://github.com/raycast/extensions/issues/31107',
    title: 'Observed SDKError for a 429 (raycast/extensions issue #31107)',
  },
  rateLimitOldPydantic: {
    url: 'https://github.com/pydantic/pydantic-ai/issues/1885',
    title: 'Observed {"message":"Requests rate limit exceeded"} 429 (pydantic/pydantic-ai issue #1885)',
  },
} satisfies Record<string, Source>;
