/**
 * Step 0: clean what was pasted. Caps its length, drops terminal colour codes and control
 * characters, and unescapes JSON that a log line embedded as a string (`body="{\"error\":…}"`), so
 * the later steps read one shape. Says what it did in notices the page shows.
 */
import type { Diagnosis } from './types.ts';

/** Longest input read; the rest is ignored and the page says so. */
export const MAX_INPUT = 100_000;

export function prepare(raw: string): { text: string; notices: Diagnosis['notices'] } {
  const notices: Diagnosis['notices'] = [];
  let text = typeof raw === 'string' ? raw : '';
  if (text.length > MAX_INPUT) {
    text = text.slice(0, MAX_INPUT);
    notices.push('truncated');
  }
  const control = (text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (text.length > 0 && control / text.length > 0.05) notices.push('binary');
  text = text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
  // JSON escaped inside a log line: body="{\"error\":{...}}"
  const unescaped = text.replace(/\\\\"/g, '"').replace(/\\"/g, '"').replace(/\\n/g, '\n');
  return { text: unescaped, notices };
}
