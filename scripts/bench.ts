/**
 * `npm run bench`: builds the site, serves dist/ with compression like a CDN, and reports
 * Lighthouse (mobile and desktop) for the main templates in both languages, what a cold load
 * fetches, search speed and size, and how the build grows with a 10× and 100× synthetic catalog.
 * Prints tables, writes bench-results/bench.json, and exits non-zero when a budget is missed.
 * A report, not a test: figures vary with the machine.
 *
 *   node scripts/bench.ts [--no-build] [--no-lighthouse] [--no-scale]
 */
import { chromium, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runLighthouse, type LighthouseResult } from './bench/lighthouse.ts';
import { measureScale, type ScaleResult } from './bench/scale.ts';
import { serveDist } from './serve-dist.ts';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const budgets = {
  lookupP95Ms: 16,
  firstResultMs: 300,
  firstSearchKB: 150,
  performance: 100,
  tablePerformance: 98,
  otherCategories: 100,
  entryKB: 60,
  entryRequests: 12,
  lcpMs: 1200,
  tbtMs: 0,
  cls: 0,
};
const flag = (name: string) => process.argv.includes(name);
/** Pages Lighthouse measures: home, table, an entry, a hub and the diagnose page, in both languages. */
const lighthousePages = ['/', '/errors/', '/errors/deepseek-402/', '/status/429/', '/diagnose/'].flatMap((p) => [
  p,
  `/zh-cn${p}`,
]);

/** Queries typed one character at a time into the quick lookup. */
const typed = [
  '429',
  'insufficient_quota',
  'RateLimitError',
  'openai.error.InvalidRequestError',
  'Insufficient Balance',
  '余额不足',
];
/** Queries typed into the Pagefind modal on a cold page. */
const searched = { en: ['insufficient_quota', '429', 'RateLimitError'], 'zh-cn': ['余额不足', '429'] } as const;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

if (!process.argv.includes('--no-build') || !existsSync(dist)) {
  console.log('Building the site…');
  execFileSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const { server, origin } = await serveDist(dist);
const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** Time of every keystroke in the quick lookup: the synchronous work of one `input` event. */
async function lookupKeystrokes(page: Page, locale: string): Promise<number[]> {
  await page.goto(`${origin}${locale === 'en' ? '/' : '/zh-cn/'}`);
  const box = page.locator('[data-ql-input]');
  await box.focus();
  await box.fill('4'); // loads the index
  await page.locator('[data-ql-list] [role="option"]').first().waitFor();
  return page.evaluate((queries) => {
    const input = document.querySelector<HTMLInputElement>('[data-ql-input]')!;
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const query of queries) {
        for (let i = 1; i <= query.length; i++) {
          input.value = query.slice(0, i);
          const start = performance.now();
          input.dispatchEvent(new Event('input', { bubbles: true }));
          times.push(performance.now() - start);
        }
      }
    }
    return times;
  }, typed);
}

/** From the first keystroke in the Pagefind modal to the first result on screen, on a cold page. */
async function firstSearch(locale: 'en' | 'zh-cn', query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  page.on('requestfinished', async (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) {
      const sizes = await request.sizes().catch(() => undefined);
      if (sizes) bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    }
  });
  await page.goto(`${origin}${locale === 'en' ? '/' : '/zh-cn/'}`);
  // A person reads the page before reaching for search: let the page settle first.
  await page.waitForLoadState('networkidle');
  await page.locator('button[data-open-modal]').click();
  const input = page.locator('dialog[open] input').first();
  await input.waitFor();
  // Typed at a brisk human pace (60 ms a key); the clock starts at the input event of the last key
  // and stops when the first result is on screen.
  await page.evaluate(() => {
    const w = window as unknown as { benchStart?: number };
    document.querySelector('dialog input')!.addEventListener('input', () => (w.benchStart = performance.now()));
  });
  await input.pressSequentially(query, { delay: 60 });
  // Results for the whole query (not an earlier prefix): Pagefind UI names the query in its message.
  await page.locator('dialog[open] .pagefind-ui__message', { hasText: query }).waitFor();
  await page.locator('dialog[open] .pagefind-ui__result-link').first().waitFor();
  const ms = await page.evaluate(() => performance.now() - (window as unknown as { benchStart: number }).benchStart);
  await page.waitForLoadState('networkidle');
  await context.close();
  return { ms, kb: bytes / 1024 };
}

