/** Official pages (and a few field observations) the OpenAI API entries are checked against. */
export const errorCodes = {
  url: 'https://developers.openai.com/docs/guides/error-codes',
  title: 'OpenAI API docs — Error codes',
};
export const helpErrorCodes = {
  url: 'https://help.openai.com/en/articles/6891839-api-error-codes',
  title: 'OpenAI Help Center — API error codes',
};
export const help401 = {
  url: 'https://help.openai.com/en/articles/6891767-error-code-401-invalid-authentication',
  title: 'OpenAI Help Center — Error code 401: Invalid Authentication',
};
export const helpQuota = {
  url: 'https://help.openai.com/en/articles/6891831-error-code-429-you-exceeded-your-current-quota-please-check-your-plan-and-billing-details',
  title: 'OpenAI Help Center — Error code 429: You exceeded your current quota',
};
export const helpSpend = {
  url: 'https://help.openai.com/en/articles/6614457-troubleshooting-api-usage-and-spend-limits',
  title: 'OpenAI Help Center — Troubleshooting API usage and spend limits',
};
export const help429 = {
  url: 'https://help.openai.com/en/articles/5955604-how-can-i-so',
  title: "OpenAI Help Center — How can I solve 429: 'Too Many Requests' errors?",
};
export const helpCountries = {
  url: 'https://help.openai.com/en/articles/5347006-openai-api-supported-countries-and-territories',
  title: 'OpenAI Help Center — Supported countries and territories',
};
export const rateLimits = {
  url: 'https://developers.openai.com/api/docs/guides/rate-limits',
  title: 'OpenAI API docs — Rate limits',
};
export const apiReference = {
  url: 'https://developers.openai.com/api/reference/overview',
  title: 'OpenAI API reference — Overview (debugging requests, response headers)',
};
export const sdkRetryRules = {
  url: 'https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/_base_client.py',
  title: 'openai-python source — automatic retry rules (_base_client.py)',
};
export const issue1671 = {
  url: 'https://github.com/openai/openai-python/issues/1671',
  title: 'openai-python issue #1671 — maintainers on detecting insufficient_quota',
};
export const pr3507 = {
  url: 'https://github.com/openai/openai-python/pull/3507',
  title: 'openai-python PR #3507 — review notes that the SDK retries insufficient_quota',
};
export const observedQuotaBody = {
  url: 'https://github.com/BerriAI/litellm/pull/32798',
  title: 'Observed insufficient_quota body (LiteLLM PR #32798)',
};
export const devProxyRateLimit = {
  url: 'https://learn.microsoft.com/en-us/microsoft-cloud/dev/dev-proxy/concepts/openai-rate-limit-reached',
  title: 'Microsoft Learn (Dev Proxy) — OpenAI rate limit reached',
};
export const devProxyQuotaZh = {
  url: 'https://learn.microsoft.com/zh-cn/microsoft-cloud/dev/dev-proxy/concepts/openai-insufficient-quota',
  title: 'Microsoft Learn (Dev Proxy, zh-CN) — OpenAI insufficient_quota',
};
export const ddSlowDown = {
  url: 'https://www.developersdigest.tech/errors/api/openai-api/429-slow-down',
  title: 'Developers Digest — OpenAI 429 slow_down (third-party summary of the official docs)',
};
export const ddOverloaded = {
  url: 'https://www.developersdigest.tech/errors/api/openai-api/503-server-is-overloaded',
  title: 'Developers Digest — OpenAI 503 server_is_overloaded (third-party summary of the official docs)',
};
export const oldGuideZh = {
  url: 'https://w3cschool.cn/openai_api/openai-api-error-codes.html',
  title: 'Older OpenAI error guide, community Chinese translation (w3cschool)',
};
