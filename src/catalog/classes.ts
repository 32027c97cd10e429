import type { FailureClass, Localized } from './types.ts';

/** Whose side a failure is on. Derived from the failure class, never stored per entry. */
export type Fault = 'caller' | 'account' | 'traffic' | 'provider' | 'network';

/** How to react, in one word. Derived from the failure class (DESIGN.md §3). */
export type RetryVerdict = 'no' | 'paced' | 'after-wait' | 'bounded';

export interface ClassInfo {
  label: Localized;
  /** What the bucket means, one sentence. */
  meaning: Localized;
  retryable: boolean;
  verdict: RetryVerdict;
  fault: Fault;
  /** The triage rule for the bucket, one sentence. */
  policy: Localized;
}

export const classInfo: Record<FailureClass, ClassInfo> = {
  request: {
    label: { en: 'Request', 'zh-cn': '请求错误' },
    meaning: {
      en: 'The request itself is wrong: format, parameters, model name, size, context length or content policy.',
      'zh-cn': '请求本身有问题：格式、参数、模型名、大小、上下文长度或内容策略。',
    },
    retryable: false,
    verdict: 'no',
    fault: 'caller',
    policy: {
      en: 'Do not retry. Change the request in code; the same request fails the same way.',
      'zh-cn': '不要重试。在代码里改正请求，原样重发只会得到同样的错误。',
    },
  },
  auth: {
    label: { en: 'Authentication', 'zh-cn': '认证与权限' },
    meaning: {
      en: 'The key is missing, wrong or revoked, lacks permission, or the caller is in a region the provider does not serve.',
      'zh-cn': 'API key 缺失、错误或已被吊销，没有相应权限，或者调用方所在地区不受支持。',
    },
    retryable: false,
    verdict: 'no',
    fault: 'account',
    policy: {
      en: 'Do not retry. Fix the key, the permission or the account setting first.',
      'zh-cn': '不要重试。先修正 key、权限或账号设置。',
    },
  },
  billing: {
    label: { en: 'Billing', 'zh-cn': '余额与额度' },
    meaning: {
      en: 'The balance, credits, quota or spend limit is exhausted.',
      'zh-cn': '余额、额度、配额或支出上限已经用完。',
    },
    retryable: false,
    verdict: 'no',
    fault: 'account',
    policy: {
      en: 'Do not retry. A person has to pay, top up or raise a limit; alert them and stop sending.',
      'zh-cn': '不要重试。需要有人付款、充值或提高上限；通知负责人并暂停发送。',
    },
  },
  'rate-limit': {
    label: { en: 'Rate limit', 'zh-cn': '速率限制' },
    meaning: {
      en: 'Too many requests or tokens for now; the limit frees up again with time.',
      'zh-cn': '当前请求数或 token 数超出限制；过一段时间额度会恢复。',
    },
    retryable: true,
    verdict: 'paced',
    fault: 'traffic',
    policy: {
      en: 'Retry, paced: honour Retry-After when present and back off exponentially with jitter.',
      'zh-cn': '可以重试，但要控制节奏：有 Retry-After 就按它等待，否则做带随机抖动的指数退避。',
    },
  },
  overload: {
    label: { en: 'Overload', 'zh-cn': '服务过载' },
    meaning: {
      en: 'The provider is saturated for everyone right now; your request was not the problem.',
      'zh-cn': '服务方此刻整体负载过高，问题不在你的请求。',
    },
    retryable: true,
    verdict: 'after-wait',
    fault: 'provider',
    policy: {
      en: 'Retry after a wait, a bounded number of times; consider another model or provider if it persists.',
      'zh-cn': '等待一段时间后重试，次数要有上限；持续出现时考虑换模型或服务商。',
    },
  },
  server: {
    label: { en: 'Server error', 'zh-cn': '服务端故障' },
    meaning: {
      en: 'The provider (or a gateway on the way) failed while handling the request.',
      'zh-cn': '服务方（或中间网关）在处理请求时出了故障。',
    },
    retryable: true,
    verdict: 'bounded',
    fault: 'provider',
    policy: {
      en: 'Retry a few times with backoff; if it keeps failing, check the status page and contact support with the request id.',
      'zh-cn': '带退避重试几次；仍然失败就查看状态页，并带上请求 ID 联系技术支持。',
    },
  },
  network: {
    label: { en: 'Network', 'zh-cn': '网络问题' },
    meaning: {
      en: 'No response arrived: the connection failed, was reset or timed out.',
      'zh-cn': '没有收到响应：连接失败、被重置或超时。',
    },
    retryable: true,
    verdict: 'bounded',
    fault: 'network',
    policy: {
      en: 'Retry a bounded number of times; check connectivity, proxies and your timeout settings.',
      'zh-cn': '有限次数地重试；检查网络连通性、代理和超时设置。',
    },
  },
};

export const faultLabel: Record<Fault, Localized> = {
  caller: { en: 'Your code (the request)', 'zh-cn': '你的代码（请求本身）' },
  account: { en: 'Your account or key', 'zh-cn': '你的账号或 key' },
  traffic: { en: 'Your traffic volume', 'zh-cn': '你的请求量' },
  provider: { en: 'The provider', 'zh-cn': '服务方' },
  network: { en: 'The network between you and the provider', 'zh-cn': '你与服务方之间的网络' },
};

export const verdictLabel: Record<RetryVerdict, Localized> = {
  no: { en: 'Do not retry', 'zh-cn': '不要重试' },
  paced: { en: 'Retry, paced', 'zh-cn': '控制节奏后重试' },
  'after-wait': { en: 'Retry after a wait', 'zh-cn': '稍等后重试' },
  bounded: { en: 'Retry, bounded', 'zh-cn': '有限次重试' },
};

/**
 * The failure class a bare HTTP status usually means when nothing else is known (RFC 9110 semantics
 * as LLM APIs use them). 429 is `rate-limit` here, but only the body can rule out an exhausted quota.
 */
export function classForStatus(status: number): FailureClass | null {
  if ([400, 404, 405, 409, 413, 415, 422].includes(status)) return 'request';
  if ([401, 403].includes(status)) return 'auth';
  if (status === 402) return 'billing';
  if (status === 408) return 'network';
  if (status === 429) return 'rate-limit';
  if ([503, 529].includes(status)) return 'overload';
  if (status >= 500 && status <= 599) return 'server';
  return null;
}