/** Pagefind's files for one language: raw and gzip sizes (the index files are stored compressed). */
function indexSize(language: string) {
  let raw = 0;
  let compressed = 0;
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.startsWith(`${language}_`) || name.startsWith(`pagefind.${language}_`)) {
        const size = statSync(full).size;
        raw += size;
        compressed += name.endsWith('.pf_meta') || name.includes('.pf_') ? size : gzipSync(readFileSync(full)).length;
      }
    }
  };
  walk(join(dist, 'pagefind'));
  return { files: round(raw / 1024, 1), kb: round(compressed / 1024, 1) };
}

let lighthouseResults: LighthouseResult[] = [];
if (!flag('--no-lighthouse')) {
  console.log('Running Lighthouse (mobile, then desktop)…');
  const urls = lighthousePages.map((p) => origin + p);
  lighthouseResults = [...(await runLighthouse(urls, 'mobile')), ...(await runLighthouse(urls, 'desktop'))];
}

const lookupTimes: number[] = [];
const page = await browser.newPage();
for (const locale of ['en', 'zh-cn']) lookupTimes.push(...(await lookupKeystrokes(page, locale)));
await page.close();

const searches: { locale: string; query: string; ms: number; kb: number }[] = [];
for (const [locale, queries] of Object.entries(searched) as ['en' | 'zh-cn', readonly string[]][]) {
  for (const query of queries) searches.push({ locale, query, ...(await firstSearch(locale, query)) });
}
await browser.close();
server.close();

let scaling: ScaleResult[] = [];
if (!flag('--no-scale')) {
  for (const scale of [1, 10, 100]) {
    console.log(`Building a ${scale}× catalog in .bench-tmp/…`);
    scaling.push(measureScale(root, scale));
  }
}

const results = {
  date: new Date().toISOString(),
  lighthouse: lighthouseResults.map((r) => ({ ...r, url: r.url.replace(origin, '') })),
  scaling,
  quickLookup: {
    keystrokes: lookupTimes.length,
    medianMs: round(percentile(lookupTimes, 50), 3),
    p95Ms: round(percentile(lookupTimes, 95), 3),
    indexKB: Object.fromEntries(
      ['en', 'zh-cn'].map((l) => [
        l,
        round(gzipSync(readFileSync(join(dist, 'lookup', `${l}.json`))).length / 1024, 1),
      ]),
    ),
  },
  pagefind: {
    firstSearch: searches.map((s) => ({ ...s, ms: round(s.ms, 0), kb: round(s.kb, 1) })),
    indexSize: { en: indexSize('en'), 'zh-cn': indexSize('zh-cn') },
  },
  budgets,
};

const failures: string[] = [];
if (results.quickLookup.p95Ms > budgets.lookupP95Ms)
  failures.push(`quick lookup p95 ${results.quickLookup.p95Ms} ms > ${budgets.lookupP95Ms} ms`);
for (const s of results.pagefind.firstSearch) {
  if (s.ms > budgets.firstResultMs)
    failures.push(`first Pagefind result for "${s.query}" took ${s.ms} ms > ${budgets.firstResultMs} ms`);
  if (s.kb > budgets.firstSearchKB)
    failures.push(`first search for "${s.query}" fetched ${s.kb} KB > ${budgets.firstSearchKB} KB`);
}

