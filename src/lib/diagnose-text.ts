/**
 * The words of a diagnosis, as plain strings, for the page (src/lib/diagnose-ui.ts puts them in
 * the DOM with `textContent`) and for the ticket summary. Kept apart from the DOM so the unit tests
 * can check them: whatever was pasted comes back as text, never as markup.
 */
import type { Diagnosis, Layer } from './diagnose/index.ts';

export type Strings = Record<string, string>;

export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** A hop's name: the catalog's name for a provider in this language, else the name as written. */
export function layerName(layer: Layer, s: Strings, providers: Record<string, string>): string {
  if (layer.provider && providers[layer.provider]) return providers[layer.provider]!;
  return layer.name ?? s['diagnose.layerUnnamed']!;
}

/** One hop as a line: its name and kind, whether it failed, and what it says about the failure. */
export function layerLine(d: Diagnosis, i: number, s: Strings, providers: Record<string, string>): string {
  const layer = d.layers[i]!;
  const name = layerName(layer, s, providers);
  const parts = [`${name} (${s[`diagnose.layerKind.${layer.kind}`] ?? layer.kind})`];
  if (d.failedLayer === i) parts.push(s['diagnose.layerFailed']!);
  if (layer.note) parts.push(fill(s[`diagnose.hop.${layer.note}`] ?? layer.note, { name }));
  return parts.join(' — ');
}

/** The hops in one line, outermost first, the failed one marked (for the ticket summary). */
export function pathLine(d: Diagnosis, s: Strings, providers: Record<string, string>): string | null {
  if (!d.layers.length) return null;
  return d.layers
    .map((l, i) => `${layerName(l, s, providers)}${d.failedLayer === i ? ` (${s['diagnose.layerFailed']})` : ''}`)
    .join(' → ');
}

/** Why the verdict: the reason when it says more than the class, else the verdict's own sentence. */
export function verdictLine(d: Diagnosis, s: Strings): string {
  const why =
    d.verdictReason === 'class'
      ? s[`diagnose.verdictWhy.${d.verdict}`]
      : s[`diagnose.verdictReason.${d.verdictReason}`];
  return `${s[`diagnose.verdict.${d.verdict}`]} — ${why}`;
}
