/** Official pages, SDK files and field observations the Volcano Engine Ark entries are checked against. */
export const arkErrors = {
  url: 'https://www.volcengine.com/docs/82379/1099476',
  title: '火山方舟 — 错误码（方舟错误码与公共错误码）',
};
export const arkCommonErrors = {
  url: 'https://www.volcengine.com/docs/82379/1299023',
  title: '火山方舟 — 公共错误码',
};
/** Ark Python SDK (volcenginesdkarkruntime) at the commit its facts were read at. */
export const ARK_PY =
  'https://github.com/volcengine/volcengine-python-sdk/blob/b5be43b5e6b3a2e618a8b27848b2e2bc2d1b64b0';
export const arkPyBaseClient = {
  url: `${ARK_PY}/volcenginesdkarkruntime/_base_client.py`,
  title: 'volcengine-python-sdk — volcenginesdkarkruntime/_base_client.py (_should_retry, _make_status_error)',
};
export const arkPyConstants = {
  url: `${ARK_PY}/volcenginesdkarkruntime/_constants.py`,
  title:
    'volcengine-python-sdk — volcenginesdkarkruntime/_constants.py (base URL, request-id headers, retries, timeouts)',
};
export const arkPyExceptions = {
  url: `${ARK_PY}/volcenginesdkarkruntime/_exceptions.py`,
  title: 'volcengine-python-sdk — volcenginesdkarkruntime/_exceptions.py (ArkAPIError and its subclasses)',
};
export const observedOverdue = {
  url: 'https://github.com/coze-dev/coze-studio/issues/2195',
  title: 'Observed AccountOverdueError body (coze-studio issue #2195)',
};
export const observedOutOfContext = {
  url: 'https://github.com/bytedance/deer-flow/issues/583',
  title: 'Observed "Total tokens of image and text exceed max message tokens" (deer-flow issue #583)',
};
export const arkSdkOverview = {
  url: 'https://www.volcengine.com/docs/82379/1302007',
  title: '火山方舟 — SDK 概述（OpenAI SDK 兼容性说明）',
};
export const arkPySdkSetup = {
  url: 'https://www.volcengine.com/docs/82379/1319847',
  title: '火山方舟 — Python SDK 安装与初始化',
};
