/** Official pages (and a few field observations) the OpenAI API entries are checked against. */
export const errorCodes = {
  url: 'https://developers.openai.com/docs/guides/error-codes',
  title: 'OpenAI API docs — Error codes',
};
export const helpErrorCodes = {
  url: 'https://help.openai.com/en/articles/6891839-api-error-codes',
  title: 'OpenAI Help Center — API error codes',
};
export const help401 = {
  url: 'https://help.openai.com/en/articles/6891767-error-code-401-invalid-authentication',
  title: 'OpenAI Help Center — Error code 401: Invalid Authentication',
};
export const helpQuota = {
  url: 'https://help.openai.com/en/articles/6891831-error-code-429-you-exceeded-your-current-quota-please-check-your-plan-and-billing-details',
  title: 'OpenAI Help Center — Error code 429: You exceeded your current quota',
};
export const helpSpend = {
  url: 'https://help.openai.com/en/articles/6614457-troubleshooting-api-usage-and-spend-limits',
  title: 'OpenAI Help Center — Troubleshooting API usage and spend limits',
};
export const help429 = {
  url: 'https://help.openai.com/en/articles/5955604-how-can-i-so',
  title: "OpenAI Help Center — How can I solve 429: 'Too Many Requests' errors?",
};
export const helpCountries = {
  url: 'https://help.openai.com/en/articles/5347006-openai-api-supported-countries-and-territories',
  title: 'OpenAI Help Center — Supported countries and territories',
};
export const rateLimits = {
  url: 'https://developers.openai.com/api/docs/guides/rate-limits',
  title: 'OpenAI API docs — Rate limits',
};
export const apiReference = {
  url: 'https://developers.openai.com/api/reference/overview',
  title: 'OpenAI API reference — Overview (debugging requests, response headers)',
};
/** The official SDKs at the commits their facts were read at. */
export const PY = 'https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836';
export const NODE = 'https://github.com/openai/openai-node/blob/7b7d6ca71130d37ec09792c50056b47861f2eccf';
export const pyRetryRules = {
  url: `${PY}/src/openai/_base_client.py`,
  title: 'openai-python — src/openai/_base_client.py (_should_retry, _calculate_retry_timeout)',
};
export const issue1671 = {
  url: 'https://github.com/openai/openai-python/issues/1671',
  title: 'openai-python issue #1671 — maintainers on detecting insufficient_quota',
};
export const pr3507 = {
  url: 'https://github.com/openai/openai-python/pull/3507',
  title: 'openai-python PR #3507 — review notes that the SDK retries insufficient_quota',
};
export const observedQuotaBody = {
  url: 'https://github.com/BerriAI/litellm/pull/32798',
  title: 'Observed insufficient_quota body (LiteLLM PR #32798)',
};
export const devProxyRateLimit = {
  url: 'https://learn.microsoft.com/en-us/microsoft-cloud/dev/dev-proxy/concepts/openai-rate-limit-reached',
  title: 'Microsoft Learn (Dev Proxy) — OpenAI rate limit reached',
};
export const devProxyQuotaZh = {
  url: 'https://learn.microsoft.com/zh-cn/microsoft-cloud/dev/dev-proxy/concepts/openai-insufficient-quota',
  title: 'Microsoft Learn (Dev Proxy, zh-CN) — OpenAI insufficient_quota',
};
export const oldGuideZh = {
  url: 'https://w3cschool.cn/openai_api/openai-api-error-codes.html',
  title: 'Older OpenAI error guide, community Chinese translation (w3cschool)',
};

