/**
 * The diagnose parser against our fixture set (tests/fixtures/diagnose-*.ts): every catalog entry in
 * several shapes, text from behind wrappers, gateways and client UIs, plus noise. Prints the share of
 * correct entries, classes and verdicts, overall, per provider and per shape or wrapper.
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
import { wrapperFixtures } from '../fixtures/diagnose-wrappers.ts';
import { add, count, line, shapeOf, table, tally, type Tally } from '../support/diagnose-tally.ts';

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
  ...wrapperFixtures,
];

const index = buildDiagnoseIndex();

const overall = tally();
const byProvider = new Map<string, Tally>();
const byShape = new Map<string, Tally>();
/** Per hop a fixture expects (wrapper, client UI, relay, gateway, CDN; not the provider). */
const byHop = new Map<string, Tally>();
const providerIds = new Set<string>(entries.map((e) => e.provider));

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
      // Without a stated verdict, the class decides (README, failure classes).
      const expectedRetryable = expected ? classInfo[expected.class].retryable : undefined;
      const verdictOk =
        fixture.verdict !== undefined
          ? d.verdict === fixture.verdict
          : expected
            ? d.retryable === expectedRetryable
            : undefined;
      const groups = [
        overall,
        count(byProvider, expected?.provider ?? fixture.provider ?? '(no entry)'),
        count(byShape, shapeOf(fixture)),
        ...(fixture.layers ?? [])
          .filter((id) => id !== 'upstream' && !providerIds.has(id))
          .map((id) => count(byHop, id)),
      ];
      const outcome = {
        entry: (d.best?.slug ?? null) === fixture.slug,
        cls: !expected || d.cls === expected.class,
        verdict: verdictOk,
        unknown: d.verdict === 'unknown',
      };
      for (const t of groups) add(t, outcome);

      const why = `got ${d.best?.slug ?? 'nothing'}; ranked ${d.candidates.map((c) => `${c.slug}:${c.score}`).join(', ')}`;
      assert.equal(d.best?.slug ?? null, fixture.slug, why);
      if (expected) assert.equal(d.cls, expected.class);
      if (fixture.verdict !== undefined) assert.equal(d.verdict, fixture.verdict, `verdict (${d.verdictReason})`);
      else if (expected) assert.equal(d.retryable, expectedRetryable);
      if (fixture.verdictReason !== undefined) assert.equal(d.verdictReason, fixture.verdictReason);
      if (fixture.status !== undefined) assert.equal(d.status, fixture.status);
      if (fixture.requestId) assert.equal(d.requestId, fixture.requestId);
      if (fixture.waitSeconds !== undefined) assert.equal(d.wait?.seconds, fixture.waitSeconds);
      if (fixture.provider) assert.equal(d.provider?.id, fixture.provider);
      if (fixture.layers)
        assert.deepEqual(
          d.layers.map((l) => l.id),
          fixture.layers,
          'layers',
        );
      if (fixture.failed !== undefined)
        assert.equal(d.failedLayer === null ? null : d.layers[d.failedLayer]!.id, fixture.failed, 'failed hop');
      if (fixture.upstream !== undefined)
        assert.equal(d.failedLayer === null ? null : (d.layers[d.failedLayer]!.entry ?? null), fixture.upstream);
      for (const notice of fixture.notices ?? []) assert.ok(d.notices.includes(notice as never), `notice ${notice}`);
    });
  }

  after(() => {
    console.log(
      [
        `diagnose fixtures: ${line(overall)}`,
        table('diagnose fixtures per provider', byProvider),
        table('diagnose fixtures per shape', byShape),
        table('diagnose fixtures per wrapper, client UI, relay, gateway or CDN', byHop),
      ].join('\n'),
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
    assert.deepEqual(d.layers, []);
  });
  it('survives hostile text in the shapes of wrappers, relays and CDN pages', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    for (const text of [
      `{"error":{"message":"Provider returned error","metadata":{"raw":"{${'{'.repeat(5000)}","provider_name":"${hostile}"}}}`,
      `litellm.RateLimitError: ${'A'.repeat(20000)}Exception - ${hostile}`,
      `当前分组上游负载已饱和，请稍后再试 (request id: ${hostile})`,
      `<html><title>${hostile} | 524: A timeout occurred</title>cf-error-details</html>`,
      `event: error\ndata: ${'{'.repeat(10000)}`,
      `Limit ${'9'.repeat(400)}, Requested ${'9'.repeat(401)}`,
    ]) {
      assert.doesNotThrow(() => diagnose(text, index), text.slice(0, 60));
      const d = diagnose(text, index);
      assert.ok(d.failedLayer === null || d.layers[d.failedLayer] !== undefined);
    }
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
