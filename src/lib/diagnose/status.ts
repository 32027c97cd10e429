/**
 * The HTTP status the text states. Tries the most explicit forms first (a status line, the SDKs'
 * `Error code: 429`, a `status` field) and a bare three-digit number last, and only then when the
 * catalog knows that status: a bare 404 in a file path is not a status.
 */

export function findStatus(text: string, known: Set<number>): number | null {
  const patterns = [
    /\bHTTP\/[\d.]+\s+(\d{3})\b/i,
    /\berror code:?\s*(\d{3})\b/i,
    /\bstatus(?:_code|code)?["']?\s*[:=]\s*["']?(\d{3})\b/i,
    /["']code["']\s*:\s*(\d{3})\b/,
    /\b(?:[A-Z][A-Za-z]+Error|APIError):\s*(\d{3})\b/,
    /\bstatus\s+(\d{3})\b/i,
    /^\s*(\d{3})\s*(?:[-–:]|[A-Z][a-z]|[\u4e00-\u9fff])/m,
    /[(（](\d{3})[)）]/,
    /(?:^|[\s:：])(\d{3})(?=[\s:：,，.。]|[\u4e00-\u9fff]|$)/m,
  ];
  for (const pattern of patterns) {
    const value = Number(text.match(pattern)?.[1]);
    if (value >= 400 && value <= 599 && (known.has(value) || pattern !== patterns[patterns.length - 1])) return value;
  }
  return null;
}

/**
 * Where no number is written, the status the words name: HTTP reason phrases as SDKs and UIs show
 * them alone (the AI SDK's "Too Many Requests", RFC 9110 §15 and RFC 6585 §4), and "returned 429" /
 * "status code 429" in a sentence. Only phrases that name one status.
 */
export function statusFromReason(text: string): number | null {
  const written = /\b(?:returned|status code:?)\s+(\d{3})\b/i.exec(text)?.[1];
  if (written && Number(written) >= 400 && Number(written) <= 599) return Number(written);
  const phrases: [RegExp, number][] = [
    [/\bToo Many Requests\b/, 429],
    [/\bPayment Required\b/, 402],
    [/\b(?:Request Entity|Payload|Content) Too Large\b/, 413],
    [/\bInternal Server Error\b/, 500],
    [/\bBad Gateway\b/, 502],
    [/\bService Unavailable\b/, 503],
    [/\bGateway Time-?out\b/, 504],
  ];
  return phrases.find(([re]) => re.test(text))?.[1] ?? null;
}
