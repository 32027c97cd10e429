/**
 * Dify, an LLM app platform. Model providers are plugins; their errors reach the app as
 * "[<provider>] Error: PluginInvokeError: {"args": …, "error_type": …, "message": …}" or as a
 * plugin log line "plugin langgenius/<provider>:<version>: …" (https://github.com/langgenius/dify/issues/18378,
 * https://github.com/langgenius/dify/issues/22376). The provider's own words are inside.
 */
import type { LayerReader } from './types.ts';
import { find } from './types.ts';
import { providerFromName } from './names.ts';

export const dify: LayerReader = {
  ids: ['dify'],
  read(text, index) {
    const plugin = find(text, /\bplugin langgenius\/([\w-]+)/);
    const bracket = find(text, /\[([\w-]+)\] Error: (?:PluginInvokeError|\[models\])/);
    const hit = plugin ?? bracket ?? find(text, /\bPluginInvokeError\b|core\.model_runtime\.errors/);
    if (!hit) return null;
    const name = (plugin ?? bracket)?.groups[0];
    const provider = name ? providerFromName(name, index) : undefined;
    return {
      kind: 'client',
      id: 'dify',
      name: 'Dify',
      evidence: hit.match,
      at: hit.at,
      upstream: provider ? { name: name!, provider } : undefined,
      failed: 'next',
    };
  },
};
