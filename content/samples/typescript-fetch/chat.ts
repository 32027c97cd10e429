// One chat-completion request with plain fetch (Node ≥ 22, no dependencies), retried only when a later
// attempt can succeed: backoff with jitter, Retry-After honoured, total wait capped.
// Run: API_KEY=sk-... node chat.ts   (optional variables: see README.md)
import { setTimeout as sleep } from 'node:timers/promises';

const MAX_ATTEMPTS = 4;
const BASE_DELAY = 0.5; // seconds before the 2nd attempt, doubled each time after
const MAX_DELAY = 8; // seconds, the longest single backoff
const MAX_TOTAL_WAIT = 30; // seconds: past this a caller is better served by an error than by a hang

const env = process.env;
const baseUrl = (env.API_BASE_URL ?? 'https://api.deepseek.com').replace(/\/+$/, '');
const model = env.MODEL ?? 'deepseek-v4-flash';
const timeoutSeconds = Number(env.API_TIMEOUT ?? 60);
const docs = env.ERROR_DOCS_URL ?? 'http://localhost:4321';
const host = new URL(baseUrl).hostname;
const provider =
  env.API_PROVIDER ?? (host === 'api.openai.com' ? 'openai' : host === 'api.deepseek.com' ? 'deepseek' : 'gateway');

// Statuses a later attempt can fix. 400/401/403/404/422 need a changed request or key, and 402
// (DeepSeek: Insufficient Balance) needs a top-up: retrying those only repeats the same answer.
const RETRYABLE = new Set([408, 429, 500, 502, 503, 504, 529]);

type ApiError = { message?: string; type?: string; code?: string | null; request_id?: string };
type Body = { choices?: { message: { content: string | null } }[]; error?: ApiError };
type Outcome = { status: number; headers: Headers; body?: Body } | { noResponse: string; timedOut: boolean };

async function send(): Promise<Outcome> {
  try {
    const res = await fetch(`${baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${env.API_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model, messages: [{ role: 'user', content: 'Say hello in one short sentence.' }] }),
      signal: AbortSignal.timeout(timeoutSeconds * 1000), // covers reading the body too
    });
    // While a request waits in its queue, DeepSeek keeps the connection open by sending blank lines
    // ahead of the JSON. JSON.parse happens to tolerate them, many other parsers don't: skip them.
    const text = (await res.text()).trimStart();
    let body: Body | undefined;
    try {
      body = JSON.parse(text) as Body;
    } catch {} // not JSON: e.g. a proxy's HTML error page
    return { status: res.status, headers: res.headers, body };
  } catch (err) {
    if (err instanceof DOMException && err.name === 'TimeoutError') {
      return { noResponse: `timed out after ${timeoutSeconds} s`, timedOut: true };
    }
    // fetch rejects with "fetch failed"; what actually went wrong (refused, reset...) is in the cause.
    let cause: unknown = err;
    while (cause instanceof Error && cause.cause instanceof Error) cause = cause.cause;
    return { noResponse: cause instanceof Error ? cause.message : String(cause), timedOut: false };
  }
}

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
  let waited = 0; // seconds slept so far
  for (let attempt = 1; ; attempt++) {
    const outcome = await send();
    let line: string; // what to print if this attempt turns out to be the last
    let asked = 0;
    if ('noResponse' in outcome) {
      const slug = outcome.timedOut ? 'openai-sdk-api-timeout-error' : 'openai-sdk-api-connection-error';
      line = `error: no response (${outcome.noResponse}) after ${attempt} attempts — ${docs}/errors/${slug}/`;
    } else if (outcome.status >= 200 && outcome.status < 300) {
      console.log(outcome.body?.choices?.[0]?.message.content ?? '');
      return 0;
    } else {
      const { status, headers } = outcome;
      const error = outcome.body?.error ?? {};
      const id = headers.get('x-request-id') ?? headers.get('request-id') ?? error.request_id ?? '-';
      const label = error.code ?? error.type ?? '-';
      line = `error: HTTP ${status} ${label} ${error.message ?? '-'} (request id ${id}) — ${link(status, error)}`;
      // A 429 can also mean the quota or balance is used up: that stays true until someone pays.
      const quota = error.type === 'insufficient_quota' || error.code === 'insufficient_quota';
      if (!RETRYABLE.has(status) || quota) {
        console.error(line);
        return 1;
      }
      asked = askedWait(headers);
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
