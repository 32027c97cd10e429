/**
 * `npm run bench`: builds the site, serves dist/ with compression like a CDN, and measures search
 * in a real browser. Prints a table, writes bench-results/bench.json, and exits non-zero when a
 * budget is missed. A report, not a test: figures vary with the machine.
 *
 *   node scripts/bench.ts [--no-build]
 */
import { chromium, type Page } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveDist } from './serve-dist.ts';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const budgets = { lookupP95Ms: 16, firstResultMs: 300, firstSearchKB: 150 };

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
  execSync('astro build', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
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

const results = {
  date: new Date().toISOString(),
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
