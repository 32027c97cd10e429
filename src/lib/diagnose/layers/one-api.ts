/**
 * one-api and its forks (new-api, …), relays that resell many providers behind one key. They
 * answer in OpenAI's envelope and append "(request id: <id>)" to every message
 * (songquanpeng/one-api common/helper MessageWithRequestId). Their own errors have the type
 * `one_api_error` / `new_api_error` (forks: `*_api_error`) and Chinese messages from
 * middleware/auth.go, middleware/distributor.go and model/token.go. An upstream 429 is not passed
 * on: its message is replaced by 当前分组上游负载已饱和，请稍后再试 ("the group's upstream is saturated",
 * controller/relay.go), so the upstream's reason is lost; other upstream errors keep their body
 * (type `upstream_error` when the upstream gave none; QuantumNous/new-api types/error.go).
 */
import type { FailureClass } from '../../../catalog/types.ts';
import type { HopNote } from '../types.ts';
import type { LayerHit, LayerReader } from './types.ts';
import { find } from './types.ts';

/** The relay's own errors: its words, what they mean, and the class that decides the retry. */
const ownErrors: { re: RegExp; note: HopNote; cls: FailureClass }[] = [
  { re: /当前分组\s*\S*\s*下对于模型\s*\S*\s*无可用渠道/, note: 'own-no-route', cls: 'request' },
  {
    re: /user quota is not enough|insufficient_user_quota|pre_consume_token_quota_failed|用户额度不足|令牌额度不足|(?:该)?令牌\S*额度已用尽/,
    note: 'own-quota',
    cls: 'billing',
  },
  // new-api's own sensitive-word check stops a prompt before any upstream is called (types/error.go
  // ErrorCodeSensitiveWordsDetected, ErrorCodePromptBlocked).
  { re: /\bsensitive_words_detected\b|\bprompt_blocked\b/, note: 'own-filter', cls: 'request' },
  {
    re: /无效的令牌|未提供令牌|令牌验证失败|该令牌已过期|该令牌状态不可用|用户已被封禁|该令牌无权使用模型[^\s(（]*/,
    note: 'own-auth',
    cls: 'auth',
  },
];

export const oneApi: LayerReader = {
  ids: ['one-api'],
  read(text) {
    const suffix = find(text, /\(request id: ?[\w-]*\)/);
    const type = find(text, /\b[a-z]+_api_error\b/);
    const saturated = find(text, /当前分组(?:上游)?负载已饱和[，,]?\s*请稍后再试/);
    const own = ownErrors.map((o) => ({ ...o, hit: find(text, o.re) })).find((o) => o.hit);
    const evidence = saturated ?? own?.hit ?? type ?? suffix;
    if (!evidence) return null;
    const hop: LayerHit = {
      kind: 'relay',
      id: 'one-api',
      name: 'one-api / new-api',
      evidence: evidence.match,
      at: evidence.at,
    };
    if (own) return { ...hop, own: [own.hit!.match], failed: 'self', note: own.note, cls: own.cls };
    // Only an upstream 429 gets these words: the status is known even where the text states none.
    if (saturated)
      return {
        ...hop,
        own: [saturated.match],
        failed: 'next',
        note: 'upstream-429-rewritten',
        cls: 'rate-limit',
        status: 429,
      };
    return { ...hop, failed: 'next' };
  },
};
