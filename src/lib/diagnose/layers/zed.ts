/**
 * Zed, the editor. Through Zed's hosted models, its server calls the provider and reports the
 * provider's failure as `{"code": "upstream_http_error", "message": "Received an error from the
 * <Provider> API: …", "upstream_status": <status>}` (https://github.com/zed-industries/zed/issues/34624;
 * upstream statuses are passed on since https://github.com/zed-industries/zed/pull/16118).
 */
import type { LayerReader } from './types.ts';
import { find } from './types.ts';
import { providerFromName } from './names.ts';

export const zed: LayerReader = {
  ids: ['zed'],
  read(text, index) {
    const hit = find(text, /Zed's API server/) ?? find(text, /["']code["']\s*:\s*["']upstream_http_error["']/);
    if (!hit) return null;
    const status = find(text, /["']upstream_status["']\s*:\s*(\d{3})/);
    const named = find(text, /Received an error from the (\w+) API/);
    const provider = named ? providerFromName(named.groups[0]!, index) : undefined;
    return {
      kind: 'client',
      id: 'zed',
      name: 'Zed',
      evidence: hit.match,
      at: hit.at,
      status: status ? Number(status.groups[0]) : undefined,
      upstream: named ? { name: named.groups[0]!, provider } : undefined,
      failed: 'next',
      note: status ? 'upstream-status' : undefined,
    };
  },
};
