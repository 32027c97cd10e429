/**
 * The diagnose tool's parser: reads whatever a person pasted about a failed call (a status line, a
 * JSON body, a Python repr, an SDK traceback, a log line, an HTTP response with headers, a client
 * UI's message, Chinese text) and ranks the catalog entries that fit, with the reason for each.
 * Plain TypeScript with no DOM use; the same code runs in the browser and in the unit tests. It
 * never throws on any input.
 *
 * A pipeline of small steps, each in its own module and tested on its own:
 *   prepare (clean the text)
 *   → layers (find the hops: client UI, wrapper, relay, gateway, CDN; hide their own words)
 *   → status, envelope, fields (read the provider's body)
 *   → provider evidence → match (score entries) → rank (name one, or none)
 *   → compose (order the hops, find the one that failed) → verdict (retry or not, and why).
 */
import type { ProviderId } from '../../catalog/types.ts';
import type { Diagnosis, DiagnoseIndex } from './types.ts';
import type { LayerHit } from './layers/types.ts';
import { findEnvelope } from './envelope.ts';
import { readFields } from './fields.ts';
import { composeLayers } from './layers/compose.ts';
import { findLayers } from './layers/index.ts';
import { scoreEntries } from './match.ts';
import { prepare } from './prepare.ts';
import { type ProviderEvidence, chooseProvider, hostOnly, providerEvidence } from './provider.ts';
import { rank, type Ranking } from './rank.ts';
import { findRequestId } from './request-id.ts';
import { isCutOff } from './shapes/cut-off.ts';
import { findStatus, statusFromReason } from './status.ts';
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

interface Reading extends Ranking {
  fields: Diagnosis['fields'];
  providers: ProviderEvidence;
}

/** Steps 2–4 on one body: read its fields and name the entry that fits. */
function read(text: string, status: number | null, index: DiagnoseIndex, hits: LayerHit[]): Reading {
  const relayWords = hits.some(
    (h) => h.kind === 'relay' && (h.failed === 'self' || h.note === 'upstream-429-rewritten'),
  );
  const envelope = findEnvelope(text);
  const { fields, types } = readFields(text, envelope);
  const providers = providerEvidence(text, index, fields, types, envelope);
  // A provider a hop names (LiteLLM's `AnthropicException`, Portkey's `provider`) is evidence too.
  for (const h of hits) {
    const id = h.upstream?.provider;
    if (id && index.providers.some((p) => p.id === id) && !providers.has(id))
      providers.set(id, [{ key: 'layer', value: h.upstream!.name }]);
  }
  const scored = scoreEntries(
    { text, status, fields, types, envelope, providers, hostOnly: hostOnly(providers) },
    index,
  );
  return { ...rank(scored, index, { status, relayWords, text }), fields, providers };
}

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
  if (isCutOff(text)) notices.push('cut-off');

  const known = new Set(index.statuses.map((s) => s.status));
  const { hits, matchText } = findLayers(text, index);
  const hopStatus = [...hits].reverse().find((h) => h.status !== undefined)?.status ?? null;
  const status = findStatus(matchText, known) ?? hopStatus ?? statusFromReason(matchText);
  const { fields, providers, candidates, best, bestEntry } = read(matchText, status, index, hits);
  // The body a hop carried whole (OpenRouter's `metadata.raw`) is read on its own: the upstream's error.
  const inner = hits.find((h) => h.inner)?.inner;
  const innerEntry = inner ? (read(inner, findStatus(inner, known), index, []).best?.slug ?? null) : null;
  const provider = chooseProvider(providers, best, bestEntry);
  const { layers, failedLayer } = composeLayers({
    hits,
    provider: (provider?.id as ProviderId | undefined) ?? null,
    providerEvidence: provider?.reasons[0]?.value,
    status,
    best: best && bestEntry ? { slug: best.slug, provider: bestEntry.provider } : null,
    innerEntry,
  });
  const wait = findWait(text);
  const verdict = decideVerdict({ status, bestEntry, wait, hits, text: matchText }, index);
  const requestIdHeaders = index.providers.flatMap((p) => (p.requestIdHeader ? [p.requestIdHeader] : []));

  return {
    ...empty,
    status,
    fields,
    provider,
    requestId: findRequestId(text, requestIdHeaders),
    wait,
    candidates,
    best,
    ...verdict,
    layers,
    failedLayer,
  };
}
