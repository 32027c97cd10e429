/** The sidebar of a provider's page stays bounded however many entries the provider has. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entries, entriesOfProvider, type ErrorEntry } from '../../src/catalog/index.ts';
import { sidebarEntries, sidebarLimit } from '../../src/lib/sidebar-entries.ts';

/** A provider with `copies` times OpenAI's entries, as a large provider will have. */
const large = (copies: number): ErrorEntry[] =>
  Array.from({ length: copies }, (_, i) =>
    entriesOfProvider('openai').map((e) => ({ ...e, slug: `${e.slug}-copy-${i}` })),
  ).flat();

describe('the entries a sidebar lists', () => {
  it('are all of a small provider', () => {
    const own = entriesOfProvider('deepseek');
    assert.deepEqual(sidebarEntries(own, own[2]), own);
    assert.deepEqual(sidebarEntries(own, undefined), own);
  });

  it('are at most the limit for a large provider, all with the current status, the current one among them', () => {
    const own = large(20);
    assert.ok(own.length > sidebarLimit * 5);
    for (const current of [own[0]!, own.find((e) => e.http === 429)!, own.at(-1)!]) {
      const listed = sidebarEntries(own, current);
      assert.ok(listed.length <= sidebarLimit, `${listed.length} links`);
      assert.ok(listed.includes(current), current.slug);
      assert.ok(listed.every((e) => e.http === current.http && !e.sdk === !current.sdk));
    }
  });

  it('leave a large provider page to its own table', () => {
    assert.deepEqual(sidebarEntries(large(20), undefined), []);
  });

  it("cover today's catalog in full", () => {
    for (const e of entries) assert.ok(sidebarEntries(entriesOfProvider(e.provider), e).includes(e));
  });
});
