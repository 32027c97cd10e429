/**
 * Figures for a set of diagnose fixtures: the share of correct entries, classes and retry verdicts,
 * grouped (per provider, per shape, per hop) and printed as one report. Shared by the rule fixtures
 * (tests/unit/diagnose.test.ts) and the held-out real pastes (tests/unit/diagnose-real-pastes.test.ts).
 */
import type { DiagnoseFixture } from '../fixtures/diagnose-fixtures.ts';

export interface Tally {
  total: number;
  entry: number;
  cls: number;
  verdicts: number;
  verdict: number;
  /** Inputs the tool answered "unknown" for. */
  unknown: number;
}

export const tally = (): Tally => ({ total: 0, entry: 0, cls: 0, verdicts: 0, verdict: 0, unknown: 0 });

/** The tally for `key`, created on first use. */
export const count = (map: Map<string, Tally>, key: string): Tally => map.get(key) ?? map.set(key, tally()).get(key)!;

export interface Outcome {
  entry: boolean;
  cls: boolean;
  /** Undefined where no verdict is expected. */
  verdict: boolean | undefined;
  unknown: boolean;
}

export function add(t: Tally, o: Outcome): void {
  t.total++;
  if (o.entry) t.entry++;
  if (o.cls) t.cls++;
  if (o.unknown) t.unknown++;
  if (o.verdict !== undefined) {
    t.verdicts++;
    if (o.verdict) t.verdict++;
  }
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)}%` : '-');

export const line = (t: Tally): string =>
  `${t.total} inputs; correct entry ${pct(t.entry, t.total)}, class ${pct(t.cls, t.total)}, retry verdict ${pct(t.verdict, t.verdicts)} of ${t.verdicts}, "unknown" ${pct(t.unknown, t.total)}`;

export const table = (title: string, map: Map<string, Tally>): string =>
  [
    `${title}:`,
    ...[...map].sort((a, b) => b[1].total - a[1].total).map(([k, t]) => `  ${k.padEnd(22)} ${line(t)}`),
  ].join('\n');

/**
 * The shape of a fixture's text, for the figures: the fixture's own `shape` when it names one,
 * else a rough reading of the input made here, independently of the tool (so the tool does not
 * grade its own reading).
 */
export function shapeOf(f: DiagnoseFixture): string {
  if (f.shape) return f.shape;
  const t = f.input;
  if (/<html|<!DOCTYPE/i.test(t)) return 'html page';
  if (/Traceback \(most recent call last\)/.test(t)) return 'python traceback';
  if (/^\s*at .+:\d+:\d+\)?$/m.test(t)) return 'node stack';
  if (/^HTTP\/[\d.]+ \d{3}/m.test(t)) return 'http response';
  if (/^\s*[{[]/.test(t)) return 'json body';
  if (/\{'\w+': /.test(t)) return 'python repr';
  if (/[\u4e00-\u9fff]/.test(t)) return 'chinese text';
  if (/^[\w.]*(?:Error|Exception)\b/.test(t.trim()) && !t.includes('{')) return 'sdk class line';
  return 'log or message line';
}
