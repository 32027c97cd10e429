/**
 * OpenRouter, a gateway to many providers. Its own errors (credits, its rate limits, bad keys) are
 * `{"error": {"message", "code"}}`; an upstream provider's error arrives as "Provider returned
 * error" with the provider's body in `error.metadata.raw` and its name in `provider_name`
 * (https://openrouter.ai/docs/api/reference/errors-and-debugging). LiteLLM calls it
 * `OpenrouterException`.
 */
import type { LayerReader } from './types.ts';
import { find } from './types.ts';
import { providerFromName } from './names.ts';
import { balanced, field } from '../text.ts';
import { openrouterLimitHeaders } from '../envelope.ts';

export const openrouter: LayerReader = {
  ids: ['openrouter'],
  read(text, index) {
    const hit =
      find(text, /["']provider_name["']\s*:/) ??
      find(text, /openrouter\.ai/i) ??
      find(text, /\bOpenrouterException\b/i) ??
      find(text, /Provider returned error/) ??
      find(text, openrouterLimitHeaders);
    if (!hit) return null;
    const providerName = field(text, 'provider_name');
    const rawAt = text.search(/["']raw["']\s*:\s*["']?\s*\{/);
    const inner = rawAt >= 0 ? balanced(text, rawAt) : undefined;
    // The failure is upstream when OpenRouter says so: it relays a provider's body or names one.
    const upstreamSide =
      !!providerName || !!inner || /Provider returned error|Upstream error from|rate-limited upstream/i.test(text);
    return {
      kind: 'gateway',
      id: 'openrouter',
      name: 'OpenRouter',
      evidence: hit.match,
      at: hit.at,
      upstream: providerName ? { name: providerName, provider: providerFromName(providerName, index) } : undefined,
      inner,
      failed: upstreamSide ? 'next' : 'self',
    };
  },
};
