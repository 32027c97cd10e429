/**
 * The two-way check between the catalog and its Markdown (src/prose/check.ts): the real files pass,
 * and each kind of mistake a writer or translator can make fails with a message naming the file,
 * the catalog key, the field and the fix.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entries, httpStatuses, providers } from '../../src/catalog/index.ts';
import { checkProse, checkProseCollection } from '../../src/prose/check.ts';
import { readProseFiles, type ProseFile } from '../../src/prose/files.ts';

const errorFiles = readProseFiles('errors');

/** The error files with one changed (or removed, when `change` returns null). */
function withChange(file: string, change: (f: ProseFile) => ProseFile | null) {
  const files = structuredClone(errorFiles).flatMap((f) => (f.file === file ? (change(f) ?? []) : [f]));
  return checkProseCollection('errors', files);
}

describe('the Markdown of the reference', () => {
  it('passes the two-way check', () => {
    assert.deepEqual(checkProse(), []);
  });

  it('holds exactly two files per catalog entry, status and provider', () => {
    assert.equal(errorFiles.length, entries.length * 2);
    assert.equal(readProseFiles('statuses').length, httpStatuses.length * 2);
    assert.equal(readProseFiles('providers').length, providers.length * 2);
  });
});

describe('a mistake in the Markdown fails with a message naming file, key, field and fix', () => {
  const zh402 = 'content/errors/zh-cn/deepseek-402.md';
  const cases: [string, string[], () => string[]][] = [
    [
      'an entry without its Chinese file',
      ['entry "deepseek-402"', zh402, 'is missing', 'write it'],
      () => withChange(zh402, () => null),
    ],
    [
      'a file with no entry',
      ['content/errors/en/deepseek-999.md', 'no entry "deepseek-999"', 'add the entry'],
      () =>
        checkProseCollection('errors', [
          ...errorFiles,
          { ...errorFiles[0]!, key: 'deepseek-999', file: 'content/errors/en/deepseek-999.md' },
        ]),
    ],
    [
      'a missing front-matter field',
      [zh402, '"deepseek-402"', 'field "retry"', 'template'],
      () => withChange(zh402, (f) => ({ ...f, data: { ...f.data, retry: undefined } })),
    ],
    [
      'fix steps that are not a list',
      [zh402, 'field "fix"', 'template'],
      () => withChange(zh402, (f) => ({ ...f, data: { ...f.data, fix: 'Top up.' } })),
    ],
    [
      'a misspelt field',
      [zh402, 'fixes', 'template'],
      () => withChange(zh402, (f) => ({ ...f, data: { ...f.data, fixes: ['Top up.'] } })),
    ],
    [
      'an empty explanation',
      [zh402, 'field "body"', 'write the explanation'],
      () => withChange(zh402, (f) => ({ ...f, body: '' })),
    ],
    [
      'a Chinese aside without a title (Starlight would label it in English)',
      [zh402, 'field "body"', 'aside without a title', ':::note[注意]'],
      () => withChange(zh402, (f) => ({ ...f, body: `${f.body}\n\n:::note\n余额可在控制台查看。\n:::` })),
    ],
    [
      'Chinese text copied from the English',
      [zh402, 'field "summary"', 'same as the English', 'write the Chinese text'],
      () => {
        const en = errorFiles.find((f) => f.file === 'content/errors/en/deepseek-402.md')!;
        return withChange(zh402, (f) => ({ ...f, data: { ...f.data, summary: en.data.summary } }));
      },
    ],
    [
      'a Chinese explanation copied from the English',
      [zh402, 'field "body"', 'same as the English'],
      () => {
        const en = errorFiles.find((f) => f.file === 'content/errors/en/deepseek-402.md')!;
        return withChange(zh402, (f) => ({ ...f, body: en.body }));
      },
    ],
    [
      'a different number of fix steps',
      [zh402, 'field "fix"', 'steps but the English has', 'same steps'],
      () => withChange(zh402, (f) => ({ ...f, data: { ...f.data, fix: (f.data.fix as string[]).slice(1) } })),
    ],
    [
      'a field written in one language only',
      [zh402, 'field "notes"', 'only in the other language'],
      () => withChange(zh402, (f) => ({ ...f, data: { ...f.data, notes: undefined } })),
    ],
    [
      'no way to tell apart errors that share a status',
      ['content/errors/en/openai-401-invalid-api-key.md', 'field "distinguish"', 'share HTTP 401', 'body field'],
      () =>
        withChange('content/errors/en/openai-401-invalid-api-key.md', (f) => ({
          ...f,
          data: { ...f.data, distinguish: undefined },
        })),
    ],
  ];
  for (const [name, expected, run] of cases) {
    it(`rejects ${name}`, () => {
      const problems = run();
      const hit = problems.find((p) => expected.every((part) => p.includes(part)));
      assert.ok(hit, `expected a problem mentioning ${expected.join(' + ')}, got:\n${problems.join('\n')}`);
    });
  }
});
