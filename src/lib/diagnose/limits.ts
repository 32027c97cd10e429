/**
 * What a rate-limit or quota message says beyond its class, read from its words: one request
 * larger than the whole limit ("Limit 30000, Requested 31538": OpenAI, Groq, Azure), a quota of
 * zero (Gemini's free tier for models that have none: "limit: 0"), a per-day window, a wait the
 * message states. Used by verdict.ts where the catalog entry alone does not decide.
 */

const num = (s: string) => Number(s.replace(/,/g, ''));

/** "Limit L, [Used U,] Requested R" with R above L: the same request can never fit. */
export function tooLargeForLimit(text: string): boolean {
  const m = /\bLimit:?\s*([\d,]+)(?:,\s*Used:?\s*[\d,]+)?,\s*Requested:?\s*([\d,]+)/i.exec(text);
  return !!m && num(m[2]!) > num(m[1]!);
}

/** A quota whose limit is zero for this caller (Gemini: "Quota exceeded for metric …, limit: 0"). */
export function zeroQuota(text: string): boolean {
  return /quota[^\n]*?\blimit:\s*0\b/i.test(text);
}

/** The limit is per day (or the provider's daily window). */
export function perDay(text: string): boolean {
  return /per[- ]day|\bdaily\b|\bTPD\b|\bRPD\b|PerDay|每日|每天|当日|今日/i.test(text);
}

/** The message itself says when to try again ("Please try again in 9m38s", "retry in 12s"). */
export function statesWait(text: string): boolean {
  return /\b(?:try again|retry) (?:in|after) \d/i.test(text);
}

/** Words of a rate limit (not a quota or a balance). */
export function rateLimitWords(text: string): boolean {
  return /rate[ _-]?limit|ratelimit|throttl|限流|请求过于频繁/i.test(text);
}

export function quotaWords(text: string): boolean {
  return /quota|balance|credit|billing|insufficient|arrear|余额|额度|配额|欠费/i.test(text);
}
