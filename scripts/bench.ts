/**
 * `npm run bench`: measures our site against a stock Starlight site with the same text, built and
 * measured in the same run with the same harness (scripts/bench/baseline.ts), and checks every
 * budget as a ratio to that baseline (scripts/bench/budgets.ts): Lighthouse on mobile (median of
 * N runs per page, ours and the baseline alternating) and desktop, the first full-text search in
 * both languages, the quick lookup, and how the build grows with a 10× synthetic catalog.
 * Prints one side-by-side table, writes bench-results/bench.json, exits non-zero on a missed budget.
 *
 *   node scripts/bench.ts [--no-build] [--no-lighthouse] [--no-scale] [--runs N] [--100x]
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBaseline } from './bench/baseline.ts';
import { budgets, lighthouseRows, marginRow, ratioRow, searchRows, type Row } from './bench/budgets.ts';
import { median, runLighthouse, type LighthouseResult } from './bench/lighthouse.ts';
import { measureScale } from './bench/scale.ts';
import { firstSearch, quickLookup, type FirstSearch } from './bench/search.ts';
import { serveDist } from './serve-dist.ts';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const flag = (name: string) => process.argv.includes(name);
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;

/** Our templates, each with a baseline page of the same text at the same path. */
const pages = {
  entry: '/errors/deepseek-402/',
  'entry (zh)': '/zh-cn/errors/deepseek-402/',
  hub: '/status/429/',
  provider: '/providers/openai/',
  meaning: '/problems/out-of-balance/',
  table: '/errors/',
  home: '/',
  'home (zh)': '/zh-cn/',
};
/** Queries typed into Starlight's search on a cold home page, one character at a time. */
const searches = [
  { home: '/', query: 'insufficient_quota' },
  { home: '/', query: '429' },
  { home: '/', query: 'RateLimitError' },
  { home: '/zh-cn/', query: '余额不足' },
  { home: '/zh-cn/', query: '429' },
];

const middle = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)] ?? NaN;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

