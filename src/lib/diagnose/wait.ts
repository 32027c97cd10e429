/**
 * How long the response asks the caller to wait: `retry-after-ms` (OpenAI, Azure), `retry-after`
 * in seconds or as an HTTP date (RFC 9110 §10.2.3), or Google's `google.rpc.RetryInfo.retryDelay`.
 * A wait written inside a message ("Please try again in 8.41s") is not read: it is prose, and the
 * fixtures' convention says so.
 */
import type { Diagnosis } from './types.ts';
import { header } from './text.ts';

export function findWait(text: string): Diagnosis['wait'] {
  const ms = header(text, 'retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return { seconds: Number(ms) / 1000, source: 'retry-after-ms' };
  const after = text.match(/(?:^|[\s<{,'"])retry-after["']?\s*[:=]\s*["']?([^\r\n"']+)/im)?.[1]?.trim();
  if (after) {
    if (/^\d+(\.\d+)?$/.test(after)) return { seconds: Number(after), source: 'retry-after' };
    const date = Date.parse(after);
    if (!Number.isNaN(date))
      return { seconds: Math.max(0, Math.round((date - Date.now()) / 1000)), source: 'retry-after' };
  }
  const delay = text.match(/["']?retryDelay["']?\s*:\s*["'](\d+(?:\.\d+)?)s["']/)?.[1];
  if (delay) return { seconds: Number(delay), source: 'retryDelay' };
  return null;
}
