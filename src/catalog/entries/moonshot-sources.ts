/**
 * Official pages, the openai SDK source and public reports the Moonshot AI (Kimi API) entries are
 * checked against. The error list exists in Chinese (platform.kimi.com) and English (platform.kimi.ai);
 * the older hosts platform.moonshot.cn / platform.moonshot.ai carry the same pages.
 */

export const errorsZh = {
  url: 'https://platform.kimi.com/docs/api/errors',
  title: 'Kimi 开放平台文档 — 错误说明（错误列表）',
};
export const errorsEn = {
  url: 'https://platform.kimi.ai/docs/api/errors',
  title: 'Kimi API Docs — Errors (Error List)',
};
/**
 * The live pages were read for the 400 and 401 rows; the 403, 404, 429 and 500 rows were read from a
 * verbatim copy of the same page ("Last updated on 2025年12月11日"), and the entries citing these say so.
 */
export const errorsZhCopy = {
  url: 'https://platform.kimi.com/docs/api/errors',
  title: 'Kimi 开放平台文档 — 错误说明（403、404、429、500 rows as read from a verbatim copy dated 2025-12-11）',
};
export const errorsEnCopy = {
  url: 'https://platform.kimi.ai/docs/api/errors',
  title: 'Kimi API Docs — Errors (403, 404, 429 and 500 rows as read from a verbatim copy)',
};
export const helpErrorCodes = {
  url: 'https://www.kimi.com/help/kimi-api/api-error-codes',
  title: 'Kimi Help Center — API error codes',
};
export const helpErrorCodesZh = {
  url: 'https://www.kimi.com/zh-cn/help/kimi-api/api-error-codes',
  title: 'Kimi 帮助中心 — API 错误码说明',
};
export const helpTroubleshooting = {
  url: 'https://www.kimi.com/help/kimi-api/api-troubleshooting',
  title: 'Kimi Help Center — API troubleshooting (401, 403, 429)',
};
export const helpRateLimits = {
  url: 'https://www.kimi.com/help/kimi-api/api-rate-limits',
  title: 'Kimi Help Center — API rate limits (tiers, X-RateLimit-* headers, handling 429)',
};
export const helpRateLimitsZh = {
  url: 'https://www.kimi.com/zh-cn/help/kimi-api/api-rate-limits',
  title: 'Kimi 帮助中心 — 速率限制与提速',
};
export const faqZh = {
  url: 'https://platform.moonshot.cn/docs/guide/faq',
  title: 'Kimi 开放平台文档 — 常见问题及解决方案',
};
export const kimiCodeErrors = {
  url: 'https://www.kimi.com/code/docs/en/kimi-code/error-reference.html',
  title: 'Kimi Code Docs — Error Reference (a separate product with its own keys)',
};
export const forumOverloaded = {
  url: 'https://forum.moonshot.ai/t/the-engine-is-currently-overloaded/569',
  title: 'Moonshot AI forum — "The engine is currently overloaded" (staff: failed requests are not billed)',
};
export const forumBalance = {
  url: 'https://forum.moonshot.ai/t/429-insufficient-balance/244',
  title: 'Moonshot AI forum — "429 insufficient balance" (staff: hosts have separate billing)',
};

/** Bodies and settings observed in public reports. */
export const obsAnthropicBase = {
  url: 'https://github.com/LLM-Red-Team/kimi-cc/issues/35',
  title: 'Observed Anthropic-compatible base URL https://api.moonshot.cn/anthropic (kimi-cc issue #35)',
};
export const obsSuspended = {
  url: 'https://github.com/666ghj/BettaFish/issues/524',
  title: 'Observed 429 `exceeded_current_quota_error`, account suspended (BettaFish issue #524)',
};
export const obsRpm = {
  url: 'https://github.com/LLM-Red-Team/kimi-cc/issues/16',
  title: 'Observed 429 `rate_limit_reached_error`, concurrency 1 and RPM 3, retried ten times (kimi-cc issue #16)',
};
export const obsProjectTpm = {
  url: 'https://github.com/LLM-Red-Team/kimi-cc/issues/41',
  title: 'Observed 429 `rate_limit_reached_error`, project TPM limit (kimi-cc issue #41)',
};
export const obsRpmK2 = {
  url: 'https://github.com/MoonshotAI/Kimi-K2/issues/34',
  title: 'Observed "request reached organization max RPM: 3" (MoonshotAI/Kimi-K2 issue #34)',
};
export const obsRpmSdk = {
  url: 'https://github.com/harry0703/MoneyPrinterTurbo/issues/339',
  title: 'Observed `openai.RateLimitError` traceback against Moonshot (MoneyPrinterTurbo issue #339)',
};
export const obs401Host = {
  url: 'https://github.com/can1357/oh-my-pi/issues/5981',
  title:
    'Observed 401 `invalid_authentication_error`: a China-platform key sent to api.moonshot.ai (oh-my-pi issue #5981)',
};
export const obs401Continue = {
  url: 'https://github.com/continuedev/continue/issues/10559',
  title: 'Observed "401 Invalid Authentication" (continue issue #10559)',
};
export const obsContentFilter = {
  url: 'https://github.com/666ghj/BettaFish/issues/228',
  title: 'Observed 400 `content_filter` in an agent loop (BettaFish issue #228)',
};