if (!flag('--no-build') || !existsSync(dist)) {
  console.log('Building the site…');
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
console.log('Building the stock Starlight baseline…');
const baselineDist = buildBaseline(
  root,
  dist,
  Object.values(pages).map((p) => ({ ours: p, baseline: p })),
);

const ours = await serveDist(dist);
const base = await serveDist(baselineDist);
const rows: Row[] = [];
const lighthouse: Record<string, { ours: LighthouseResult; baseline: LighthouseResult }> = {};

if (!flag('--no-lighthouse')) {
  for (const device of ['mobile', 'desktop'] as const) {
    const rounds = device === 'mobile' ? runs : 1;
    const results: LighthouseResult[] = [];
    for (let round = 0; round < rounds; round++) {
      console.log(`Lighthouse ${device}, round ${round + 1} of ${rounds}…`);
      // Ours and the baseline alternate page by page, and swap who goes first every round.
      const urls = Object.values(pages).flatMap((p) =>
        round % 2 ? [base.origin + p, ours.origin + p] : [ours.origin + p, base.origin + p],
      );
      results.push(...(await runLighthouse(urls, device)));
    }
    for (const [name, path] of Object.entries(pages)) {
      const pick = (origin: string) => median(results.filter((r) => r.url === origin + path));
      const pair = { ours: pick(ours.origin), baseline: pick(base.origin) };
      lighthouse[`${name} ${device}`] = pair;
      rows.push(...lighthouseRows(name, pair.ours, pair.baseline));
    }
  }
}

const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const searchFigures: { query: string; ours: FirstSearch; baseline: FirstSearch }[] = [];
for (const { home, query } of searches) {
  console.log(`First search for "${query}"…`);
  const o: FirstSearch[] = [];
  const b: FirstSearch[] = [];
  for (let run = 0; run < runs; run++) {
    o.push(await firstSearch(browser, ours.origin, home, query));
    b.push(await firstSearch(browser, base.origin, home, query));
  }
  const pick = (list: FirstSearch[]) => ({ kb: middle(list.map((s) => s.kb)), ms: middle(list.map((s) => s.ms)) });
  const pair = { query, ours: pick(o), baseline: pick(b) };
  searchFigures.push(pair);
  rows.push(...searchRows(`search "${query}"`, pair.ours, pair.baseline));
}
const lookup1 = await quickLookup(browser, ours.origin);
ours.server.close();
base.server.close();

const scaling = [];
if (!flag('--no-scale')) {
  for (const scale of flag('--100x') ? [1, 10, 100] : [1, 10]) {
    console.log(`Building a ${scale}× catalog in .bench-tmp/…`);
    scaling.push(
      await measureScale(root, scale, async (scaledDist) => {
        const served = await serveDist(scaledDist);
        const figures = await quickLookup(browser, served.origin);
        served.server.close();
        return figures;
      }),
    );
  }
}
await browser.close();

const lookupRow = (label: string, f: typeof lookup1, kb: number | string) => {
  const p95 = round(percentile(f.keystrokes, 95), 3);
  rows.push(
    {
      page: label,
      figure: 'lookup p95 ms/keystroke',
      ours: p95,
      baseline: '—',
      ratio: '',
      budget: `< ${budgets.lookupP95Ms}`,
      ok: p95 < budgets.lookupP95Ms,
    },
    { page: label, figure: 'lookup index KB (gzip)', ours: kb, baseline: '—', ratio: '', budget: 'report', ok: true },
    {
      page: label,
      figure: 'lookup index requests before / on focus',
      ours: `${f.fetchedBeforeFocus} / ${f.fetchedOnFocus}`,
      baseline: '—',
      ratio: '',
      budget: '0 / 1',
      ok: f.fetchedBeforeFocus === 0 && f.fetchedOnFocus === 1,
    },
  );
};
lookupRow('quick lookup 1×', lookup1, scaling[0]?.lookupKB ?? '—');
const one = scaling.find((s) => s.scale === 1);
for (const s of scaling.filter((s) => s.scale > 1)) {
  lookupRow(`quick lookup ${s.scale}×`, s.measured!, s.lookupKB);
  if (!one) continue;
  const perPage = (x: typeof s) => ({ seconds: x.buildSeconds / x.pages, mb: x.distMB / x.pages });
  const [a, b] = [perPage(one), perPage(s)];
  rows.push(
    ratioRow(`build ${s.scale}× vs 1×`, 'build ms per page', round(b.seconds * 1000, 1), round(a.seconds * 1000, 1), 1),
    ratioRow(`build ${s.scale}× vs 1×`, 'dist KB per page', round(b.mb * 1024, 1), round(a.mb * 1024, 1), 1),
    marginRow(
      `build ${s.scale}× vs 1×`,
      'entry HTML bytes (gzip)',
      s.entryPageGzipBytes,
      one.entryPageGzipBytes,
      budgets.entryHtmlGrowthBytes,
    ),
  );
}

// "baseline" is the stock Starlight page of the same text; for the scale rows, the 1× catalog.
console.log('\nOurs against stock Starlight with the same text, same run (medians)');
console.table(rows.map((r) => ({ ...r, ok: r.ok ? 'ok' : 'MISSED' })));
if (Object.keys(lighthouse).length) {
  console.log('\nMain-thread work on mobile, ms (ours / baseline)');
  console.table(
    Object.fromEntries(
      Object.entries(lighthouse)
        .filter(([k]) => k.endsWith('mobile'))
        .map(([k, v]) => [
          k,
          Object.fromEntries(
            Object.keys({ ...v.ours.mainThread, ...v.baseline.mainThread }).map((g) => [
              g,
              `${v.ours.mainThread[g] ?? 0} / ${v.baseline.mainThread[g] ?? 0}`,
            ]),
          ),
        ]),
    ),
  );
}
if (scaling.length) console.table(scaling.map(({ measured: _, ...s }) => ({ ...s, scale: `${s.scale}×` })));
if (!flag('--100x')) console.log('100× catalog skipped (about 23 minutes of build on this machine): pass --100x.');

const failures = rows
  .filter((r) => !r.ok)
  .map((r) => `${r.page}: ${r.figure} ${r.ours} vs ${r.baseline} (budget ${r.budget})`);
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results', 'bench.json'),
  JSON.stringify(
    { date: new Date().toISOString(), runs, rows, lighthouse, searchFigures, scaling, budgets, failures },
    null,
    2,
  ),
);
console.log('\nWrote bench-results/bench.json');
if (failures.length) {
  console.error(`\nBudgets missed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('All budgets met.');
