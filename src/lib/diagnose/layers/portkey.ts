/**
 * Portkey's AI gateway rewrites a provider's error into OpenAI's envelope, prefixes the message
 * with "<provider> error: " and names the provider beside `error` (Portkey-AI/gateway
 * src/providers/utils.ts, generateErrorResponse).
 */
import type { LayerReader } from './types.ts';
import { find } from './types.ts';
import { providerFromName } from './names.ts';
import { escapeRegExp, field } from '../text.ts';

export const portkey: LayerReader = {
  ids: ['portkey'],
  read(text, index) {
    const name = field(text, 'provider');
    const prefixed = name ? find(text, new RegExp(`["']message["']\\s*:\\s*["']${escapeRegExp(name)} error: `)) : null;
    const hit = prefixed ?? find(text, /\bportkey\b|x-portkey-/i);
    if (!hit) return null;
    return {
      kind: 'gateway',
      id: 'portkey',
      name: 'Portkey',
      evidence: hit.match,
      at: hit.at,
      upstream: name ? { name, provider: providerFromName(name, index) } : undefined,
      failed: prefixed ? 'next' : undefined,
    };
  },
};