// ── Observed bodies in public reports (checked 2026-12-02) ──
export const obsContext121 = {
  url: 'https://github.com/crewAIInc/crewAI-examples/issues/121',
  title: 'Observed 400 context_length_exceeded body, param messages (crewAI-examples issue #121)',
};
export const obsContext17 = {
  url: 'https://github.com/himanushi/chat-code/issues/17',
  title: 'Observed 400 context_length_exceeded response body (chat-code issue #17)',
};
export const obsNoOrg = {
  url: 'https://github.com/OpenHands/OpenHands/issues/2562',
  title: 'Observed 401 body with code no_organization (OpenHands issue #2562)',
};
export const obsModel404 = {
  url: 'https://github.com/Chainlit/cookbook/issues/82',
  title: 'Observed 404 model_not_found body with "HTTP/1.1 404 Not Found" (Chainlit cookbook issue #82)',
};
export const obsModel404Access = {
  url: 'https://github.com/marcolardera/chatgpt-cli/issues/13',
  title: 'Observed 2023 404 model_not_found for an account without GPT-4 access (chatgpt-cli issue #13)',
};
export const obsModel403Aider = {
  url: 'https://github.com/Aider-AI/aider/issues/604',
  title: 'Observed 403 model_not_found "Project … does not have access to model …" (aider issue #604)',
};
export const obsModel403Python = {
  url: 'https://github.com/Aider-AI/aider/issues/1903',
  title: 'Observed openai.PermissionDeniedError for 403 model_not_found (aider issue #1903)',
};
export const obsModel403Continue = {
  url: 'https://github.com/continuedev/continue/issues/10120',
  title: 'Observed 403 "Project … does not have access to model" (Continue issue #10120)',
};
export const obsMissingScopes = {
  url: 'https://github.com/microsoft/PowerToys/issues/32989',
  title: 'Observed 401 "Missing scopes: model.request" for a restricted key (PowerToys issue #32989)',
};
export const obsMissingScopesResponses = {
  url: 'https://github.com/anomalyco/opencode/issues/21928',
  title: 'Observed 401 "Missing scopes: api.responses.write" (opencode issue #21928)',
};
export const obsUnsupportedParam = {
  url: 'https://github.com/griptape-ai/ComfyUI-Griptape/issues/312',
  title: 'Observed 400 unsupported_parameter body for max_tokens (ComfyUI-Griptape issue #312)',
};
export const obsUnsupportedParamJson = {
  url: 'https://github.com/microsoft/vscode-copilot-release/issues/8065',
  title: 'Observed unsupported_parameter body, param max_tokens (vscode-copilot-release issue #8065)',
};
export const obsInvalidValue = {
  url: 'https://github.com/epuerta9/deep-research-py/issues/19',
  title: 'Observed 400 invalid_value body, param response_format.type (deep-research-py issue #19)',
};
export const obsInvalidValueCodex = {
  url: 'https://github.com/openai/codex/issues/7085',
  title: 'Observed 400 invalid_value body from the Responses API (openai/codex issue #7085)',
};
export const obsBillingHardLimit = {
  url: 'https://github.com/dfinke/PowerShellAI/issues/127',
  title: 'Observed billing_hard_limit_reached body from DALL·E image generation (PowerShellAI issue #127)',
};
export const obsBillingHardLimit400 = {
  url: 'https://github.com/Decryptu/DecryptGPT/issues/1',
  title: 'Observed BadRequestError: 400 Billing hard limit has been reached (DecryptGPT issue #1)',
};
export const obsBillingNotActive = {
  url: 'https://github.com/RamiAwar/dataline/issues/175',
  title: 'Observed 429 billing_not_active body raised as RateLimitError (dataline issue #175)',
};
export const obsBillingNotActiveHeaders = {
  url: 'https://github.com/lifan0127/ai-research-assistant/issues/174',
  title: 'Observed 429 billing_not_active response with headers (ai-research-assistant issue #174)',
};
export const obsNoCredits = {
  url: 'https://github.com/UKGovernmentBEIS/inspect_ai/issues/5340',
  title: 'Observed 429 credit_balance_exhausted "You have no credits remaining…" (inspect_ai issue #5340)',
};
export const obsNoCreditsPromptfoo = {
  url: 'https://github.com/promptfoo/promptfoo/issues/10855',
  title: 'Observed 429 credit_balance_exhausted without retry-after (promptfoo issue #10855)',
};
export const obsRateLimitMessage = {
  url: 'https://github.com/semanser/codel/issues/72',
  title: 'Observed TPM rate-limit message ending "Visit …/account/rate-limits to learn more." (codel issue #72)',
};
export const obsRequestTooLarge = {
  url: 'https://github.com/Aider-AI/aider/issues/1880',
  title: 'Observed 429 "Request too large for gpt-4o … on tokens per min (TPM)" body (aider issue #1880)',
};
export const obsRequestTooLargeRetried = {
  url: 'https://github.com/SWE-agent/SWE-agent/issues/1296',
  title: 'Observed "Request too large" retried again and again without success (SWE-agent issue #1296)',
};
export const obsServerError500 = {
  url: 'https://github.com/langbot-app/LangBot/issues/126',
  title: 'Observed 500 server_error with error_code None (LangBot issue #126)',
};
export const obsOverloaded = {
  url: 'https://github.com/Wei-Shaw/sub2api/issues/6631',
  title: 'Observed server_is_overloaded error object "Our servers are currently overloaded…" (sub2api issue #6631)',
};
export const obsOverloadedStream = {
  url: 'https://github.com/Soju06/codex-lb/issues/1313',
  title: 'Observed server_is_overloaded inside a streamed response (codex-lb issue #1313)',
};
export const speechToText = {
  url: 'https://developers.openai.com/api/docs/guides/speech-to-text',
  title: 'OpenAI API docs — Speech to text (file uploads are limited to 25 MB)',
};
export const obs413Whisper = {
  url: 'https://github.com/chidiwilliams/buzz/issues/381',
  title: 'Observed 413 body with type server_error and code null from /v1/audio/transcriptions (buzz issue #381)',
};
export const obs413Recent = {
  url: 'https://github.com/murtaza-nasir/speakr/issues/42',
  title: 'Observed 413 Payload Too Large from /v1/audio/transcriptions in the openai SDK (speakr issue #42)',
};
export const pyStatusErrors = {
  url: `${PY}/src/openai/_client.py`,
  title: 'openai-python — src/openai/_client.py (_make_status_error: no class for 413, so APIStatusError)',
};

