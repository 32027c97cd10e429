/**
 * Continue, the IDE assistant. It reports a failed call as "HTTP <status> <reason> from <url>
 * <body>" (https://github.com/continuedev/continue/issues/993), or as "Error Details" with the
 * provider and the output (https://github.com/continuedev/continue/issues/12744). When the URL is
 * Continue's own free-trial proxy, the limit is Continue's, not a provider's.
 */
import type { LayerHit, LayerReader } from './types.ts';
import { find } from './types.ts';
import { providerFromName } from './names.ts';

export const continueDev: LayerReader = {
  ids: ['continue'],
  read(text, index) {
    const http = find(text, /\bHTTP (\d{3})\b[^\n]{0,200}? from (https?:\/\/[^\s/]+)\S*/);
    const details = find(text, /^Provider: ([\w-]+)\s*$/m);
    const hit =
      http ?? (details && /Error (?:Details|Output)/.test(text) ? details : null) ?? find(text, /Continue error:/);
    if (!hit) return null;
    const hop: LayerHit = {
      kind: 'client',
      id: 'continue',
      name: 'Continue',
      evidence: hit.match,
      at: hit.at,
      status: http ? Number(http.groups[0]) : undefined,
    };
    // Continue's own proxy for its free trial (proxy-server-….run.app): its limits are its own.
    if (http && /proxy-server[\w-]*\.[\w.-]*run\.app|continue\.dev/.test(http.groups[1]!)) {
      const trial = /free trial/i.test(text);
      return {
        ...hop,
        failed: 'self',
        note: trial ? 'own-quota' : 'own-rate-limit',
        cls: trial ? 'billing' : 'rate-limit',
      };
    }
    // "Provider: openai" is Continue's adapter for any OpenAI-compatible server (GLM, Kimi, a relay
    // behind an apiBase), so it does not say OpenAI answered; the other adapters name their API.
    const name = details?.groups[0];
    const provider = name && name !== 'openai' ? providerFromName(name, index) : undefined;
    return { ...hop, upstream: provider ? { name: name!, provider } : undefined, failed: 'next' };
  },
};
