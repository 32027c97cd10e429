/**
 * The Vercel AI SDK (`ai`, `@ai-sdk/*`). Its errors are named `AI_<Name>Error`; `AI_APICallError`
 * carries `url`, `statusCode`, `responseBody` and `isRetryable`, and `AI_RetryError` ("Failed after
 * N attempts. Last error: …") carries `lastError` (https://ai-sdk.dev/docs/reference/ai-sdk-errors).
 * Apps built on it (Cherry Studio) show the same names. Its words are a wrapper's; the status and
 * body inside are the provider's, read by the other steps.
 */
import type { LayerReader } from './types.ts';
import { find } from './types.ts';

export const vercelAi: LayerReader = {
  ids: ['vercel-ai'],
  read(text) {
    const hit =
      find(text, /\bAI_[A-Z][A-Za-z]*Error\b/) ?? find(text, /\[Symbol\(vercel\.ai\.error/) ?? find(text, /@ai-sdk\//);
    if (!hit) return null;
    return { kind: 'wrapper', id: 'vercel-ai', name: 'Vercel AI SDK', evidence: hit.match, at: hit.at };
  },
};
