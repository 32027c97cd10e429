/** Official pages, the pinned SDK source and public reports the Baidu AI Cloud Qianfan entries are checked against. */

/** The v2 (OpenAI-compatible) error code page, newest stored version (更新时间 2026-11-11). */
export const qfV2 = {
  url: 'https://cloud.baidu.com/doc/qianfan-api/s/rmwbl43x7',
  title: '百度智能云千帆 — 错误码（v2 推理服务 API，2026-11-11）',
};
/** The same table at the address the research notes cite (更新时间 2025-12-23). */
export const qfV2Prev = {
  url: 'https://cloud.baidu.com/doc/qianfan-api/s/Om9b4yj3w',
  title: '百度智能云千帆 — 错误码（v2，2025-12-23 版）',
};
/** An official copy of the v2 table that also lists the 401 rows (inside the Baidu AI Search error page). */
export const qfV2With401 = {
  url: 'https://cloud.baidu.com/doc/qianfan/s/Qmh4su56e',
  title: '百度智能云千帆 — 百度AI搜索错误码（模型服务错误码，含 401 行）',
};
/** The older official v2 page (推理服务API V2, 2025-03-11), also with the 401 rows. */
export const qfV2Legacy = {
  url: 'https://ai.baidu.com/ai-doc/WENXINWORKSHOP/Cm2y4d5ha',
  title: '千帆ModelBuilder — 推理服务 API V2 错误码（2025-03-11）',
};
/** The legacy (v1) numeric `error_code` table. */
export const qfV1 = {
  url: 'https://cloud.baidu.com/doc/WENXINWORKSHOP/s/tlmyncueh',
  title: '千帆ModelBuilder — 错误码（v1，`error_code` / `error_msg`）',
};
/** Rate-limit mitigation page with the numeric 336501/336502 codes under HTTP/1.1 200 and the rate headers. */
export const qfMitigation = {
  url: 'https://cloud.baidu.com/doc/WENXINWORKSHOP/s/hlzic283e',
  title: '千帆ModelBuilder — 错误缓解方案（336501 / 336502，X-Ratelimit-* 响应头）',
};
/** The same page with the string codes rpm_/tpm_rate_limit_exceeded; marked 本文档已下线 (retired) by Baidu. */
export const qfMitigationV2 = {
  url: 'https://cloud.baidu.com/doc/WENXINWORKSHOP/s/cm79w0mjf',
  title: '千帆ModelBuilder — 错误缓解方案（`rpm_rate_limit_exceeded` / `tpm_rate_limit_exceeded`，已下线）',
};
export const qfRateLimits = {
  url: 'https://ai.baidu.com/ai-doc/WENXINWORKSHOP/Llroa77io',
  title: '千帆ModelBuilder — 速率限制说明（RPM / TPM）',
};

/** bce-qianfan-sdk (the `qianfan` Python package) at the commit its error handling was read at. */
export const qfSdkRequestor = {
  url: 'https://github.com/baidubce/bce-qianfan-sdk/blob/efb5bbae5cfec939c41a0cd30a9c9d37e629ea19/python/qianfan/resources/requestor/openapi_requestor.py',
  title: 'bce-qianfan-sdk — openapi_requestor.py (`_check_error`: `error_code` read from a 200 body)',
};

/** Public reports with bodies Qianfan really returned. */
export const obsRpm = {
  url: 'https://github.com/PaddlePaddle/ERNIE/issues/1031',
  title: 'Observed 429 `rpm_rate_limit_exceeded` through `openai.RateLimitError` (ERNIE issue #1031)',
};
export const obsMalformed = {
  url: 'https://getquicker.net/QA/Question/30646',
  title: 'Observed 400 `malformed_json` body from /v2/chat/completions (Quicker forum question 30646)',
};
export const qfSdkConsts = {
  url: 'https://github.com/baidubce/bce-qianfan-sdk/blob/458917dbdc708279f04f16415e1ca73e41329125/python/qianfan/consts.py',
  title: 'bce-qianfan-sdk — consts.py (`APIErrorCode`, `RetryErrCodes`, retry defaults)',
};
export const obsIam14 = {
  url: 'https://github.com/FoundationAgents/MetaGPT/issues/1285',
  title: 'Observed v1 `14` `IAM Certification failed` through `qianfan.errors.APIError` (MetaGPT issue #1285)',
};
export const obsIam14Log = {
  url: 'https://github.com/labring/FastGPT/issues/1978',
  title: 'Observed v1 `14` in the `qianfan` SDK log, with the `X-Bce-Error-Code` header (FastGPT issue #1978)',
};
export const obsDaily17 = {
  url: 'https://github.com/binary-husky/gpt_academic/issues/1735',
  title:
    'Observed v1 `Open api daily request limit reached` read from the body by a legacy client (gpt_academic issue #1735)',
};
/** Baidu AI Search error page: its own 429 codes (including `BILLING_INSUFFICIENT_BALANCE`) next to the model-service table. */
export const qfAiSearch = {
  url: 'https://ai.baidu.com/ai-doc/AppBuilder/4m8sgh88y',
  title: '千帆 AppBuilder — 百度AI搜索错误码（429 `BILLING_INSUFFICIENT_BALANCE`）',
};
