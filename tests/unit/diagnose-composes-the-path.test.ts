/** Step 5a (src/lib/diagnose/layers/compose.ts): the hops in order, the provider at the end, the failed one. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { composeLayers } from '../../src/lib/diagnose/layers/compose.ts';
import type { LayerHit } from '../../src/lib/diagnose/layers/types.ts';

const hop = (h: Partial<LayerHit> & Pick<LayerHit, 'id' | 'kind'>): LayerHit => ({
  name: h.id,
  evidence: h.id,
  at: 0,
  ...h,
});
const ids = (r: ReturnType<typeof composeLayers>) => r.layers.map((l) => l.id);
const failed = (r: ReturnType<typeof composeLayers>) => (r.failedLayer === null ? null : r.layers[r.failedLayer]!.id);

describe('composeLayers', () => {
  it('puts the recognized provider after the hops and blames it when no hop blames itself', () => {
    const r = composeLayers({
      hits: [hop({ id: 'litellm', kind: 'wrapper' })],
      provider: 'anthropic',
      status: 429,
      best: { slug: 'anthropic-429', provider: 'anthropic' },
      innerEntry: null,
    });
    assert.deepEqual(ids(r), ['litellm', 'anthropic']);
    assert.equal(failed(r), 'anthropic');
    assert.equal(r.layers[1]!.entry, 'anthropic-429');
  });
  it('blames the hop that reports its own failure', () => {
    const r = composeLayers({
      hits: [hop({ id: 'cline', kind: 'client' }), hop({ id: 'one-api', kind: 'relay', failed: 'self' })],
      provider: null,
      status: 503,
      best: null,
      innerEntry: null,
    });
    assert.deepEqual(ids(r), ['cline', 'one-api']);
    assert.equal(failed(r), 'one-api');
  });
  it('adds an unnamed upstream when a hop blames the next one', () => {
    const r = composeLayers({
      hits: [hop({ id: 'one-api', kind: 'relay', failed: 'next' })],
      provider: null,
      status: 429,
      best: null,
      innerEntry: null,
    });
    assert.deepEqual(ids(r), ['one-api', 'upstream']);
    assert.equal(r.layers[1]!.name, null);
    assert.equal(failed(r), 'upstream');
  });
  it('follows a gateway to the provider it names, with the entry of the body it carried', () => {
    const r = composeLayers({
      hits: [
        hop({
          id: 'openrouter',
          kind: 'gateway',
          failed: 'next',
          inner: '{}',
          upstream: { name: 'Google AI Studio', provider: 'gemini' },
        }),
      ],
      provider: 'openrouter',
      status: 429,
      best: { slug: 'openrouter-429-upstream', provider: 'openrouter' },
      innerEntry: 'gemini-429-resource-exhausted',
    });
    assert.deepEqual(ids(r), ['openrouter', 'gemini']);
    assert.equal(failed(r), 'gemini');
    assert.equal(r.layers[1]!.entry, 'gemini-429-resource-exhausted');
  });
  it('shows a plain provider error as one hop, and nothing when nothing is known', () => {
    assert.deepEqual(
      ids(composeLayers({ hits: [], provider: 'deepseek', status: 402, best: null, innerEntry: null })),
      ['deepseek'],
    );
    assert.deepEqual(composeLayers({ hits: [], provider: null, status: null, best: null, innerEntry: null }), {
      layers: [],
      failedLayer: null,
    });
  });
});
