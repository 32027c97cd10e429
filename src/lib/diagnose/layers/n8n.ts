/**
 * n8n, the workflow tool. Its nodes put a fixed sentence per status above the service's message
 * (STATUS_CODE_MESSAGES in n8n packages/workflow/src/errors/node-api.error.ts): "The service is
 * receiving too many requests from you" is every 429, quota or rate limit alike
 * (https://github.com/n8n-io/n8n/issues/19356). The sentence gives the status; the meaning is in
 * the provider's message below it.
 */
import type { LayerReader } from './types.ts';
import { find } from './types.ts';

const labels: [string, number][] = [
  ['Bad request - please check your parameters', 400],
  ['Authorization failed - please check your credentials', 401],
  ['Payment required - perhaps check your payment details?', 402],
  ['Forbidden - perhaps check your credentials?', 403],
  ['The resource you are requesting could not be found', 404],
  ['The service is receiving too many requests from you', 429],
  ['The service was not able to process your request', 500],
  ['Bad gateway - the service failed to handle your request', 502],
  ['Service unavailable - try again later or consider setting this node to retry automatically', 503],
  ['Gateway timed out - perhaps try again later?', 504],
];

export const n8n: LayerReader = {
  ids: ['n8n'],
  read(text) {
    const label = labels.find(([words]) => text.includes(words));
    const hit = label ? find(text, new RegExp(label[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))) : find(text, /\bn8n\b/);
    if (!hit) return null;
    return {
      kind: 'client',
      id: 'n8n',
      name: 'n8n',
      evidence: hit.match,
      at: hit.at,
      ...(label ? { own: [label[0]], status: label[1], failed: 'next' as const } : {}),
    };
  },
};
