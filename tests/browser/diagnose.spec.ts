/** The diagnose tool in a browser: ?q= links, the data attributes, copying, bad input, no requests. */
import { expect, test } from '@playwright/test';
import { searchReady } from '../support/search-modal.ts';

const quota = `openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}\nx-request-id: req_7f3a9c21d`;
const link = (text: string, prefix = '') => `${prefix}/diagnose/?q=${encodeURIComponent(text)}`;

test('a ?q= link pre-fills the box and shows the diagnosis with machine-readable attributes', async ({ page }) => {
  await page.goto(link(quota));
  await expect(page.getByLabel(/Paste the error/)).toHaveValue(quota);
  const result = page.locator('[data-diagnosis]');
  await expect(result).toHaveAttribute('data-slug', 'openai-429-insufficient-quota');
  await expect(result).toHaveAttribute('data-provider', 'openai');
  await expect(result).toHaveAttribute('data-status', '429');
  await expect(result).toHaveAttribute('data-class', 'billing');
  await expect(result).toHaveAttribute('data-retryable', 'false');
  await expect(result).toContainText('Do not retry');
  await expect(result).toContainText('req_7f3a9c21d');
  await expect(result.getByRole('link', { name: 'OpenAI 429 You exceeded your current quota' })).toHaveAttribute(
    'href',
    '/errors/openai-429-insufficient-quota/',
  );
});

test('the Chinese page diagnoses a Chinese message in Chinese', async ({ page }) => {
  await page.goto(link('调用失败：HTTP 503 服务器繁忙', '/zh-cn'));
  const result = page.locator('[data-diagnosis]');
  await expect(result).toHaveAttribute('data-slug', 'deepseek-503');
  await expect(result).toHaveAttribute('data-retryable', 'true');
  await expect(result).toContainText('稍等后重试');
});

test('typing and submitting diagnoses, reports the wait asked for, and offers a link to the diagnosis', async ({
  page,
}) => {
  await page.goto('/diagnose/');
  const text =
    'HTTP/1.1 429 Too Many Requests\nretry-after-ms: 1500\nx-request-id: req_55\n\n{"error":{"message":"Rate limit reached for gpt-4o in organization org-x on requests per min (RPM): Limit 500, Used 500, Requested 1.","type":"requests","param":null,"code":"rate_limit_exceeded"}}';
  await page.getByLabel(/Paste the error/).fill(text);
  await page.getByRole('button', { name: 'Diagnose' }).click();
  const result = page.locator('[data-diagnosis]');
  await expect(result).toHaveAttribute('data-slug', 'openai-429-rate-limit-exceeded');
  await expect(result).toHaveAttribute('data-retryable', 'true');
  await expect(result).toContainText('1.5 s (from retry-after-ms)');
  const permalink = await result.getByRole('link', { name: 'Link to this diagnosis' }).getAttribute('href');
  expect(new URL(permalink!).searchParams.get('q')).toBe(text);
  expect(new URL(page.url()).search).toBe('');
});

