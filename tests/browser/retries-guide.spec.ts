/**
 * The retries guide, in both languages: it renders, shows the eight code samples in synced tabs,
 * each one equal to its file in content/samples/ byte for byte, with the retry decision marked, and
 * the chosen tab is shared by every tab group and kept across a reload.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { retryMarks } from '../../content/samples/marks.ts';

const root = new URL('../../', import.meta.url);

const samples = [
  { label: 'Python (urllib)', file: 'content/samples/python-urllib/chat.py', language: 'python' },
  { label: 'Python (openai)', file: 'content/samples/python-openai/chat.py', language: 'python' },
  { label: 'TypeScript (fetch)', file: 'content/samples/typescript-fetch/chat.ts', language: 'ts' },
  { label: 'TypeScript (openai)', file: 'content/samples/typescript-openai/chat.ts', language: 'ts' },
  { label: 'curl', file: 'content/samples/curl/chat.sh', language: 'sh' },
  { label: 'Anthropic (TypeScript)', file: 'content/samples/typescript-anthropic/chat.ts', language: 'ts' },
  { label: 'Anthropic (curl)', file: 'content/samples/curl-anthropic/chat.sh', language: 'sh' },
  { label: 'Gemini (TypeScript)', file: 'content/samples/typescript-gemini/chat.ts', language: 'ts' },
];

const guides = [
  { locale: 'en', path: '/guides/retries/', lang: 'en', h1: 'Retrying LLM API calls: the policy and proven code' },
  { locale: 'zh-cn', path: '/zh-cn/guides/retries/', lang: 'zh-CN', h1: 'LLM API 调用的重试：策略与实测可用的代码' },
];

/**
 * What the marked lines of every sample must contain: the quota check (Anthropic's curl sample checks
 * the monthly spend cap by its code), the retry verdict, the exponential backoff, the server's own wait
 * (`Retry-After`, Gemini's RetryInfo) and the 30-second cap on the total wait.
 */
const decision = [
  /quota|spend_limit/i,
  /retryable/i,
  /2 \*\* \(attempt - 1\)|2 \^ \(n - 1\)/,
  /asked/i,
  /MAX_TOTAL_WAIT/,
];

/** The file as the page must show it: Expressive Code drops the final newline. */
const fileText = (file: string) => readFileSync(new URL(file, root), 'utf8').replace(/\n$/, '');

/** The tab group of the samples, right after the `#samples` anchor. */
const sampleTabs = (page: Page) => page.locator('#samples ~ starlight-tabs').first();

/** The visible panel of a tab group (hidden panels are not in the accessibility tree). */
const openPanel = (tabs: Locator) => tabs.getByRole('tabpanel');

/**
 * The code of an Expressive Code block, one `.ec-line` per line. An empty line holds a lone "\n"
 * (so that it keeps its height); no line can contain a newline of its own, so that one is dropped.
 */
const codeOf = (panel: Locator) =>
  panel
    .locator('.expressive-code .ec-line')
    .evaluateAll((lines) => lines.map((l) => (l.textContent ?? '').replace(/\n$/, '')).join('\n'));

for (const guide of guides) {
  test.describe(`retries guide (${guide.locale})`, () => {
    test('renders with its heading, the #samples anchor and eight sample tabs', async ({ page }) => {
      await page.goto(guide.path);
      await expect(page.locator('html')).toHaveAttribute('lang', guide.lang);
      await expect(page.locator('h1')).toHaveText(guide.h1);
      await expect(page.locator('#samples')).toHaveCount(1);
      const tabs = sampleTabs(page).getByRole('tab');
      await expect(tabs).toHaveText(samples.map((s) => s.label));
      // The guide links back to the triage guide.
      await expect(page.locator('main a[href$="/guides/triage/"]').first()).toBeAttached();
    });

    test('every sample on the page equals its file, byte for byte, and marks the retry decision', async ({ page }) => {
      await page.goto(guide.path);
      const tabs = sampleTabs(page);
      for (const sample of samples) {
        await tabs.getByRole('tab', { name: sample.label, exact: true }).click();
        const panel = openPanel(tabs);
        await expect(panel.locator('figcaption .title')).toHaveText(sample.file);
        await expect(panel.locator('pre')).toHaveAttribute('data-language', sample.language);
        expect(await codeOf(panel), `${sample.file} on ${guide.path}`).toBe(fileText(sample.file));

        // Each mark (content/samples/marks.ts) names a line by its text: it must still find exactly one
        // line of the file, so an edit to the sample can neither drop a highlight nor double it.
        const lines = fileText(sample.file).split('\n');
        const marks = retryMarks[sample.file.replace('content/samples/', '') as keyof typeof retryMarks];
        const matches = (line: string, mark: RegExp) => [...line.matchAll(mark)].length > 0;
        for (const mark of marks) {
          expect(
            lines.filter((l) => matches(l, mark)),
            `lines of ${sample.file} matching ${mark}`,
          ).toHaveLength(1);
        }
        const expected = lines.filter((l) => marks.some((mark) => matches(l, mark))).map((l) => l.trim());
        // The page highlights exactly those lines, each one whole (from its first character to its end).
        const marked = await panel.locator('.ec-line:has(mark)').evaluateAll((els) =>
          els.map((el) => ({
            line: (el.textContent ?? '').trim(),
            marked: [...el.querySelectorAll('mark')].map((m) => m.textContent ?? '').join(''),
          })),
        );
        expect(
          marked.map((m) => m.line),
          `marked lines of ${sample.file}`,
        ).toEqual(expected);
        for (const m of marked) expect(m.marked, `marked text of ${sample.file}`).toBe(m.line);
        // And they are the decision, so a mark that lands on the wrong line fails here.
        const markedText = marked.map((m) => m.line).join('\n');
        for (const part of decision) expect(markedText, `marked lines of ${sample.file}`).toMatch(part);
      }
    });

    test('choosing a language switches every synced tab group and survives a reload', async ({ page }) => {
      await page.goto(guide.path);
      const groups = page.locator('starlight-tabs');
      expect(await groups.count()).toBeGreaterThanOrEqual(2);
      const selected = (label: string) => groups.getByRole('tab', { name: label, exact: true });

      await expect(selected('curl')).toHaveCount(await groups.count());
      await sampleTabs(page).getByRole('tab', { name: 'curl', exact: true }).click();
      for (const tab of await selected('curl').all()) await expect(tab).toHaveAttribute('aria-selected', 'true');
      await expect(openPanel(sampleTabs(page)).locator('figcaption .title')).toHaveText('content/samples/curl/chat.sh');

      await page.reload();
      for (const tab of await selected('curl').all()) await expect(tab).toHaveAttribute('aria-selected', 'true');
      await expect(selected('Python (urllib)').first()).toHaveAttribute('aria-selected', 'false');

      // The other language's guide uses the same labels, so it opens on the same choice.
      const other = guides.find((g) => g !== guide)!;
      await page.goto(other.path);
      await expect(sampleTabs(page).getByRole('tab', { name: 'curl', exact: true })).toHaveAttribute(
        'aria-selected',
        'true',
      );
    });
  });
}
