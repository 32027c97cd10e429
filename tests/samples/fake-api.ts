/**
 * A fake LLM API on 127.0.0.1 that plays back a scripted sequence of responses built from the
 * catalog's example bodies and headers, and records every request it receives. It speaks one of three
 * request shapes, chosen when it starts, and answers any other request with a 400 `fake_malformed`:
 * - `openai`: OpenAI-compatible chat completions, `POST …/chat/completions` with a bearer token;
 * - `anthropic`: Anthropic Messages, `POST /v1/messages` with `anthropic-version` and the key in
 *   `x-api-key` (or, as `@anthropic-ai/sdk` 1.x sends it, `Authorization: Bearer`);
 * - `gemini`: Gemini generateContent, `POST /v1beta/models/{model}:generateContent` with `x-goog-api-key`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export type Step =
  | { status: number; headers?: Record<string, string>; body: unknown }
  /** Close the connection without answering (a reset). */
  | { reset: true }
  /** Answer only after `delayMs` (longer than the client's timeout). */
  | { delayMs: number; then: { status: number; body: unknown } }
  /** Send 200 and blank keep-alive lines for `blankLinesMs`, then the body (DeepSeek while queued). */
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
    if ('reset' in step) return void req.socket.destroy();
    if ('delayMs' in step) {
      const timer = setTimeout(() => send(res, step.then.status, step.then.body), step.delayMs);
      timers.add(timer);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    if ('keepAliveMs' in step) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('\n');
      const tick = setInterval(() => res.write('\n'), 50);
      const timer = setTimeout(() => {
        clearInterval(tick);
        res.end(JSON.stringify(step.body));
      }, step.keepAliveMs);
      timers.add(tick).add(timer);
      return;
    }
    send(res, step.status, step.body, step.headers);
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
