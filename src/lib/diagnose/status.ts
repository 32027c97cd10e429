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
