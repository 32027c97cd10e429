/**
 * Lighthouse on a page, mobile (Lighthouse's default settings) or desktop: category scores, the
 * main metrics, the requests and transferred bytes of a cold load by resource type, and where the
 * main thread spends its time (Lighthouse's work breakdown: script evaluation, style and layout,
 * HTML parsing …). `median` folds several runs of one page into one record.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { existsSync } from 'node:fs';

export interface LighthouseResult {
  url: string;
  formFactor: 'mobile' | 'desktop';
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  requests: number;
  transferKB: number;
  byType: Record<string, { requests: number; kb: number }>;
  /** Main-thread time by kind of work, ms. */
  mainThread: Record<string, number>;
}

const middle = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The median of every figure over runs of one page (scores included); byType from the median run. */
export function median(runs: LighthouseResult[]): LighthouseResult {
  const first = runs[0]!;
  const of = (pick: (r: LighthouseResult) => number) => middle(runs.map(pick));
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r.mainThread)))];
  return {
    ...first,
    scores: {
      performance: of((r) => r.scores.performance),
      accessibility: of((r) => r.scores.accessibility),
      'best-practices': of((r) => r.scores['best-practices']),
      seo: of((r) => r.scores.seo),
    },
    fcpMs: of((r) => r.fcpMs),
    lcpMs: of((r) => r.lcpMs),
    tbtMs: of((r) => r.tbtMs),
    cls: of((r) => r.cls),
    requests: of((r) => r.requests),
    transferKB: of((r) => r.transferKB),
    mainThread: Object.fromEntries(keys.map((k) => [k, Math.round(of((r) => r.mainThread[k] ?? 0))])),
  };
}

export async function runLighthouse(urls: string[], formFactor: 'mobile' | 'desktop'): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const results: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      const runner = await lighthouse(
        url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      const lhr = runner!.lhr;
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const summary =
        (
          lhr.audits['resource-summary']?.details as {
            items?: { resourceType: string; requestCount: number; transferSize: number }[];
          }
        )?.items ?? [];
      const total = summary.find((i) => i.resourceType === 'total');
      const work =
        (lhr.audits['mainthread-work-breakdown']?.details as { items?: { group: string; duration: number }[] })
          ?.items ?? [];
      results.push({
        url,
        formFactor,
        scores: {
          performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
          'best-practices': Math.round((lhr.categories['best-practices']?.score ?? 0) * 100),
          seo: Math.round((lhr.categories.seo?.score ?? 0) * 100),
        },
        fcpMs: Math.round(audit('first-contentful-paint')),
        lcpMs: Math.round(audit('largest-contentful-paint')),
        tbtMs: Math.round(audit('total-blocking-time')),
        cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
        requests: total?.requestCount ?? 0,
        transferKB: Math.round(((total?.transferSize ?? 0) / 1024) * 10) / 10,
        byType: Object.fromEntries(
          summary
            .filter((i) => i.resourceType !== 'total' && i.requestCount > 0)
            .map((i) => [
              i.resourceType,
              { requests: i.requestCount, kb: Math.round((i.transferSize / 1024) * 10) / 10 },
            ]),
        ),
        mainThread: Object.fromEntries(work.map((w) => [w.group, Math.round(w.duration)])),
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
