/**
 * Small readers of pasted text shared by every step: the value of a key in JSON, a Python repr or a
 * Node `inspect` dump (quoted or not, escaped or not, even when the text is cut off), and headers.
 * Regular expressions only: pasted text is rarely valid JSON (a prefix, a repr, a truncated body).
 */

export const lower = (s: string) => s.toLowerCase();

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The value of a JSON or Python-repr key, escaped or not, even when the text is cut off. */
export function field(text: string, key: string): string | undefined {
  const match = text.match(
    new RegExp(`(?:["']${key}["']|(?<![\\w.-])${key})\\s*:\\s*(?:"((?:[^"\\\\]|\\\\.)*)|'((?:[^'\\\\]|\\\\.)*))`),
  );
  const value = match?.[1] ?? match?.[2];
  return value === undefined ? undefined : value.replace(/\\(.)/g, '$1');
}

/** Every value of a key (a body can hold `"type": "error"` at the top and the real type inside). */
export function fieldValues(text: string, key: string): string[] {
  const re = new RegExp(`(?:["']${key}["']|(?<![\\w.-])${key})\\s*:\\s*["']([^"'\\\\]*)`, 'g');
  return [...text.matchAll(re)].map((m) => m[1]!);
}

/** A header's value, as `name: value` in a raw response or `'name': 'value'` in a dumped object. */
export function header(text: string, name: string): string | undefined {
  return text.match(new RegExp(`(?:^|[\\s<{,'"])${name}["']?\\s*[:=]\\s*["']?([^\\s"',}]+)`, 'im'))?.[1];
}

/** A whole word or code, not part of a longer one (`rate_limit` is not in `rate_limit_exceeded`). */
export const token = (value: string) => new RegExp(`(?<![\\w-])${escapeRegExp(value)}(?![\\w-])`, 'i');

/** The balanced `{…}` that starts at or after `from` (strings not parsed: bodies rarely nest braces in text). */
export function balanced(text: string, from: number): string | undefined {
  const start = text.indexOf('{', from);
  if (start < 0) return undefined;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return text.slice(start);
}

/** The text with each of `words` replaced by spaces (same length, so positions still hold). */
export function blank(text: string, words: string[]): string {
  let out = text;
  for (const w of words) if (w) out = out.split(w).join(' '.repeat(w.length));
  return out;
}
