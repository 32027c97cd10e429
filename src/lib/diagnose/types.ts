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
  }[];
  statuses: { status: number; cls: FailureClass | null }[];
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
