/**
 * A fake LLM API on 127.0.0.1 that plays back a scripted sequence of responses built from the
 * catalog's example bodies and headers, and records every request it receives. It speaks one of three
 * request shapes, chosen when it starts, and answers any other request with a 400 `fake_malformed`:
 * - `openai`: OpenAI-compatible chat completions, `POST …/chat/completions` with a bearer token;
 * - `anthropic`: Anthropic Messages, `POST /v1/messages` with `anthropic-version` and the key in
 *   `x-api-key` (or, as `@anthropic-ai/sdk` 1.x sends it, `Authorization: Bearer`);
 * - `gemini`: Gemini generateContent, `POST /v1beta/models/{model}:generateContent` with `x-goog-api-key`.
 *
 * A request with `"stream": true` (OpenAI and Anthropic shapes) gets its success as server-sent events:
 * the reply in a few chunks, then the final event (`data: [DONE]`, `message_stop`). A `stream` step
 * plays back events of its own instead, so a script can fail in the middle of a stream (issue #14).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** One server-sent event: an optional `event:` name and its JSON data, or a comment line (`: …`). */
export type SseEvent = { event?: string; data: unknown } | { comment: string };

export type Step =
  | { status: number; headers?: Record<string, string>; body: unknown }
  /**
   * `200 OK` with `text/event-stream`, these events (each a few milliseconds after the last), then the
   * end of the body: after `data: [DONE]` when `end` is `done`, without it when `eof` (the default).
   */
  | { stream: SseEvent[]; end?: 'done' | 'eof'; headers?: Record<string, string> }
  /** Close the connection without answering (a reset). */
  | { reset: true }
  /** Answer only after `delayMs` (longer than the client's timeout). */
  | { delayMs: number; then: { status: number; body: unknown } }
  /** Send 200 and blank keep-alive lines (`: keep-alive` comments to a stream) for `keepAliveMs`, then the body (DeepSeek while queued). */
  | { keepAliveMs: number; body: unknown };

export type ApiShape = 'openai' | 'anthropic' | 'gemini';

export interface Recorded {
  at: number;
  method: string;
  path: string;
  /** The key as the shape sends it: OpenAI's `Bearer …`; Anthropic's key (`x-api-key` or bearer), Gemini's `x-goog-api-key`. */
  authorization: string | undefined;
  /** The model: from the body (OpenAI, Anthropic) or from the path (Gemini). */
  model: string | undefined;
  body: unknown;
}

/** The reply every success body carries, in each shape. */
export const okReply = 'Hello from the fake API.';

export const okBody = {
  id: 'chatcmpl-fake-1',
  object: 'chat.completion',
  model: 'deepseek-v4-flash',
  choices: [{ index: 0, message: { role: 'assistant', content: okReply }, finish_reason: 'stop' }],
};

/** A Messages API success, as `POST /v1/messages` returns it. */
export const anthropicOkBody = {
  id: 'msg_01FakeApi0000000000000000',
  type: 'message',
  role: 'assistant',
  model: 'claude-sonnet-4-5',
  content: [{ type: 'text', text: okReply }],
  stop_reason: 'end_turn',
  stop_sequence: null,
  usage: { input_tokens: 14, output_tokens: 9 },
};

/** A generateContent success. */
export const geminiOkBody = {
  candidates: [{ content: { parts: [{ text: okReply }], role: 'model' }, finishReason: 'STOP', index: 0 }],
  usageMetadata: { promptTokenCount: 8, candidatesTokenCount: 7, totalTokenCount: 15 },
  modelVersion: 'gemini-2.5-flash',
  responseId: 'fake-response-1',
};

/** The reply in the chunks of a streamed chat completion; the last carries `finish_reason` unless `finish` is false. */
export function chatChunks(text: string, { finish = true } = {}): SseEvent[] {
  const chunk = (delta: object, finishReason: string | null = null) => ({
    data: {
      id: 'chatcmpl-fake-stream',
      object: 'chat.completion.chunk',
      model: 'deepseek-v4-flash',
      choices: [{ index: 0, delta, finish_reason: finishReason }],
    },
  });
  const pieces = text.match(/\S+\s*/g) ?? [];
  return [
    chunk({ role: 'assistant', content: '' }),
    ...pieces.map((piece) => chunk({ content: piece })),
    ...(finish ? [chunk({}, 'stop')] : []),
  ];
}

/** The reply as the events of a streamed Messages response, through `message_stop` unless `stop` is false. */
export function messageEvents(text: string, { stop = true } = {}): SseEvent[] {
  const event = (name: string, data: object) => ({ event: name, data: { type: name, ...data } });
  return [
    event('message_start', { message: { ...anthropicOkBody, content: [], stop_reason: null } }),
    event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
    { event: 'ping', data: { type: 'ping' } },
    ...(text.match(/\S+\s*/g) ?? []).map((piece) =>
      event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: piece } }),
    ),
    ...(stop
      ? [
          event('content_block_stop', { index: 0 }),
          event('message_delta', {
            delta: { stop_reason: 'end_turn', stop_sequence: null },
            usage: { output_tokens: 9 },
          }),
          event('message_stop', {}),
        ]
      : []),
  ];
}

