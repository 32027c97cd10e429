// One streamed chat completion with the official `openai` npm package. The reply is printed as it
// arrives; a failure is retried, with the policy of chat.ts, only while nothing has been printed yet.
// Run: npm install openai && API_KEY=sk-... node stream.ts   (optional variables: see README.md)
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

// Statuses a later attempt can fix (before the stream starts, errors are ordinary HTTP answers).
const RETRYABLE = new Set([408, 429, 500, 502, 503, 504, 529]);
// Errors reported inside a stream that a later attempt can fix: the server's, not the request's.
const STREAM_RETRYABLE = new Set(['server_error', 'server_is_overloaded', 'service_unavailable_error']);

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
  // maxRetries: 0 for the same reason as in chat.ts. The SDK would not retry a stream error anyway: its
  // retries end when the response headers arrive, and the stream is read after that.
  const client = new OpenAI({ apiKey: env.API_KEY, baseURL, timeout: timeoutSeconds * 1000, maxRetries: 0 });
  let printed = 0; // characters of the reply already written to stdout
  let waited = 0; // seconds slept so far
  for (let attempt = 1; ; attempt++) {
    let line: string; // what to print if this attempt turns out to be the last
    let retryable = true;
    let asked = 0;
    let requestId = '-';
    let opened = false; // the stream has started: the status was 200
    try {
      const { data: stream, request_id } = await client.chat.completions
        .create({ model, messages: [{ role: 'user', content: 'Say hello in one short sentence.' }], stream: true })
        .withResponse();
      requestId = request_id ?? '-';
      opened = true;
      let finished = false; // a chunk carried a finish_reason
      for await (const chunk of stream) {
        const choice = chunk.choices[0];
        const piece = choice?.delta?.content ?? '';
        process.stdout.write(piece);
        printed += piece.length;
        if (choice?.finish_reason) finished = true;
      }
      if (finished) {
        console.log();
        return 0;
      }
      // The SDK ends the loop quietly when the body ends before `data: [DONE]`; only a finish_reason
      // shows that the reply is complete.
      line = `error: stream ended before its final event (no finish_reason) after ${printed} characters (request id ${requestId}) — ${docs}/errors/openai-200-stream-ended-early/`;
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
        line = `error: HTTP ${status} ${error.code ?? error.type ?? '-'} ${error.message ?? '-'} (request id ${id}) — ${link(status, error)}`;
        // A 429 can also mean the quota or balance is used up: that stays true until someone pays.
        const quota = error.type === 'insufficient_quota' || error.code === 'insufficient_quota';
        retryable = RETRYABLE.has(status) && !quota;
        asked = askedWait(headers);
      } else if (err instanceof OpenAI.APIError) {
        // An error event inside the stream: the SDK throws APIError without a status (the status was 200).
        const error: ApiError = err.error ?? {};
        line = `error: stream error ${err.code ?? err.type ?? '-'} ${error.message ?? err.message} after ${printed} characters (request id ${err.requestID ?? requestId}) — ${docs}/errors/openai-200-stream-error/`;
        retryable = [err.code, err.type].some((name) => STREAM_RETRYABLE.has(name ?? ''));
      } else if (opened) {
        // The connection broke in the middle of the stream: the HTTP library's own error surfaces.
        line = `error: stream ended before its final event (${(err as Error).message}) after ${printed} characters (request id ${requestId}) — ${docs}/errors/openai-200-stream-ended-early/`;
      } else {
        throw err; // not an API failure: a bug in this script
      }
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
