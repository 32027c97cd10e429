/** Official OpenRouter pages and observed bodies the OpenRouter entries are checked against. */
export const errorsPage = {
  url: 'https://openrouter.ai/docs/api/reference/errors-and-debugging',
  title: 'OpenRouter docs — Errors and Debugging',
};
export const limitsPage = {
  url: 'https://openrouter.ai/docs/use-cases/limits',
  title: 'OpenRouter docs — Limits (credit limits, in-flight spending budget, rate limits)',
};
export const streamingPage = {
  url: 'https://github.com/OpenRouterTeam/docs/blob/c26125a5fa92cb52ac67f0c75b717229567db716/api_reference/streaming.mdx',
  title: 'OpenRouterTeam/docs — api_reference/streaming.mdx (X-Generation-Id, errors during streaming)',
};
/** The docs as OpenRouter publishes them in its own repository (same text as the pages above). */
export const docsRepoErrors = {
  url: 'https://github.com/OpenRouterTeam/docs/blob/c26125a5fa92cb52ac67f0c75b717229567db716/api_reference/errors-and-debugging.mdx',
  title: 'OpenRouterTeam/docs — api_reference/errors-and-debugging.mdx',
};
export const docsRepoLimits = {
  url: 'https://github.com/OpenRouterTeam/docs/blob/c26125a5fa92cb52ac67f0c75b717229567db716/api_reference/limits.mdx',
  title: 'OpenRouterTeam/docs — api_reference/limits.mdx',
};
export const generationError = {
  url: 'https://openrouter.ai/docs/client-sdks/typescript/models/generationcontenterror',
  title: 'OpenRouter SDK docs — GenerationContentError (provider_name, raw)',
};
export const observed401 = {
  url: 'https://github.com/musistudio/claude-code-router/issues/227',
  title: 'Observed 401 "No auth credentials found" body (claude-code-router issue #227)',
};
export const observed402Afford = {
  url: 'https://github.com/can1357/oh-my-pi/issues/9569',
  title: 'Observed 402 "requires more credits, or fewer max_tokens" (oh-my-pi issue #9569)',
};
export const observed402InFlight = {
  url: 'https://github.com/aiosbrain/aios-team-brain/pull/658',
  title: 'Observed 402 in_flight_budget_exhausted body (aios-team-brain PR #658)',
};
export const observed400Raw = {
  url: 'https://github.com/diegosouzapw/OmniRoute/issues/3044',
  title: 'Observed 400 "Provider returned error" with metadata.raw (OmniRoute issue #3044)',
};
export const observed429Upstream = {
  url: 'https://github.com/open-webui/computer/issues/293',
  title: 'Observed 429 upstream_provider_shared_pool body (open-webui/computer issue #293)',
};
export const observed502MidStream = {
  url: 'https://github.com/cline/cline/issues/5449',
  title: 'Observed mid-stream 502 with metadata.raw and provider_name (cline issue #5449)',
};
export const observed429Free = {
  url: 'https://github.com/Gitlawb/openclaude/issues/936',
  title: 'Observed 429 free-models-per-day body with X-RateLimit-* (openclaude issue #936)',
};
export const pyStreaming = {
  url: 'https://github.com/openai/openai-python/blob/0044c4d4ef4ff0adfc54cb9c9f0696390df01da7/src/openai/_streaming.py',
  title: 'openai-python — src/openai/_streaming.py (an `error` in a stream chunk raises APIError)',
};

// ── Streams (issue #14): the newer revisions of the docs, with the typed mid-stream error ──
export const streamingDocs = {
  url: 'https://openrouter.ai/docs/api/reference/streaming',
  title: 'OpenRouter docs — Streaming (`: OPENROUTER PROCESSING` comments, errors during streaming)',
};
export const docsRepoStreaming = {
  url: 'https://github.com/OpenRouterTeam/docs/blob/221d5fb66073ef57a76bd065bb4d95ff5fbb9ed3/api_reference/streaming.mdx',
  title: 'OpenRouterTeam/docs — api_reference/streaming.mdx (comments to skip, the mid-stream error chunk)',
};
export const docsRepoMidStream = {
  url: 'https://github.com/OpenRouterTeam/docs/blob/06e180af3d596ba35fdecfa185958dc4d2781769/api_reference/errors-and-debugging.mdx',
  title:
    'OpenRouterTeam/docs — api_reference/errors-and-debugging.mdx (mid-stream errors, `error_type`, the Responses and Messages skins)',
};
export const obsMidStreamCapacity = {
  url: 'https://github.com/diegosouzapw/OmniRoute/pull/8210',
  title:
    'Observed: a 200 stream whose only chunk is a top-level `error` (upstream capacity limit) read as an empty success (OmniRoute PR #8210)',
};
