/**
 * Which API answered: evidence for each provider from the body's envelope, the address, model
 * names, the provider's name and its request-id header; then, once an entry is chosen, the one
 * provider the page names.
 */
import type { ProviderId } from '../../catalog/types.ts';
import type { Envelope } from './envelope.ts';
import type { Candidate, DiagnoseIndex, Diagnosis, IndexEntry, Reason } from './types.ts';
import { escapeRegExp, field, lower } from './text.ts';

export type ProviderEvidence = Map<ProviderId, Reason[]>;

/** The `code` values of the gateway’s unified envelope (the `gateway` provider of src/catalog). */
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

export function providerEvidence(
  text: string,
  index: DiagnoseIndex,
  fields: Diagnosis['fields'],
  types: string[],
  envelope: Envelope | null,
): ProviderEvidence {
  const haystack = lower(text);
  // OpenRouter lists the providers it could or was asked to route to (`available_providers`,
  // `requested_providers`): names in those lists are not the API that answered.
  const named = text.replace(/["'](?:available|requested|ignored|allowed)_providers["']\s*:\s*\[[^\]]*\]/g, '');
  const evidence: ProviderEvidence = new Map();
  const note = (id: ProviderId, reason: Reason) => evidence.set(id, [...(evidence.get(id) ?? []), reason]);
  if (field(text, 'request_id') && fields.code && gatewayCodes.has(fields.code)) {
    note('gateway', { key: 'envelope-gateway', value: fields.code });
  }
  // DeepSeek puts the category `invalid_request_error` in `code`, where OpenAI puts a specific code.
  if (fields.code === 'invalid_request_error') note('deepseek', { key: 'envelope-deepseek', value: types[0] ?? '-' });
  // An envelope that only one API uses names the API that answered, and rules out every other
  // provider's HTTP entries. OpenRouter comes first: it wraps the upstream provider's own body in
  // `metadata.raw`, and the outer layer is the one that answered.
  if (envelope && index.providers.some((p) => p.id === envelope.provider))
    note(envelope.provider as ProviderId, { key: envelope.key, value: envelope.value });
  for (const p of index.providers) {
    for (const host of p.hosts) if (haystack.includes(lower(host))) note(p.id, { key: 'host', value: host });
    for (const prefix of p.modelPrefixes) {
      const model = haystack.match(new RegExp(`(?<![\\w-])(${escapeRegExp(prefix)}[\\w.-]*)`));
      if (model) {
        note(p.id, { key: 'model', value: model[1]! });
        break;
      }
    }
    // The provider named in the text (`DeepseekException`, "deepseek 429"); not OpenAI, whose
    // name is in every SDK class whatever the API behind it, and not a package path or class prefix
    // (`groq.RateLimitError`, `site-packages/groq/`): an SDK class alone names its class entry.
    if (p.id !== 'openai' && p.id !== 'gateway' && new RegExp(`\\b${p.id}(?![./\\\\])`, 'i').test(named))
      note(p.id, { key: 'provider', value: p.id });
    if (p.requestIdHeader && new RegExp(`(?:^|\\s|<)${p.requestIdHeader}\\s*:`, 'im').test(text)) {
      note(p.id, { key: 'header', value: p.requestIdHeader });
    }
  }
  // A request-id header or a model name alone is weak: other APIs send `x-request-id` too, and
  // open-weight models (gpt-oss) are served by many. When the address, the envelope or the
  // provider's name says who answered, guesses resting only on those drop.
  const weak = (r: Reason) => r.key === 'header' || r.key === 'model';
  const strong = [...evidence.values()].some((reasons) => reasons.some((r) => !weak(r)));
  if (strong) for (const [id, reasons] of evidence) if (reasons.every(weak)) evidence.delete(id);
  return evidence;
}

/** Exactly one provider recognized by its address (other guesses may rest on shared shapes). */
export function hostOnly(evidence: ProviderEvidence): ProviderId | undefined {
  const hosted = [...evidence].filter(([, reasons]) => reasons.some((r) => r.key === 'host'));
  return hosted.length === 1 ? hosted[0]![0] : undefined;
}

/**
 * The provider the page names: the best entry's when it was recognised, else the strongest signal.
 * An API entry matched on its own codes or messages names its provider too; a provider's own SDK
 * class (google.genai, groq, mistralai) names it; the openai SDKs do not.
 */
export function chooseProvider(
  evidence: ProviderEvidence,
  best: Candidate | null,
  bestEntry: IndexEntry | undefined,
): Diagnosis['provider'] {
  if (best && bestEntry && !evidence.has(bestEntry.provider)) {
    const keys =
      bestEntry.http !== null ? ['code', 'message', 'name'] : bestEntry.provider === 'openai' ? [] : ['sdk-class'];
    const own = best.reasons.filter((r) => keys.includes(r.key));
    if (own.length) evidence.set(bestEntry.provider, own);
  }
  const ranked = [...evidence.entries()].sort((a, b) => b[1].length - a[1].length);
  const id = bestEntry && evidence.has(bestEntry.provider) ? bestEntry.provider : ranked[0]?.[0];
  return id ? { id, reasons: evidence.get(id)! } : null;
}
