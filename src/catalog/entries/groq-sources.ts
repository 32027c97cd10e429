/** Official pages, pinned SDK sources and public reports the Groq entries are checked against. */
export const errors = {
  url: 'https://console.groq.com/docs/errors',
  title: 'GroqDocs — API Error Codes and Responses',
};
export const rateLimits = {
  url: 'https://console.groq.com/docs/rate-limits',
  title: 'GroqDocs — Rate Limits (limits, headers, handling 429)',
};
export const flexProcessing = {
  url: 'https://console.groq.com/docs/flex-processing',
  title: 'GroqDocs — Flex Processing (498 `capacity_exceeded`)',
};
export const serviceTiers = {
  url: 'https://console.groq.com/docs/service-tiers',
  title: 'GroqDocs — Service Tiers (`service_tier`)',
};
export const spendLimits = {
  url: 'https://console.groq.com/docs/spend-limits',
  title: 'GroqDocs — Spend Limits (400 `blocked_api_access`)',
};
export const deprecations = {
  url: 'https://console.groq.com/docs/deprecations',
  title: 'GroqDocs — Deprecations (decommissioned models and replacements)',
};
export const models = { url: 'https://console.groq.com/docs/models', title: 'GroqDocs — Supported Models' };
export const remoteMcp = { url: 'https://console.groq.com/docs/mcp', title: 'GroqDocs — Remote MCP' };

/** The official SDKs at the commits their facts were read at (groq-python 1.6.0, groq-typescript 1.4.0). */
export const GROQ_PY = 'https://github.com/groq/groq-python/blob/9620fde0bc576d22ce7281fe0795215bc17972da';
export const GROQ_NODE = 'https://github.com/groq/groq-typescript/blob/709b1ab6eed32a1dd1fe05f19d085709edf3c88a';
export const pyBaseClient = {
  url: `${GROQ_PY}/src/groq/_base_client.py`,
  title: 'groq-python — src/groq/_base_client.py (_should_retry, _calculate_retry_timeout)',
};
export const pyClient = {
  url: `${GROQ_PY}/src/groq/_client.py`,
  title: 'groq-python — src/groq/_client.py (_make_status_error: status → exception class)',
};
export const pyConstants = {
  url: `${GROQ_PY}/src/groq/_constants.py`,
  title: 'groq-python — src/groq/_constants.py (60 s timeout, 2 retries, 0.5–8 s backoff)',
};
export const pyExceptions = {
  url: `${GROQ_PY}/src/groq/_exceptions.py`,
  title: 'groq-python — src/groq/_exceptions.py (exception classes)',
};
export const pyChatCompletion = {
  url: `${GROQ_PY}/src/groq/types/chat/chat_completion.py`,
  title: 'groq-python — types/chat/chat_completion.py (`x_groq.id`, the request ID for support)',
};
export const nodeClient = {
  url: `${GROQ_NODE}/src/client.ts`,
  title: 'groq-typescript — src/client.ts (timeout, shouldRetry, retryRequest)',
};
export const nodeError = {
  url: `${GROQ_NODE}/src/core/error.ts`,
  title: 'groq-typescript — src/core/error.ts (error classes and messages)',
};

/** Public reports with the bodies Groq really returns. */
export const obs401 = {
  url: 'https://github.com/ag5826000/resume-commentor/issues/4',
  title: 'Observed 401 `invalid_api_key` with response headers (resume-commentor issue #4)',
};
export const obs401b = {
  url: 'https://github.com/SamurAIGPT/Clip-Anything/issues/1',
  title: 'Observed 401 `invalid_api_key` body (Clip-Anything issue #1)',
};
export const obsToolUse = {
  url: 'https://github.com/groq/groq-typescript/issues/28',
  title: 'Observed 400 `tool_use_failed` with response headers (groq-typescript issue #28)',
};
export const obsToolUse2 = {
  url: 'https://github.com/groq/groq-typescript/issues/103',
  title: 'Observed 400 `tool_use_failed` BadRequestError (groq-typescript issue #103)',
};
export const obsToolUse3 = {
  url: 'https://github.com/huggingface/smolagents/issues/1119',
  title: 'Observed 400 `tool_use_failed` through LiteLLM (smolagents issue #1119)',
};
export const obsDecommissioned = {
  url: 'https://github.com/atiilla/sqlmap-ai/issues/3',
  title: 'Observed 400 `model_decommissioned` body (sqlmap-ai issue #3)',
};
export const obsDecommissioned2 = {
  url: 'https://github.com/rashadphz/farfalle/issues/107',
  title: 'Observed 400 `model_decommissioned` through LiteLLM (farfalle issue #107)',
};
export const obsDecommissioned3 = {
  url: 'https://github.com/ItzCrazyKns/Vane/issues/771',
  title: 'Observed 400 `model_decommissioned` from the Node SDK (Vane issue #771)',
};
export const obs400 = {
  url: 'https://github.com/BerriAI/litellm/issues/11001',
  title: 'Observed 400 body without `code` (LiteLLM issue #11001)',
};
export const obs404 = {
  url: 'https://github.com/lobehub/lobehub/issues/3367',
  title: 'Observed 404 `model_not_found` body (lobehub issue #3367)',
};
export const obs404b = {
  url: 'https://github.com/continuedev/continue/issues/10166',
  title: 'Observed 404 for a model id without its `openai/` prefix (continue issue #10166)',
};
export const obs413 = {
  url: 'https://github.com/cottongeeks/podscript/issues/20',
  title: 'Observed 413 `rate_limit_exceeded` body (podscript issue #20)',
};
export const obs413b = {
  url: 'https://github.com/bklieger-groq/NotebookLlama-Groq/issues/1',
  title: 'Observed 413 as groq-python APIStatusError (NotebookLlama-Groq issue #1)',
};
export const obs413c = {
  url: 'https://github.com/zeeyado/koassistant.koplugin/issues/106',
  title: 'Observed 413 caused by a large `max_tokens` on the free plan (koassistant issue #106)',
};
export const obs429 = {
  url: 'https://github.com/Aider-AI/aider/issues/3265',
  title: 'Observed 429 `rate_limit_exceeded` (TPM) body (aider issue #3265)',
};
export const obs429tpd = {
  url: 'https://github.com/continuedev/continue/issues/10920',
  title: 'Observed 429 on tokens per day (TPD) (continue issue #10920)',
};
export const obs403cf = {
  url: 'https://github.com/run-llama/llama_index/issues/16796',
  title: 'Observed 403 Cloudflare block page raised as PermissionDeniedError (llama_index issue #16796)',
};
export const obs403cf2 = {
  url: 'https://github.com/mckaywrigley/chatbot-ui/issues/1684',
  title: 'Observed 403 HTML “Please enable cookies” (chatbot-ui issue #1684)',
};
export const obsLogsRequestId = {
  url: 'https://github.com/anomalyco/opencode/issues/1018',
  title: 'Observed console log entry with `request_id` for a failed call (opencode issue #1018)',
};
