import type { ErrorEntry } from '../types.ts';
import {
  errorCodes,
  helpErrorCodes,
  help401,
  helpCountries,
  obsNoOrg,
  obsModel404,
  obsModel404Access,
  obsModel403Aider,
  obsModel403Python,
  obsModel403Continue,
  obsMissingScopes,
  obsMissingScopesResponses,
} from './openai-sources.ts';

/** OpenAI API errors about who is calling and what they may use: 401, 403 and 404. */
export const openaiAccessEntries: ErrorEntry[] = [
  // 401: the key, organization or network is not accepted
  {
    slug: 'openai-401-invalid-authentication',
    provider: 'openai',
    http: 401,
    class: 'auth',
    meaning: 'bad-key',
    title: { en: 'Invalid authentication', 'zh-cn': '认证无效' },
    machine: { message: 'Invalid Authentication' },
    example: {
      headers: { 'x-request-id': 'req_a98305263087167ffbd25ffab7dc8290' },
      body: {
        error: {
          message: 'Invalid Authentication',
          type: null,
          param: null,
          code: null,
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['invalid authentication', '认证无效'],
    related: [
      'openai-401-invalid-api-key',
      'openai-401-not-in-organization',
      'openai-401-ip-not-authorized',
      'openai-sdk-authentication-error',
      'deepseek-401',
      'gateway-401',
    ],
    sources: [errorCodes, help401, helpErrorCodes],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-401-invalid-api-key',
    provider: 'openai',
    http: 401,
    class: 'auth',
    meaning: 'bad-key',
    title: { en: 'Incorrect API key provided', 'zh-cn': 'API key 不正确' },
    machine: { type: 'invalid_request_error', code: 'invalid_api_key', message: 'Incorrect API key provided' },
    example: {
      headers: { 'x-request-id': 'req_8b2e4d6f1a3c4b5d9e7f0a1b2c3d4e5f' },
      body: {
        error: {
          message:
            'Incorrect API key provided: sk-proj-****abcd. You can find your API key at https://platform.openai.com/account/api-keys.',
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_api_key',
        },
      },
    },
    aliases: [],
    patterns: ['invalid_api_key', 'incorrect api key provided', 'api key 不正确'],
    related: [
      'openai-401-invalid-authentication',
      'openai-401-not-in-organization',
      'openai-401-ip-not-authorized',
      'openai-sdk-authentication-error',
      'deepseek-401',
      'gateway-401',
    ],
    sources: [errorCodes, helpErrorCodes],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-401-not-in-organization',
    provider: 'openai',
    http: 401,
    class: 'auth',
    meaning: 'wrong-plan',
    title: { en: 'Not a member of any organization', 'zh-cn': '账号不属于任何组织' },
    machine: {
      type: 'invalid_request_error',
      code: 'no_organization',
      param: null,
      message:
        'You must be a member of an organization to use the API. Please contact us through our help center at help.openai.com.',
    },
    example: {
      body: {
        error: {
          message:
            'You must be a member of an organization to use the API. Please contact us through our help center at help.openai.com.',
          type: 'invalid_request_error',
          param: null,
          code: 'no_organization',
        },
      },
    },
    aliases: [],
    patterns: ['no_organization', 'you must be a member of an organization to use the api', '不属于任何组织'],
    related: [
      'openai-401-invalid-authentication',
      'openai-401-invalid-api-key',
      'openai-401-ip-not-authorized',
      'openai-401-missing-scopes',
      'openai-sdk-authentication-error',
    ],
    sources: [errorCodes, helpErrorCodes, obsNoOrg],
    verified: '2026-12-02',
  },
  {
    slug: 'openai-401-ip-not-authorized',
    provider: 'openai',
    http: 401,
    class: 'auth',
    meaning: 'wrong-plan',
    title: { en: 'IP not authorized', 'zh-cn': 'IP 地址未获授权' },
    machine: { message: 'IP not authorized' },
    example: {
      headers: { 'x-request-id': 'req_5046cc30267cf663b383e62addd185ff' },
      body: {
        error: {
          message: 'IP not authorized',
          type: null,
          param: null,
          code: null,
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['ip not authorized', 'ip 地址未获授权'],
    related: [
      'openai-401-invalid-authentication',
      'openai-401-invalid-api-key',
      'openai-401-not-in-organization',
      'openai-403-unsupported-country-region-territory',
      'openai-sdk-authentication-error',
      'gateway-403',
    ],
    sources: [errorCodes],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-401-missing-scopes',
    provider: 'openai',
    http: 401,
    class: 'auth',
    meaning: 'wrong-plan',
    title: { en: 'Missing scopes (restricted key)', 'zh-cn': '缺少权限范围（受限 key）' },
    machine: {
      message:
        "You have insufficient permissions for this operation. Missing scopes: model.request. Check that you have the correct role in your organization (Reader, Writer, Owner) and project (Member, Owner), and if you're using a restricted API key, that it has the necessary scopes.",
    },
    example: {
      body: {
        error: {
          message:
            "You have insufficient permissions for this operation. Missing scopes: model.request. Check that you have the correct role in your organization (Reader, Writer, Owner) and project (Member, Owner), and if you're using a restricted API key, that it has the necessary scopes.",
          type: null,
          param: null,
          code: null,
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['missing scopes:', 'you have insufficient permissions for this operation', '缺少权限范围'],
    related: [
      'openai-401-invalid-api-key',
      'openai-401-invalid-authentication',
      'openai-403-model-not-found',
      'openai-sdk-authentication-error',
      'gateway-403',
    ],
    sources: [obsMissingScopes, obsMissingScopesResponses, help401],
    verified: '2026-12-02',
  },
  // 403 and 404: the caller may not use this, or it does not exist
  {
    slug: 'openai-403-unsupported-country-region-territory',
    provider: 'openai',
    http: 403,
    class: 'auth',
    meaning: 'wrong-plan',
    title: { en: 'Country, region, or territory not supported', 'zh-cn': '所在国家或地区不受支持' },
    machine: {
      type: 'request_forbidden',
      code: 'unsupported_country_region_territory',
      message: 'Country, region, or territory not supported',
    },
    example: {
      headers: { 'x-request-id': 'req_c41d7e9a2f6b4a0e8d3c5b7a9f1e2d4c' },
      body: {
        error: {
          message: 'Country, region, or territory not supported',
          type: 'request_forbidden',
          param: null,
          code: 'unsupported_country_region_territory',
        },
      },
    },
    aliases: [],
    patterns: [
      'unsupported_country_region_territory',
      'country, region, or territory not supported',
      '所在国家或地区不受支持',
    ],
    related: [
      'openai-403-model-not-found',
      'openai-sdk-permission-denied-error',
      'openai-401-ip-not-authorized',
      'gateway-403',
    ],
    sources: [errorCodes, helpCountries, obsModel403Aider],
    verified: '2026-12-02',
  },
  {
    slug: 'openai-403-model-not-found',
    provider: 'openai',
    http: 403,
    class: 'auth',
    meaning: 'model-unavailable',
    title: { en: 'Project has no access to the model', 'zh-cn': '项目无权使用该模型' },
    machine: {
      type: 'invalid_request_error',
      code: 'model_not_found',
      param: null,
      message: 'Project `proj_uFBGSkr9FAbFof6HIsCIszAP` does not have access to model `gpt-4o`',
    },
    example: {
      body: {
        error: {
          message: 'Project `proj_uFBGSkr9FAbFof6HIsCIszAP` does not have access to model `gpt-4o`',
          type: 'invalid_request_error',
          param: null,
          code: 'model_not_found',
        },
      },
    },
    aliases: [],
    patterns: ['does not have access to model', '项目无权使用该模型'],
    related: [
      'openai-404-model-not-found',
      'openai-403-unsupported-country-region-territory',
      'openai-401-missing-scopes',
      'openai-sdk-permission-denied-error',
      'gateway-403',
    ],
    sources: [obsModel403Aider, obsModel403Python, obsModel403Continue],
    verified: '2026-12-02',
  },
  {
    slug: 'openai-404-model-not-found',
    provider: 'openai',
    http: 404,
    class: 'request',
    meaning: 'model-unavailable',
    title: { en: 'Model not found', 'zh-cn': '模型不存在或无权访问' },
    machine: {
      type: 'invalid_request_error',
      code: 'model_not_found',
      message: 'The model `gpt-4o-mnii` does not exist or you do not have access to it.',
    },
    example: {
      headers: { 'x-request-id': 'req_5e7a9c1b3d2f4e6a8b0c2d4e6f8a0b1c' },
      body: {
        error: {
          message: 'The model `gpt-4o-mnii` does not exist or you do not have access to it.',
          type: 'invalid_request_error',
          param: null,
          code: 'model_not_found',
        },
      },
    },
    aliases: [],
    patterns: ['model_not_found', 'does not exist or you do not have access to it', '模型不存在或无权访问'],
    related: [
      'openai-403-model-not-found',
      'openai-sdk-not-found-error',
      'deepseek-400',
      'gateway-404',
      'openai-401-invalid-authentication',
    ],
    sources: [obsModel404, obsModel404Access],
    verified: '2026-12-02',
  },
];
