/**
 * A body cut off before its end: a log line's length limit, a terminal's scrollback, a report
 * quoting only the start. The fields read before the cut still count; the page says the rest is
 * missing, so a field the body would have carried further down is not taken as absent.
 */

/** True when the first JSON or repr body in the text opens and never closes. */
export function isCutOff(text: string): boolean {
  const start = text.search(/\{\s*["']/);
  if (start < 0) return false;
  let depth = 0;
  // Braces only, strings not parsed: a relayed body is often unescaped inside another one, so
  // quotes no longer pair, and error messages rarely hold braces of their own.
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return false;
  }
  return depth > 0;
}
