/**
 * The types of the catalog as published for tools (`/api/errors.json`, `/api/errors/<slug>.json`).
 * `/api/errors.schema.json` is generated from these types, so the JSON and its schema cannot drift;
 * src/lib/catalog-documents.ts builds the documents.
 */
import type { ErrorEntry, Fault, HttpStatusInfo, Localized, Provider, RetryVerdict } from '../catalog/index.ts';

/** Bumped only when a change to the documents would break a reader (a field removed, renamed or retyped). */
export const schemaVersion = 1;

/** Where an entry lives on the site: absolute URLs. */
export interface EntryUrls extends Localized {
  /** The entry alone as JSON (`/api/errors/<slug>.json`). */
  json: string;
  /** The Markdown twin of the page in each language (`/errors/<slug>.md`, `/zh-cn/errors/<slug>.md`). */
  markdown: Localized;
}

/** The sentences of an entry in both languages, as Markdown (from `content/errors/`). */
export interface EntryText {
  /** One sentence: what happened. */
  summary: Localized;
  /** Why it happens: the explanation of the page. */
  cause: Localized;
  /** Exact steps to fix, in order. */
  fix: Localized<string[]>;
  /** How to retry, or why not to. */
  retry: Localized;
  /** How to tell this entry apart from others with the same status. */
  distinguish?: Localized;
  /** Further facts worth knowing. */
  notes?: Localized;
}

/** One catalog entry with every catalog field (both languages) plus what the site derives from it. */
export interface CatalogEntry extends ErrorEntry, EntryText {
  /** Whether retrying can help at all (derived from `class`). */
  retryable: boolean;
  /** Whose side the failure is on (derived from `class`). */
  fault: Fault;
  /** How to react, in one word (derived from `class`). */
  verdict: RetryVerdict;
  /**
   * Slug of the entry of the exception class the official OpenAI SDKs raise for this HTTP status
   * (also when they talk to DeepSeek or the gateway), or `null` when the entry has no HTTP status.
   */
  sdkClass: string | null;
  urls: EntryUrls;
}

/** A provider with its sentences in both languages, as Markdown (from `content/providers/`). */
export interface CatalogProvider extends Provider {
  summary: Localized;
  envelope: Localized;
  requestId: Localized;
  retryHeaders: Localized;
  sdkDefaults: Localized;
}

/** An HTTP status with its sentences in both languages, as Markdown (from `content/statuses/`). */
export interface CatalogStatus extends HttpStatusInfo {
  /** What the status means in general. */
  meaning: Localized;
  /** What it usually means at LLM APIs, and the traps. */
  llm: Localized;
}

/** `/api/errors.json`: the whole catalog. */
export interface CatalogDocument {
  schemaVersion: 1;
  /**
   * When the site was built (ISO 8601 date and time, UTC).
   * @pattern ^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$
   */
  generated: string;
  /** Absolute URL of the site root (with its base path). */
  site: string;
  entries: CatalogEntry[];
  providers: CatalogProvider[];
  /** Every HTTP status the catalog describes. */
  statuses: CatalogStatus[];
}

/** `/api/errors/<slug>.json`: one entry. */
export interface CatalogEntryDocument {
  schemaVersion: 1;
  entry: CatalogEntry;
}
