/**
 * The quick lookup's matcher: a query (a status, a machine code, an SDK class, a title, or a whole
 * pasted error) against the index generated from the catalog. Plain TypeScript with no DOM use,
 * so it runs the same in the browser and in unit tests.
 */

export interface LookupEntry {
  slug: string;
  url: string;
  heading: string;
  provider: string;
  status: number | null;
  /** For SDK classes: the statuses the class covers. */
  statuses: number[];
  cls: string;
  classLabel: string;
  retryable: boolean;
  verdict: string;
  /** Machine codes, SDK class names and aliases, as the API or SDK spells them. */
  keys: string[];
  /** `error.type` values (broader than codes, so they rank a little lower). */
  types: string[];
  /** Official names and titles, in both languages. */
  names: string[];
}

export interface LookupStatus {
  status: number;
  url: string;
  name: string;
  count: number;
}

export interface LookupIndex {
  statuses: LookupStatus[];
  entries: LookupEntry[];
}

export type LookupResult =
  | { kind: 'status'; url: string; score: number; exact: boolean; status: LookupStatus }
  | { kind: 'entry'; url: string; score: number; exact: boolean; entry: LookupEntry };

export interface LookupAnswer {
  results: LookupResult[];
  /** The result Enter opens: an exact status, code or class match, else the best result. */
  best?: LookupResult;
  /** The text looks like a whole error (JSON, traceback, several lines): offer the diagnose tool. */
  looksLikePaste: boolean;
}

export const normalize = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** A key and the short forms people type: `openai.error.InvalidRequestError` → also `invalidrequesterror`. */
function forms(key: string): string[] {
  const full = normalize(key);
  const last = full.split('.').pop()!;
  return last === full ? [full] : [full, last];
}

const MAX_QUERY = 4000;

/** Signs of a pasted error rather than a typed query. */
export function looksLikePaste(text: string): boolean {
  return (
    text.length > 80 ||
    /\n/.test(text.trim()) ||
    /^\s*[{[]/.test(text) ||
    /traceback|error code:|http\/\d|"error"\s*:|'error'\s*:/i.test(text)
  );
}

/** The HTTP status a pasted error states, if any (`Error code: 429`, `HTTP/1.1 503`, `"status": 402` …). */
export function statusInText(text: string): number | undefined {
  const explicit = text.match(
    /(?:error code:?|http\/[\d.]+|status(?:_code|code)?["']?\s*[:=]|\bcode["']?\s*:)\s*["']?([45]\d\d)\b/i,
  );
  const bare = explicit ?? text.match(/(?<![\d.])([45]\d\d)(?![\d.])/);
  return bare ? Number(bare[1]) : undefined;
}

function scoreTyped(entry: LookupEntry, q: string, words: string[]): number {
  let score = 0;
  for (const key of entry.keys) {
    for (const form of forms(key)) {
      if (form === q) score = Math.max(score, 900);
      else if (form.startsWith(q)) score = Math.max(score, 400 - (form.length - q.length));
      else if (q.length >= 3 && form.includes(q)) score = Math.max(score, 250);
    }
  }
  for (const type of entry.types) {
    const form = normalize(type);
    if (form === q) score = Math.max(score, 800);
    else if (form.startsWith(q)) score = Math.max(score, 300 - (form.length - q.length));
  }
  for (const name of entry.names) {
    const form = normalize(name);
    if (form === q) score = Math.max(score, 850);
    else if (form.startsWith(q)) score = Math.max(score, 350 - (form.length - q.length));
    else if (q.length >= 2 && form.includes(q)) score = Math.max(score, 200);
  }
  if (!score && words.length > 1) {
    const haystack = normalize([...entry.keys, ...entry.types, ...entry.names, entry.provider].join(' '));
    const found = words.filter((w) => haystack.includes(w)).length;
    if (found === words.length) score = 150;
  }
  return score;
}

function scorePasted(entry: LookupEntry, text: string, status: number | undefined): number {
  let score = 0;
  // Longer keys are more specific: `organization_spend_limit_exceeded` says more than `slow_down`.
  // Each distinct form counts once (a class's Python and Node names share their short form).
  const found = new Set(
    [...entry.keys, ...entry.names].flatMap(forms).filter((f) => f.length >= 5 && text.includes(f)),
  );
  for (const form of found) score += 100 + form.length;
  for (const type of entry.types) if (type.length >= 5 && text.includes(normalize(type))) score += 60;
  if (status !== undefined) {
    if (entry.status === status) score += 300;
    else if (entry.statuses.includes(status)) score += 150;
    else if (entry.status !== null) score -= 400;
  }
  return score;
}

export function lookup(index: LookupIndex, query: string, limit = 8): LookupAnswer {
  const raw = query.slice(0, MAX_QUERY);
  const q = normalize(raw);
  if (!q) return { results: [], looksLikePaste: false };
  const paste = looksLikePaste(raw);
  const results: LookupResult[] = [];

  if (paste) {
    const status = statusInText(raw);
    for (const entry of index.entries) {
      const score = scorePasted(entry, q, status);
      if (score > 0) results.push({ kind: 'entry', url: entry.url, score, exact: false, entry });
    }
    const hub = index.statuses.find((s) => s.status === status);
    if (hub) results.push({ kind: 'status', url: hub.url, score: 250, exact: false, status: hub });
  } else {
    const words = q.split(' ');
    const digits = /^\d{1,3}$/.test(q);
    for (const status of index.statuses) {
      const text = String(status.status);
      if (text === q) results.push({ kind: 'status', url: status.url, score: 1000, exact: true, status });
      else if (digits && text.startsWith(q))
        results.push({ kind: 'status', url: status.url, score: 300, exact: false, status });
      else if (normalize(`${status.status} ${status.name}`).includes(q) && q.length >= 3 && !digits) {
        results.push({ kind: 'status', url: status.url, score: 180, exact: false, status });
      }
    }
    for (const entry of index.entries) {
      let score = scoreTyped(entry, q, words);
      if (digits) {
        const text = entry.status === null ? '' : String(entry.status);
        if (text === q) score = Math.max(score, 500);
        else if (text.startsWith(q)) score = Math.max(score, 120);
        else if (entry.statuses.some((s) => String(s) === q)) score = Math.max(score, 300);
      }
      if (score > 0) results.push({ kind: 'entry', url: entry.url, score, exact: score >= 800, entry });
    }
  }

  // Stable sort: equal scores keep catalog order (statuses first, then entries as listed).
  results.sort((a, b) => b.score - a.score);
  const top = results.slice(0, limit);
  return { results: top, best: top[0], looksLikePaste: paste };
}
