/**
 * Cherry Studio, a desktop chat client. Its error details label the error in the UI's language
 * (错误名称 / 错误信息 / 堆栈信息 in Chinese) around the AI SDK error it caught, and its stack frames
 * run through `Cherry Studio/resources/app.asar`
 * (https://github.com/lbjlaq/Antigravity-Manager/issues/1506, https://github.com/chenyme/grok2api/issues/508).
 */
import type { LayerReader } from './types.ts';
import { find } from './types.ts';

export const cherryStudio: LayerReader = {
  ids: ['cherry-studio'],
  read(text) {
    const labels = find(text, /^错误名称[:：]/m);
    const hit = (labels && /^错误信息[:：]/m.test(text) ? labels : null) ?? find(text, /Cherry(?:%20| )Studio/);
    if (!hit) return null;
    return {
      kind: 'client',
      id: 'cherry-studio',
      name: 'Cherry Studio',
      evidence: hit.match,
      at: hit.at,
      own: ['错误名称', '错误信息', '堆栈信息'],
    };
  },
};