test('the copy buttons put a ticket summary on the clipboard, as text and as Markdown', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(link(quota));
  await page.getByRole('button', { name: 'Copy ticket summary' }).click();
  await expect(page.locator('.diagnosis-copied')).toHaveText('Copied to the clipboard.');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('LLM API error: OpenAI 429 You exceeded your current quota');
  expect(text).toContain('Request ID: req_7f3a9c21d');
  expect(text).toContain('Verdict: Do not retry');
  expect(text).toMatch(/Reference: https?:\/\/[^\s]+\/errors\/openai-429-insufficient-quota\//);
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  // The status line already says "Copied" from the first button: wait for the clipboard itself.
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await expect.poll(clipboard, { message: 'the Markdown summary never reached the clipboard' }).not.toBe(text);
  const markdown = await clipboard();
  expect(markdown).toMatch(/^\*\*LLM API error:\*\* \[OpenAI 429 You exceeded your current quota\]\(http/);
  expect(markdown).toContain('- Error code: `insufficient_quota`');
});

test('nothing leaves the page while diagnosing', async ({ page }) => {
  await page.goto('/diagnose/');
  // What the page fetches on its own comes first: the search UI, loaded once the page is idle.
  await searchReady(page);
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.getByLabel(/Paste the error/).fill(quota);
  await page.getByRole('button', { name: 'Diagnose' }).click();
  await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-slug', 'openai-429-insufficient-quota');
  await page
    .getByLabel(/Paste the error/)
    .fill(
      '{"error":{"message":"Insufficient Balance","type":"unknown_error","param":null,"code":"invalid_request_error"}}',
    );
  await page.getByRole('button', { name: 'Diagnose' }).click();
  await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-slug', 'deepseek-402');
  expect(requests).toEqual([]);
});

test.describe('bad input gets a clear message, never a crash or injected markup', () => {
  test('empty and whitespace-only input ask for an error', async ({ page }) => {
    await page.goto('/diagnose/');
    await page.getByLabel(/Paste the error/).fill('   \n\t ');
    await page.getByRole('button', { name: 'Diagnose' }).click();
    await expect(page.locator('[data-diagnosis]')).toContainText('Paste an error message first.');
    await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-retryable', 'unknown');
  });

  test('a megabyte of text is capped and says so', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/diagnose/');
    const huge = `Error code: 503 ${'x'.repeat(1024 * 1024)}`;
    await page.getByLabel(/Paste the error/).evaluate((el, value) => ((el as HTMLTextAreaElement).value = value), huge);
    await page.getByRole('button', { name: 'Diagnose' }).click();
    await expect(page.locator('[data-diagnosis]')).toContainText('only the first 100,000 characters were read');
    expect(errors).toEqual([]);
  });

  test('binary junk and deeply nested JSON are handled', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/diagnose/');
    const junk = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 32)).join('');
    await page.getByLabel(/Paste the error/).evaluate((el, value) => ((el as HTMLTextAreaElement).value = value), junk);
    await page.getByRole('button', { name: 'Diagnose' }).click();
    await expect(page.locator('[data-diagnosis]')).toContainText('looks like binary data');
    const nested = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    await page.getByLabel(/Paste the error/).fill(nested);
    await page.getByRole('button', { name: 'Diagnose' }).click();
    await expect(page.locator('[data-diagnosis]')).toHaveAttribute('data-retryable', 'unknown');
    expect(errors).toEqual([]);
  });

  test('HTML and script text is shown as text and never runs', async ({ page }) => {
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> Error code: 418';
    await page.goto(link(hostile));
    const result = page.locator('[data-diagnosis]');
    await expect(result).toBeVisible();
    await expect(page.locator('[data-diagnosis] img, [data-diagnosis] script')).toHaveCount(0);
    await page.getByRole('button', { name: 'Diagnose' }).click();
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    await expect(result).toHaveAttribute('data-status', '418');
  });

  test('markup inside a gateway body or a wrapper line is shown as text in the path of the call', async ({ page }) => {
    const hostile = `{"error":{"message":"Provider returned error","code":429,"metadata":{"raw":"rate limited","provider_name":"<img src=x onerror='window.pwned=3'><script>window.pwned=4</script>"}}}`;
    await page.goto(link(hostile));
    const result = page.locator('[data-diagnosis]');
    await expect(result).toHaveAttribute('data-layers', /openrouter/);
    await expect(page.locator('[data-diagnosis] img, [data-diagnosis] script')).toHaveCount(0);
    await expect(result.locator('.diagnosis-layers')).toContainText('<img src=x');
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });
});

test('the path of the call names each hop, marks the failed one and explains the verdict', async ({ page }) => {
  await page.goto(
    link('429 当前分组上游负载已饱和，请稍后再试 (request id: 20250423020142736330894dLoIRrS6)', '/zh-cn'),
  );
  const result = page.locator('[data-diagnosis]');
  await expect(result).toHaveAttribute('data-layers', 'one-api upstream');
  await expect(result).toHaveAttribute('data-failed-layer', 'upstream');
  await expect(result).toHaveAttribute('data-verdict-reason', 'hop-report');
  await expect(result.getByRole('heading', { name: '调用链路' })).toBeVisible();
  await expect(result.locator('[data-layer="upstream"][data-failed]')).toContainText('在这一环出错');
  await expect(result.locator('[data-layer="one-api"]')).toContainText('one-api / new-api');
});

test('a rate limit that asks for a day’s wait says not to retry now, and why, in both languages', async ({ page }) => {
  const azure =
    'HTTP 429 Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-10-21 have exceeded token rate limit of your current AIServices S0 pricing tier. Please retry after 86400 seconds.';
  await page.goto(link(azure));
  const result = page.locator('[data-diagnosis]');
  await expect(result).toHaveAttribute('data-slug', 'azure-openai-429-rate-limit-exceeded');
  await expect(result).toHaveAttribute('data-verdict-reason', 'long-wait');
  await expect(result).toContainText('Do not retry');
  await expect(result).toContainText('wait an hour or more');
  await page.goto(link(azure, '/zh-cn'));
  await expect(result).toContainText('等待一小时以上');
});

test('a connection that failed before any answer is a network failure, retried', async ({ page }) => {
  await page.goto(link('Channel test failed: fetch failed (network_error)'));
  const result = page.locator('[data-diagnosis]');
  await expect(result).toHaveAttribute('data-verdict-reason', 'network-words');
  await expect(result).toHaveAttribute('data-retryable', 'true');
  await expect(result).toContainText('connection failed before any answer');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says the tool needs JavaScript and where to look instead', async ({ page }) => {
    await page.goto('/diagnose/');
    await expect(page.getByText('The diagnose tool needs JavaScript')).toBeVisible();
  });
});
