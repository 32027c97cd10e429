// One chat-completion request with the official `openai` npm package, retried only when a later
// attempt can succeed: backoff with jitter, Retry-After honoured, total wait capped.
// Run: npm install openai && API_KEY=sk-... node chat.ts   (optional variables: see README.md)
import OpenAI from 'openai';
import { setTimeout as sleep } from 'node:timers/promises';

const MAX_ATTEMPTS = 4;
const BASE_DELAY = 0.5; // seconds before the 2nd attempt, doubled each time after
const MAX_DELAY = 8; // seconds, the longest single backoff
const MAX_TOTAL_WAIT = 30; // seconds: past this a caller is better served by an error than by a hang

const env = process.env;
const baseURL = env.API_BASE_URL ?? 'https://api.deepseek.com';
const model = env.MODEL ?? 'deepseek-v4-flash';
const timeoutSeconds = Number(env.API_TIMEOUT ?? 60);
const docs = env.ERROR_DOCS_URL ?? 'http://localhost:4321';
const host = new URL(baseURL).hostname;
const provider =
  env.API_PROVIDER ?? (host === 'api.openai.com' ? 'openai' : host === 'api.deepseek.com' ? 'deepseek' : 'gateway');

// Statuses a later attempt can fix. 400/401/403/404/422 need a changed request or key, and 402
// (DeepSeek: Insufficient Balance) needs a top-up: retrying those only repeats the same answer.
const RETRYABLE = new Set([408, 429, 500, 502, 503, 504, 529]);

type ApiError = { message?: string; type?: string; code?: string | null; request_id?: string };

// Seconds the response asks us to wait: retry-after-ms first, then Retry-After (seconds or a date).
function askedWait(headers: Headers): number {
  const ms = Number(headers.get('retry-after-ms'));
  if (ms > 0) return ms / 1000;
  const value = headers.get('retry-after');
  if (!value) return 0;
  const seconds = Number(value);
  return Number.isNaN(seconds) ? Math.max(0, (Date.parse(value) - Date.now()) / 1000) || 0 : seconds;
}

function link(status: number, error: ApiError): string {
  if (provider !== 'openai') return `${docs}/errors/${provider}-${status}/`;
  if (!error.code) return `${docs}/status/${status}/`; // an OpenAI error without a code: the status page
  return `${docs}/errors/openai-${status}-${error.code.replaceAll('_', '-')}/`;
}

async function main(): Promise<number> {
  if (!env.API_KEY) {
    console.error('error: API_KEY is not set (export API_KEY=<your key> and run again)');
    return 2;
  }
  const client = new OpenAI({
    apiKey: env.API_KEY,
    baseURL,
    // Milliseconds, for the whole response: that includes the blank keep-alive lines DeepSeek sends
    // ahead of the JSON while a request is queued (the SDK's JSON parsing skips them).
    timeout: timeoutSeconds * 1000,
    // The SDK retries 408, 409, 429 and 5xx by status alone (twice by default): a quota 429 that no
    // retry can fix would be sent three times before this code sees it. So retries are done below.
    maxRetries: 0,
  });
  let waited = 0; // seconds slept so far
  for (let attempt = 1; ; attempt++) {
    let line: string; // what to print if this attempt turns out to be the last
    let asked = 0;
    try {
      const completion = await client.chat.completions.create({
        model,
        messages: [{ role: 'user', content: 'Say hello in one short sentence.' }],
      });
      console.log(completion.choices[0]?.message.content ?? '');
      return 0;
    } catch (err) {
      if (err instanceof OpenAI.APIConnectionError) {
        // No response at all. APIConnectionTimeoutError is the subclass for an expired timeout.
        const timedOut = err instanceof OpenAI.APIConnectionTimeoutError;
        let cause: unknown = err; // "Connection error."; the real reason (refused, reset...) is deeper
        while (cause instanceof Error && cause.cause instanceof Error) cause = cause.cause;
        const reason = timedOut ? `timed out after ${timeoutSeconds} s` : (cause as Error).message;
        const slug = timedOut ? 'openai-sdk-api-timeout-error' : 'openai-sdk-api-connection-error';
        line = `error: no response (${reason}) after ${attempt} attempts — ${docs}/errors/${slug}/`;
      } else if (err instanceof OpenAI.APIError && err.status !== undefined && err.headers) {
        const { status, headers } = err;
        const error: ApiError = err.error ?? {}; // the body's `error` object
        // err.requestID reads x-request-id only; some gateways use request-id or the body instead.
        const id = err.requestID ?? headers.get('request-id') ?? error.request_id ?? '-';
        const label = error.code ?? error.type ?? '-';
        line = `error: HTTP ${status} ${label} ${error.message ?? '-'} (request id ${id}) — ${link(status, error)}`;
        // A 429 can also mean the quota or balance is used up: that stays true until someone pays.
        const quota = error.type === 'insufficient_quota' || error.code === 'insufficient_quota';
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
