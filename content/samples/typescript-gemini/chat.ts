// One Gemini generateContent request with the official `@google/genai` npm package, retried only when a
// later attempt can succeed: backoff with jitter, RetryInfo honoured, total wait capped.
// Run: npm install @google/genai && API_KEY=AIza... node chat.ts   (optional variables: see README.md)
import { ApiError, GoogleGenAI } from '@google/genai';
import { setTimeout as sleep } from 'node:timers/promises';

const MAX_ATTEMPTS = 4;
const BASE_DELAY = 0.5; // seconds before the 2nd attempt, doubled each time after
const MAX_DELAY = 8; // seconds, the longest single backoff
const MAX_TOTAL_WAIT = 30; // seconds: past this a caller is better served by an error than by a hang

const env = process.env;
const baseUrl = env.API_BASE_URL ?? 'https://generativelanguage.googleapis.com';
const model = env.MODEL ?? 'gemini-2.5-flash';
const timeoutSeconds = Number(env.API_TIMEOUT ?? 60);
const docs = env.ERROR_DOCS_URL ?? 'http://localhost:4321';

// Statuses a later attempt can fix. 400/401/403/404 need a changed request or key, and 402 (prepay
// credits depleted) needs a person to pay: retrying those only repeats the same answer.
const RETRYABLE = new Set([408, 429, 500, 502, 503, 504, 529]);
// The status and `error.status` pairs that have a page on this site, in its slug form.
const PAGES = new Set([
  '400-invalid-argument',
  '400-failed-precondition',
  '402-resource-exhausted',
  '403-permission-denied',
  '404-not-found',
  '429-resource-exhausted',
  '499-cancelled',
  '500-internal',
  '503-unavailable',
  '504-deadline-exceeded',
]);

// A google.rpc.Status: `details` holds typed entries, told apart by their `@type`.
type Detail = { '@type'?: string; reason?: string; retryDelay?: string; violations?: { quotaId?: string }[] };
type RpcError = { code?: number; message?: string; status?: string; details?: Detail[] };
const detail = (error: RpcError, type: string) =>
  error.details?.find((d) => d['@type'] === `type.googleapis.com/google.rpc.${type}`);

// A daily quota (quotaId …PerDay…) answers 429 RESOURCE_EXHAUSTED like a per-minute limit does, but
// it only resets at the end of the day, whatever RetryInfo says.
const daily = (error: RpcError) =>
  detail(error, 'QuotaFailure')?.violations?.some((v) => v.quotaId?.includes('PerDay')) ?? false;

// Seconds the response asks us to wait: Gemini sends no Retry-After, but RetryInfo in the body ("2s").
function askedWait(error: RpcError): number {
  const seconds = parseFloat(detail(error, 'RetryInfo')?.retryDelay ?? '');
  return seconds > 0 ? seconds : 0;
}

function link(status: number, error: RpcError): string {
  if (detail(error, 'ErrorInfo')?.reason === 'API_KEY_INVALID') return `${docs}/errors/gemini-400-api-key-invalid/`;
  if (status === 429 && daily(error)) return `${docs}/errors/gemini-429-quota-exceeded/`;
  const page = `${status}-${(error.status ?? '').toLowerCase().replaceAll('_', '-')}`;
  return PAGES.has(page) ? `${docs}/errors/gemini-${page}/` : `${docs}/status/${status}/`;
}

async function main(): Promise<number> {
  if (!env.API_KEY) {
    console.error('error: API_KEY is not set (export API_KEY=<your key> and run again)');
    return 2;
  }
  // The SDK makes exactly one attempt unless `httpOptions.retryOptions` is set, and its retries would
  // go by status alone (a daily quota included) without reading RetryInfo. So retries are done below.
  const ai = new GoogleGenAI({
    apiKey: env.API_KEY,
    // v1beta, where Google documents generateContent and its errors (the SDK's default is v1).
    httpOptions: { baseUrl, apiVersion: 'v1beta', timeout: timeoutSeconds * 1000 },
  });
  let waited = 0; // seconds slept so far
  for (let attempt = 1; ; attempt++) {
    let line: string; // what to print if this attempt turns out to be the last
    let asked = 0;
    try {
      const response = await ai.models.generateContent({ model, contents: 'Say hello in one short sentence.' });
      console.log(response.text ?? '');
      return 0;
    } catch (err) {
      if (err instanceof ApiError) {
        const { status } = err;
        let error: RpcError = {};
        try {
          error = (JSON.parse(err.message) as { error?: RpcError }).error ?? {}; // the message is the body
        } catch {} // not JSON: e.g. a proxy's HTML error page
        // Google sends no request ID: the time of the failure, in UTC, is what its support asks for.
        const label = detail(error, 'ErrorInfo')?.reason ?? error.status ?? '-';
        const at = new Date().toISOString();
        line = `error: HTTP ${status} ${label} ${error.message ?? '-'} (at ${at}) — ${link(status, error)}`;
        const quota = status === 429 && daily(error);
        if (!RETRYABLE.has(status) || quota) {
          console.error(line);
          return 1;
        }
        asked = askedWait(error);
      } else if (err instanceof Error && (err.name === 'AbortError' || err.message === 'fetch failed')) {
        // No response at all. The SDK lets fetch's own errors through: an AbortError when its timeout fires.
        const timedOut = err.name === 'AbortError';
        let cause: unknown = err; // fetch says "fetch failed"; the real reason (refused, reset...) is deeper
        while (cause instanceof Error && cause.cause instanceof Error) cause = cause.cause;
        const reason = timedOut ? `timed out after ${timeoutSeconds} s` : (cause as Error).message;
        // Google records a request its caller gave up on as 499 CANCELLED; no page fits a refused connection.
        const page = timedOut ? 'errors/gemini-499-cancelled' : 'providers/gemini';
        line = `error: no response (${reason}) after ${attempt} attempts — ${docs}/${page}/`;
      } else {
        throw err; // not an API failure: a bug in this script
      }
    }
    const backoff = Math.min(MAX_DELAY, BASE_DELAY * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
    const delay = Math.max(backoff, asked); // the server's request wins when it asks for longer
    if (attempt >= MAX_ATTEMPTS || waited + delay > MAX_TOTAL_WAIT) {
      console.error(line);
      return 1;
    }
    await sleep(delay * 1000);
    waited += delay;
  }
}

process.exitCode = await main();
