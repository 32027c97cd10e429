import type { ErrorEntry } from '../types.ts';
import {
  obsContext121,
  obsContext17,
  obsUnsupportedParam,
  obsUnsupportedParamJson,
  obsInvalidValue,
  obsInvalidValueCodex,
  speechToText,
  obs413Whisper,
  obs413Recent,
  pyStatusErrors,
} from './openai-sources.ts';

/** OpenAI API errors about the request itself: what it asks for and how big it is (400, 413). */
export const openaiRequestEntries: ErrorEntry[] = [
  // 400: the request is malformed or asks for what the model does not take
  {
    slug: 'openai-400-context-length-exceeded',
    provider: 'openai',
    http: 400,
    class: 'request',
    meaning: 'too-long',
    title: { en: 'Context length exceeded', 'zh-cn': '超出模型上下文长度' },
    machine: {
      type: 'invalid_request_error',
      code: 'context_length_exceeded',
      param: 'messages',
      message:
        "This model's maximum context length is 128000 tokens. However, your messages resulted in 135412 tokens. Please reduce the length of the messages.",
    },
    example: {
      headers: { 'x-request-id': 'req_3f9a1c7e2b4d4e8f9a0b1c2d3e4f5a6b' },
      body: {
        error: {
          message:
            "This model's maximum context length is 128000 tokens. However, your messages resulted in 135412 tokens. Please reduce the length of the messages.",
          type: 'invalid_request_error',
          param: 'messages',
          code: 'context_length_exceeded',
        },
      },
    },
    aliases: [],
    patterns: ['context_length_exceeded', "this model's maximum context length is", '超出模型上下文长度'],
    related: [
      'openai-400-unsupported-parameter',
      'openai-400-invalid-value',
      'openai-429-request-too-large',
      'openai-sdk-bad-request-error',
      'deepseek-400',
      'gateway-400',
    ],
    sources: [obsContext121, obsContext17],
    verified: '2026-12-02',
  },
  {
    slug: 'openai-400-unsupported-parameter',
    provider: 'openai',
    http: 400,
    class: 'request',
    meaning: 'bad-request',
    title: { en: 'Unsupported parameter', 'zh-cn': '模型不支持该参数' },
    machine: {
      type: 'invalid_request_error',
      code: 'unsupported_parameter',
      param: 'max_tokens',
      message:
        "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
    },
    example: {
      body: {
        error: {
          message:
            "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
          type: 'invalid_request_error',
          param: 'max_tokens',
          code: 'unsupported_parameter',
        },
      },
    },
    aliases: [],
    patterns: [
      'unsupported_parameter',
      'unsupported parameter:',
      "use 'max_completion_tokens' instead",
      '模型不支持该参数',
    ],
    related: [
      'openai-400-invalid-value',
      'openai-400-context-length-exceeded',
      'openai-sdk-bad-request-error',
      'deepseek-400',
      'gateway-400',
    ],
    sources: [obsUnsupportedParam, obsUnsupportedParamJson],
    verified: '2026-12-02',
  },
  {
    slug: 'openai-400-invalid-value',
    provider: 'openai',
    http: 400,
    class: 'request',
    meaning: 'bad-request',
    title: { en: 'Invalid value', 'zh-cn': '参数取值无效' },
    machine: {
      type: 'invalid_request_error',
      code: 'invalid_value',
      param: 'response_format.type',
      message: "Invalid value: 'object'. Supported values are: 'json_object', 'json_schema', and 'text'.",
    },
    example: {
      body: {
        error: {
          message: "Invalid value: 'object'. Supported values are: 'json_object', 'json_schema', and 'text'.",
          type: 'invalid_request_error',
          param: 'response_format.type',
          code: 'invalid_value',
        },
      },
    },
    aliases: [],
    patterns: ['invalid_value', 'supported values are:', '参数取值无效'],
    related: [
      'openai-400-unsupported-parameter',
      'openai-400-context-length-exceeded',
      'openai-sdk-bad-request-error',
      'deepseek-400',
      'gateway-400',
    ],
    sources: [obsInvalidValue, obsInvalidValueCodex],
    verified: '2026-12-02',
  },

  // 413: the upload is larger than the endpoint accepts
  {
    slug: 'openai-413-maximum-content-size-exceeded',
    provider: 'openai',
    http: 413,
    class: 'request',
    meaning: 'too-long',
    title: { en: 'Maximum content size exceeded', 'zh-cn': '上传内容超过大小上限' },
    machine: {
      type: 'server_error',
      code: null,
      param: null,
      message: 'Maximum content size limit (26214400) exceeded',
    },
    example: {
      headers: { 'x-request-id': '9445746f1ab72e34ee52518ceb0030da' },
      body: {
        error: {
          message: 'Maximum content size limit (26214400) exceeded (26306794 bytes read)',
          type: 'server_error',
          param: null,
          code: null,
        },
      },
    },
    aliases: [],
    patterns: ['maximum content size limit', '上传内容超过大小上限'],
    related: ['openai-sdk-api-status-error', 'openai-sdk-api-error', 'openai-429-request-too-large'],
    sources: [speechToText, obs413Whisper, obs413Recent, pyStatusErrors],
    verified: '2026-12-05',
  },
];
