/**
 * The shape of the error catalog: the single source of truth of the site.
 *
 * This module (and everything under src/catalog/) must not import `astro:*` modules or
 * tsconfig path aliases: astro.config.mjs, pages, endpoints and plain-Node tests all load it.
 */

/** Locale keys as they appear in URLs (`/zh-cn/…`). Starlight's BCP-47 tag for zh-cn is `zh-CN`. */
export const locales = ['en', 'zh-cn'] as const;
export type Locale = (typeof locales)[number];

/** A value in every locale. A missing translation is a type error. */
export type Localized<T = string> = Record<Locale, T>;

/**
 * The triage buckets (request, auth, billing, rate-limit, overload, server, network). Every entry has
 * exactly one.
 * Whether a class is retryable, and whose side the fault is on, is derived from the class
 * (see `classInfo` in ./classes.ts), never stored per entry.
 */
export const failureClasses = ['request', 'auth', 'billing', 'rate-limit', 'overload', 'server', 'network'] as const;
export type FailureClass = (typeof failureClasses)[number];

/**
 * What went wrong, in the words of the person it happened to: one page per meaning
 * (`/problems/<meaning>/`) lists every provider's way of saying it. Cuts across failure classes:
 * a spend cap is `billing` like an empty balance, a per-day quota is `billing` or `rate-limit`
 * depending on the provider, and both mean something different to the person waiting.
 */
export const meanings = [
  'out-of-balance',
  'rate-limited',
  'quota-exhausted',
  'overloaded',
  'content-blocked',
  'too-long',
  'bad-key',
  'wrong-plan',
  'model-unavailable',
  'bad-request',
  'server-error',
  'timeout',
  'stream-error',
] as const;
export type Meaning = (typeof meanings)[number];

export const providerIds = [
  'deepseek',
  'openai',
  'gateway',
  'azure-openai',
  'openrouter',
  'mistral',
  'gemini',
  'groq',
  'anthropic',
  'qianfan',
  'alibaba',
  'zhipu',
  'minimax',
  'siliconflow',
  'volcengine',
  'moonshot',
] as const;
export type ProviderId = (typeof providerIds)[number];

/** An official page the facts of an entry were checked against. Always https. */
export interface Source {
  url: string;
  /** Short label shown in the Sources list, e.g. "DeepSeek API docs — Error codes". */
  title: string;
}

/**
 * The machine-readable fields exactly as the API returns them. Never translated.
 * `null` means the provider sends the field with a null value; an absent key means the
 * provider does not send it (or it is not documented).
 */
export interface MachineFields {
  /** `error.type` */
  type?: string | null;
  /** `error.code` (the Gemini Interactions API sends a string such as `rate_limit_exceeded` here). */
  code?: string | null;
  /**
   * `error.status`: the gRPC status name of Google APIs (`INVALID_ARGUMENT`, `RESOURCE_EXHAUSTED` …),
   * sent next to the numeric HTTP status in `error.code`.
   */
  status?: string;
  /** `error.param` */
  param?: string | null;
  /** The documented or typically observed `error.message`, verbatim. */
  message?: string;
}

/** One example failure as the provider really returns it. */
export interface ExampleResponse {
  /** Response headers worth showing (request id, Retry-After …). Lower-case names. */
  headers?: Record<string, string>;
  /** The JSON body, exactly as sent (serialised with two-space indentation on the page). */
  body: unknown;
  /**
   * `true` when the official sources document the status, type and code but not the full body:
   * the page then says the message text is illustrative.
   */
  illustrative?: boolean;
  /**
   * Set for a failure inside a stream (HTTP 200): `body` is then the data of the server-sent event that
   * reports it (or, for a stream cut short, its last event), sent as `event: <name>` + `data: <body>`,
   * or as a `data:` line alone when this is `null` (the OpenAI-style chat completion chunk).
   */
  event?: string | null;
}

/** For SDK exception entries: the class in each official SDK and what the SDK does with it. */
export interface SdkException {
  /** Fully qualified Python name, e.g. `openai.RateLimitError`. */
  python: string | null;
  /** Node/TypeScript name, e.g. `OpenAI.RateLimitError` (exported from the `openai` package). */
  node: string | null;
  /** The parent class, by entry slug (`null` for the root of the hierarchy). */
  parent: string | null;
  /** HTTP statuses the SDK maps to this class (empty for network errors and base classes). */
  statuses: number[];
  /** Whether the SDK retries this failure by itself (default `max_retries` = 2). */
  retriedByDefault: boolean | 'depends';
  /** A typical line as printed by the SDK (traceback tail or `console.error` output). */
  example: string;
}

export interface ErrorEntry {
  /**
   * Permanent URL key (`/errors/<slug>/`), lowercase kebab-case. Never changes once published: a
   * retired entry keeps its page. The naming rule is checked in ./validate.ts.
   */
  slug: string;
  provider: ProviderId;
  /**
   * HTTP status, or `null` for SDK-side and network errors that have no single status. 200 is allowed
   * for a call that succeeded but carries no answer (Gemini's safety blocks) and for a failure that
   * arrives after `200 OK`, inside a streamed response (an error event, a stream cut short).
   */
  http: number | null;
  class: FailureClass;
  /**
   * What went wrong, for the pages by meaning. Every HTTP entry has one; an SDK class that stands
   * for several (openai's `APIStatusError`, Gemini's `ClientError`) has none.
   */
  meaning?: Meaning;
  /** The provider's own name for this error, when it has one (DeepSeek: Insufficient Balance / 余额不足). */
  officialName?: Localized;
  /**
   * Page title, without the provider prefix or status (they are added by the page). A short name:
   * search, the sidebar and the diagnose tool use it. Every sentence about the entry is Markdown in
   * `content/errors/{en,zh-cn}/<slug>.md`.
   */
  title: Localized;
  /** Machine fields as returned (HTTP entries). */
  machine?: MachineFields;
  /** Example response (HTTP entries). */
  example?: ExampleResponse;
  /** SDK exception details (SDK entries only). */
  sdk?: SdkException;
  /**
   * Other names people search for: legacy class names (`openai.error.InvalidRequestError`),
   * the Node name where it differs, related machine codes that share this page.
   */
  aliases: string[];
  /** Case-insensitive substrings of messages that identify this error (for the diagnose tool). */
  patterns: string[];
  /** Slugs of related entries. */
  related: string[];
  sources: Source[];
  /** ISO date (YYYY-MM-DD) the facts were last checked against the sources. */
  verified: string;
}

/** A provider's facts. Its prose is Markdown in `content/providers/{en,zh-cn}/<id>.md`. */
export interface Provider {
  id: ProviderId;
  name: Localized;
  /** An example envelope body. */
  envelopeExample: unknown;
  /** Header that carries the request id, or `null` when none is documented. */
  requestIdHeader: string | null;
  /** Base URL of the API, as configured in an OpenAI-compatible client. */
  baseUrl: string | null;
  /**
   * Domains of the same API in another region or under another brand (`minimax.io` beside
   * `minimaxi.com`), so a pasted error naming them points to this provider.
   */
  otherDomains?: string[];
  /** How this provider's model ids begin (`deepseek-`), so a pasted error naming a model points to it. */
  modelPrefixes: string[];
  sources: Source[];
  verified: string;
}
