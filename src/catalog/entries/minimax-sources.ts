/** Official pages and observed reports the MiniMax entries are checked against. */
export const errCodesZh = {
  url: 'https://platform.minimaxi.com/docs/api-reference/errorcode',
  title: 'MiniMax 开放平台文档 — 错误码查询',
};
export const errCodesEn = {
  url: 'https://platform.minimax.io/docs/api-reference/errorcode',
  title: 'MiniMax API Docs — Error Codes',
};
export const chatOpenaiZh = {
  url: 'https://platform.minimaxi.com/docs/api-reference/text-chat-openai',
  title: 'MiniMax 开放平台文档 — 文本对话（OpenAI 兼容，/v1/chat/completions，响应含 base_resp）',
};
export const chatOpenaiEn = {
  url: 'https://platform.minimax.io/docs/api-reference/text-chat-openai',
  title: 'MiniMax API Docs — Chat Completions (OpenAI-compatible, response carries base_resp)',
};
export const chatNativeZh = {
  url: 'https://platform.minimaxi.com/docs/api-reference/text-post',
  title: 'MiniMax 开放平台文档 — 对话补全（input_sensitive / output_sensitive / base_resp）',
};
export const openaiSdkZh = {
  url: 'https://platform.minimaxi.com/docs/api-reference/text-openai-api',
  title: 'MiniMax 开放平台文档 — OpenAI API 兼容',
};
export const openaiSdkEn = {
  url: 'https://platform.minimax.io/docs/api-reference/text-openai-api',
  title: 'MiniMax API Docs — OpenAI SDK',
};
export const anthropicZh = {
  url: 'https://platform.minimaxi.com/docs/api-reference/text-anthropic-api',
  title: 'MiniMax 开放平台文档 — Anthropic API 兼容',
};
export const anthropicEn = {
  url: 'https://platform.minimax.io/docs/api-reference/text-anthropic-api',
  title: 'MiniMax API Docs — Anthropic SDK',
};
export const tokenPlanZh = {
  url: 'https://platform.minimaxi.com/docs/token-plan/intro',
  title: 'MiniMax 开放平台文档 — Token Plan 概要（Token Plan Key 与按量计费 API Key 不可互换）',
};
export const creditsZh = {
  url: 'https://platform.minimaxi.com/docs/token-plan/credits',
  title: 'MiniMax 开放平台文档 — 积分（通过 Token Plan Key 消耗）',
};
export const quickstartEn = {
  url: 'https://platform.minimax.io/docs/guides/quickstart',
  title: 'MiniMax API Docs — Quickstart (pay-as-you-go API key vs Subscription Key)',
};

export const obsM2Issue62 = {
  url: 'https://github.com/MiniMax-AI/MiniMax-M2/issues/62',
  title:
    'Observed "API Error: 500 … insufficient balance (1008)" on the Anthropic-compatible endpoint (MiniMax-M2 issue #62)',
};
export const obsHermes16680 = {
  url: 'https://github.com/NousResearch/hermes-agent/issues/16680',
  title:
    'Observed HTTP 500 "insufficient balance (1008)" retried three times on a Token Plan key (hermes-agent issue #16680)',
};
export const obsStagewise1571 = {
  url: 'https://github.com/stagewise-io/stagewise/issues/1571',
  title:
    'Observed 402 insufficient_balance_error (1008): Credits are spent only through the Subscription Key (stagewise issue #1571)',
};
export const obsWaveterm3238 = {
  url: 'https://github.com/wavetermdev/waveterm/issues/3238',
  title:
    'Observed 401 authorized_error "login fail … (1004)" body with http_code and request_id (waveterm issue #3238)',
};
export const obsLitellm24483 = {
  url: 'https://github.com/BerriAI/litellm/issues/24483',
  title: 'Observed 401 "(1004)" with a Token Plan key (LiteLLM issue #24483)',
};
export const obsHermes2094 = {
  url: 'https://github.com/NousResearch/hermes-agent/issues/2094',
  title: 'Observed 401 "(1004)" with an sk-cp- key on api.minimax.io/v1 (hermes-agent issue #2094)',
};
export const obsOpenfang981 = {
  url: 'https://github.com/RightNow-AI/openfang/issues/981',
  title: 'Observed 401 authorized_error "invalid api key (2049)" (openfang issue #981)',
};
export const obsMiniMax01Issue69 = {
  url: 'https://github.com/MiniMax-AI/MiniMax-01/issues/69',
  title: 'Observed error 2049 invalid API key on the native chatcompletion_v2 API (MiniMax-01 issue #69)',
};
export const obsModelscope1691 = {
  url: 'https://github.com/modelscope/modelscope/issues/1691',
  title:
    'Observed 429 insufficient_balance_error "(1008)" relayed by ModelScope API-Inference (modelscope issue #1691)',
};
export const obsKilocode4506 = {
  url: 'https://github.com/Kilo-Org/kilocode/issues/4506',
  title: 'Observed older 401 authentication_error "login fail …" body without a code (kilocode issue #4506)',
};
export const obsKilocode11229 = {
  url: 'https://github.com/Kilo-Org/kilocode/issues/11229',
  title:
    'Observed "login fail: Please carry the API secret key in the \'X-Api-Key\' field" with a Token Plan key (kilocode issue #11229)',
};
