/**
 * The budgets of `npm run bench` (issue 15): every one a ratio to, or a margin over, the stock
 * Starlight baseline measured in the same run, so a noisy machine moves both sides together.
 */
import type { LighthouseResult } from './lighthouse.ts';

export const budgets = {
  /** Cold-load bytes, ours over the baseline's. */
  bytesRatio: 1.1,
  /** Requests of a cold load beyond the baseline's. */
  extraRequests: 2,
  lcpRatio: 1.05,
  /** Total blocking time beyond the baseline's, ms. */
  extraTbtMs: 20,
  cls: 0,
  /** Pagefind bytes to the first result, ours over the baseline's, same query. */
  searchBytesRatio: 1.0,
  /** Time to the first result, ours over the baseline's. */
  searchTimeRatio: 1.05,
  /** Quick lookup, per keystroke (p95) at the 10× catalog, ms. */
  lookupP95Ms: 16,
  /** Entry page HTML at 10× minus at 1×, gzip bytes. */
  entryHtmlGrowthBytes: 2048,
};

export interface Row {
  page: string;
  figure: string;
  ours: number | string;
  baseline: number | string;
  /** ours / baseline, or ours − baseline for margins. */
  ratio: string;
  budget: string;
  ok: boolean;
}

const r2 = (n: number) => Math.round(n * 100) / 100;
const ratio = (a: number, b: number) => (b ? `${r2(a / b)}×` : '—');

/** The side-by-side rows of one page pair (medians of the runs), with each budget's verdict. */
export function lighthouseRows(page: string, ours: LighthouseResult, base: LighthouseResult): Row[] {
  const device = ours.formFactor;
  const rows: Row[] = [];
  const row = (figure: string, o: number, b: number, shown: string, budget: string, ok: boolean) =>
    rows.push({ page: `${page} (${device})`, figure, ours: o, baseline: b, ratio: shown, budget, ok });
  if (device === 'mobile') {
    row(
      'KB cold',
      ours.transferKB,
      base.transferKB,
      ratio(ours.transferKB, base.transferKB),
      `≤ ${budgets.bytesRatio}×`,
      ours.transferKB <= budgets.bytesRatio * base.transferKB,
    );
    row(
      'requests',
      ours.requests,
      base.requests,
      `+${ours.requests - base.requests}`,
      `≤ +${budgets.extraRequests}`,
      ours.requests <= base.requests + budgets.extraRequests,
    );
    row(
      'LCP ms',
      ours.lcpMs,
      base.lcpMs,
      ratio(ours.lcpMs, base.lcpMs),
      `≤ ${budgets.lcpRatio}×`,
      ours.lcpMs <= budgets.lcpRatio * base.lcpMs,
    );
    row(
      'TBT ms',
      ours.tbtMs,
      base.tbtMs,
      `+${ours.tbtMs - base.tbtMs}`,
      `≤ +${budgets.extraTbtMs}`,
      ours.tbtMs <= base.tbtMs + budgets.extraTbtMs,
    );
  }
  row('CLS', ours.cls, base.cls, '', `= ${budgets.cls}`, ours.cls <= budgets.cls);
  for (const category of ['performance', 'accessibility', 'best-practices', 'seo'] as const) {
    const [o, b] = [ours.scores[category], base.scores[category]];
    row(category, o, b, '', b === 100 ? '100' : `≥ ${b} (baseline < 100)`, b === 100 ? o === 100 : o >= b);
  }
  return rows;
}

export function searchRows(label: string, ours: { kb: number; ms: number }, base: { kb: number; ms: number }): Row[] {
  return [
    {
      page: label,
      figure: 'KB to first result',
      ours: r2(ours.kb),
      baseline: r2(base.kb),
      ratio: ratio(ours.kb, base.kb),
      budget: `≤ ${budgets.searchBytesRatio}×`,
      ok: ours.kb <= budgets.searchBytesRatio * base.kb,
    },
    {
      page: label,
      figure: 'ms to first result',
      ours: Math.round(ours.ms),
      baseline: Math.round(base.ms),
      ratio: ratio(ours.ms, base.ms),
      budget: `≤ ${budgets.searchTimeRatio}×`,
      ok: ours.ms <= budgets.searchTimeRatio * base.ms,
    },
  ];
}
