/**
 * The hops of the answer, outermost first, and which one failed. The hops the layer modules found
 * come first; then the provider: the one the other steps recognized, else the one a hop names,
 * else an unnamed upstream when a hop says the failure is further in, or a status came back
 * through the hops. The failed hop is the innermost one that reports its own failure, else the hop
 * after the innermost one that blames the next hop, else the provider.
 */
import type { ProviderId } from '../../../catalog/types.ts';
import type { Layer } from '../types.ts';
import type { LayerHit } from './types.ts';
import { kindOrder } from './index.ts';

/** Catalog providers that are gateways in front of other providers. */
const gateways = new Set<ProviderId>(['openrouter', 'gateway']);

export interface ComposeInput {
  hits: LayerHit[];
  /** The provider the other steps recognized, and the first thing that showed it. */
  provider: ProviderId | null;
  providerEvidence?: string;
  status: number | null;
  /** The named entry and its provider. */
  best: { slug: string; provider: ProviderId } | null;
  /** The entry read from the body a hop carried whole (OpenRouter's `metadata.raw`). */
  innerEntry: string | null;
}

export function composeLayers(input: ComposeInput): { layers: Layer[]; failedLayer: number | null } {
  const { hits, provider, status, best } = input;
  const layers: Layer[] = hits.map((h) => ({
    kind: h.kind,
    id: h.id,
    name: h.name,
    evidence: h.evidence,
    ...(h.status !== undefined ? { status: h.status } : {}),
    ...(h.note ? { note: h.note } : {}),
  }));
  const has = (id: string) => layers.some((l) => l.id === id);
  const addProvider = (id: ProviderId, name: string | null, evidence: string) => {
    if (!has(id)) layers.push({ kind: gateways.has(id) ? 'gateway' : 'provider', id, name, provider: id, evidence });
  };
  if (provider) addProvider(provider, null, input.providerEvidence ?? provider);
  const named = [...hits].reverse().find((h) => h.upstream);
  if (named?.upstream?.provider) addProvider(named.upstream.provider, named.upstream.name, named.evidence);
  const reaches = layers.some((l) => l.kind === 'provider');
  const blamesNext = hits.some((h) => h.failed === 'next');
  const ownFailure = hits.some((h) => h.failed === 'self');
  if (!reaches && hits.length && (blamesNext || (status !== null && status >= 400 && !ownFailure)))
    layers.push({
      kind: 'provider',
      id: 'upstream',
      name: named?.upstream && !named.upstream.provider ? named.upstream.name : null,
      evidence: named?.evidence ?? '',
    });
  layers.sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind]);

  const self = [...hits].reverse().find((h) => h.failed === 'self');
  const next = [...hits].reverse().find((h) => h.failed === 'next');
  let failed: number | null = null;
  if (self) failed = layers.findIndex((l) => l.id === self.id);
  else if (next) {
    const at = layers.findIndex((l) => l.id === next.id);
    failed = at + 1 < layers.length ? at + 1 : at;
  } else if (layers.length && ['provider', 'gateway'].includes(layers[layers.length - 1]!.kind))
    failed = layers.length - 1;

  if (failed !== null) {
    const hop = layers[failed]!;
    const carrier = failed > 0 ? hits.find((h) => h.id === layers[failed! - 1]!.id && h.inner) : undefined;
    const entry = carrier ? input.innerEntry : best && (hop.provider ?? hop.id) === best.provider ? best.slug : null;
    if (entry) hop.entry = entry;
  }
  return { layers, failedLayer: failed };
}
