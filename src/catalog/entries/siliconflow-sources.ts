/** Official pages (and observed bodies) the SiliconFlow / 硅基流动 entries are checked against. */
export const sfErrors = {
  url: 'https://docs.siliconflow.cn/cn/faqs/error-code',
  title: '硅基流动文档 — 错误处理（错误码）',
};
export const sfErrorsEn = {
  url: 'https://docs.siliconflow.cn/en/faqs/error-code',
  title: 'SiliconFlow docs — Error Handling',
};
export const sfRateLimits = {
  url: 'https://docs.siliconflow.cn/cn/userguide/rate-limits/rate-limit-and-upgradation',
  title: '硅基流动文档 — Rate Limits（速率限制与升级）',
};
export const sfRateLimitsEn = {
  url: 'https://docs.siliconflow.cn/en/userguide/rate-limits/rate-limit-and-upgradation',
  title: 'SiliconFlow docs — Rate Limits',
};
/** The OpenAPI reference of POST /chat/completions: error schemas and the trace-id header. */
export const sfChatApi = {
  url: 'https://docs.siliconflow.cn/cn/api-reference/chat-completions/chat-completions',
  title: '硅基流动 API 手册 — 创建对话请求（OpenAI）',
};
export const sfMessagesApi = {
  url: 'https://docs.siliconflow.cn/cn/api-reference/chat-completions/messages',
  title: '硅基流动 API 手册 — 创建对话请求（Anthropic）',
};
export const sfStreamMode = {
  url: 'https://docs.siliconflow.cn/faqs/stream-mode',
  title: '硅基流动文档 — 流式输出',
};
export const obsParam20015 = {
  url: 'https://github.com/JohnnyZ93/oai-compatible-copilot/issues/12',
  title: 'Observed 400 body with code 20015 (oai-compatible-copilot issue #12)',
};
export const obsModel20012 = {
  url: 'https://github.com/anyme123/Any-code/issues/1',
  title: 'Observed "Model does not exist" 400 (Any-code issue #1)',
};
export const obsModelDisabled = {
  url: 'https://github.com/continuedev/continue/issues/10839',
  title: 'Observed 403 "Model disabled." (continue issue #10839)',
};
export const obsNoBody403 = {
  url: 'https://github.com/Lapis0x0/obsidian-yolo/issues/321',
  title: 'Observed "403 status code (no body)" (obsidian-yolo issue #321)',
};
/** openai-node at the stored commit: `APIError.generate` falls back to the whole body when it has no `error`. */
export const nodeErrorTs = {
  url: 'https://github.com/openai/openai-node/blob/103a644d397d4593dc39e6f82a3f0f570aaa5b35/src/core/error.ts',
  title: 'openai-node — src/core/error.ts (APIError.generate, makeMessage)',
};
