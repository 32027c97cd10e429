/**
 * A fake OpenAI-compatible API on 127.0.0.1 that plays back a scripted sequence of responses built
 * from the catalog's example bodies and headers, and records every request it receives.
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

export interface Recorded {
  at: number;
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export const okBody = {
  id: 'chatcmpl-fake-1',
  object: 'chat.completion',
  model: 'deepseek-v4-flash',
  choices: [{ index: 0, message: { role: 'assistant', content: 'Hello from the fake API.' }, finish_reason: 'stop' }],
};

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

/** Starts the fake API; the last step repeats once the script runs out. */
export async function startFakeApi(script: Step[]): Promise<FakeApi> {
  const requests: Recorded[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (res.destroyed) return;
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    requests.push({
      at: Date.now(),
      method: req.method ?? '',
      path: req.url ?? '',
      authorization: req.headers.authorization,
      body,
    });
    const shaped =
      req.method === 'POST' &&
      req.url?.endsWith('/chat/completions') &&
      /^Bearer \S+/.test(req.headers.authorization ?? '') &&
      typeof body === 'object' &&
      body !== null &&
      'model' in body &&
      'messages' in body;
    if (!shaped) {
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