for (const r of results.lighthouse) {
  const isTable = /\/errors\/$/.test(r.url);
  const minPerf = isTable ? budgets.tablePerformance : budgets.performance;
  const where = `${r.url} (${r.formFactor})`;
  if (r.scores.performance < minPerf) failures.push(`${where}: performance ${r.scores.performance} < ${minPerf}`);
  for (const c of ['accessibility', 'best-practices', 'seo'] as const) {
    if (r.scores[c] < budgets.otherCategories)
      failures.push(`${where}: ${c} ${r.scores[c]} < ${budgets.otherCategories}`);
  }
  if (r.lcpMs > budgets.lcpMs) failures.push(`${where}: LCP ${r.lcpMs} ms > ${budgets.lcpMs} ms`);
  if (r.tbtMs > budgets.tbtMs) failures.push(`${where}: TBT ${r.tbtMs} ms > ${budgets.tbtMs} ms`);
  if (r.cls > budgets.cls) failures.push(`${where}: CLS ${r.cls} > ${budgets.cls}`);
  if (/\/errors\/deepseek-402\/$/.test(r.url)) {
    if (r.transferKB > budgets.entryKB)
      failures.push(`${where}: ${r.transferKB} KB > ${budgets.entryKB} KB on a cold load`);
    if (r.requests > budgets.entryRequests)
      failures.push(`${where}: ${r.requests} requests > ${budgets.entryRequests}`);
  }
}
// Build time may grow at most linearly (with 25 % slack for noise) from one scale to the next.
for (let i = 1; i < scaling.length; i++) {
  const [a, b] = [scaling[i - 1]!, scaling[i]!];
  const allowed = (b.entries / a.entries) * a.buildSeconds * 1.25;
  if (b.buildSeconds > allowed)
    failures.push(`build at ${b.scale}× took ${b.buildSeconds} s, more than linear (${round(allowed, 1)} s)`);
}

if (results.lighthouse.length) {
  console.log('\nLighthouse (scores: performance / accessibility / best practices / SEO)');
  console.table(
    results.lighthouse.map((r) => ({
      page: r.url,
      device: r.formFactor,
      scores: `${r.scores.performance} / ${r.scores.accessibility} / ${r.scores['best-practices']} / ${r.scores.seo}`,
      'FCP ms': r.fcpMs,
      'LCP ms': r.lcpMs,
      'TBT ms': r.tbtMs,
      CLS: r.cls,
      requests: r.requests,
      'KB cold': r.transferKB,
      'by type': Object.entries(r.byType)
        .map(([type, v]) => `${type} ${v.requests}/${v.kb}KB`)
        .join(', '),
    })),
  );
}
if (scaling.length) {
  console.log('\nBuild cost by catalog size');
  console.table(
    scaling.map((s) => ({
      scale: `${s.scale}×`,
      entries: s.entries,
      pages: s.pages,
      'build s': s.buildSeconds,
      'dist MB': s.distMB,
      'Pagefind MB': s.pagefindMB,
      'entry page HTML gz bytes': s.entryPageGzipBytes,
    })),
  );
}

console.log('\nSearch');
console.table({
  'quick lookup, per keystroke': {
    median: `${results.quickLookup.medianMs} ms`,
    p95: `${results.quickLookup.p95Ms} ms (budget ${budgets.lookupP95Ms})`,
    samples: results.quickLookup.keystrokes,
  },
});
console.table(
  results.pagefind.firstSearch.map((s) => ({
    language: s.locale,
    query: s.query,
    'first result': `${s.ms} ms (budget ${budgets.firstResultMs})`,
    'fetched (compressed)': `${s.kb} KB (budget ${budgets.firstSearchKB})`,
  })),
);
console.table({
  'Pagefind index, en': results.pagefind.indexSize.en,
  'Pagefind index, zh-cn': results.pagefind.indexSize['zh-cn'],
  'quick lookup index (gzip KB)': results.quickLookup.indexKB,
});

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'bench.json'), JSON.stringify({ ...results, failures }, null, 2));
console.log(`\nWrote bench-results/bench.json`);
if (failures.length) {
  console.error(`\nBudgets missed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('All budgets met.');
