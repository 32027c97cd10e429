/**
 * What the retries guide highlights in each sample: the lines where the sample decides whether to retry
 * and how long to wait. Both languages of the guide (src/content/docs/guides/retries.mdx and its zh-cn
 * twin) import this, so the marks are defined once.
 *
 * A mark names a line by the text its code starts with, never by its number, so adding or removing
 * lines elsewhere in a sample cannot move a highlight. tests/browser/retries-guide.spec.ts checks that
 * each mark still finds exactly one line of its sample and that the page highlights exactly those lines.
 */

/**
 * An Expressive Code text marker for the one line whose code (after its indentation) starts with
 * `start`: it marks that line from `start` to its end. The `g` flag is required: Expressive Code runs
 * `String.prototype.matchAll` with it.
 */
export const line = (start: string): RegExp =>
  new RegExp(`(?<=^\\s*)${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*`, 'g');

/** The TypeScript samples decide in the same words, with or without an SDK, whatever the API. */
const typescriptMarks = [
  line('const quota = '),
  line('if (!RETRYABLE.has(status) || quota)'),
  line('asked = askedWait('),
  line('const backoff = '),
  line('const delay = '),
  line('if (attempt >= MAX_ATTEMPTS'),
];

/** The marks for each sample, by its path under content/samples/. */
export const retryMarks = {
  'python-urllib/chat.py': [
    line('quota = status == 429'),
    line('retryable = '),
    line('delay = min('),
    line('delay = max('),
    line('if not retryable or attempt >= MAX_ATTEMPTS'),
    line('break'),
  ],
  'python-openai/chat.py': [
    line('quota = isinstance(e, openai.RateLimitError)'),
    line('retryable = '),
    line('delay = min('),
    line('delay = max('),
    line('if not retryable or attempt >= MAX_ATTEMPTS'),
    line('break'),
  ],
  'typescript-fetch/chat.ts': typescriptMarks,
  'typescript-openai/chat.ts': typescriptMarks,
  'typescript-anthropic/chat.ts': typescriptMarks,
  'typescript-gemini/chat.ts': typescriptMarks,
  'curl/chat.sh': [
    line('case $status in 408'),
    line('[ "$status" = 429 ]'),
    line('delay=$(awk'),
    line('-v base="$BASE_DELAY"'),
    line('d = base * 2 ^ (n - 1)'),
    line('if (asked > d)'),
    line('[ "$retryable" = yes ]'),
    line('awk -v w="$waited" -v d="$delay" -v cap='),
  ],
  'curl-anthropic/chat.sh': [
    line('case $status in 408'),
    line('[ "$code" = enforced_spend_limit_reached ]'),
    line('delay=$(awk'),
    line('-v base="$BASE_DELAY"'),
    line('d = base * 2 ^ (n - 1)'),
    line('if (asked > d)'),
    line('[ "$retryable" = yes ]'),
    line('awk -v w="$waited" -v d="$delay" -v cap='),
  ],
} satisfies Record<string, RegExp[]>;

/**
 * What the streams guide highlights in the two streaming samples: where an error inside the stream is
 * recognized, and the rule that nothing is retried once part of the reply has been printed.
 */
export const streamMarks = {
  'typescript-fetch/stream.ts': [
    line("if (!line.startsWith('data:'))"),
    line('if (chunk.error)'),
    line('retryable = [error.code, error.type]'),
    line('if (printed > 0) retryable = false'),
  ],
  'typescript-openai/stream.ts': [
    line('if (finished) {'),
    line('} else if (err instanceof OpenAI.APIError) {'),
    line('retryable = [err.code, err.type]'),
    line('if (printed > 0) retryable = false'),
  ],
} satisfies Record<string, RegExp[]>;
