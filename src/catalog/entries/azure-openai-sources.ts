/** Official pages (and field observations) the Azure OpenAI entries and provider page are checked against. */
export const contentFilter = {
  url: 'https://learn.microsoft.com/en-us/azure/ai-foundry/openai/concepts/content-filter',
  title: 'Microsoft Learn — Azure OpenAI content filtering overview (scenario details)',
};
export const contentFilterZh = {
  url: 'https://learn.microsoft.com/zh-cn/azure/ai-foundry/openai/concepts/content-filter',
  title: 'Microsoft Learn — 内容筛选概述',
};
export const contentFilterAnnotations = {
  url: 'https://learn.microsoft.com/en-us/azure/ai-foundry/openai/concepts/content-filter-annotations',
  title: 'Microsoft Learn — Content filtering annotations (reading innererror.content_filter_results)',
};
export const reference = {
  url: 'https://learn.microsoft.com/en-us/azure/foundry/openai/reference',
  title: 'Microsoft Learn — Azure OpenAI REST API reference (authentication, innerErrorCode)',
};
export const rateLimit429 = {
  url: 'https://learn.microsoft.com/en-us/microsoft-cloud/dev/dev-proxy/concepts/azure-openai-429-token-rate-limit',
  title: 'Microsoft Learn (Dev Proxy) — Azure OpenAI 429: token and request rate limits explained',
};
export const quota = {
  url: 'https://learn.microsoft.com/en-us/azure/foundry/openai/how-to/quota',
  title: 'Microsoft Learn — Manage Azure OpenAI quota',
};
export const quotaZh = {
  url: 'https://learn.microsoft.com/zh-cn/azure/foundry-classic/openai/how-to/quota',
  title: 'Microsoft Learn — 管理 Azure OpenAI 配额',
};
export const provisionedZh = {
  url: 'https://learn.microsoft.com/zh-cn/azure/foundry/openai/concepts/provisioned-throughput',
  title: 'Microsoft Learn — 预配吞吐量',
};
export const vnet = {
  url: 'https://learn.microsoft.com/en-us/azure/ai-services/cognitive-services-virtual-networks',
  title: 'Microsoft Learn — Configure virtual networks for Azure AI services',
};
export const pyAzure = {
  url: 'https://github.com/openai/openai-python/blob/0117738a21281796add4f13fea46cba53558aef3/src/openai/lib/azure.py',
  title: 'openai-python — src/openai/lib/azure.py (AzureOpenAI subclasses OpenAI)',
};
export const nodeAzure = {
  url: 'https://github.com/openai/openai-node/blob/0eda70adc3c88c12792c1eee9c3279579a86d412/src/azure.ts',
  title: 'openai-node — src/azure.ts (AzureOpenAI extends OpenAI)',
};

// Observed in public reports.
export const obsContentFilter = {
  url: 'https://github.com/compl-ai/compl-ai/issues/20',
  title: 'Observed content_filter body with innererror (compl-ai issue #20)',
};
export const obsContentFilterHelm = {
  url: 'https://github.com/stanford-crfm/helm/pull/3327',
  title: 'Observed content_filter 400 via the openai SDK (stanford-crfm/helm PR #3327)',
};
export const obs401 = {
  url: 'https://github.com/SciSharp/BotSharp/issues/386',
  title: 'Observed 401 body and apim-request-id header (SciSharp/BotSharp issue #386)',
};
export const obs403 = {
  url: 'https://github.com/Azure-Samples/azure-sql-db-chatbot/issues/3',
  title: 'Observed 403 Virtual Network/Firewall body (Azure-Samples/azure-sql-db-chatbot issue #3)',
};
export const obs403Vnet = {
  url: 'https://github.com/continuedev/continue/issues/12547',
  title: 'Observed 403 "A Virtual Network is configured" body (continuedev/continue issue #12547)',
};
export const obs404 = {
  url: 'https://github.com/chatboxai/chatbox/issues/861',
  title: 'Observed DeploymentNotFound body (chatboxai/chatbox issue #861)',
};
export const obs404Answer = {
  url: 'https://github.com/MicrosoftDocs/azure-docs/issues/114013',
  title:
    'Observed DeploymentNotFound; Microsoft docs author on the deployment name (MicrosoftDocs/azure-docs issue #114013)',
};
export const obs429Headers = {
  url: 'https://github.com/microsoft/copilot-camp/issues/551',
  title:
    'Observed 429 "Rate limit is exceeded" with apim-request-id and x-ratelimit headers (microsoft/copilot-camp issue #551)',
};
export const obs429Token = {
  url: 'https://github.com/jasonacox/TinyLLM/issues/17',
  title: 'Observed 429 "exceeded token rate limit" body (jasonacox/TinyLLM issue #17)',
};
export const obsHighDemand = {
  url: 'https://github.com/pollinations/pollinations/issues/6260',
  title: 'Observed 429 "experiencing high demand" message (pollinations issue #6260)',
};
export const obsHighDemandQa = {
  url: 'https://learn.microsoft.com/en-us/answers/a/12567967',
  title: 'Observed 429 "high demand" message, Microsoft Q&A answer on peak-load throttling',
};
export const obs500 = {
  url: 'https://github.com/Azure/azure-sdk-for-python/issues/40812',
  title: 'Observed 500 server_error body with request ID (Azure/azure-sdk-for-python issue #40812)',
};
export const obs500Demo = {
  url: 'https://github.com/Azure-Samples/azure-search-openai-demo/issues/1390',
  title: 'Observed 500 server_error body (Azure-Samples/azure-search-openai-demo issue #1390)',
};
