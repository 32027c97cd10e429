/**
 * LangChain (Python and JS). Python chat models retry through tenacity and log "Retrying
 * langchain….completion_with_retry… in N seconds as it raised <SDK error>: <message>"; provider
 * packages wrap errors in their own classes (`ChatGoogleGenerativeAIError`); LangChain.js appends
 * a troubleshooting link with an error code (https://js.langchain.com/docs/troubleshooting/errors/).
 */
import type { LayerReader } from './types.ts';
import { find } from './types.ts';

export const langchain: LayerReader = {
  ids: ['langchain'],
  read(text) {
    const hit =
      find(text, /\blangchain(?:_[a-z]+)*\.[\w.<>]+/) ??
      find(text, /js\.langchain\.com\/docs\/troubleshooting\/errors\/\w+/) ??
      find(text, /\blc_error_code\b|\bChatGoogleGenerativeAIError\b/);
    if (!hit) return null;
    return { kind: 'wrapper', id: 'langchain', name: 'LangChain', evidence: hit.match, at: hit.at };
  },
};
