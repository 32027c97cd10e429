/**
 * A provider named in a wrapper's own words (LiteLLM's `DeepseekException`, OpenRouter's
 * `provider_name`, Portkey's `provider`, a Dify plugin's `langgenius/tongyi`), as a catalog id.
 * Names the catalog does not know stay names: the page shows them, unmatched.
 */
import type { ProviderId } from '../../../catalog/types.ts';
import type { DiagnoseIndex } from '../types.ts';

/** Other names for catalog providers, as wrappers write them (normalized: lower case, letters and digits). */
const aliases: Record<string, ProviderId> = {
  azure: 'azure-openai',
  azureopenai: 'azure-openai',
  claude: 'anthropic',
  google: 'gemini',
  googleaistudio: 'gemini',
  aistudio: 'gemini',
  googlegenerativeai: 'gemini',
  mistralai: 'mistral',
  dashscope: 'alibaba',
  tongyi: 'alibaba',
  qwen: 'alibaba',
  aliyun: 'alibaba',
  alibabacloud: 'alibaba',
  zhipuai: 'zhipu',
  zai: 'zhipu',
  bigmodel: 'zhipu',
  moonshotai: 'moonshot',
  kimi: 'moonshot',
  doubao: 'volcengine',
  ark: 'volcengine',
  volcengineark: 'volcengine',
  baidu: 'qianfan',
  wenxin: 'qianfan',
  ernie: 'qianfan',
};

export const normalize = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

export function providerFromName(name: string, index: DiagnoseIndex): ProviderId | undefined {
  const key = normalize(name);
  if (!key) return undefined;
  return index.providers.find((p) => normalize(p.id) === key)?.id ?? aliases[key];
}
