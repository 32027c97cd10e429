/** Ticket-ready links: copy controls on entry pages and table rows, and each page's metadata. */
import { expect, test, type Page } from '@playwright/test';
import { entryBySlug, entryHeading, paths } from '../../src/catalog/index.ts';
import { plainText } from '../../src/lib/markdown.ts';
import { readProse } from '../../src/prose/files.ts';

const site = process.env.SITE_URL ?? 'http://localhost:4321';

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/**
 * What the clipboard holds once a copy has replaced `before`: the buttons write it asynchronously,
 * and the status line may still say "Copied" from the previous button.
 */
async function copiedOver(page: Page, before: string) {
  await expect.poll(() => clipboard(page), { message: 'nothing new reached the clipboard' }).not.toBe(before);
  return clipboard(page);
}

test('an entry page copies its permanent link and a ticket summary, and says so', async ({ page }) => {
  await page.goto('/errors/openai-429-insufficient-quota/');
  const url = `${site}/errors/openai-429-insufficient-quota/`;
  await expect(page.locator('.copy-link-text code')).toHaveText(url);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.locator('.copy-status').first()).toHaveText('Copied to the clipboard.');
  expect(await clipboard(page)).toBe(url);

  await page.getByRole('button', { name: 'Copy ticket summary' }).click();
  const summary = await copiedOver(page, url);
  const entry = entryBySlug('openai-429-insufficient-quota')!;
  expect(summary.split('\n')[0]).toBe(entryHeading(entry, 'en'));
  for (const part of [
    'HTTP status: 429',
    'Error code: insufficient_quota',
    'Failure class: Billing',
    'Retry: Do not retry',
    `Reference: ${url}`,
  ]) {
    expect(summary).toContain(part);
  }
  expect(summary).toContain(`Fix: ${plainText(readProse('errors', entry.slug, 'en').data.fix[0]!)}`);

  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  const markdown = await copiedOver(page, summary);
  expect(markdown.split('\n')[0]).toBe(`**[${entryHeading(entry, 'en')}](${url})**`);
  expect(markdown).toContain('- Error code: `insufficient_quota`');
});

test('the Chinese entry page copies the Chinese link and summary', async ({ page }) => {
  await page.goto('/zh-cn/errors/deepseek-402/');
  await page.getByRole('button', { name: '复制工单摘要' }).click();
  await expect(page.locator('.copy-status').first()).toHaveText('已复制到剪贴板。');
  const summary = await clipboard(page);
  expect(summary).toContain('DeepSeek 402 余额不足');
  expect(summary).toContain(`参考链接: ${site}/zh-cn/errors/deepseek-402/`);
});

test('a table row copies the link to its row anchor, and a summary the page loads only when asked', async ({
  page,
}) => {
  const summaryFiles: string[] = [];
  page.on('request', (r) => r.url().includes('/lookup/summaries/') && summaryFiles.push(r.url()));
  await page.goto('/errors/');
  // The browser's clipboard outlives the test: start from an empty one, so a copy is seen to land.
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByRole('button', { name: 'Copy link to DeepSeek 402 Insufficient Balance', exact: true }).click();
  const link = await copiedOver(page, '');
  expect(link).toBe(`${site}/errors/#deepseek-402`);
  expect(summaryFiles, 'the table fetched its ticket summaries before anyone copied one').toEqual([]);
  await page
    .getByRole('button', { name: 'Copy ticket summary of DeepSeek 402 Insufficient Balance', exact: true })
    .click();
  const summary = await copiedOver(page, link);
  expect(summary).toContain('DeepSeek 402 Insufficient Balance');
  expect(summary).toContain(`Reference: ${site}/errors/#deepseek-402`);
  await page.getByRole('button', { name: 'Copy ticket summary of DeepSeek 400 Model Not Exist', exact: true }).click();
  expect(await copiedOver(page, summary)).toContain('Model Not Exist');
});

test('a Chinese table row copies the Chinese summary', async ({ page }) => {
  await page.goto('/zh-cn/errors/');
  await page.evaluate(() => navigator.clipboard.writeText(''));
  await page.getByRole('button', { name: '复制工单摘要：DeepSeek 402 余额不足', exact: true }).click();
  const summary = await copiedOver(page, '');
  expect(summary).toContain('DeepSeek 402 余额不足');
  expect(summary).toContain(`参考链接: ${site}/zh-cn/errors/#deepseek-402`);
  // Read out by the table's one status line, and ticked on the button itself.
  await expect(page.locator('[data-copy-rows] [role="status"]')).toHaveText('已复制到剪贴板。');
  await expect(page.locator('tr#deepseek-402 button[data-copy="summary"]')).toHaveAttribute('data-copied', '');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the permanent link is selectable text and no dead buttons show', async ({ page }) => {
    await page.goto('/errors/deepseek-402/');
    await expect(page.locator('.copy-link-text code')).toHaveText(`${site}/errors/deepseek-402/`);
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  });
});

const sample = [
  { path: '/errors/deepseek-402/', title: 'DeepSeek 402 Insufficient Balance', lang: 'en' },
  { path: '/zh-cn/errors/deepseek-402/', title: 'DeepSeek 402 余额不足', lang: 'zh-CN' },
  { path: '/errors/openai-sdk-rate-limit-error/', title: 'OpenAI SDK RateLimitError', lang: 'en' },
  { path: '/zh-cn/status/429/', title: 'HTTP 429', lang: 'zh-CN' },
  { path: '/providers/gateway/', title: 'API gateway', lang: 'en' },
  { path: '/zh-cn/guides/triage/', title: '', lang: 'zh-CN' },
];

for (const { path, title, lang } of sample) {
  test(`${path} has its title, description, Open Graph and Twitter card metadata`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const head = page.locator('head');
    const meta = (selector: string) => head.locator(selector).getAttribute('content');
    expect(await page.title()).toContain(title);
    const description = await meta('meta[name="description"]');
    expect(description?.length).toBeGreaterThan(20);
    expect(await meta('meta[property="og:title"]')).toContain(title);
    expect(await meta('meta[property="og:description"]')).toBe(description);
    expect(await meta('meta[property="og:url"]')).toBe(`${site}${path}`);
    expect(await meta('meta[name="twitter:card"]')).toBe('summary');
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}${path}`);
  });
}

test("an entry's description carries the one-line fix in the page's language", async ({ page }) => {
  const entry = entryBySlug('deepseek-402')!;
  await page.goto(paths.entry(entry.slug, 'zh-cn'));
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description).toContain(`解决方法：${plainText(readProse('errors', entry.slug, 'zh-cn').data.fix[0]!)}`);
});

test('the sitemap lists every page in both languages', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const urls = (await Promise.all(maps.map(async (m) => (await request.get(m)).text()))).join('');
  for (const path of [
    '/errors/deepseek-402/',
    '/zh-cn/errors/deepseek-402/',
    '/status/429/',
    '/zh-cn/providers/openai/',
    '/diagnose/',
    '/zh-cn/guides/triage/',
  ]) {
    expect(urls).toContain(`<loc>${site}${path}</loc>`);
  }
});
