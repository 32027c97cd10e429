import type { Localized, Source } from './types.ts';

/**
 * The facts of an HTTP status. What it means, in general and at LLM APIs, is Markdown in
 * `content/statuses/{en,zh-cn}/<status>.md`.
 */
export interface HttpStatusInfo {
  status: number;
  /** RFC reason phrase, English, never translated (e.g. 'Too Many Requests'). */
  reason: string;
  /** Display name in each locale (e.g. en 'Too Many Requests', zh-cn '请求过多'). */
  name: Localized;
  /** The specification (RFC section) that defines the status. */
  source: Source;
}

export const httpStatuses: HttpStatusInfo[] = [
  {
    status: 200,
    reason: 'OK',
    name: { en: 'OK', 'zh-cn': '成功' },
    source: { url: 'https://www.rfc-editor.org/rfc/rfc9110#name-200-ok', title: 'RFC 9110 — 200 OK' },
  },
  {
    status: 400,
    reason: 'Bad Request',
    name: { en: 'Bad Request', 'zh-cn': '错误请求' },
    source: { url: 'https://www.rfc-editor.org/rfc/rfc9110#name-400-bad-request', title: 'RFC 9110 — 400 Bad Request' },
  },
  {
    status: 401,
    reason: 'Unauthorized',
    name: { en: 'Unauthorized', 'zh-cn': '未授权' },
    source: {
      url: 'https://www.rfc-editor.org/rfc/rfc9110#name-401-unauthorized',
      title: 'RFC 9110 — 401 Unauthorized',
    },
  },
  {
    status: 402,
    reason: 'Payment Required',
    name: { en: 'Payment Required', 'zh-cn': '需要付款' },
    source: {
      url: 'https://www.rfc-editor.org/rfc/rfc9110#name-402-payment-required',
      title: 'RFC 9110 — 402 Payment Required',
    },
  },
  {
    status: 403,
    reason: 'Forbidden',
    name: { en: 'Forbidden', 'zh-cn': '禁止访问' },
    source: { url: 'https://www.rfc-editor.org/rfc/rfc9110#name-403-forbidden', title: 'RFC 9110 — 403 Forbidden' },
  },
  {
    status: 404,
    reason: 'Not Found',
    name: { en: 'Not Found', 'zh-cn': '未找到' },
    source: { url: 'https://www.rfc-editor.org/rfc/rfc9110#name-404-not-found', title: 'RFC 9110 — 404 Not Found' },
  },
  {
    status: 408,
    reason: 'Request Timeout',
    name: { en: 'Request Timeout', 'zh-cn': '请求超时' },
    source: {
      url: 'https://www.rfc-editor.org/rfc/rfc9110#name-408-request-timeout',
      title: 'RFC 9110 — 408 Request Timeout',
    },
  },
  {
    status: 409,
    reason: 'Conflict',
    name: { en: 'Conflict', 'zh-cn': '冲突' },
    source: { url: 'https://www.rfc-editor.org/rfc/rfc9110#name-409-conflict', title: 'RFC 9110 — 409 Conflict' },
  },
  {
    status: 413,
    reason: 'Content Too Large',
    name: { en: 'Content Too Large', 'zh-cn': '请求内容过大' },
    source: {
      url: 'https://www.rfc-editor.org/rfc/rfc9110#name-413-content-too-large',
      title: 'RFC 9110 — 413 Content Too Large',
    },
  },
  {
    status: 416,
    reason: 'Range Not Satisfiable',
    name: { en: 'Range Not Satisfiable', 'zh-cn': '范围无法满足' },
    source: {
      url: 'https://www.rfc-editor.org/rfc/rfc9110#name-416-range-not-satisfiable',
      title: 'RFC 9110 — 416 Range Not Satisfiable',
    },
  },
  {
    status: 422,
    reason: 'Unprocessable Content',
    name: { en: 'Unprocessable Content', 'zh-cn': '无法处理的内容' },
    source: {
      url: 'https://www.rfc-editor.org/rfc/rfc9110#name-422-unprocessable-content',
      title: 'RFC 9110 — 422 Unprocessable Content',
    },
  },
  {
    status: 424,
    reason: 'Failed Dependency',
    name: { en: 'Failed Dependency', 'zh-cn': '依赖失败' },
    source: {
      url: 'https://www.rfc-editor.org/rfc/rfc4918#section-11.4',
      title: 'RFC 4918 — 424 Failed Dependency',
    },
  },
  {
    status: 429,
    reason: 'Too Many Requests',
    name: { en: 'Too Many Requests', 'zh-cn': '请求过多' },
    source: { url: 'https://www.rfc-editor.org/rfc/rfc6585#section-4', title: 'RFC 6585 — 429 Too Many Requests' },
  },
  {
    status: 498,
    reason: 'Flex Tier Capacity Exceeded',
    name: { en: 'Flex Tier Capacity Exceeded (Groq)', 'zh-cn': 'Flex 层级容量已满（Groq）' },
    source: { url: 'https://console.groq.com/docs/errors', title: 'GroqDocs — API Error Codes and Responses' },
  },
  {
    status: 499,
    reason: 'Client Closed Request',
    name: { en: 'Client Closed Request', 'zh-cn': '客户端关闭了请求' },
    // Not in any RFC: Google APIs map the gRPC status CANCELLED to it (as nginx does for a dropped client).
    source: {
      url: 'https://ai.google.dev/gemini-api/docs/api-errors',
      title: 'Gemini API docs — Interactions API errors (499 Client Closed Request)',
    },
  },
  {
    status: 500,
    reason: 'Internal Server Error',
    name: { en: 'Internal Server Error', 'zh-cn': '服务器内部错误' },
    source: {
      url: 'https://www.rfc-editor.org/rfc/rfc9110#name-500-internal-server-error',
      title: 'RFC 9110 — 500 Internal Server Error',
    },
  },
  {
    status: 502,
    reason: 'Bad Gateway',
    name: { en: 'Bad Gateway', 'zh-cn': '网关错误' },
    source: { url: 'https://www.rfc-editor.org/rfc/rfc9110#name-502-bad-gateway', title: 'RFC 9110 — 502 Bad Gateway' },
  },
  {
    status: 503,
    reason: 'Service Unavailable',
    name: { en: 'Service Unavailable', 'zh-cn': '服务不可用' },
    source: {
      url: 'https://www.rfc-editor.org/rfc/rfc9110#name-503-service-unavailable',
      title: 'RFC 9110 — 503 Service Unavailable',
    },
  },
  {
    status: 504,
    reason: 'Gateway Timeout',
    name: { en: 'Gateway Timeout', 'zh-cn': '网关超时' },
    source: {
      url: 'https://www.rfc-editor.org/rfc/rfc9110#name-504-gateway-timeout',
      title: 'RFC 9110 — 504 Gateway Timeout',
    },
  },
  {
    status: 529,
    reason: 'Overloaded',
    name: { en: 'Overloaded', 'zh-cn': '服务过载' },
    source: { url: 'https://platform.claude.com/docs/en/api/errors', title: 'Claude API docs — Errors' },
  },
];
