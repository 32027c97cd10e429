/**
 * Step 5: the failure class and whether to retry. The class of the named entry decides; without
 * one, the status's usual class (a bare 429 stays "unknown": only the body tells a rate limit from
 * an exhausted quota).
 */
import type { FailureClass } from '../../catalog/types.ts';
import type { DiagnoseIndex, Diagnosis, IndexEntry, Verdict } from './types.ts';

export interface VerdictInput {
  status: number | null;
  bestEntry: IndexEntry | undefined;
  wait: Diagnosis['wait'];
}

export function decideVerdict(
  input: VerdictInput,
  index: DiagnoseIndex,
): { cls: FailureClass | null; retryable: Diagnosis['retryable']; verdict: Verdict } {
  const { status, bestEntry, wait } = input;
  const cls =
    bestEntry?.cls ?? (status !== null ? (index.statuses.find((s) => s.status === status)?.cls ?? null) : null);
  const retryable: Diagnosis['retryable'] = bestEntry
    ? bestEntry.retryable
    : cls === null || cls === 'rate-limit'
      ? 'unknown'
      : !['request', 'auth', 'billing'].includes(cls);
  const verdict: Verdict =
    retryable === 'unknown'
      ? 'unknown'
      : !retryable
        ? 'do-not-retry'
        : wait || cls === 'rate-limit' || cls === 'overload'
          ? 'retry-after-wait'
          : 'retry';
  return { cls, retryable, verdict };
}
