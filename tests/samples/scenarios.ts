/**
 * The scenarios every sample runs against (issue #5), built from the catalog's example responses,
 * with what the sample must do in each.
 */
import { entryBySlug } from '../../src/catalog/index.ts';
import { okBody, type Step } from './fake-api.ts';

/** The catalog's example response of an entry, as a fake-API step. */
function example(slug: string, extraHeaders: Record<string, string> = {}): Step {
  const entry = entryBySlug(slug);
  if (!entry?.example || entry.http === null) throw new Error(`scenario: "${slug}" has no example response`);
  return { status: entry.http, headers: { ...entry.example.headers, ...extraHeaders }, body: entry.example.body };
}

const ok: Step = { status: 200, body: okBody };

export interface Scenario {
  name: string;
  provider: 'deepseek' | 'openai' | 'gateway';
  script: Step[];
  /** Per-request timeout given to the sample (seconds). */
  timeout?: number;
  exitCode: 0 | 1;
  requests: number;
  /** Minimum gap between the first and second request (ms), when a wait was asked for. */
  minGapMs?: number;
  /** Parts the stderr line must contain on failure. */
  stderr?: (string | RegExp)[];
}

const requestId = (slug: string) => {
  const example = entryBySlug(slug)?.example;
  return (
    example?.headers?.['x-request-id'] ?? (example?.body as { error?: { request_id?: string } })?.error?.request_id
  );
};

export const scenarios: Scenario[] = [
  {
    name: '429 with Retry-After: 1, then 200',
    provider: 'openai',
    script: [example('openai-429-rate-limit-exceeded', { 'retry-after': '1' }), ok],
    exitCode: 0,
    requests: 2,
    minGapMs: 950,
  },
  {
    name: '429 with retry-after-ms: 1200, then 200',
    provider: 'gateway',
    script: [example('gateway-429', { 'retry-after-ms': '1200' }), ok],
    exitCode: 0,
    requests: 2,
    minGapMs: 1150,
  },
  {
    name: '503, 503, then 200',
    provider: 'deepseek',
    script: [example('deepseek-503'), example('deepseek-503'), ok],
    exitCode: 0,
    requests: 3,
  },
  {
    name: '500 until the attempts run out',
    provider: 'openai',
    script: [example('openai-500-server-error')],
    exitCode: 1,
    requests: 4,
    // OpenAI's 500 body has `code: null`, so the line can only name its type and link the status hub.
    stderr: ['HTTP 500', 'server_error', requestId('openai-500-server-error')!, '/status/500/'],
  },
  {
    name: 'DeepSeek 402 Insufficient Balance (no retry)',
    provider: 'deepseek',
    script: [example('deepseek-402')],
    exitCode: 1,
    requests: 1,
    stderr: ['HTTP 402', 'Insufficient Balance', '/errors/deepseek-402/'],
  },
  {
    name: 'OpenAI 429 insufficient_quota (no retry)',
    provider: 'openai',
    script: [example('openai-429-insufficient-quota')],
    exitCode: 1,
    requests: 1,
    stderr: [
      'HTTP 429',
      'insufficient_quota',
      requestId('openai-429-insufficient-quota')!,
      '/errors/openai-429-insufficient-quota/',
    ],
  },
  {
    name: 'OpenAI 400 context_length_exceeded (no retry)',
    provider: 'openai',
    script: [example('openai-400-context-length-exceeded')],
    exitCode: 1,
    requests: 1,
    stderr: ['HTTP 400', 'context_length_exceeded', '/errors/openai-400-context-length-exceeded/'],
  },
  {
    name: 'DeepSeek 422 Invalid Parameters (no retry)',
    provider: 'deepseek',
    script: [example('deepseek-422')],
    exitCode: 1,
    requests: 1,
    stderr: ['HTTP 422', '/errors/deepseek-422/'],
  },
  {
    name: 'gateway 401 authentication_error (no retry)',
    provider: 'gateway',
    script: [example('gateway-401')],
    exitCode: 1,
    requests: 1,
    stderr: ['HTTP 401', 'authentication_error', requestId('gateway-401')!, '/errors/gateway-401/'],
  },
  {
    name: 'a connection reset, then 200',
    provider: 'deepseek',
    script: [{ reset: true }, ok],
    exitCode: 0,
    requests: 2,
  },
  {
    name: 'a response slower than the timeout, then 200',
    provider: 'deepseek',
    script: [{ delayMs: 4000, then: { status: 200, body: okBody } }, ok],
    timeout: 1,
    exitCode: 0,
    requests: 2,
  },
  {
    name: 'keep-alive blank lines, then 200',
    provider: 'deepseek',
    script: [{ keepAliveMs: 400, body: okBody }],
    exitCode: 0,
    requests: 1,
  },
];
