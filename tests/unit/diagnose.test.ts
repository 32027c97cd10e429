/**
 * The diagnose parser against our fixture set (tests/fixtures/diagnose-fixtures.ts): every catalog
 * entry in several shapes, plus noise. Prints the share of correct entries, classes and verdicts.
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { classInfo, entries, entryBySlug } from '../../src/catalog/index.ts';
import { diagnose, MAX_INPUT } from '../../src/lib/diagnose.ts';
import { buildDiagnoseIndex } from '../../src/lib/diagnose-index.ts';
import { diagnoseFixtures as baseFixtures } from '../fixtures/diagnose-fixtures.ts';
import { azureOpenaiFixtures } from '../fixtures/diagnose-azure-openai.ts';
import { openrouterFixtures } from '../fixtures/diagnose-openrouter.ts';
import { mistralFixtures } from '../fixtures/diagnose-mistral.ts';
import { geminiFixtures } from '../fixtures/diagnose-gemini.ts';
import { groqFixtures } from '../fixtures/diagnose-groq.ts';
import { anthropicFixtures } from '../fixtures/diagnose-anthropic.ts';
import { qianfanFixtures } from '../fixtures/diagnose-qianfan.ts';
import { alibabaFixtures } from '../fixtures/diagnose-alibaba.ts';
import { zhipuFixtures } from '../fixtures/diagnose-zhipu.ts';
import { minimaxFixtures } from '../fixtures/diagnose-minimax.ts';
import { siliconflowFixtures } from '../fixtures/diagnose-siliconflow.ts';
import { volcengineFixtures } from '../fixtures/diagnose-volcengine.ts';
import { moonshotFixtures } from '../fixtures/diagnose-moonshot.ts';

const diagnoseFixtures = [
  ...baseFixtures,
  ...azureOpenaiFixtures,
  ...openrouterFixtures,
  ...mistralFixtures,
  ...geminiFixtures,
  ...groqFixtures,
  ...anthropicFixtures,
  ...qianfanFixtures,
  ...alibabaFixtures,
  ...zhipuFixtures,
  ...minimaxFixtures,
  ...siliconflowFixtures,
  ...volcengineFixtures,
  ...moonshotFixtures,
];

const index = buildDiagnoseIndex();
const tally = { entry: 0, cls: 0, verdict: 0, total: 0 };

describe('diagnose fixtures', () => {
  it('cover at least 80 inputs and every catalog entry', () => {
    assert.ok(diagnoseFixtures.length >= 80, `${diagnoseFixtures.length} fixtures`);
    const covered = new Set(diagnoseFixtures.map((f) => f.slug));
    assert.deepEqual(
      entries.map((e) => e.slug).filter((slug) => !covered.has(slug)),
      [],
    );
  });

  for (const fixture of diagnoseFixtures) {
    it(`${fixture.slug ?? 'no entry'}: ${fixture.name}`, () => {
      const d = diagnose(fixture.input, index);
      const expected = fixture.slug ? entryBySlug(fixture.slug)! : undefined;
      const expectedRetryable = expected ? classInfo[expected.class].retryable : undefined;
      tally.total++;
      if ((d.best?.slug ?? null) === fixture.slug) tally.entry++;
      if (!expected || d.cls === expected.class) tally.cls++;
      if (!expected || d.retryable === expectedRetryable) tally.verdict++;

      const why = `got ${d.best?.slug ?? 'nothing'}; ranked ${d.candidates.map((c) => `${c.slug}:${c.score}`).join(', ')}`;
      assert.equal(d.best?.slug ?? null, fixture.slug, why);
      if (expected) {
        assert.equal(d.cls, expected.class);
        assert.equal(d.retryable, expectedRetryable);
      }
      if (fixture.status !== undefined) assert.equal(d.status, fixture.status);
      if (fixture.requestId) assert.equal(d.requestId, fixture.requestId);
      if (fixture.waitSeconds !== undefined) assert.equal(d.wait?.seconds, fixture.waitSeconds);
      if (fixture.provider) assert.equal(d.provider?.id, fixture.provider);
    });
  }

  after(() => {
    const pct = (n: number) => `${((100 * n) / Math.max(tally.total, 1)).toFixed(1)}%`;
    console.log(
      `diagnose fixtures: ${tally.total} inputs; correct entry ${pct(tally.entry)}, correct class ${pct(tally.cls)}, correct retry verdict ${pct(tally.verdict)}`,
    );
  });
});

describe('diagnose never fails on bad input', () => {
  it('reports empty and whitespace input', () => {
    assert.deepEqual(diagnose('', index).notices, ['empty']);
    assert.deepEqual(diagnose(' \n\t ', index).notices, ['empty']);
  });
  it('caps a megabyte of text and says so', () => {
    const d = diagnose('Error code: 503 '.padEnd(1024 * 1024, 'x'), index);
    assert.ok(d.notices.includes('truncated'));
    assert.equal(d.status, 503);
    assert.ok(MAX_INPUT < 1024 * 1024);
  });
  it('flags binary junk', () => {
    const junk = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(i % 32)).join('');
    assert.ok(diagnose(junk, index).notices.includes('binary'));
  });
  it('survives deeply nested JSON and hostile markup', () => {
    assert.doesNotThrow(() => diagnose('{"a":'.repeat(10000) + '1' + '}'.repeat(10000), index));
    const d = diagnose('<script>alert(1)</script><img src=x onerror=alert(2)>', index);
    assert.equal(d.best, null);
    assert.equal(d.verdict, 'unknown');
  });
  it('says "unknown" when there is no status and nothing it knows', () => {
    const d = diagnose('something went wrong, please try again', index);
    assert.equal(d.status, null);
    assert.equal(d.retryable, 'unknown');
  });
  it('gives the generic meaning of a status the catalog does not list', () => {
    const d = diagnose('HTTP/1.1 413 Content Too Large', index);
    assert.equal(d.best, null);
    assert.equal(d.status, 413);
    assert.equal(d.cls, 'request');
    assert.equal(d.retryable, false);
  });
});
