/**
 * The catalog's invariants: the real catalog passes them, and each kind of bad data fails with a
 * message that names the entry, the field and the fix.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entries, httpStatuses, providers } from '../../src/catalog/index.ts';
import { validateCatalog } from '../../src/catalog/validate.ts';
import type { ErrorEntry } from '../../src/catalog/types.ts';

const valid = { entries, providers, statuses: httpStatuses };

/** The catalog with one entry changed by `change`. */
function withChange(slug: string, change: (entry: ErrorEntry) => void) {
  const copy = structuredClone(entries);
  change(copy.find((e) => e.slug === slug)!);
  return validateCatalog({ ...valid, entries: copy });
}

describe('the error catalog', () => {
  it('passes every invariant', () => {
    assert.deepEqual(validateCatalog(valid), []);
  });

  it('has no entry whose Chinese title is a copy of the English', () => {
    for (const e of entries) assert.notEqual(e.title['zh-cn'], e.title.en, e.slug);
  });
});

describe('bad catalog data fails with a message naming entry, field and fix', () => {
  const cases: [string, string[], () => string[]][] = [
    [
      'a duplicate slug',
      ['"deepseek-402"', '"slug"', 'unique'],
      () =>
        validateCatalog({
          ...valid,
          entries: [...entries, structuredClone(entries[0]!)].map((e, i, all) =>
            i === all.length - 1 ? { ...e, slug: 'deepseek-402' } : e,
          ),
        }),
    ],
    [
      'a missing Chinese title',
      ['"deepseek-402"', '"title.zh-cn"', 'write the zh-cn text'],
      () => withChange('deepseek-402', (e) => void (e.title['zh-cn'] = '')),
    ],
    [
      'a Chinese title copied from English',
      ['"deepseek-402"', '"title.zh-cn"', 'identical'],
      () => withChange('deepseek-402', (e) => void (e.title['zh-cn'] = e.title.en)),
    ],
    [
      'an unknown failure class',
      ['"deepseek-402"', '"class"', 'use one of request'],
      () => withChange('deepseek-402', (e) => void (e.class = 'oops' as never)),
    ],
    [
      'an unknown meaning',
      ['"deepseek-402"', '"meaning"', 'use one of out-of-balance'],
      () => withChange('deepseek-402', (e) => void (e.meaning = 'broke' as never)),
    ],
    [
      'an HTTP entry without a meaning',
      ['"deepseek-402"', '"meaning"', 'is missing'],
      () => withChange('deepseek-402', (e) => void delete e.meaning),
    ],
    [
      'a status that is not an HTTP error',
      ['"deepseek-402"', '"http"', '4xx or 5xx'],
      () => withChange('deepseek-402', (e) => void (e.http = 299)),
    ],
    [
      'a broken cross-reference',
      ['"deepseek-402"', '"related"', '"deepseek-999"'],
      () => withChange('deepseek-402', (e) => void e.related.push('deepseek-999')),
    ],
    [
      'a non-https source',
      ['"deepseek-402"', '"sources[0].url"', 'not https'],
      () => withChange('deepseek-402', (e) => void (e.sources[0]!.url = 'http://example.com/')),
    ],
    [
      'a slug that breaks the slug rule',
      ['"deepseek-402"', '"slug"', 'rename to "deepseek-400"'],
      () => withChange('deepseek-402', (e) => void (e.http = 400)),
    ],
    [
      'a missing verified date',
      ['"deepseek-402"', '"verified"', 'YYYY-MM-DD'],
      () => withChange('deepseek-402', (e) => void (e.verified = 'last week')),
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
