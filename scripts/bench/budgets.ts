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

/** A figure that must stay within `limit` times the baseline's. */
export const ratioRow = (page: string, figure: string, ours: number, base: number, limit: number): Row => ({
  page,
  figure,
  ours,
  baseline: base,
  ratio: ratio(ours, base),
  budget: `≤ ${limit}×`,
  ok: ours <= limit * base,
});

/** A figure that may exceed the baseline's by at most `margin`. */
export const marginRow = (page: string, figure: string, ours: number, base: number, margin: number): Row => ({
  page,
  figure,
  ours,
  baseline: base,
  ratio: `${ours - base >= 0 ? '+' : ''}${ours - base}`,
  budget: `≤ +${margin}`,
  ok: ours <= base + margin,
});

/** The side-by-side rows of one page pair (medians of the runs), with each budget's verdict. */
export function lighthouseRows(page: string, ours: LighthouseResult, base: LighthouseResult): Row[] {
  const where = `${page} (${ours.formFactor})`;
  const rows: Row[] =
    ours.formFactor === 'mobile'
      ? [
          ratioRow(where, 'KB cold', ours.transferKB, base.transferKB, budgets.bytesRatio),
          marginRow(where, 'requests', ours.requests, base.requests, budgets.extraRequests),
          ratioRow(where, 'LCP ms', ours.lcpMs, base.lcpMs, budgets.lcpRatio),
          marginRow(where, 'TBT ms', ours.tbtMs, base.tbtMs, budgets.extraTbtMs),
        ]
      : [];
  const row = (figure: string, o: number, b: number, budget: string, ok: boolean) =>
    rows.push({ page: where, figure, ours: o, baseline: b, ratio: '', budget, ok });
  row('CLS', ours.cls, base.cls, `= ${budgets.cls}`, ours.cls <= budgets.cls);
  for (const category of ['performance', 'accessibility', 'best-practices', 'seo'] as const) {
    const [o, b] = [ours.scores[category], base.scores[category]];
    row(category, o, b, b === 100 ? '100' : `≥ ${b} (baseline < 100)`, b === 100 ? o === 100 : o >= b);
  }
  return rows;
}

export const searchRows = (
  label: string,
  ours: { kb: number; ms: number },
  base: { kb: number; ms: number },
): Row[] => [
  ratioRow(label, 'KB to first result', r2(ours.kb), r2(base.kb), budgets.searchBytesRatio),
  ratioRow(label, 'ms to first result', Math.round(ours.ms), Math.round(base.ms), budgets.searchTimeRatio),
];
