/**
 * The diagnose tool's parser: reads whatever a person pasted about a failed call (a status line, a
 * JSON body, a Python repr, an SDK traceback, a log line, an HTTP response with headers, Chinese
 * text) and ranks the catalog entries that fit, with the reason for each. Plain TypeScript with no
 * DOM use; the same code runs in the browser and in the unit tests. It never throws on any input.
 */

import type { FailureClass, ProviderId } from '../catalog/types.ts';

export interface DiagnoseIndex {
  entries: {
    slug: string;
    provider: ProviderId;
    http: number | null;
    cls: FailureClass;
    retryable: boolean;
    sdkStatuses: number[];
    type: string | null;
    code: string | null;
    /** Every value `error.code` (or Google's `error.status`) can carry for this entry. */
    codes: string[];
    message: string | null;
    patterns: string[];
    /** SDK class names and legacy aliases. */
    classNames: string[];
    /** Official names, both languages. */
    names: string[];
  }[];
  statuses: { status: number; cls: FailureClass | null }[];
  providers: { id: ProviderId; hosts: string[]; modelPrefixes: string[]; requestIdHeader: string | null }[];
}

/** Why something was concluded: a key the page turns into words, and the value it found. */
export interface Reason {
  key:
    | 'status'
    | 'code'
    | 'type'
    | 'message'
    | 'name'
    | 'sdk-class'
    | 'status-mismatch'
    | 'provider'
    | 'sdk-statuses'
    | 'host'
    | 'model'
    | 'envelope-gateway'
    | 'envelope-deepseek'
    | 'envelope-anthropic'
    | 'envelope-google'
    | 'envelope-mistral'
    | 'envelope-openrouter'
    | 'envelope-dashscope'
    | 'envelope-minimax'
    | 'envelope-zhipu'
    | 'header';
  value: string;
}

export interface Candidate {
  slug: string;
  score: number;
  reasons: Reason[];
}

export type Verdict = 'retry' | 'retry-after-wait' | 'do-not-retry' | 'unknown';

export interface Diagnosis {
  /** Notices about the input itself. */
  notices: ('empty' | 'truncated' | 'binary')[];
  status: number | null;
  fields: { type?: string; code?: string; message?: string; param?: string };
  provider: { id: ProviderId; reasons: Reason[] } | null;
  requestId: string | null;
  wait: { seconds: number; source: 'retry-after' | 'retry-after-ms' | 'retryDelay' } | null;
  candidates: Candidate[];
  /** The best candidate, when one fits well enough. */
  best: Candidate | null;
  cls: FailureClass | null;
  retryable: boolean | 'unknown';
  verdict: Verdict;
}

/** Longest input read; the rest is ignored and the page says so. */
export const MAX_INPUT = 100_000;
const MIN_SCORE = 30;

const gatewayCodes = new Set([
  'invalid_request',
  'authentication_error',
  'insufficient_quota',
  'permission_error',
  'not_found',
  'conflict',
  'unprocessable_entity',
  'rate_limit_error',
  'server_error',
  'bad_gateway',
  'service_unavailable',
  'gateway_timeout',
]);

/** The value of a JSON or Python-repr key, escaped or not, even when the text is cut off. */
function field(text: string, key: string): string | undefined {
  const match = text.match(
    new RegExp(`(?:["']${key}["']|(?<![\\w.-])${key})\\s*:\\s*(?:"((?:[^"\\\\]|\\\\.)*)|'((?:[^'\\\\]|\\\\.)*))`),
  );
  const value = match?.[1] ?? match?.[2];
  return value === undefined ? undefined : value.replace(/\\(.)/g, '$1');
}

/** Every value of a key (a body can hold `"type": "error"` at the top and the real type inside). */
function fieldValues(text: string, key: string): string[] {
  const re = new RegExp(`(?:["']${key}["']|(?<![\\w.-])${key})\\s*:\\s*["']([^"'\\\\]*)`, 'g');
  return [...text.matchAll(re)].map((m) => m[1]!);
}

function header(text: string, name: string): string | undefined {
  return text.match(new RegExp(`(?:^|[\\s<{,'"])${name}["']?\\s*[:=]\\s*["']?([^\\s"',}]+)`, 'im'))?.[1];
}

