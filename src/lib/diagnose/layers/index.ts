/**
 * Step 1: find the hops. Every layer module reads the text; the hops found are ordered from the
 * caller outwards to the model (client UI, wrapper, relay, gateway, CDN), and their own words are
 * hidden from the later steps, so a wrapper's sentence ("The service is receiving too many
 * requests from you") is not read as the provider's. A new wrapper is one module in this list.
 */
import type { DiagnoseIndex, LayerKind } from '../types.ts';
import type { LayerHit, LayerReader } from './types.ts';
import { blank } from '../text.ts';
import { cdn } from './cdn.ts';
import { cherryStudio } from './cherry-studio.ts';
import { cline } from './cline.ts';
import { continueDev } from './continue.ts';
import { cursor } from './cursor.ts';
import { dify } from './dify.ts';
import { langchain } from './langchain.ts';
import { litellm } from './litellm.ts';
import { llamaindex } from './llamaindex.ts';
import { n8n } from './n8n.ts';
import { oneApi } from './one-api.ts';
import { openrouter } from './openrouter.ts';
import { portkey } from './portkey.ts';
import { tenacity } from './tenacity.ts';
import { vercelAi } from './vercel-ai.ts';
import { zed } from './zed.ts';

export type { LayerHit, LayerReader } from './types.ts';

export const readers: LayerReader[] = [
  cherryStudio,
  dify,
  continueDev,
  cline,
  cursor,
  zed,
  n8n,
  vercelAi,
  langchain,
  llamaindex,
  tenacity,
  litellm,
  oneApi,
  openrouter,
  portkey,
  cdn,
];

/** Outermost first: the caller's UI wraps a library, which calls a relay, a gateway, a CDN, the API. */
export const kindOrder: Record<LayerKind, number> = {
  client: 0,
  wrapper: 1,
  relay: 2,
  gateway: 3,
  cdn: 4,
  provider: 5,
};

export function findLayers(text: string, index: DiagnoseIndex): { hits: LayerHit[]; matchText: string } {
  const hits = readers
    .map((r) => r.read(text, index))
    .filter((h): h is LayerHit => h !== null)
    .sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.at - b.at);
  return {
    hits,
    matchText: blank(
      text,
      hits.flatMap((h) => h.own ?? []),
    ),
  };
}
