/**
 * Body shapes that belong to one API only. OpenAI's shape is copied by many providers, so it names
 * none; these do: OpenRouter's `metadata.provider_name`, Anthropic's outer `{"type": "error"}`
 * (worn by Zhipu and MiniMax on their Anthropic-compatible endpoints, with marks of their own),
 * Google's `google.rpc.Status`, MiniMax's `base_resp`, DashScope's flat CamelCase code and
 * Mistral's `object: "error"`.
 */
import type { Reason } from './types.ts';
import { field, fieldValues } from './text.ts';

export interface Envelope {
  provider: string;
  key: Reason['key'];
  value: string;
}

const q = `["']`;

/** MiniMax's business code in a message's trailing parentheses: `insufficient balance (1008)`. */
export function minimaxCode(text: string): string | undefined {
  return text.match(/\((\d{4})\)\s*["']/)?.[1];
}

/** MiniMax's business code, a number inside `base_resp`. */
export function baseRespCode(text: string): string | undefined {
  return text.match(/["']status_code["']\s*:\s*(\d+)/)?.[1];
}

/**
 * OpenRouter's own rate limits carry its rate-limit headers in `error.metadata.headers`
 * (`X-RateLimit-Limit`, `-Remaining`, `-Reset`), as pasted in https://github.com/Gitlawb/openclaude/issues/936.
 */
export const openrouterLimitHeaders = new RegExp(
  `${q}metadata${q}\\s*:\\s*\\{\\s*${q}headers${q}\\s*:\\s*\\{\\s*${q}X-RateLimit-`,
  'i',
);

export function findEnvelope(text: string): Envelope | null {
  if (new RegExp(`${q}provider_name${q}\\s*:`).test(text) && new RegExp(`${q}metadata${q}\\s*:`).test(text))
    return { provider: 'openrouter', key: 'envelope-openrouter', value: field(text, 'provider_name') ?? '-' };
  if (openrouterLimitHeaders.test(text)) return { provider: 'openrouter', key: 'envelope-openrouter', value: '-' };
  // Anthropic wraps the error object: {"type": "error", "error": {"type": "overloaded_error", …}}.
  // Zhipu and MiniMax answer their Anthropic-compatible endpoints in the same wrapper, with marks of
  // their own: Zhipu a numeric `error.code`, MiniMax `http_code` or a code in parentheses.
  if (new RegExp(`${q}type${q}\\s*:\\s*${q}error${q}\\s*,\\s*${q}error${q}\\s*:\\s*\\{`).test(text)) {
    const numeric = text.match(new RegExp(`${q}code${q}\\s*:\\s*${q}(\\d{4})${q}`))?.[1];
    if (numeric) return { provider: 'zhipu', key: 'envelope-zhipu', value: numeric };
    const own = minimaxCode(text);
    if (own && (new RegExp(`${q}http_code${q}`).test(text) || /authorized_error|insufficient_balance_error/.test(text)))
      return { provider: 'minimax', key: 'envelope-minimax', value: own };
    // A code in parentheses where the text names MiniMax (its host, its models): MiniMax's own 429s
    // (`rate_limit_error` … `(2056)`) wear Anthropic's types.
    if (own && (/\(1008\)/.test(text) || /minimax/i.test(text)))
      return { provider: 'minimax', key: 'envelope-minimax', value: own };
    return {
      provider: 'anthropic',
      key: 'envelope-anthropic',
      value: fieldValues(text, 'type').find((t) => t !== 'error') ?? '-',
    };
  }
  // Google APIs answer with google.rpc.Status: a numeric code, a status enum, often typed details.
  const googleStatus = text.match(new RegExp(`${q}status${q}\\s*:\\s*${q}([A-Z][A-Z_]{3,})${q}`))?.[1];
  if (googleStatus || /type\.googleapis\.com\/google\.rpc/.test(text))
    return { provider: 'gemini', key: 'envelope-google', value: googleStatus ?? '-' };
  // MiniMax's native APIs answer 200 with `base_resp: {status_code, status_msg}`.
  if (new RegExp(`${q}base_resp${q}\\s*:`).test(text))
    return { provider: 'minimax', key: 'envelope-minimax', value: baseRespCode(text) ?? '-' };
  // DashScope (Alibaba Model Studio) native: a flat body with a CamelCase `code` (Arrearage,
  // Throttling.AllocationQuota) beside `request_id`, no `error` object around it.
  const flatCode = field(text, 'code');
  if (
    flatCode &&
    /^[A-Z][a-z]+[A-Za-z]*(?:\.[A-Za-z]+)*$/.test(flatCode) &&
    field(text, 'request_id') &&
    !new RegExp(`${q}error${q}\\s*:\\s*\\{`).test(text)
  )
    return { provider: 'alibaba', key: 'envelope-dashscope', value: flatCode };
  // Mistral's body is flat, with `object: "error"` beside the message.
  if (new RegExp(`${q}object${q}\\s*:\\s*${q}error${q}`).test(text))
    return { provider: 'mistral', key: 'envelope-mistral', value: field(text, 'type') ?? '-' };
  return null;
}