/** MiniMax's business code in a message's trailing parentheses: `insufficient balance (1008)`. */
function minimaxCode(text: string): string | undefined {
  return text.match(/\((\d{4})\)\s*["']/)?.[1];
}

/** MiniMax's business code, a number inside `base_resp`. */
function baseRespCode(text: string): string | undefined {
  return text.match(/["']status_code["']\s*:\s*(\d+)/)?.[1];
}

/** Body shapes that belong to one API only (OpenAI's shape is copied by many, so it names none). */
function findEnvelope(text: string): { provider: string; key: Reason['key']; value: string } | null {
  const q = `["']`;
  if (new RegExp(`${q}provider_name${q}\\s*:`).test(text) && new RegExp(`${q}metadata${q}\\s*:`).test(text))
    return { provider: 'openrouter', key: 'envelope-openrouter', value: field(text, 'provider_name') ?? '-' };
  // Anthropic wraps the error object: {"type": "error", "error": {"type": "overloaded_error", …}}.
  // Zhipu and MiniMax answer their Anthropic-compatible endpoints in the same wrapper, with marks of
  // their own: Zhipu a numeric `error.code`, MiniMax `http_code` or a code in parentheses.
  if (new RegExp(`${q}type${q}\\s*:\\s*${q}error${q}\\s*,\\s*${q}error${q}\\s*:\\s*\\{`).test(text)) {
    const numeric = text.match(new RegExp(`${q}code${q}\\s*:\\s*${q}(\\d{4})${q}`))?.[1];
    if (numeric) return { provider: 'zhipu', key: 'envelope-zhipu', value: numeric };
    const own = minimaxCode(text);
    if (own && (new RegExp(`${q}http_code${q}`).test(text) || /authorized_error|insufficient_balance_error/.test(text)))
      return { provider: 'minimax', key: 'envelope-minimax', value: own };
    if (own && /\(1008\)/.test(text)) return { provider: 'minimax', key: 'envelope-minimax', value: own };
    return {
      provider: 'anthropic',
      key: 'envelope-anthropic',
      value: fieldValues(text, 'type').find((t) => t !== 'error') ?? '-',
    };
  }
  // Google APIs answer with google.rpc.Status: a numeric code, a status enum, often typed details.
  const googleStatus = text.match(new RegExp(`${q}status${q}\\s*:\\s*${q}([A-Z][A-Z_]{3,})${q}`))?.[1];
  if (googleStatus || /type\.googleapis\.com\/google\.rpc/.test(text))
    return { provider: 'gemini', key: 'envelope-google', value: googleStatus ?? '-' };
  // MiniMax's native APIs answer 200 with `base_resp: {status_code, status_msg}`.
  if (new RegExp(`${q}base_resp${q}\\s*:`).test(text))
    return { provider: 'minimax', key: 'envelope-minimax', value: baseRespCode(text) ?? '-' };
  // DashScope (Alibaba Model Studio) native: a flat body with a CamelCase `code` (Arrearage,
  // Throttling.AllocationQuota) beside `request_id`, no `error` object around it.
  const flatCode = field(text, 'code');
  if (
    flatCode &&
    /^[A-Z][a-z]+[A-Za-z]*(?:\.[A-Za-z]+)*$/.test(flatCode) &&
    field(text, 'request_id') &&
    !new RegExp(`${q}error${q}\\s*:\\s*\\{`).test(text)
  )
    return { provider: 'alibaba', key: 'envelope-dashscope', value: flatCode };
  // Mistral's body is flat, with `object: "error"` beside the message.
  if (new RegExp(`${q}object${q}\\s*:\\s*${q}error${q}`).test(text))
    return { provider: 'mistral', key: 'envelope-mistral', value: field(text, 'type') ?? '-' };
  return null;
}

/** The HTTP status the text states, most explicit form first. */
export function findStatus(text: string, known: Set<number>): number | null {
  const patterns = [
    /\bHTTP\/[\d.]+\s+(\d{3})\b/i,
    /\berror code:?\s*(\d{3})\b/i,
    /\bstatus(?:_code|code)?["']?\s*[:=]\s*["']?(\d{3})\b/i,
    /["']code["']\s*:\s*(\d{3})\b/,
    /\b(?:[A-Z][A-Za-z]+Error|APIError):\s*(\d{3})\b/,
    /\bstatus\s+(\d{3})\b/i,
    /^\s*(\d{3})\s*(?:[-–:]|[A-Z][a-z]|[\u4e00-\u9fff])/m,
    /[(（](\d{3})[)）]/,
    /(?:^|[\s:：])(\d{3})(?=[\s:：,，.。]|[\u4e00-\u9fff]|$)/m,
  ];
  for (const pattern of patterns) {
    const value = Number(text.match(pattern)?.[1]);
    if (value >= 400 && value <= 599 && (known.has(value) || pattern !== patterns[patterns.length - 1])) return value;
  }
  return null;
}

function findWait(text: string): Diagnosis['wait'] {
  const ms = header(text, 'retry-after-ms');
  if (ms && Number.isFinite(Number(ms))) return { seconds: Number(ms) / 1000, source: 'retry-after-ms' };
  const after = text.match(/(?:^|[\s<{,'"])retry-after["']?\s*[:=]\s*["']?([^\r\n"']+)/im)?.[1]?.trim();
  if (after) {
    if (/^\d+(\.\d+)?$/.test(after)) return { seconds: Number(after), source: 'retry-after' };
    const date = Date.parse(after);
    if (!Number.isNaN(date))
      return { seconds: Math.max(0, Math.round((date - Date.now()) / 1000)), source: 'retry-after' };
  }
  const delay = text.match(/["']?retryDelay["']?\s*:\s*["'](\d+(?:\.\d+)?)s["']/)?.[1];
  if (delay) return { seconds: Number(delay), source: 'retryDelay' };
  return null;
}

function findRequestId(text: string, providerHeaders: string[]): string | null {
  // Azure OpenAI's id comes from its API Management front door (apim-request-id); each provider's
  // own header (OpenRouter's x-generation-id …) comes from the catalog.
  const headers = ['x-request-id', 'request-id', 'x-request_id', 'apim-request-id', ...providerHeaders];
  const fromHeader = headers.map((name) => header(text, name)).find((value) => value !== undefined);
  const fromBody = field(text, 'request_id') ?? field(text, 'requestID');
  // "request ID req_…" in a sentence, or DeepSeek's newer "Insufficient Balance (request_id: e1f8c686-…)".
  const inMessage =
    text.match(/\brequest id:?\s+([A-Za-z0-9_-]{6,})/i)?.[1] ??
    text.match(/\(request_id:\s*([A-Za-z0-9_.-]{4,})\s*\)/i)?.[1] ??
    // Qianfan v2 puts its id (`as-…`) at the top of the body, beside `error`.
    text.match(/["']id["']\s*:\s*["'](as-[A-Za-z0-9]{6,})["']/)?.[1] ??
    // A bare `req_…` token (a console's log row) is an id in the form OpenAI, Anthropic and Groq use.
    text.match(/(?<![\w-])(req_[A-Za-z0-9]{20,})(?![\w-])/)?.[1];
  const id = fromHeader ?? fromBody ?? inMessage;
  return id && /^[\w.-]{4,200}$/.test(id) ? id : null;
}

/** Clean what was pasted: cap it, drop colour codes and control characters, unescape embedded JSON. */
function prepare(raw: string) {
  const notices: Diagnosis['notices'] = [];
  let text = raw;
  if (text.length > MAX_INPUT) {
    text = text.slice(0, MAX_INPUT);
    notices.push('truncated');
  }
  const control = (text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (text.length > 0 && control / text.length > 0.05) notices.push('binary');
  text = text.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ');
  // JSON escaped inside a log line: body="{\"error\":{...}}"
  const unescaped = text.replace(/\\\\"/g, '"').replace(/\\"/g, '"').replace(/\\n/g, '\n');
  return { text: unescaped, notices };
}

const lower = (s: string) => s.toLowerCase();

export function diagnose(input: string, index: DiagnoseIndex): Diagnosis {
  const { text, notices } = prepare(typeof input === 'string' ? input : '');
  const empty: Diagnosis = {
    notices,
    status: null,
    fields: {},
    provider: null,
    requestId: null,
    wait: null,
    candidates: [],
    best: null,
    cls: null,
    retryable: 'unknown',
    verdict: 'unknown',
  };
  if (!text.trim()) return { ...empty, notices: [...notices, 'empty'] };

  const known = new Set(index.statuses.map((s) => s.status));
  const haystack = lower(text);
  const status = findStatus(text, known);
  const types = fieldValues(text, 'type').filter((t) => t !== 'error');
  const fields: Diagnosis['fields'] = {
    type: types[0],
    code: fieldValues(text, 'code')[0] ?? field(text, 'code'),
    message: field(text, 'message'),
    param: field(text, 'param'),
  };
  // Google's numeric `code` is the HTTP status; its machine name is `status` (RESOURCE_EXHAUSTED).
  // Numeric business codes: Qianfan's legacy `error_code`, SiliconFlow's top-level `code` (never a
  // three-digit number there, which Google uses for the HTTP status), MiniMax's `(1008)`.
  if (!fields.code) fields.code = text.match(/["']error_code["']\s*:\s*(\d+)/)?.[1];
  if (!fields.code) fields.code = text.match(/(?:["']code["']|(?<![\w.-])code)\s*:\s*(\d{1,2}|\d{4,6})\b/)?.[1];
  if (!fields.code && findEnvelope(text)?.provider === 'minimax') fields.code = minimaxCode(text);
  // MiniMax's machine code is the number in `base_resp.status_code`.
  if (!fields.code && /["']base_resp["']\s*:/.test(text)) fields.code = baseRespCode(text);
  if (!fields.code) fields.code = text.match(/["']status["']\s*:\s*["']([A-Z][A-Z_]{3,})["']/)?.[1];
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) if (!fields[key]) delete fields[key];

  // Which provider: body shape, hosts, model names, headers.
  const providerReasons = new Map<ProviderId, Reason[]>();
  const note = (id: ProviderId, reason: Reason) =>
    providerReasons.set(id, [...(providerReasons.get(id) ?? []), reason]);
  if (field(text, 'request_id') && fields.code && gatewayCodes.has(fields.code)) {
    note('gateway', { key: 'envelope-gateway', value: fields.code });
  }
  // DeepSeek puts the category `invalid_request_error` in `code`, where OpenAI puts a specific code.
  if (fields.code === 'invalid_request_error') note('deepseek', { key: 'envelope-deepseek', value: types[0] ?? '-' });
  // An envelope that only one API uses names the API that answered, and rules out every other
  // provider's HTTP entries. OpenRouter comes first: it wraps the upstream provider's own body in
  // `metadata.raw`, and the outer layer is the one that answered.
  const envelope = findEnvelope(text);
  if (envelope) {
    const covered = index.providers.some((p) => p.id === envelope.provider);
    if (covered) note(envelope.provider as ProviderId, { key: envelope.key, value: envelope.value });
  }
  for (const p of index.providers) {
    for (const host of p.hosts) if (haystack.includes(lower(host))) note(p.id, { key: 'host', value: host });
    for (const prefix of p.modelPrefixes) {
      const model = haystack.match(new RegExp(`(?<![\\w-])(${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\w.-]*)`));
      if (model) {
        note(p.id, { key: 'model', value: model[1]! });
        break;
      }
    }
    // The provider named in the text (`DeepseekException`, "deepseek 429"); not OpenAI, whose
    // name is in every SDK class whatever the API behind it, and not a package path or class prefix
    // (`groq.RateLimitError`, `site-packages/groq/`): an SDK class alone names its class entry.
    if (p.id !== 'openai' && p.id !== 'gateway' && new RegExp(`\\b${p.id}(?![./\\\\])`, 'i').test(text))
      note(p.id, { key: 'provider', value: p.id });
    if (p.requestIdHeader && new RegExp(`(?:^|\\s|<)${p.requestIdHeader}\\s*:`, 'im').test(text)) {
      note(p.id, { key: 'header', value: p.requestIdHeader });
    }
  }

  // A request-id header or a model name alone is weak: other APIs send `x-request-id` too, and
  // open-weight models (gpt-oss) are served by many. When the address, the envelope or the
  // provider's name says who answered, guesses resting only on those drop.
  const weak = (r: Reason) => r.key === 'header' || r.key === 'model';
  const strong = [...providerReasons.values()].some((reasons) => reasons.some((r) => !weak(r)));
  if (strong) for (const [id, reasons] of providerReasons) if (reasons.every(weak)) providerReasons.delete(id);

  // SDK exception classes named in the text. A short name (`RateLimitError`) counts when it ends in
  // "Error" and is not Python's own exception of that name (`PermissionError: [Errno 13] …`).
  const namedClass = (names: string[]) =>
    names
      .flatMap((n) => {
        const last = n.split('.').pop()!;
        return n.includes('.') && last.endsWith('Error') ? [n, last] : [n];
      })
      .find((n) =>
        new RegExp(`(?<![\\w.])${n.replace(/\./g, '\\.')}(?![\\w])(?!:\\s*\\[Errno)`, n.includes('.') ? 'i' : '').test(
          text,
        ),
      );
  const token = (value: string) =>
    new RegExp(`(?<![\\w-])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'i');

  // Exactly one provider recognized by its address (other guesses may rest on shared shapes).
  const hosted = [...providerReasons].filter(([, reasons]) => reasons.some((r) => r.key === 'host'));
  const hostOnly = hosted.length === 1 ? hosted[0]![0] : undefined;
  // A code that is also an SDK class name (Ark's `AuthenticationError`) is not evidence as a bare word.
  const sdkClassWords = new Set(
    index.entries.filter((e) => e.http === null).flatMap((e) => e.classNames.map((n) => n.split('.').pop()!)),
  );
  // Score every entry; each reason says what in the text supports it.
  const scored: (Candidate & { api: boolean; evidence: boolean })[] = [];
  for (const e of index.entries) {
    let score = 0;
    const reasons: Reason[] = [];
    let evidence = false;
    const add = (points: number, reason: Reason) => {
      score += points;
      reasons.push(reason);
    };
    if (status !== null) {
      if (e.http === status) add(40, { key: 'status', value: String(status) });
      else if (e.http === null && e.sdkStatuses.includes(status))
        add(20, { key: 'sdk-statuses', value: String(status) });
      else if (e.http !== null) score -= 60;
    }
    const codeHit = fields.code ? e.codes.find((c) => c === fields.code) : undefined;
    if (codeHit) {
      add(codeHit === 'invalid_request_error' ? 10 : 50, { key: 'code', value: codeHit });
      evidence = codeHit !== 'invalid_request_error';
    } else if (e.codes.length && fields.code) score -= 30;
    else if (e.code && e.code.length >= 8 && !sdkClassWords.has(e.code) && token(e.code).test(text)) {
      add(25, { key: 'code', value: e.code });
      evidence = true;
    }
    if (e.type && types.includes(e.type) && e.type !== e.code) add(15, { key: 'type', value: e.type });
    // A body whose `type` is another one (Groq's `invalid_request_error` 413, not its `tokens` 413)
    // speaks against the entry.
    else if (e.type && e.http !== null && types.length && !types.includes(e.type)) score -= 15;
    const className = e.http === null ? namedClass(e.classNames) : undefined;
    // Each further fragment of the same entry is more evidence: a provider's wording around a message
    // it shares with another (Azure's support link after OpenAI's 500 text, Google's PerDay quota id
    // beside the quota message both 429s carry) decides.
    const found = className ? [] : e.patterns.filter((p) => p.length >= 4 && haystack.includes(p));
    // A short message (`rate limit`, MiniMax's status_msg) is too common to be evidence by itself.
    if (e.message && e.message.length >= 12 && haystack.includes(lower(e.message))) {
      const beyond = found.filter((p) => !lower(e.message!).includes(p));
      add(35 + 10 * beyond.length, { key: 'message', value: e.message });
      evidence = true;
    } else if (found.length) {
      add(30 + 10 * (found.length - 1), { key: 'message', value: found[0]! });
      evidence = true;
    }
    // An official name is evidence unless the text names another provider: DeepSeek's "Server
    // Error" is also the tail of every "Internal Server Error".
    const contradicted = providerReasons.size > 0 && !providerReasons.has(e.provider);
    const name = contradicted ? undefined : e.names.find((n) => haystack.includes(lower(n)));
    if (name) {
      add(35, { key: 'name', value: name });
      evidence = true;
    }
    // `anthropic.APIConnectionError` says which SDK raised it; a bare `APIConnectionError` does not.
    if (className) add(className.includes('.') ? 55 : 45, { key: 'sdk-class', value: className });
    if (providerReasons.has(e.provider) && e.http !== null) add(20, { key: 'provider', value: e.provider });
    // The address says who answered: an OpenAI-compatible provider copies OpenAI's body word for word
    // (DashScope's compatible-mode `insufficient_quota`), so another provider's entry loses ground.
    if (hostOnly && e.provider !== hostOnly && e.http !== null) score -= 40;
    // Among SDK classes of the same name (APIConnectionTimeoutError in openai and @anthropic-ai/sdk),
    // the one of a provider the text names wins; the openai SDKs serve every provider, so not theirs.
    else if (providerReasons.has(e.provider) && className && e.provider !== 'openai')
      add(10, { key: 'provider', value: e.provider });
    if (envelope && e.http !== null && e.provider !== envelope.provider) score -= 100;
    if (score > 0) scored.push({ slug: e.slug, score, reasons, api: e.http !== null, evidence });
  }
  // A specific API error beats the generic SDK class that wraps it: when an API entry is supported
  // by its own code, message or name, or leads the entries of a recognised provider with that status,
  // SDK classes drop. When such entries tie (Zhipu's 429s: pacing, balance, plan, with an empty body),
  // the SDK class (`APIReachLimitError`: every 429) is the more honest answer.
  const [first, second] = scored
    .filter((c) => c.api && c.reasons.some((r) => r.key === 'status') && c.reasons.some((r) => r.key === 'provider'))
    .map((c) => c.score)
    .sort((a, b) => b - a);
  const specific = scored.some((c) => c.api && c.evidence) || (first !== undefined && first !== second);
  if (specific) for (const c of scored) if (!c.api) c.score -= 30;
  const candidates: Candidate[] = scored
    .filter((c) => c.score > 0)
    .map(({ slug, score, reasons }) => ({ slug, score, reasons }));
  candidates.sort((a, b) => b.score - a.score);
  // A status alone says neither which provider answered nor which of its errors this is (an nginx
  // 413 page is not OpenAI's 413 even when the catalog has one 413): then the page gives the
  // status's general meaning instead of guessing.
  const top = candidates[0];
  const statusOnly = top?.reasons.every((r) => r.key === 'status' || r.key === 'sdk-statuses');
  const best = top && top.score >= MIN_SCORE && !statusOnly ? top : null;
  const bestEntry = best ? index.entries.find((e) => e.slug === best.slug)! : undefined;

  // The provider: the best entry's when it was recognised, else the strongest signal.
  // An API entry matched on its own codes or messages names its provider too.
  // A provider's own SDK class (google.genai, groq, mistralai) names it; the openai SDKs do not.
  if (bestEntry && !providerReasons.has(bestEntry.provider)) {
    const keys =
      bestEntry.http !== null ? ['code', 'message', 'name'] : bestEntry.provider === 'openai' ? [] : ['sdk-class'];
    const own = best!.reasons.filter((r) => keys.includes(r.key));
    if (own.length) providerReasons.set(bestEntry.provider, own);
  }
  const ranked = [...providerReasons.entries()].sort((a, b) => b[1].length - a[1].length);
  const providerId = bestEntry && providerReasons.has(bestEntry.provider) ? bestEntry.provider : ranked[0]?.[0];
  const provider = providerId ? { id: providerId, reasons: providerReasons.get(providerId)! } : null;

  const cls =
    bestEntry?.cls ?? (status !== null ? (index.statuses.find((s) => s.status === status)?.cls ?? null) : null);
  // A bare 429 may be a rate limit or an exhausted quota: only the body can tell.
  const retryable: Diagnosis['retryable'] = bestEntry
    ? bestEntry.retryable
    : cls === null || cls === 'rate-limit'
      ? 'unknown'
      : !['request', 'auth', 'billing'].includes(cls);
  const wait = findWait(text);
  const verdict: Verdict =
    retryable === 'unknown'
      ? 'unknown'
      : !retryable
        ? 'do-not-retry'
        : wait || cls === 'rate-limit' || cls === 'overload'
          ? 'retry-after-wait'
          : 'retry';

  return {
    ...empty,
    status,
    fields,
    provider,
    requestId: findRequestId(
      text,
      index.providers.flatMap((p) => (p.requestIdHeader ? [p.requestIdHeader] : [])),
    ),
    wait,
    candidates: candidates.slice(0, 5),
    best,
    cls,
    retryable,
    verdict,
  };
}
