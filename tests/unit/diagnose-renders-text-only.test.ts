/**
 * The diagnose page shows pasted text as text, and has words for everything the parser can say:
 * every key it uses exists in both languages, and the DOM is built with `textContent` only.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diagnose } from '../../src/lib/diagnose/index.ts';
import { buildDiagnoseIndex } from '../../src/lib/diagnose-index.ts';
import { layerLine, pathLine, verdictLine } from '../../src/lib/diagnose-text.ts';
import { readRepoFile } from '../support/site-texts.ts';

const index = buildDiagnoseIndex();
const en = JSON.parse(readRepoFile('src/content/i18n/en.json')) as Record<string, string>;
const zh = JSON.parse(readRepoFile('src/content/i18n/zh-CN.json')) as Record<string, string>;
const pageKeys = [...readRepoFile('src/components/DiagnoseTool.astro').matchAll(/^\s*'(diagnose\.[^']+)',$/gm)].map(
  (m) => m[1]!,
);

/** The string members of a union type in src/lib/diagnose/types.ts. */
function union(name: string): string[] {
  const source = readRepoFile('src/lib/diagnose/types.ts');
  const body = source.split(new RegExp(`${name}\\s*(?:=|:)`))[1]!.split(';')[0]!;
  return [...body.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

describe('the diagnose page has words for everything the parser says', () => {
  it('lists keys that exist in English and in Chinese', () => {
    assert.ok(pageKeys.length > 50);
    assert.deepEqual(
      pageKeys.filter((k) => !en[k] || !zh[k]),
      [],
    );
  });

  for (const [type, prefix] of [
    ['export type Verdict', 'diagnose.verdict.'],
    ['export type VerdictReason', 'diagnose.verdictReason.'],
    ['export type HopNote', 'diagnose.hop.'],
    ['export type LayerKind', 'diagnose.layerKind.'],
    ['notices', 'diagnose.notice.'],
  ] as const) {
    it(`has a sentence for every value of ${type.replace('export type ', '')}`, () => {
      const values = union(type).filter((v) => !(prefix === 'diagnose.verdictReason.' && v === 'class'));
      assert.ok(values.length > 1, type);
      assert.deepEqual(
        values.filter((v) => !pageKeys.includes(`${prefix}${v}`)),
        [],
      );
    });
  }

  it('has a sentence for every reason key', () => {
    const keys = union('  key');
    assert.ok(keys.includes('layer'));
    assert.deepEqual(
      keys.filter((k) => !pageKeys.includes(`diagnose.reason.${k}`)),
      [],
    );
  });
});

describe('pasted markup stays text', () => {
  const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';

  it('keeps a hostile provider name in a gateway body as a plain string', () => {
    const d = diagnose(
      `{"error":{"message":"Provider returned error","code":429,"metadata":{"raw":"rate limited","provider_name":"${hostile.replace(/"/g, "'")}"}}}`,
      index,
    );
    const upstream = d.layers.find((l) => l.kind === 'provider')!;
    assert.ok(upstream.name?.includes('<img'), 'the name is kept as written');
    const strings = Object.fromEntries(pageKeys.map((k) => [k, en[k]!]));
    const line = layerLine(d, d.layers.indexOf(upstream), strings, {});
    assert.equal(typeof line, 'string');
    assert.ok(pathLine(d, strings, {})!.includes('<img'), 'the ticket summary quotes it as text');
    assert.ok(verdictLine(d, strings).length > 0);
  });

  it('never parses a hostile wrapper line into anything but text', () => {
    for (const text of [
      `litellm.RateLimitError: ${hostile}Exception - ${hostile}`,
      `错误名称: AI_APICallError\n错误信息: ${hostile}`,
      `<html><head><title>${hostile} | 524: A timeout occurred</title></head><body>cf-error-details</body></html>`,
      `${hostile} (request id: ${hostile})`,
    ]) {
      const d = diagnose(text, index);
      for (const l of d.layers) for (const v of [l.id, l.name ?? '', l.evidence]) assert.equal(typeof v, 'string');
      assert.ok(d.requestId === null || /^[\w.-]+$/.test(d.requestId), 'a request ID is a plain token');
    }
  });

  it('builds the page with DOM methods and textContent only', () => {
    for (const file of ['src/lib/diagnose-ui.ts', 'src/lib/diagnose-text.ts']) {
      const source = readRepoFile(file);
      assert.doesNotMatch(
        source,
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/,
        file,
      );
    }
  });
});
