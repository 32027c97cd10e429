/**
 * Evidence that the call failed after its response began: an error event inside a server-sent
 * event stream (Anthropic sends `event: error` after a 200 and possibly after text,
 * https://docs.anthropic.com/en/api/messages-streaming#error-events), the OpenAI SDKs' "An error
 * occurred during streaming", or the connection closing while a stream was read. Whether a retry is
 * safe then depends on whether the caller already showed or used part of the output.
 */

const phrases = /\bAn error occurred during streaming\b|\berror during streaming\b|\bmid-stream\b/i;
const cutConnection =
  /incomplete chunked read|peer closed connection without sending complete message body|Premature close|other side closed/i;
/** An app's own SSE error event for a call that failed with a status, before any output. */
const beforeOutput = /unexpected status code|status code:?\s*\d{3}|HTTP\/[\d.]+ \d{3}/i;

/** What shows a failure after streaming began, or null. */
export function midStream(text: string): string | null {
  const event = /(?:^|["'\s])event:\s*error\b/m.exec(text);
  if (event && !beforeOutput.test(text.slice(event.index, event.index + 300))) return 'event: error';
  const phrase = phrases.exec(text);
  if (phrase) return phrase[0];
  const cut = cutConnection.exec(text);
  return cut && /stream/i.test(text) ? cut[0] : null;
}
