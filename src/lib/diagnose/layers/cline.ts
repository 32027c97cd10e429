/**
 * Cline, the VS Code agent. It shows a failed call under the heading "API Request Failed" with
 * the SDK's message (https://github.com/cline/cline/issues/962); the words below are the
 * provider's or the SDK's.
 */
import type { LayerReader } from './types.ts';
import { find } from './types.ts';

export const cline: LayerReader = {
  ids: ['cline'],
  read(text) {
    const hit = find(text, /\bAPI Request Failed\b/) ?? find(text, /\bCline\b/);
    if (!hit) return null;
    return { kind: 'client', id: 'cline', name: 'Cline', evidence: hit.match, at: hit.at, own: ['API Request Failed'] };
  },
};
