/** Official pages, the pinned SDK source and public reports the Zhipu (BigModel / Z.ai) entries are checked against. */
export const apiCode = {
  url: 'https://docs.bigmodel.cn/cn/faq/api-code',
  title: '智谱AI开放平台文档 — 错误码（业务错误码与 HTTP 状态码）',
};
export const apiCodeOld = {
  url: 'https://docs.bigmodel.cn/cn/api/api-code',
  title: '智谱AI开放平台文档 — 错误码（较早的版本：按类别列出，含 1303、1304、1312）',
};
export const faq = {
  url: 'https://docs.bigmodel.cn/cn/faq',
  title: '智谱AI开放平台文档 — 常见问题（HTTP 状态码表：200/400/401/404/429/434/435/500）',
};
export const rateLimit = {
  url: 'https://docs.bigmodel.cn/cn/api/rate-limit',
  title: '智谱AI开放平台文档 — 速率限制（1302 用户速率限制与 1305 平台服务过载）',
};
export const zaiApiCode = {
  url: 'https://docs.z.ai/api-reference/api-code',
  title: 'Z.ai Developer Docs — Errors (HTTP status codes and business error codes)',
};

/** The zhipuai Python SDK (v4) at the commit its facts were read at. */
export const ZP_PY = 'https://github.com/MetaGLM/zhipuai-sdk-python-v4/blob/0fbbd2e2528cac1d3645ec497fdc3a942749257d';
export const zpHttpClient = {
  url: `${ZP_PY}/zhipuai/core/_http_client.py`,
  title:
    'zhipuai-sdk-python-v4 — zhipuai/core/_http_client.py (_make_status_error, timeouts, no retry loop in request)',
};

export const zpErrors = {
  url: 'https://github.com/MetaGLM/zhipuai-sdk-python-v4/blob/848089ede64f817e70fd2e57814bc88ebce3b838/zhipuai/core/_errors.py',
  title: 'zhipuai-sdk-python-v4 — zhipuai/core/_errors.py (exception classes)',
};
export const zpInit = {
  url: 'https://github.com/MetaGLM/zhipuai-sdk-python-v4/blob/3f405f704b0eabb029f4c264275eaa53e59bdfa4/zhipuai/__init__.py',
  title: 'zhipuai-sdk-python-v4 — zhipuai/__init__.py (classes exported as zhipuai.*)',
};

/** Public reports with the bodies Zhipu and Z.ai really return. */
export const obs1113 = {
  url: 'https://github.com/zai-org/GLM-5/issues/49',
  title: 'Observed 1113 body from api.z.ai (zai-org/GLM-5 issue #49)',
};
export const obs1302 = {
  url: 'https://github.com/kaitranntt/ccs/issues/402',
  title: 'Observed 429 1302 `High concurrency usage of this API` (kaitranntt/ccs issue #402)',
};
export const obs1302b = {
  url: 'https://github.com/kaitranntt/ccs/issues/536',
  title: 'Observed 429 1302 `Rate limit reached for requests` with body `request_id` (kaitranntt/ccs issue #536)',
};
export const obs1302c = {
  url: 'https://github.com/anomalyco/opencode/issues/9789',
  title: 'Observed 1302 in Chinese on the GLM Coding Plan (anomalyco/opencode issue #9789)',
};
export const obs1301 = {
  url: 'https://github.com/langchain4j/langchain4j/issues/1079',
  title: 'Observed 400 1301 body (langchain4j issue #1079)',
};
export const obs1301b = {
  url: 'https://github.com/zai-org/feedback/issues/572',
  title: 'Observed 1301 blocking later turns of an agent session (zai-org/feedback issue #572)',
};
export const obs1211 = {
  url: 'https://github.com/esengine/DeepSeek-Reasonix/issues/6858',
  title: 'Observed 400 1211 on the Anthropic-compatible endpoint (DeepSeek-Reasonix issue #6858)',
};
export const obs1211b = {
  url: 'https://github.com/eosphoros-ai/DB-GPT/issues/1093',
  title: 'Observed `[1211][模型不存在，请检查模型代码。]` through a wrapper (DB-GPT issue #1093)',
};
export const obs1308 = {
  url: 'https://github.com/dirge-code/dirge/issues/818',
  title: 'Observed 429 1308 in Chinese with the reset time (dirge-code/dirge issue #818)',
};
export const obs1308b = {
  url: 'https://github.com/hugalafutro/model-hotel/pull/955',
  title: 'Observed 429 1308 `Usage limit reached for 5 hour` (model-hotel pull request #955)',
};
export const obs1310 = {
  url: 'https://github.com/Yeachan-Heo/gajae-code/issues/1821',
  title: 'Observed 429 1310 on the Anthropic-compatible endpoint with `retry-after-ms` (gajae-code issue #1821)',
};
export const obs1313 = {
  url: 'https://github.com/zai-org/GLM-5/issues/68',
  title: 'Observed Fair Usage Policy restriction on a GLM Coding Plan account (zai-org/GLM-5 issue #68)',
};
export const obsEndpoints = {
  url: 'https://github.com/RooCodeInc/Roo-Code/issues/8001',
  title: 'Observed: GLM Coding Plan and standard base URLs, both regions (Roo-Code issue #8001)',
};

/** Streams (issue #14): where Zhipu documents the `finish_reason` values a failed stream ends with. */
export const finishReasons = {
  url: 'https://docs.bigmodel.cn/api-reference/%E6%A8%A1%E5%9E%8B-api/%E6%9F%A5%E8%AF%A2%E5%BC%82%E6%AD%A5%E7%BB%93%E6%9E%9C',
  title:
    '智谱AI开放平台文档 — 查询异步结果（finish_reason：stop、tool_calls、length、sensitive 被安全审核拦截、network_error 模型推理异常）',
};
export const obsNetworkErrorZai = {
  url: 'https://github.com/promptfoo/promptfoo/pull/9905',
  title:
    'Observed: Z.ai answers HTTP 200 with `finish_reason: "network_error"` and `sensitive`, documented beside each other (promptfoo PR #9905 review)',
};
export const obsNetworkErrorStream = {
  url: 'https://github.com/NousResearch/hermes-agent/pull/92161',
  title:
    'Observed: a GLM chat stream that ends cleanly with `finish_reason: network_error` and no content (hermes-agent PR #92161)',
};
