/**
 * What a layer module reports. A layer module recognizes one hop between the caller and the
 * model (a client UI, a wrapper library, a relay, a gateway, a CDN) by the words it puts around
 * the provider's answer, and says what those words mean: which words are its own (hidden from the
 * matching of the provider's error), which provider it names as the next hop, what it carries from
 * that hop, and whether the failure is its own or the next hop's.
 */
import type { FailureClass, ProviderId } from '../../../catalog/types.ts';
import type { DiagnoseIndex, HopNote, LayerKind } from '../types.ts';

export interface LayerHit {
  kind: LayerKind;
  id: string;
  /** The product's name, as its makers write it. */
  name: string;
  /** The words that show this hop. */
  evidence: string;
  /** Where they are in the text (hops of the same kind are ordered by it). */
  at: number;
  /** This hop's own words: hidden from the matching, so they are not read as the provider's. */
  own?: string[];
  /** The next hop, when this one names it. */
  upstream?: { name: string; provider?: ProviderId };
  /** The next hop's body, when this one carries it whole (OpenRouter's `metadata.raw`). */
  inner?: string;
  /** A status this hop states for the failure where the text states none elsewhere. */
  status?: number;
  /** Whose failure this hop reports: its own, or the next hop's. */
  failed?: 'self' | 'next';
  note?: HopNote;
  /** The failure class this hop's words establish, where they do (a relay's own quota is billing). */
  cls?: FailureClass;
}

export interface LayerReader {
  /** The hop id it reports (a module may report one of several, e.g. `cloudflare` or `nginx`). */
  ids: string[];
  read(text: string, index: DiagnoseIndex): LayerHit | null;
}

/** Where a regular expression first matches, with what it matched; null when it does not. */
export function find(text: string, re: RegExp): { at: number; match: string; groups: string[] } | null {
  const m = re.exec(text);
  return m ? { at: m.index, match: m[0], groups: m.slice(1) } : null;
}
