/**
 * Cursor, the editor. With a user's own API key it calls the provider from its servers and shows
 * its own sentences instead of the provider's answer: any 429 or 5xx from the base URL becomes
 * "User API Key Rate limit exceeded" (https://github.com/BerriAI/litellm-docs/pull/1139), so the
 * status is gone. Its plan limits and account blocks are its own
 * (https://github.com/cursor/cursor/issues/3703).
 */
import type { FailureClass } from '../../../catalog/types.ts';
import type { HopNote } from '../types.ts';
import type { LayerReader } from './types.ts';
import { find } from './types.ts';

const sentences: { re: RegExp; note: HopNote; failed: 'self' | 'next'; cls?: FailureClass }[] = [
  { re: /User API Key Rate limit exceeded/, note: 'status-hidden', failed: 'next' },
  { re: /You've hit your (?:usage|free requests) limit/, note: 'own-quota', failed: 'self', cls: 'billing' },
  {
    re: /Your request has been blocked as our system has detected suspicious activity/,
    note: 'own-blocked',
    failed: 'self',
    cls: 'auth',
  },
];

export const cursor: LayerReader = {
  ids: ['cursor'],
  read(text) {
    const said = sentences.map((s) => ({ ...s, hit: find(text, s.re) })).find((s) => s.hit);
    const hit = said?.hit ?? find(text, /\bcursor\.com\b|\bCursor (?:Pro|Agent)\b/);
    if (!hit) return null;
    return {
      kind: 'client',
      id: 'cursor',
      name: 'Cursor',
      evidence: hit.match,
      at: hit.at,
      ...(said ? { own: [said.hit!.match], failed: said.failed, note: said.note, cls: said.cls } : {}),
    };
  },
};
