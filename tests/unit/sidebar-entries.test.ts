/** The sidebar of a provider's page lists the same number of links however many entries the provider has. */
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
    assert.ok(own.length <= sidebarLimit);
    assert.deepEqual(sidebarEntries(own, own[2]), own);
    assert.deepEqual(sidebarEntries(own, undefined), own);
  });

  it('are exactly the limit for a large provider: the current one and its neighbours in order', () => {
    const own = large(20);
    for (const at of [0, 1, sidebarLimit, Math.floor(own.length / 2), own.length - 2, own.length - 1]) {
      const listed = sidebarEntries(own, own[at]);
      assert.equal(listed.length, sidebarLimit, `entry ${at}`);
      assert.ok(listed.includes(own[at]!), `entry ${at}`);
      const first = own.indexOf(listed[0]!);
      assert.deepEqual(listed, own.slice(first, first + sidebarLimit), `entry ${at}: one run of the list`);
      if (at > 0) assert.ok(listed.includes(own[at - 1]!), `entry ${at}: previous listed`);
      if (at < own.length - 1) assert.ok(listed.includes(own[at + 1]!), `entry ${at}: next listed`);
    }
  });

  it('start a large provider overview with its first entries', () => {
    const own = large(20);
    assert.deepEqual(sidebarEntries(own, undefined), own.slice(0, sidebarLimit));
  });

  it("include every entry of today's catalog on its own page", () => {
    for (const e of entries) assert.ok(sidebarEntries(entriesOfProvider(e.provider), e).includes(e));
  });
});
