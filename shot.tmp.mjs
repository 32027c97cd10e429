import { chromium } from '@playwright/test';
const [,, ...urls] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
for (const u of urls) {
  const [url, out, full] = u.split('|');
  await page.goto(url);
  await page.screenshot({ path: out, fullPage: full === 'full' });
}
await browser.close();
