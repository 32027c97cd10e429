// One Claude Messages API request with the official `@anthropic-ai/sdk` npm package, retried only when
// a later attempt can succeed: backoff with jitter, retry-after honoured, total wait capped.
// Run: npm install @anthropic-ai/sdk && API_KEY=sk-ant-... node chat.ts   (optional variables: see README.md)
import Anthropic from '@anthropic-ai/sdk';
import { setTimeout as sleep } from 'node:timers/promises';

const MAX_ATTEMPTS = 4;
const BASE_DELAY = 0.5; // seconds before the 2nd attempt, doubled each time after
const MAX_DELAY = 8; // seconds, the longest single backoff
const MAX_TOTAL_WAIT = 30; // seconds: past this a caller is better served by an error than by a hang

const env = process.env;
const baseURL = env.API_BASE_URL ?? 'https://api.anthropic.com';
const model = env.MODEL ?? 'claude-sonnet-4-5';
const timeoutSeconds = Number(env.API_TIMEOUT ?? 60);
const docs = env.ERROR_DOCS_URL ?? 'http://localhost:4321';

// Statuses a later attempt can fix. 400/401/403/404/413 need a changed request or key, and 402
// (billing_error) needs a person to pay: retrying those only repeats the same answer.
const RETRYABLE = new Set([408, 429, 500, 502, 503, 504, 529]);
// The statuses Anthropic documents, each with a page on this site.
const DOCUMENTED = new Set([400, 401, 402, 403, 404, 409, 413, 429, 500, 504, 529]);

type ApiError = { type?: string; message?: string; details?: { error_code?: string } };
type Body = { error?: ApiError; request_id?: string };

// Seconds the response asks us to wait: retry-after-ms first, then retry-after (seconds or a date).
function askedWait(headers: Headers): number {
  const ms = Number(headers.get('retry-after-ms'));
  if (ms > 0) return ms / 1000;
  const value = headers.get('retry-after');
  if (!value) return 0;
  const seconds = Number(value);
  return Number.isNaN(seconds) ? Math.max(0, (Date.parse(value) - Date.now()) / 1000) || 0 : seconds;
}

function link(status: number, error: ApiError): string {
  if (!DOCUMENTED.has(status)) return `${docs}/status/${status}/`; // e.g. a proxy's 502
  // Every 400 is invalid_request_error: only the message tells the two account problems apart.
  const message = error.message ?? '';
  if (status === 400 && message.includes('credit balance is too low')) {
    return `${docs}/errors/anthropic-400-credit-balance-too-low/`;
  }
  if (status === 400 && message.startsWith('prompt is too long'))
    return `${docs}/errors/anthropic-400-prompt-too-long/`;
  const code = error.details?.error_code;
  return `${docs}/errors/anthropic-${status}${code ? `-${code.replaceAll('_', '-')}` : ''}/`;
}

async function main(): Promise<number> {
  if (!env.API_KEY) {
    console.error('error: API_KEY is not set (export API_KEY=<your key> and run again)');
    return 2;
  }
  const client = new Anthropic({
    apiKey: env.API_KEY,
    baseURL,
    timeout: timeoutSeconds * 1000, // milliseconds, for the whole response
    // The SDK retries 408, 409, 429 and 5xx (529 included) twice by default, on the status alone or
    // on an x-should-retry header: a 429 for the monthly spend cap would be sent three times before
    // this code sees it, and a wrapping loop would multiply the attempts. So retries are done below.
    maxRetries: 0,
  });
  let waited = 0; // seconds slept so far
  for (let attempt = 1; ; attempt++) {
    let line: string; // what to print if this attempt turns out to be the last
    let asked = 0;
    try {
      const message = await client.messages.create({
        model,
        max_tokens: 1024,
        messages: [{ role: 'user', content: 'Say hello in one short sentence.' }],
      });
      console.log(message.content.map((block) => (block.type === 'text' ? block.text : '')).join(''));
      return 0;
    } catch (err) {
      if (err instanceof Anthropic.APIConnectionError) {
        // No response at all. APIConnectionTimeoutError is the subclass for an expired timeout.
        const timedOut = err instanceof Anthropic.APIConnectionTimeoutError;
        let cause: unknown = err; // "Connection error."; the real reason (refused, reset...) is deeper
        while (cause instanceof Error && cause.cause instanceof Error) cause = cause.cause;
        const reason = timedOut ? `timed out after ${timeoutSeconds} s` : (cause as Error).message;
        const slug = timedOut ? 'anthropic-sdk-api-timeout-error' : 'anthropic-sdk-api-connection-error';
        line = `error: no response (${reason}) after ${attempt} attempts — ${docs}/errors/${slug}/`;
      } else if (err instanceof Anthropic.APIError && err.status !== undefined && err.headers) {
        const { status, headers } = err;
        const body = (err.error ?? {}) as Body; // the whole body: {"type": "error", "error": {...}, "request_id"}
        const error = body.error ?? {};
        const id = err.requestID ?? body.request_id ?? '-'; // requestID is the request-id header
        const label = error.details?.error_code ?? error.type ?? '-';
        line = `error: HTTP ${status} ${label} ${error.message ?? '-'} (request id ${id}) — ${link(status, error)}`;
        // The monthly spend cap answers 429 rate_limit_error too, and lasts until next month.
        const quota = error.details?.error_code === 'enforced_spend_limit_reached';
        if (!RETRYABLE.has(status) || quota) {
          console.error(line);
          return 1;
        }
        asked = askedWait(headers);
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