/** How a success is streamed in each shape (Gemini's samples do not stream). */
const streamed: Partial<Record<ApiShape, Extract<Step, { stream: SseEvent[] }>>> = {
  openai: { stream: chatChunks(okReply), end: 'done' },
  anthropic: { stream: messageEvents(okReply) },
};

export const okBodies = { openai: okBody, anthropic: anthropicOkBody, gemini: geminiOkBody } satisfies Record<
  ApiShape,
  unknown
>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};
const geminiPath = /^\/v1beta\/models\/([^/:?]+):generateContent(?:\?|$)/;

/** Whether a request has the shape's method, path, key header and body; the key and model it sent. */
function inspect(shape: ApiShape, req: IncomingMessage, body: unknown) {
  const path = req.url ?? '';
  if (shape === 'anthropic') {
    // curl sends the key in x-api-key, as Anthropic documents; @anthropic-ai/sdk 1.x as a bearer token.
    const key = header(req, 'x-api-key') ?? /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    const ok =
      req.method === 'POST' &&
      path === '/v1/messages' &&
      /^\S+$/.test(key ?? '') &&
      /^\d{4}-\d{2}-\d{2}$/.test(header(req, 'anthropic-version') ?? '') &&
      isObject(body) &&
      typeof body.model === 'string' &&
      typeof body.max_tokens === 'number' &&
      Array.isArray(body.messages);
    return { ok, key, model: isObject(body) ? String(body.model) : undefined };
  }
  if (shape === 'gemini') {
    const model = geminiPath.exec(path)?.[1];
    const ok =
      req.method === 'POST' &&
      model !== undefined &&
      /^\S+$/.test(header(req, 'x-goog-api-key') ?? '') &&
      isObject(body) &&
      Array.isArray(body.contents);
    return { ok, key: header(req, 'x-goog-api-key'), model: model && decodeURIComponent(model) };
  }
  const ok =
    req.method === 'POST' &&
    path.endsWith('/chat/completions') &&
    /^Bearer \S+/.test(req.headers.authorization ?? '') &&
    isObject(body) &&
    'model' in body &&
    'messages' in body;
  return { ok, key: req.headers.authorization, model: isObject(body) ? String(body.model) : undefined };
}

export interface FakeApi {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** Starts the fake API for one request shape; the last step repeats once the script runs out. */
export async function startFakeApi(script: Step[], shape: ApiShape = 'openai'): Promise<FakeApi> {
  const requests: Recorded[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  /** Writes a stream step: the head (unless already sent), each event 5 ms after the last, then the end. */
  const stream = (res: ServerResponse, step: Extract<Step, { stream: SseEvent[] }>, head = true) => {
    if (res.destroyed) return;
    if (head) res.writeHead(200, { 'content-type': 'text/event-stream', ...step.headers });
    const lines = step.stream.map((e) =>
      'comment' in e
        ? `: ${e.comment}\n\n`
        : `${e.event ? `event: ${e.event}\n` : ''}data: ${JSON.stringify(e.data)}\n\n`,
    );
    if (step.end === 'done') lines.push('data: [DONE]\n\n');
    const next = () => {
      if (res.destroyed) return;
      const line = lines.shift();
      if (line === undefined) return void res.end();
      res.write(line);
      const timer = setTimeout(next, 5);
      timers.add(timer);
    };
    next();
  };
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    const { ok, key, model } = inspect(shape, req, body);
    requests.push({ at: Date.now(), method: req.method ?? '', path: req.url ?? '', authorization: key, model, body });
    if (!ok) {
      return send(res, 400, {
        error: { message: 'fake API: malformed request', type: 'fake_malformed', code: 'fake_malformed' },
      });
    }
    const step = script[Math.min(requests.length - 1, script.length - 1)]!;
    // A streaming request gets a success as events; an error status stays a JSON answer, as it does
    // when a provider fails before the stream starts.
    const streaming = isObject(body) && body.stream === true && streamed[shape] !== undefined;
    const answer = (status: number, payload: unknown, headers?: Record<string, string>) =>
      streaming && status === 200 ? stream(res, { ...streamed[shape]!, headers }) : send(res, status, payload, headers);
    if ('reset' in step) return void req.socket.destroy();
    if ('stream' in step) return stream(res, step);
    if ('delayMs' in step) {
      const timer = setTimeout(() => answer(step.then.status, step.then.body), step.delayMs);
      timers.add(timer);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if ('keepAliveMs' in step) {
      res.writeHead(200, { 'content-type': streaming ? 'text/event-stream' : 'application/json' });
      const filler = streaming ? ': keep-alive\n\n' : '\n';
      res.write(filler);
      const tick = setInterval(() => res.write(filler), 50);
      const timer = setTimeout(() => {
        clearInterval(tick);
        if (streaming) stream(res, streamed[shape]!, false);
        else res.end(JSON.stringify(step.body));
      }, step.keepAliveMs);
      timers.add(tick).add(timer);
      return;
    }
    answer(step.status, step.body, step.headers);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
