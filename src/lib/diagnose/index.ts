/**
 * The diagnose tool's parser: reads whatever a person pasted about a failed call (a status line, a
 * JSON body, a Python repr, an SDK traceback, a log line, an HTTP response with headers, Chinese
 * text) and ranks the catalog entries that fit, with the reason for each. Plain TypeScript with no
 * DOM use; the same code runs in the browser and in the unit tests. It never throws on any input.
 *
 * A pipeline of small steps, each in its own module and tested on its own:
 * prepare → status, envelope, fields → provider evidence → match → rank → verdict.
 */
import type { Diagnosis, DiagnoseIndex } from './types.ts';
import { findEnvelope } from './envelope.ts';
import { readFields } from './fields.ts';
import { scoreEntries } from './match.ts';
import { prepare } from './prepare.ts';
import { chooseProvider, hostOnly, providerEvidence } from './provider.ts';
import { rank } from './rank.ts';
import { findRequestId } from './request-id.ts';
import { findStatus } from './status.ts';
import { decideVerdict } from './verdict.ts';
import { findWait } from './wait.ts';

export type {
  Candidate,
  Diagnosis,
  DiagnoseIndex,
  HopNote,
  IndexEntry,
  Layer,
  LayerKind,
  Reason,
  Verdict,
  VerdictReason,
} from './types.ts';
export { MAX_INPUT } from './prepare.ts';
export { findStatus } from './status.ts';

export function diagnose(input: string, index: DiagnoseIndex): Diagnosis {
  const { text, notices } = prepare(input);
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
    verdictReason: 'class',
    layers: [],
    failedLayer: null,
  };
  if (!text.trim()) return { ...empty, notices: [...notices, 'empty'] };

  const status = findStatus(text, new Set(index.statuses.map((s) => s.status)));
  const envelope = findEnvelope(text);
  const { fields, types } = readFields(text, envelope);
  const providers = providerEvidence(text, index, fields, types, envelope);
  const scored = scoreEntries(
    { text, status, fields, types, envelope, providers, hostOnly: hostOnly(providers) },
    index,
  );
  const { candidates, best, bestEntry } = rank(scored, index);
  const wait = findWait(text);
  const { cls, retryable, verdict } = decideVerdict({ status, bestEntry, wait }, index);
  const requestIdHeaders = index.providers.flatMap((p) => (p.requestIdHeader ? [p.requestIdHeader] : []));

  return {
    ...empty,
    status,
    fields,
    provider: chooseProvider(providers, best, bestEntry),
    requestId: findRequestId(text, requestIdHeaders),
    wait,
    candidates,
    best,
    cls,
    retryable,
    verdict,
  };
}
