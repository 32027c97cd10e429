/**
 * What a rate-limit or quota message says beyond its class, read from its words: one request
 * larger than the whole limit ("Limit 30000, Requested 31538": OpenAI, Groq, Azure), a quota of
 * zero (Gemini's free tier for models that have none: "limit: 0"), a per-day window, a wait the
 * message states and how long it is. Used by verdict.ts where the catalog entry alone does not decide.
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
  // `limit_rpd`: OpenRouter's requests-per-day limit id for free models.
  return /per[- ]day|\bdaily\b|(?:\b|_)(?:TPD|RPD)\b|PerDay|每日|每天|当日|今日/i.test(text);
}

/** The limit is per minute (a short window, whatever the word "quota" around it). */
export function perMinute(text: string): boolean {
  return /per[ _-]minute|(?:\b|_)(?:RPM|TPM)\b|每分钟/i.test(text);
}

/** The message itself says when to try again ("Please try again in 9m38s", "retry in 12s"). */
export function statesWait(text: string): boolean {
  return /\b(?:try again|retry) (?:in|after) \d/i.test(text);
}

/** The longest wait a retry loop should sit through; past it, the caller is better told now. */
export const LONG_WAIT_SECONDS = 3600;

/**
 * The wait a message states, in seconds: "Please retry after 86400 seconds" (Azure), "try again in
 * 1h2m3s" or "in 23m58.56s" (OpenAI, Groq). Null where it states none.
 */
export function statedWaitSeconds(text: string): number | null {
  const secs = /\bretry after (\d+) seconds?\b/i.exec(text);
  if (secs) return Number(secs[1]);
  const hms = /\b(?:try again|retry) in (?:(\d+)h)?(?:(\d+)m(?!s))?(?:([\d.]+)s)?/i.exec(text);
  if (!hms || !(hms[1] || hms[2] || hms[3])) return null;
  return 3600 * Number(hms[1] ?? 0) + 60 * Number(hms[2] ?? 0) + Number(hms[3] ?? 0);
}

/**
 * Words of a connection that failed before any answer: Node's fetch ("fetch failed"), its socket
 * errors (ECONNRESET, ETIMEDOUT, ECONNREFUSED, "socket hang up"), httpx/requests' ConnectError.
 */
export function networkWords(text: string): boolean {
  return /fetch failed|\bE(?:CONNRESET|TIMEDOUT|CONNREFUSED|AI_AGAIN|NOTFOUND)\b|socket hang up|ConnectError|Connection (?:refused|reset)|网络连接失败|网络错误/i.test(
    text,
  );
}

/** Words of a rate limit (not a quota or a balance). */
export function rateLimitWords(text: string): boolean {
  return /rate[ _-]?limit|ratelimit|throttl|限流|请求过于频繁/i.test(text);
}

export function quotaWords(text: string): boolean {
  return /quota|balance|credit|billing|insufficient|arrear|余额|额度|配额|欠费/i.test(text);
}
