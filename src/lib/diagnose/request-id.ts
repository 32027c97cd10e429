/**
 * The request ID to quote in a support ticket: a header, a body field, or an id written into a
 * message. Only a plausible token is returned (no spaces, no markup).
 */
import { field, header } from './text.ts';

export function findRequestId(text: string, providerHeaders: string[]): string | null {
  // Azure OpenAI's id comes from its API Management front door (apim-request-id); each provider's
  // own header (OpenRouter's x-generation-id …) comes from the catalog.
  const headers = ['x-request-id', 'request-id', 'x-request_id', 'apim-request-id', ...providerHeaders];
  const fromHeader = headers.map((name) => header(text, name)).find((value) => value !== undefined);
  const fromBody = field(text, 'request_id') ?? field(text, 'requestID');
  // "request ID req_…" in a sentence, or DeepSeek's newer "Insufficient Balance (request_id: e1f8c686-…)".
  const inMessage =
    text.match(/\brequest id:?\s+([A-Za-z0-9_-]{6,})/i)?.[1] ??
    text.match(/\(request_id:\s*([A-Za-z0-9_.-]{4,})\s*\)/i)?.[1] ??
    // Qianfan v2 puts its id (`as-…`) at the top of the body, beside `error`.
    text.match(/["']id["']\s*:\s*["'](as-[A-Za-z0-9]{6,})["']/)?.[1] ??
    // A bare `req_…` token (a console's log row) is an id in the form OpenAI, Anthropic and Groq use.
    text.match(/(?<![\w-])(req_[A-Za-z0-9]{20,})(?![\w-])/)?.[1];
  const id = fromHeader ?? fromBody ?? inMessage;
  return id && /^[\w.-]{4,200}$/.test(id) ? id : null;
}
