/**
 * LlamaIndex. Its OpenAI LLM and embedding classes retry through tenacity and log "Retrying
 * llama_index.… in N seconds as it raised <SDK error>: <message>" (run-llama/llama_index,
 * llama-index-llms-openai and llama-index-embeddings-openai).
 */
import type { LayerReader } from './types.ts';
import { find } from './types.ts';

export const llamaindex: LayerReader = {
  ids: ['llamaindex'],
  read(text) {
    const hit = find(text, /\bllama_index\.[\w.]+/) ?? find(text, /\bllama-index\b|\bLlamaIndex\b/);
    if (!hit) return null;
    return { kind: 'wrapper', id: 'llamaindex', name: 'LlamaIndex', evidence: hit.match, at: hit.at };
  },
};
