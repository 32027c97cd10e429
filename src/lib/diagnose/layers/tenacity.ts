/**
 * tenacity, the Python retry library under LangChain, LlamaIndex and many apps. When its attempts
 * run out it raises `RetryError[<Future … raised RateLimitError>]`, often as the last line of a
 * traceback, naming only the class of the error it gave up on
 * (https://tenacity.readthedocs.io/en/latest/api.html#tenacity.RetryError).
 */
import type { LayerReader } from './types.ts';
import { find } from './types.ts';

export const tenacity: LayerReader = {
  ids: ['tenacity'],
  read(text) {
    const hit = find(text, /\btenacity\.RetryError\b|\bRetryError\[<Future at \w+ state=\w+ raised \w+>\]/);
    if (!hit) return null;
    return { kind: 'wrapper', id: 'tenacity', name: 'tenacity', evidence: hit.match, at: hit.at };
  },
};
