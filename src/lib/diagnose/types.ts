/**
 * The diagnose tool's data shapes: the index it matches against (built from the catalog by
 * ../diagnose-index.ts) and the diagnosis it returns. Plain types, no behaviour.
 */
import type { FailureClass, ProviderId } from '../../catalog/types.ts';

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
    /** What went wrong, from the catalog (`quota-exhausted`, `content-blocked`, `too-long` …). */
    meaning: string | null;
    /** The catalog says the limit is per day (a daily quota, tokens per day). */
    perDay: boolean;
  }[];
  /** `reason` is the RFC reason phrase ('Internal Server Error'). */
  statuses: { status: number; cls: FailureClass | null; reason: string }[];
  providers: { id: ProviderId; hosts: string[]; modelPrefixes: string[]; requestIdHeader: string | null }[];
}

export type IndexEntry = DiagnoseIndex['entries'][number];

/** Why something was concluded: a key the page turns into words, and the value it found. */
export interface Reason {
  key:
    | 'status'
    | 'code'
    | 'type'
    | 'message'
    | 'name'
    | 'sdk-class'
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
    | 'header'
    | 'layer';
  value: string;
}

export interface Candidate {
  slug: string;
  score: number;
  reasons: Reason[];
}

/** What to do: `depends` when the answer turns on something the text cannot show (output already delivered). */
export type Verdict = 'retry' | 'retry-after-wait' | 'do-not-retry' | 'depends' | 'unknown';

/**
 * Why the verdict is what it is, for the page to explain. `class` is the failure class's default
 * (README, failure classes); the others are the cases where the class is not enough (DESIGN §3).
 */
export type VerdictReason =
  | 'class'
  | 'request-too-large'
  | 'zero-quota'
  | 'daily-quota'
  | 'quota-window'
  | 'long-wait'
  | 'content-blocked'
  | 'mid-stream'
  | 'hop-own'
  | 'hop-report'
  | 'status-hidden'
  | 'message-words'
  | 'network-words';

/** What a hop is: who put these words around the provider's answer. */
export type LayerKind = 'client' | 'wrapper' | 'relay' | 'gateway' | 'cdn' | 'provider';

/**
 * What a hop says about the failure when it is its own (a relay's quota, a router's cooldown, a
 * CDN's block page) or when it reports the next hop's failure in its own words (a relay that
 * rewrites every upstream 429, a CDN page for an origin that timed out). A key the page explains.
 */
export type HopNote =
  | 'own-quota'
  | 'own-auth'
  | 'own-no-route'
  | 'own-cooldown'
  | 'own-rate-limit'
  | 'own-blocked'
  | 'own-filter'
  | 'upstream-429-rewritten'
  | 'upstream-status'
  | 'origin-failed'
  | 'status-hidden';

/** One hop between the caller and the model: a client UI, a wrapper, a relay, a gateway, a CDN or the provider. */
export interface Layer {
  kind: LayerKind;
  /** `litellm`, `one-api`, `openrouter`, a provider id, or `upstream` for a provider the text does not name. */
  id: string;
  /** Its name as written (a product or provider name, never translated); null for an unnamed upstream. */
  name: string | null;
  /** The catalog provider, when the hop is one. */
  provider?: ProviderId;
  /** What in the text shows this hop (`litellm.RateLimitError`, `(request id: …)`, `provider_name`). */
  evidence: string;
  /** The status this hop reported, when it differs from the one read from the whole text. */
  status?: number;
  /** The catalog entry of this hop's error, when one fits (an upstream body inside a gateway's). */
  entry?: string;
  /** What this hop says about the failure. */
  note?: HopNote;
}

export interface Diagnosis {
  /** Notices about the input itself (`cut-off`: the body ends before its JSON does). */
  notices: ('empty' | 'truncated' | 'binary' | 'cut-off')[];
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
  verdictReason: VerdictReason;
  /** The hops found, outermost first (client UI → wrapper → relay → gateway → CDN → provider). */
  layers: Layer[];
  /** Index in `layers` of the hop whose error this is, or null when the text does not say. */
  failedLayer: number | null;
}
