/**
 * Lighthouse on a page, mobile (Lighthouse's default settings) or desktop: category scores, the
 * main metrics, and the requests and transferred bytes of a cold load by resource type.
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
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
