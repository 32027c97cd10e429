import type { FailureClass } from './types.ts';

/** Whose side a failure is on. Derived from the failure class, never stored per entry. */
export const faults = ['caller', 'account', 'traffic', 'provider', 'network'] as const;
export type Fault = (typeof faults)[number];

/** How to react, in one word: the retry verdicts of the failure classes table in the README. */
export const retryVerdicts = ['no', 'paced', 'after-wait', 'bounded'] as const;
export type RetryVerdict = (typeof retryVerdicts)[number];

/**
 * The facts of a triage bucket. Its label, meaning and policy are UI strings
 * (`class.<class>.label|meaning|policy` in src/content/i18n/), like the fault and verdict labels.
 */
export interface ClassInfo {
  retryable: boolean;
  verdict: RetryVerdict;
  fault: Fault;
}

export const classInfo: Record<FailureClass, ClassInfo> = {
  request: { retryable: false, verdict: 'no', fault: 'caller' },
  auth: { retryable: false, verdict: 'no', fault: 'account' },
  billing: { retryable: false, verdict: 'no', fault: 'account' },
  'rate-limit': { retryable: true, verdict: 'paced', fault: 'traffic' },
  overload: { retryable: true, verdict: 'after-wait', fault: 'provider' },
  server: { retryable: true, verdict: 'bounded', fault: 'provider' },
  network: { retryable: true, verdict: 'bounded', fault: 'network' },
};

/**
 * The failure class a bare HTTP status usually means when nothing else is known (RFC 9110 semantics
 * as LLM APIs use them). 429 is `rate-limit` here, but only the body can rule out an exhausted quota.
 */
export function classForStatus(status: number): FailureClass | null {
  if ([400, 404, 405, 409, 413, 415, 422].includes(status)) return 'request';
  if ([401, 403].includes(status)) return 'auth';
  if (status === 402) return 'billing';
  if (status === 408) return 'network';
  if (status === 429) return 'rate-limit';
  if ([503, 529].includes(status)) return 'overload';
  if (status >= 500 && status <= 599) return 'server';
  return null;
}
