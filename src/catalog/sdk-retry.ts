/**
 * Whether the SDK a developer most likely calls a provider with retries an entry by itself, and
 * whether that is right for the entry's failure class. Providers with their own SDK are called with
 * it; every other provider here is called through its OpenAI-compatible API with the `openai` SDKs.
 */
import { classInfo } from './classes.ts';
import type { ErrorEntry, ProviderId } from './types.ts';

export const sdkFamilies = ['openai', 'anthropic', 'groq', 'google-genai', 'mistralai'] as const;
export type SdkFamily = (typeof sdkFamilies)[number];

const ownSdk: Partial<Record<ProviderId, SdkFamily>> = {
  anthropic: 'anthropic',
  groq: 'groq',
  gemini: 'google-genai',
  mistral: 'mistralai',
};

/**
 * Statuses the Stainless-generated SDKs (openai, anthropic, groq) retry by default: 408, 409, 429
 * and every 5xx (openai-python `_should_retry`, openai-node `shouldRetry`, the same rule in
 * anthropic-sdk-python/-typescript and groq-python/-typescript). google-genai and mistralai retry
 * nothing unless configured (their SDK entries cite the source).
 */
export const sdkRetriesStatus = (status: number) => [408, 409, 429].includes(status) || status >= 500;

const retryingFamilies: SdkFamily[] = ['openai', 'anthropic', 'groq'];

export interface SdkRetry {
  family: SdkFamily;
  /** What the SDK does by default; `depends` where its source says so (a setting or the body). */
  retries: boolean | 'depends';
  /** `wasted`: it retries what cannot succeed; `missing`: it gives up on what a wait would fix. */
  fit: 'right' | 'wasted' | 'missing' | 'depends';
}

export function sdkRetry(entry: ErrorEntry): SdkRetry {
  const family = ownSdk[entry.provider] ?? 'openai';
  const retries: SdkRetry['retries'] = entry.sdk
    ? entry.sdk.retriedByDefault
    : entry.http !== null && entry.http !== 200 && retryingFamilies.includes(family) && sdkRetriesStatus(entry.http);
  const should = classInfo[entry.class].retryable;
  const fit = retries === 'depends' ? 'depends' : retries === should ? 'right' : retries ? 'wasted' : 'missing';
  return { family, retries, fit };
}
