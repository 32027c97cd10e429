// One streamed chat completion with plain fetch (Node ≥ 22, no dependencies). The reply is printed as it
// arrives; a failure is retried, with the policy of chat.ts, only while nothing has been printed yet.
// Run: API_KEY=sk-... node stream.ts   (optional variables: see README.md)
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

// Statuses a later attempt can fix (before the stream starts, errors are ordinary HTTP answers).
const RETRYABLE = new Set([408, 429, 500, 502, 503, 504, 529]);
// Errors reported inside a stream that a later attempt can fix: the server's, not the request's.
const STREAM_RETRYABLE = new Set(['server_error', 'server_is_overloaded', 'service_unavailable_error']);

type ApiError = { message?: string; type?: string; code?: string | null; request_id?: string };
type Outcome =
  | { done: true }
  | { status: number; headers: Headers; error: ApiError } // an HTTP error: no stream at all
  | { streamError: ApiError; requestId: string } // after 200 OK, an error is an event of the stream
  | { cut: string; requestId: string } // the stream ended before its final event
  | { noResponse: string; timedOut: boolean };

let printed = 0; // characters of the reply already written to stdout

const isTimeout = (err: unknown) => err instanceof DOMException && err.name === 'TimeoutError';

// Why a request or a stream failed without an answer, in a few words.
function failure(err: unknown): string {
  if (isTimeout(err)) return `timed out after ${timeoutSeconds} s`;
  // fetch rejects with "fetch failed"; what actually went wrong (refused, reset...) is in the cause.
  let cause: unknown = err;
  while (cause instanceof Error && cause.cause instanceof Error) cause = cause.cause;
  return cause instanceof Error ? cause.message : String(cause);
}

async function streamOnce(): Promise<Outcome> {
  let res: Response;
  try {
    res = await fetch(`${baseUrl}/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${env.API_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        model,
        messages: [{ role: 'user', content: 'Say hello in one short sentence.' }],
        stream: true,
      }),
      signal: AbortSignal.timeout(timeoutSeconds * 1000), // covers the whole stream
    });
  } catch (err) {
    return { noResponse: failure(err), timedOut: isTimeout(err) };
  }
  const requestId = res.headers.get('x-request-id') ?? res.headers.get('request-id') ?? '-';
  let finished = false; // a chunk carried a finish_reason
  let buffer = '';
  try {
    if (!res.ok) {
      let error: ApiError = {};
      try {
        error = JSON.parse(await res.text()).error ?? {};
      } catch {} // not JSON: e.g. a proxy's HTML error page
      return { status: res.status, headers: res.headers, error };
    }
    for await (const text of res.body!.pipeThrough(new TextDecoderStream())) {
      buffer += text;
      for (let end = buffer.indexOf('\n'); end >= 0; end = buffer.indexOf('\n')) {
        const line = buffer.slice(0, end).trim();
        buffer = buffer.slice(end + 1);
        // Blank lines end events, and lines starting with ":" are comments sent to keep the connection
        // open (DeepSeek's ": keep-alive", OpenRouter's ": OPENROUTER PROCESSING"): neither is an error.
        if (!line.startsWith('data:')) continue;
        const data = line.slice(5).trim();
        if (data === '[DONE]') return finished ? { done: true } : { cut: 'no finish_reason', requestId };
        const chunk = JSON.parse(data);
        if (chunk.error) return { streamError: chunk.error, requestId };
        const choice = chunk.choices?.[0];
        const piece: string = choice?.delta?.content ?? '';
        process.stdout.write(piece);
        printed += piece.length;
        if (choice?.finish_reason) finished = true;
      }
    }
  } catch (err) {
    return { cut: failure(err), requestId }; // the connection broke or timed out mid-stream
  }
  return { cut: 'no data: [DONE]', requestId };
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
    const outcome = await streamOnce();
    let line: string; // what to print if this attempt turns out to be the last
    let retryable = true;
    let asked = 0;
    if ('done' in outcome) {
      console.log();
      return 0;
    } else if ('noResponse' in outcome) {
      const slug = outcome.timedOut ? 'openai-sdk-api-timeout-error' : 'openai-sdk-api-connection-error';
      line = `error: no response (${outcome.noResponse}) after ${attempt} attempts — ${docs}/errors/${slug}/`;
    } else if ('status' in outcome) {
      const { status, headers, error } = outcome;
      const id = headers.get('x-request-id') ?? headers.get('request-id') ?? error.request_id ?? '-';
      line = `error: HTTP ${status} ${error.code ?? error.type ?? '-'} ${error.message ?? '-'} (request id ${id}) — ${link(status, error)}`;
      // A 429 can also mean the quota or balance is used up: that stays true until someone pays.
      const quota = error.type === 'insufficient_quota' || error.code === 'insufficient_quota';
      retryable = RETRYABLE.has(status) && !quota;
      asked = askedWait(headers);
    } else if ('streamError' in outcome) {
      const { streamError: error, requestId } = outcome;
      line = `error: stream error ${error.code ?? error.type ?? '-'} ${error.message ?? '-'} after ${printed} characters (request id ${requestId}) — ${docs}/errors/openai-200-stream-error/`;
      retryable = [error.code, error.type].some((name) => STREAM_RETRYABLE.has(name ?? ''));
    } else {
      line = `error: stream ended before its final event (${outcome.cut}) after ${printed} characters (request id ${outcome.requestId}) — ${docs}/errors/openai-200-stream-ended-early/`;
    }
    // Once part of the reply is on screen, a new attempt would print a second, different reply after it
    // (and repeat any tool call it made): stop, and say where the reply broke off.
    if (printed > 0) retryable = false;
    const backoff = Math.min(MAX_DELAY, BASE_DELAY * 2 ** (attempt - 1)) * (0.5 + Math.random() / 2);
    const delay = Math.max(backoff, asked); // the server's request wins when it asks for longer
    if (!retryable || attempt >= MAX_ATTEMPTS || waited + delay > MAX_TOTAL_WAIT) {
      if (printed > 0) console.log(); // end the partial line on stdout
      console.error(line);
      return 1;
    }
    await sleep(delay * 1000);
    waited += delay;
  }
}

process.exitCode = await main();
