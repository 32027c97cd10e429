/**
 * Official pages (and observed bodies in public reports) the Alibaba Cloud Model Studio entries are
 * checked against. Checked 2026-12-05.
 */
export const errZh = {
  url: 'https://help.aliyun.com/zh/model-studio/error-code',
  title: '阿里云百炼 — 错误码',
};
export const errEn = {
  url: 'https://www.alibabacloud.com/help/en/model-studio/error-code',
  title: 'Alibaba Cloud Model Studio — Error messages',
};
export const rateLimitZh = {
  url: 'https://help.aliyun.com/zh/model-studio/rate-limit',
  title: '阿里云百炼 — 限流',
};
export const rateLimitEn = {
  url: 'https://www.alibabacloud.com/help/en/model-studio/rate-limit',
  title: 'Alibaba Cloud Model Studio — Rate limits',
};
export const getApiKeyZh = {
  url: 'https://www.alibabacloud.com/help/zh/model-studio/get-api-key',
  title: '阿里云百炼 — 获取API Key（地域与 Base URL、Coding Plan 专属 API Key）',
};
// ── Observed bodies in public reports ──
export const obsInspectionCompat = {
  url: 'https://github.com/camel-ai/owl/issues/432',
  title: 'Observed compatible-mode data_inspection_failed body via openai BadRequestError (camel-ai/owl issue #432)',
};
export const obsInspectionLink = {
  url: 'https://github.com/666ghj/BettaFish/issues/449',
  title: 'Observed data_inspection_failed body with the error-code link (666ghj/BettaFish issue #449)',
};
export const obsInspectionAlgo = {
  url: 'https://github.com/QwenLM/qwen-code/issues/3145',
  title:
    'Observed InternalError.Algo.DataInspectionFailed; maintainer: server-side moderation (QwenLM/qwen-code issue #3145)',
};
export const obsInspectionSticky = {
  url: 'https://github.com/openclaw/openclaw/issues/32622',
  title: 'Observed DataInspectionFailed that no later turn recovers from (openclaw/openclaw issue #32622)',
};
export const obsInspectionSummarise = {
  url: 'https://github.com/anomalyco/opencode/issues/46561',
  title: 'Observed DataInspectionFailed that stops after the session is summarised (anomalyco/opencode issue #46561)',
};
export const obsArrearage = {
  url: 'https://huggingface.co/spaces/Qwen/Qwen2-Audio-Instruct-Demo/discussions/1',
  title: 'Observed "Arrearage - Access denied …" (Hugging Face, Qwen2-Audio-Instruct-Demo discussion #1)',
};
export const obsInvalidKey = {
  url: 'https://huggingface.co/spaces/Qwen/Qwen2.5/discussions/8',
  title: 'Observed "InvalidApiKey, error message: Invalid API-key provided." (Hugging Face, Qwen2.5 discussion #8)',
};
export const obsFreeQuota = {
  url: 'https://github.com/QwenLM/qwen-code/issues/1742',
  title: 'Observed "429 Free allocated quota exceeded." (QwenLM/qwen-code issue #1742)',
};
/** The native DashScope Python SDK: a failed model call comes back as a response object, not an exception. */
export const dashscopeResponse = {
  url: 'https://github.com/dashscope/dashscope-sdk-python/blob/1c667d79b93ff91c582dc631b6e524106ea395f2/dashscope/api_entities/dashscope_response.py',
  title: 'dashscope-sdk-python — dashscope/api_entities/dashscope_response.py (GenerationResponse.from_api_response)',
};