// ── Streams (issue #14): the official pages and pinned SDK files about errors after `200 OK` ──
export const chatStreamingRef = {
  url: 'https://platform.openai.com/docs/api-reference/chat/streaming',
  title: 'OpenAI API reference — The chat completion chunk object (streamed chat completions)',
};
export const streamingGuide = {
  url: 'https://developers.openai.com/api/docs/guides/streaming-responses',
  title: 'OpenAI API docs — Streaming API responses (the event types of a stream, `error` among them)',
};
export const responsesErrorEvent = {
  url: 'https://platform.openai.com/docs/api-reference/responses-streaming/error',
  title: 'OpenAI API reference — Responses streaming events: `error`',
};
export const responsesFailedEvent = {
  url: 'https://platform.openai.com/docs/api-reference/responses-streaming/response/failed',
  title: 'OpenAI API reference — Responses streaming events: `response.failed`',
};
export const pyStreamOptions = {
  url: `${PY}/src/openai/types/chat/chat_completion_stream_options_param.py`,
  title:
    'openai-python — chat_completion_stream_options_param.py (the usage chunk comes before `data: [DONE]`; an interrupted stream may lack it)',
};
export const pyStreamingPinned = {
  url: `${PY}/src/openai/_streaming.py`,
  title:
    'openai-python — src/openai/_streaming.py (a chunk with `error` raises APIError; the loop ends at `[DONE]` or EOF)',
};
export const nodeStreamingPinned = {
  url: `${NODE}/src/core/streaming.ts`,
  title:
    'openai-node — src/core/streaming.ts (an `error` event or chunk throws APIError without a status; EOF ends quietly)',
};
export const pyResponseError = {
  url: `${PY}/src/openai/types/responses/response_error.py`,
  title: 'openai-python — types/responses/response_error.py (the codes a failed response carries)',
};
export const pyResponsesHelper = {
  url: `${PY}/src/openai/lib/streaming/responses/_responses.py`,
  title:
    'openai-python — lib/streaming/responses/_responses.py (get_final_response raises without `response.completed`)',
};
export const nodeResponseStream = {
  url: `${NODE}/src/lib/responses/ResponseStream.ts`,
  title:
    'openai-node — src/lib/responses/ResponseStream.ts (an `error` event throws APIError; first-party errors are nested)',
};
export const obsChatStreamError = {
  url: 'https://github.com/coder/aibridge/blob/c5af6523254daa96bc9053c2892d120bd123af99/fixtures/openai/error.txtar',
  title: 'Observed: a recorded chat completion stream that ends in a `server_error` event (coder/aibridge fixture)',
};
export const obsResponsesServerError = {
  url: 'https://github.com/openai/codex/issues/41895',
  title:
    'Observed `stream disconnected before completion: An error occurred while processing your request…` (openai/codex issue #41895)',
};
export const obsNoResponseCompleted = {
  url: 'https://github.com/router-for-me/CLIProxyAPI/issues/1407',
  title:
    'Observed `stream disconnected before completion: stream closed before response.completed` (CLIProxyAPI issue #1407)',
};
export const obsNoResponseCompletedExplained = {
  url: 'https://github.com/caidaoli/ccLoad/issues/59',
  title:
    'Observed: a relay that cuts the stream before `response.completed`, with the maintainer’s explanation (ccLoad issue #59)',
};
export const obsNoFinishReason = {
  url: 'https://github.com/ranxianglei/billion-context-omp/issues/105',
  title:
    'Observed `OpenAI completions stream closed before a finish_reason was received` (billion-context-omp issue #105)',
};
