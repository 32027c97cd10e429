/**
 * Step 2: read the machine fields of the error body, whatever its shape (JSON, a Python repr, a
 * Node dump): `type`, `code`, `message`, `param`, and the business codes that providers put
 * elsewhere (Qianfan's `error_code`, SiliconFlow's top-level `code`, MiniMax's `base_resp` and
 * `(1008)`, Google's `status` enum).
 */
import type { Diagnosis } from './types.ts';
import { type Envelope, baseRespCode, minimaxCode } from './envelope.ts';
import { field, fieldValues } from './text.ts';

export interface Fields {
  fields: Diagnosis['fields'];
  /** Every `type` value except the Anthropic envelope's outer `error`. */
  types: string[];
}

export function readFields(text: string, envelope: Envelope | null): Fields {
  const types = fieldValues(text, 'type').filter((t) => t !== 'error');
  const fields: Diagnosis['fields'] = {
    type: types[0],
    code: fieldValues(text, 'code')[0] ?? field(text, 'code'),
    message: field(text, 'message'),
    param: field(text, 'param'),
  };
  // Google's numeric `code` is the HTTP status; its machine name is `status` (RESOURCE_EXHAUSTED).
  // Numeric business codes: Qianfan's legacy `error_code`, SiliconFlow's top-level `code` (never a
  // three-digit number there, which Google uses for the HTTP status), MiniMax's `(1008)`.
  if (!fields.code) fields.code = text.match(/["']error_code["']\s*:\s*(\d+)/)?.[1];
  if (!fields.code) fields.code = text.match(/(?:["']code["']|(?<![\w.-])code)\s*:\s*(\d{1,2}|\d{4,6})\b/)?.[1];
  if (!fields.code && envelope?.provider === 'minimax') fields.code = minimaxCode(text);
  // A client that prints MiniMax's message in its own words keeps the code at the end of it:
  // "… image is sensitive, please check your input (1026). This is a server-side issue …".
  if (!fields.code && /minimax/i.test(text)) fields.code = text.match(/[^\s(]\s?\((\d{4})\)(?=[\s.,;"']|$)/m)?.[1];
  // MiniMax's machine code is the number in `base_resp.status_code`.
  if (!fields.code && /["']base_resp["']\s*:/.test(text)) fields.code = baseRespCode(text);
  if (!fields.code) fields.code = text.match(/["']status["']\s*:\s*["']([A-Z][A-Z_]{3,})["']/)?.[1];
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) if (!fields[key]) delete fields[key];
  return { fields, types };
}
