import type { ErrorEntry } from '../types.ts';

/** Official pages the DeepSeek entries are checked against. */
const errorCodes = {
  url: 'https://api-docs.deepseek.com/quick_start/error_codes',
  title: 'DeepSeek API Docs — Error Codes',
};
const errorCodesZh = {
  url: 'https://api-docs.deepseek.com/zh-cn/quick_start/error_codes',
  title: 'DeepSeek API 文档 — 错误码',
};
const rateLimit = {
  url: 'https://api-docs.deepseek.com/quick_start/rate_limit',
  title: 'DeepSeek API Docs — Rate Limit & Isolation',
};
const rateLimitZh = {
  url: 'https://api-docs.deepseek.com/zh-cn/quick_start/rate_limit',
  title: 'DeepSeek API 文档 — 限速与隔离',
};
const rateLimitOld = {
  url: 'https://platform.deepseek.com/api-docs/quick_start/rate_limit',
  title: 'DeepSeek API Docs — Rate Limit (earliest wording)',
};

export const deepseekEntries: ErrorEntry[] = [
  {
    slug: 'deepseek-400',
    provider: 'deepseek',
    http: 400,
    class: 'request',
    officialName: { en: 'Invalid Format', 'zh-cn': '格式错误' },
    title: { en: 'Invalid Format', 'zh-cn': '格式错误' },
    summary: {
      en: 'DeepSeek rejected the request body as sent, so nothing was generated.',
      'zh-cn': 'DeepSeek 拒绝了这次发送的请求体，没有生成任何内容。',
    },
    cause: {
      en: 'DeepSeek describes 400 only as "the request body is in the wrong format"; the detail is in `error.message`, which names what was objected to. The case most people meet today comes from thinking mode: when a conversation is sent back, DeepSeek expects the `reasoning_content` of the earlier assistant turns to be in it, and chat clients or plugins that strip that field from the history get a 400 on the next turn. Other causes are bodies assembled by hand or copied from another provider\'s API with fields DeepSeek does not accept.',
      'zh-cn':
        'DeepSeek 对 400 的说明只有一句“请求体格式错误”，具体原因要看 `error.message`，它会指出请求体的哪一部分有问题。目前最常见的情况出在思考模式：多轮对话回传历史消息时，DeepSeek 要求其中带上之前 assistant 回复的 `reasoning_content`，而不少聊天客户端或插件会把这个字段从历史里删掉，于是下一轮对话就收到 400。其他原因还有手工拼接的请求体，或者照搬别家 API 的写法，带上了 DeepSeek 不接受的字段。',
    },
    fix: {
      en: [
        'Read `error.message`: it names the part of the body DeepSeek refused.',
        'Log the exact JSON that leaves your process (after any wrapper or plugin has touched it) and check it against the DeepSeek API reference; drop fields meant for other providers.',
        'In thinking mode, keep the `reasoning_content` of previous assistant messages in the history you send back; if a plugin or wrapper strips it, update or reconfigure that tool.',
        'Send the corrected request; the unchanged one will fail again.',
      ],
      'zh-cn': [
        '先看 `error.message`，它会说明请求体的哪一部分被拒绝。',
        '把最终发出去的 JSON（经过封装库或插件处理之后的那份）打到日志里，对照 DeepSeek API 文档逐项检查，去掉只属于其他服务商的字段。',
        '使用思考模式时，回传的历史消息里要保留之前 assistant 消息的 `reasoning_content`；如果是插件或封装库把它删掉了，升级或调整该工具的配置。',
        '改好之后再发送。原样重发只会再次失败。',
      ],
    },
    retry: {
      en: 'Do not retry: the same body gets the same 400. Fix the request first; the `openai` SDK does not retry a 400 either.',
      'zh-cn': '不要重试：同样的请求体只会得到同样的 400。先把请求改对；`openai` SDK 遇到 400 也不会自动重试。',
    },
    distinguish: {
      en: 'DeepSeek uses 400 for a body it cannot accept and 422 for parameter values it rejects; both are fixed in your code. DeepSeek puts `invalid_request_error` in both `type` and `code`, so unlike OpenAI\'s `code` (`context_length_exceeded`, for one) it never names the specific problem: read `message`. A gateway 400 carries `"code": "invalid_request"` and a `request_id` in the body.',
      'zh-cn':
        'DeepSeek 用 400 表示请求体整体不可接受，用 422 表示某个参数取值不对，两者都要在代码里修正。DeepSeek 在 `type` 和 `code` 里都填 `invalid_request_error`，`code` 不会像 OpenAI 那样写明具体原因（例如 `context_length_exceeded`），所以要看 `message`。网关返回的 400 则带有 `"code": "invalid_request"`，响应体里还有 `request_id`。',
    },
    notes: {
      en: 'Through the `openai` SDK this raises `BadRequestError`. The thinking-mode rule has flipped over time: older Chinese DeepSeek docs said that passing `reasoning_content` back in the input messages was what caused a 400, so clients written for that rule now fail the current one.',
      'zh-cn':
        '通过 `openai` SDK 调用时会抛出 `BadRequestError`。思考模式的规则前后反转过：早期的 DeepSeek 中文文档写的是“在输入消息里回传 `reasoning_content` 会导致 400”，按旧规则写的客户端，在现行规则下反而会出错。',
    },
    machine: { type: 'invalid_request_error', code: 'invalid_request_error', param: null },
    example: {
      body: {
        error: {
          message: 'The `reasoning_content` in the thinking mode must be passed back to the API.',
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_request_error',
        },
      },
    },
    aliases: [],
    patterns: ['格式错误', 'in the thinking mode must be passed back to the api'],
    related: ['deepseek-422', 'gateway-400', 'openai-400-context-length-exceeded', 'openai-sdk-bad-request-error'],
    sources: [
      errorCodes,
      errorCodesZh,
      {
        url: 'https://github.com/Zoo-Code-Org/Zoo-Code/issues/201',
        title: 'Observed thinking-mode 400 (Zoo-Code issue #201)',
      },
      { url: 'https://github.com/zed-industries/zed/issues/55321', title: 'Observed 400 body (zed issue #55321)' },
    ],
    verified: '2026-11-23',
  },
  {
    slug: 'deepseek-401',
    provider: 'deepseek',
    http: 401,
    class: 'auth',
    officialName: { en: 'Authentication Fails', 'zh-cn': '认证失败' },
    title: { en: 'Authentication Fails', 'zh-cn': '认证失败' },
    summary: {
      en: 'DeepSeek did not accept the API key sent with the request and refused it before doing any work.',
      'zh-cn': 'DeepSeek 不认可请求携带的 API key，在处理之前就拒绝了这次请求。',
    },
    cause: {
      en: 'The key is wrong in one of a few ways: it is mistyped, truncated or padded with whitespace; it was deleted on the platform; the `Authorization` header is not in the `Bearer sk-…` form; or the key belongs to another service (an OpenAI key, a reseller\'s token) while the request goes to `api.deepseek.com`, or the other way round. The message usually hints at which: "no such user" means DeepSeek cannot match the key to any account, "Your api key: ****cd15 is invalid" shows the last characters of the key it received, and "auth header format should be Bearer sk-..." points at the header itself.',
      'zh-cn':
        'API key 有问题，常见的几种情况：输错、复制不全或首尾多了空格；key 已在平台上被删除；`Authorization` 请求头不是 `Bearer sk-…` 的格式；或者 key 和地址对不上，比如拿 OpenAI 的 key、第三方中转的 token 去请求 `api.deepseek.com`，或者反过来。错误信息通常能说明是哪一种：`no such user` 表示 DeepSeek 找不到这个 key 对应的账号；`Your api key: ****cd15 is invalid` 给出了服务端收到的 key 的末几位；`auth header format should be Bearer sk-...` 说明是请求头格式不对。',
    },
    fix: {
      en: [
        'Check the header: it must read `Authorization: Bearer sk-…`, with the `Bearer` prefix and a single space.',
        'Compare the last characters shown in the message with the key you meant to use, to catch a stale environment variable, config file or cached setting.',
        "Make sure a DeepSeek key goes to the DeepSeek base URL, not to another provider (and no other provider's key goes to DeepSeek).",
        'If the key was deleted or you are unsure of it, create a new one on the DeepSeek platform (API keys page) and replace it everywhere it is stored.',
      ],
      'zh-cn': [
        '检查请求头，格式必须是 `Authorization: Bearer sk-…`：`Bearer` 前缀不能少，后面跟一个空格。',
        '把报错里显示的 key 末几位和你想用的 key 对一下，排查环境变量、配置文件或缓存里残留的旧 key。',
        '确认 DeepSeek 的 key 发往 DeepSeek 的地址，而不是别家服务商；也别把别家的 key 发给 DeepSeek。',
        '如果 key 已删除或者拿不准，就到 DeepSeek 开放平台的 API keys 页面新建一个，并替换所有存放旧 key 的地方。',
      ],
    },
    retry: {
      en: 'Do not retry: the key will not become valid on its own. Fix the key or the header, then send again. The `openai` SDK does not retry a 401.',
      'zh-cn': '不要重试：key 不会自己变有效。先改好 key 或请求头，再重新发送。`openai` SDK 遇到 401 也不会自动重试。',
    },
    distinguish: {
      en: 'DeepSeek\'s 401 message starts with `Authentication Fails`; the body has `"type": "authentication_error"` but `"code": "invalid_request_error"`. OpenAI\'s 401s carry other messages and codes (`invalid_api_key`, for one), and a gateway 401 has `"code": "authentication_error"` plus a `request_id`. A funded account still gets 401 with a bad key; an empty balance shows up as 402, not 401.',
      'zh-cn':
        'DeepSeek 的 401 错误信息以 `Authentication Fails` 开头，响应体里 `"type": "authentication_error"`，`code` 却是 `"invalid_request_error"`。OpenAI 的 401 用的是别的错误信息和 code（例如 `invalid_api_key`）；网关的 401 则是 `"code": "authentication_error"`，并带有 `request_id`。账号有余额但 key 不对，照样是 401；余额不足对应的是 402，不是 401。',
    },
    notes: {
      en: 'Observed message variants: `Authentication Fails (no such user)`, `Authentication Fails, Your api key: ****cd15 is invalid` and `Authentication Fails (auth header format should be Bearer sk-...)`. Through the `openai` SDK all of them raise `AuthenticationError`.',
      'zh-cn':
        '实际观察到的错误信息有三种：`Authentication Fails (no such user)`、`Authentication Fails, Your api key: ****cd15 is invalid` 和 `Authentication Fails (auth header format should be Bearer sk-...)`。通过 `openai` SDK 调用时，它们都会抛出 `AuthenticationError`。',
    },
    machine: {
      type: 'authentication_error',
      code: 'invalid_request_error',
      param: null,
      message: 'Authentication Fails (no such user)',
    },
    example: {
      body: {
        error: {
          message: 'Authentication Fails (no such user)',
          type: 'authentication_error',
          param: null,
          code: 'invalid_request_error',
        },
      },
    },
    aliases: [],
    patterns: ['authentication fails', '认证失败'],
    related: ['deepseek-402', 'gateway-401', 'openai-401-invalid-api-key', 'openai-sdk-authentication-error'],
    sources: [
      errorCodes,
      errorCodesZh,
      {
        url: 'https://github.com/nextcloud/integration_openai/issues/182',
        title: 'Observed 401 body (nextcloud/integration_openai issue #182)',
      },
      { url: 'https://github.com/BerriAI/litellm/issues/10403', title: 'Observed 401 variant (LiteLLM issue #10403)' },
    ],
    verified: '2026-11-23',
  },
  {
    slug: 'deepseek-402',
    provider: 'deepseek',
    http: 402,
    class: 'billing',
    officialName: { en: 'Insufficient Balance', 'zh-cn': '余额不足' },
    title: { en: 'Insufficient Balance', 'zh-cn': '余额不足' },
    summary: {
      en: 'Your DeepSeek account has run out of money, so the request was refused before any work was done.',
      'zh-cn': '你的 DeepSeek 账号余额已经用完，请求在处理之前就被拒绝了。',
    },
    cause: {
      en: 'DeepSeek bills per token from a prepaid balance. When the balance of the account that owns the API key reaches zero (or is too low for the request), every call returns 402 until someone tops up.',
      'zh-cn':
        'DeepSeek 按 token 从预付余额中扣费。API key 所属账号的余额归零（或不够这次请求）之后，所有调用都会返回 402，直到有人充值为止。',
    },
    fix: {
      en: [
        'Open the DeepSeek platform and check the balance of the account that owns the key in use.',
        'Top up the account (or move the key to a funded account).',
        'Keep an eye on the balance (for example in your monitoring) so the next shortfall is caught before production traffic fails.',
      ],
      'zh-cn': [
        '登录 DeepSeek 开放平台，查看当前 API key 所属账号的余额。',
        '为该账号充值，或者换用一个有余额的账号的 key。',
        '平时留意余额（比如纳入监控），别等到线上请求失败才发现余额用完。',
      ],
    },
    retry: {
      en: 'Do not retry: the balance does not refill by itself, so every retry fails the same way. Stop, alert a person, and resume once the account is funded.',
      'zh-cn': '不要重试：余额不会自己恢复，重试只会得到同样的错误。应停止请求并通知负责人，充值后再继续。',
    },
    distinguish: {
      en: 'DeepSeek signals an empty balance with the status 402 alone; the body says `"type": "unknown_error"` and `"code": "invalid_request_error"`, so code that looks for `insufficient_quota` (the OpenAI habit) will miss it. Switch on the status.',
      'zh-cn':
        'DeepSeek 只用 402 状态码表示余额不足；响应体里是 `"type": "unknown_error"` 和 `"code": "invalid_request_error"`，按 OpenAI 的习惯去找 `insufficient_quota` 是找不到的。请按状态码判断。',
    },
    notes: {
      en: 'The official `openai` SDKs have no class for 402: Python raises the generic `APIStatusError`, Node a plain `APIError`, and neither retries it. Some wrappers (LiteLLM, for one) report it as a `BadRequestError` instead.',
      'zh-cn':
        '官方 `openai` SDK 没有专门对应 402 的异常类：Python 抛出通用的 `APIStatusError`，Node 抛出普通的 `APIError`，两者都不会重试。部分封装库（例如 LiteLLM）会把它报成 `BadRequestError`。',
    },
    machine: { type: 'unknown_error', code: 'invalid_request_error', param: null, message: 'Insufficient Balance' },
    example: {
      body: {
        error: { message: 'Insufficient Balance', type: 'unknown_error', param: null, code: 'invalid_request_error' },
      },
    },
    aliases: [],
    patterns: ['insufficient balance', '余额不足'],
    related: ['gateway-402', 'openai-429-insufficient-quota', 'openai-sdk-api-status-error'],
    sources: [
      errorCodes,
      errorCodesZh,
      { url: 'https://github.com/Aider-AI/aider/issues/4851', title: 'Observed 402 body (aider issue #4851)' },
    ],
    verified: '2026-11-23',
  },
  {
    slug: 'deepseek-422',
    provider: 'deepseek',
    http: 422,
    class: 'request',
    officialName: { en: 'Invalid Parameters', 'zh-cn': '参数错误' },
    title: { en: 'Invalid Parameters', 'zh-cn': '参数错误' },
    summary: {
      en: 'The request body was readable, but DeepSeek rejected one or more of the parameter values in it.',
      'zh-cn': '请求体可以正常解析，但其中有参数的取值 DeepSeek 不接受。',
    },
    cause: {
      en: "A parameter has a value DeepSeek will not take: the wrong type (a number sent as a string is a common slip when settings come from a config file or an environment variable), a value outside the allowed range, or an option the chosen model does not support. Parameters copied from another provider's examples are a frequent source.",
      'zh-cn':
        '某个参数的取值 DeepSeek 不接受：类型不对（从配置文件或环境变量读出的数字按字符串发了出去，是很常见的疏忽）、超出允许范围，或者是所选模型不支持的选项。照搬其他服务商示例里的参数，也常常引发这个错误。',
    },
    fix: {
      en: [
        "Read `error.message`: DeepSeek's docs say to correct the parameters according to its hint.",
        'Check each parameter you send against the DeepSeek API reference for the model in use: name, type and allowed values.',
        'Make sure numeric and boolean settings are sent as JSON numbers and booleans, not as strings.',
        'Send the corrected request; do not resend the same one.',
      ],
      'zh-cn': [
        '先看 `error.message`：DeepSeek 文档的建议就是按报错提示修改相关参数。',
        '对照 DeepSeek API 文档，逐个核对当前模型下发送的参数：名称、类型和允许的取值。',
        '确认数值和布尔类型的设置是以 JSON 数字、布尔值发送的，而不是字符串。',
        '改好之后再发送，不要原样重发。',
      ],
    },
    retry: {
      en: 'Do not retry: the parameter stays wrong until the code changes. The `openai` SDK does not retry a 422 either.',
      'zh-cn': '不要重试：代码不改，参数就一直是错的。`openai` SDK 遇到 422 也不会自动重试。',
    },
    distinguish: {
      en: 'DeepSeek keeps 422 for parameter values and 400 for a body it cannot accept as a whole; the fix is in your code either way. A gateway 422 carries `"code": "unprocessable_entity"` and a `request_id` in the body, which a DeepSeek body does not.',
      'zh-cn':
        'DeepSeek 用 422 表示参数取值有误，用 400 表示请求体整体不可接受；两种情况都要改代码。网关返回的 422 在响应体里有 `"code": "unprocessable_entity"` 和 `request_id`，DeepSeek 的响应体没有这些字段。',
    },
    notes: {
      en: 'Through the `openai` SDK this raises `UnprocessableEntityError`. DeepSeek documents no 422 body at all, so the example follows the layout of observed DeepSeek errors and its `type` and `code` are unconfirmed too. The real message is meant to say what to change.',
      'zh-cn':
        '通过 `openai` SDK 调用时会抛出 `UnprocessableEntityError`。DeepSeek 完全没有公布 422 的响应体，示例沿用了已观察到的 DeepSeek 错误结构，其中的 `type` 和 `code` 同样未经证实。实际的错误信息会提示该改哪里。',
    },
    example: {
      body: {
        error: {
          message: 'Invalid Parameters',
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_request_error',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['参数错误', 'invalid parameters'],
    related: ['deepseek-400', 'gateway-422', 'openai-sdk-unprocessable-entity-error'],
    sources: [errorCodes, errorCodesZh],
    verified: '2026-11-23',
  },
  {
    slug: 'deepseek-429',
    provider: 'deepseek',
    http: 429,
    class: 'rate-limit',
    officialName: { en: 'Rate Limit Reached', 'zh-cn': '请求速率达到上限' },
    title: { en: 'Rate Limit Reached', 'zh-cn': '请求速率达到上限' },
    summary: {
      en: 'DeepSeek turned the request away because your account is over its limit: too many requests in flight at once, or requests arriving too fast.',
      'zh-cn': 'DeepSeek 拒绝了这次请求，因为你的账号超出了限制：同时在处理的请求太多，或者请求发得太快。',
    },
    cause: {
      en: 'The English error page describes 429 as sending requests too fast; the current Chinese page says the rate or concurrency limit was reached (an earlier version named TPM or RPM). The limit the current docs spell out is on concurrency, per account: at most 2 500 requests at once on `deepseek-v4-flash` and 500 on `deepseek-v4-pro`. A request takes a slot from the moment it is sent until its response is complete, so long streamed answers hold their slot for the whole generation. The count covers the whole account, not one API key: every key of the account draws from the same pool, and creating more keys adds no capacity. Typical triggers are a worker pool or batch job with no cap on parallel calls, several services sharing one account, and retry loops that fire again at once.',
      'zh-cn':
        'DeepSeek 中文错误码页面现在对 429 的说明是“请求速率或并发达到上限”（早先的版本写的是 TPM 或 RPM 达到上限），英文版的说法是请求发得太快。现行文档明确规定的是按账号计算的并发上限：`deepseek-v4-flash` 最多同时 2 500 个请求，`deepseek-v4-pro` 最多 500 个。一个请求从发出开始占用名额，直到响应全部返回才释放，所以长篇的流式输出在整个生成过程中都占着名额。并发按账号统计，而不是按 API key：同一账号下的所有 key 共用同一个并发上限，多建几个 key 并不能提高并发。常见的诱因有：工作线程池或批处理任务没有限制并行调用数，多个服务共用一个账号，以及失败后立刻重发的重试循环。',
    },
    fix: {
      en: [
        'Put one shared limiter (a semaphore or a queue) in front of every call that uses the account, sized below the cap of the model you call.',
        'Add up the traffic of every service and key on the account: the limit is per account, so spreading calls over more keys does not help.',
        'Back off before retrying (exponential, with jitter) instead of resending at once.',
        "If you genuinely need more parallel requests, file DeepSeek's free capacity-expansion request; the English docs also suggest routing traffic to another provider for a while.",
      ],
      'zh-cn': [
        '用一个共享的信号量或队列，统一控制该账号下所有调用的并发数，设得比所调模型的并发上限低一些。',
        '把同一账号下所有服务、所有 key 的流量加在一起算：并发上限按账号计算，把请求分散到更多 key 上没有用。',
        '重试前先退避（指数退避并加随机抖动），不要立刻重发。',
        '如果确实需要更高的并发，可以提交免费的账号扩容申请工单；英文文档还建议必要时临时把流量切到其他服务商。',
      ],
    },
    retry: {
      en: "Retry, paced. DeepSeek documents no `Retry-After` header, so the wait is yours to choose: back off exponentially with jitter (start around a second, cap it) and lower your concurrency, because a retry that rejoins the same overfull pool fails again. Through the `openai` SDK a 429 raises `RateLimitError` only after two automatic retries, and with no `Retry-After` those use the SDK's own short backoff (0.5 s doubling, at most 8 s), which is usually too quick for a concurrency cap.",
      'zh-cn':
        '可以重试，但要控制节奏。DeepSeek 没有说明会返回 `Retry-After` 响应头，等多久需要自己决定：做带随机抖动的指数退避（从 1 秒左右开始，并设上限），同时降低并发，否则重试的请求又挤进已经占满的并发名额里，照样失败。通过 `openai` SDK 调用时，SDK 会先自动重试两次，然后才抛出 `RateLimitError`；由于没有 `Retry-After`，这两次用的是 SDK 自己很短的退避（从 0.5 秒起翻倍，最长 8 秒），对并发上限来说通常太快了。',
    },
    distinguish: {
      en: 'At DeepSeek a 429 is always about traffic, never about money: an empty balance is 402. OpenAI, by contrast, also uses 429 for `insufficient_quota`, and a gateway 429 has `"code": "rate_limit_error"` and a `request_id` in the body. DeepSeek documents no body for its 429, so tell it apart by the host the request went to (`api.deepseek.com`). A 503 from DeepSeek means the service is busy for everyone, not that your account is over its cap.',
      'zh-cn':
        '在 DeepSeek，429 只和请求量有关，与余额无关：余额不足返回的是 402。OpenAI 则不同，`insufficient_quota` 也用 429 返回；网关的 429 在响应体里有 `"code": "rate_limit_error"` 和 `request_id`。DeepSeek 没有公布 429 的响应体，所以要按请求发往的地址（`api.deepseek.com`）来区分。DeepSeek 返回 503 则表示服务对所有人都繁忙，而不是你的账号超出了并发上限。',
    },
    notes: {
      en: 'Keep-alive while waiting: when DeepSeek is busy, a request can stay open for a while before inference starts. Meanwhile the server keeps the connection alive with filler, blank lines for a non-streaming request and SSE comment lines `: keep-alive` for a streaming one. The `openai` SDK skips them; a hand-written parser must ignore them instead of failing on them as JSON. If inference has not started after 10 minutes, the server closes the connection, so a busy period can also end in a dropped connection with no 429 at all. Policy history: the earliest docs said DeepSeek did not limit users and warned that heavy traffic could bring 429 or 503; the early-2025 docs still said there was no limit, described the keep-alive filler and closed requests not finished within 30 minutes; later in 2025 the cutoff became 10 minutes without inference starting; an interim Chinese version described concurrency limits adjusted to load; the current "Rate Limit & Isolation" page sets the fixed per-account caps above. Advice saying that DeepSeek has no rate limit is out of date. The same page adds `user_id` isolation (content safety, KV cache, scheduling): accounts granted extra capacity get a cap of 2 500 / 500 per `user_id`, also enforced with 429; the value may use letters, digits, `-` and `_`, up to 512 characters, and is passed through `extra_body` with the OpenAI SDK. DeepSeek documents no 429 body, so the `type` and `code` in the example are unconfirmed too.',
      'zh-cn':
        '排队时的 keep-alive：DeepSeek 繁忙时，请求可能要保持连接等一段时间才开始推理。等待期间服务端会持续发送填充内容来维持连接：非流式请求持续返回空行，流式请求持续返回 SSE keep-alive 注释（`: keep-alive`）。`openai` SDK 会自动跳过这些内容；自己写的解析代码则必须忽略它们，不能当成 JSON 去解析而报错。如果 10 分钟后推理仍未开始，服务端会关闭连接，所以高峰期的请求也可能以连接断开告终，根本收不到 429。策略沿革：最早的文档说 DeepSeek 不限制用户，并提醒流量大时可能返回 429 或 503；2025 年初的文档仍然说不限速，同时说明了 keep-alive 填充机制，并在请求 30 分钟未完成时断开；2025 年晚些时候改成推理 10 分钟未开始即断开；中文文档有一版写的是根据负载动态限制并发；现行的“限速与隔离”页面规定了上面所说的按账号固定并发上限。凡是说“DeepSeek 不限速”的说法都已经过时。该页面还引入了 `user_id` 隔离（内容安全隔离、KVCache 隔离、调度隔离）：扩容后的账号，每个 `user_id` 单独有 2 500 / 500 的并发上限，超出同样返回 429；取值只能包含字母、数字、`-` 和 `_`，最长 512 个字符，用 OpenAI SDK 时通过 `extra_body` 传入。DeepSeek 没有公布 429 的响应体，示例中的 `type` 和 `code` 同样未经证实。',
    },
    example: {
      body: {
        error: { message: 'Rate Limit Reached', type: 'rate_limit_error', param: null, code: 'invalid_request_error' },
      },
      illustrative: true,
    },
    aliases: ['concurrency limit', '并发限制', '限速与隔离', 'keep-alive'],
    patterns: ['请求速率达到上限', ': keep-alive'],
    related: ['deepseek-503', 'gateway-429', 'openai-429-rate-limit-exceeded', 'openai-sdk-rate-limit-error'],
    sources: [errorCodes, errorCodesZh, rateLimit, rateLimitZh, rateLimitOld],
    verified: '2026-11-23',
  },
  {
    slug: 'deepseek-500',
    provider: 'deepseek',
    http: 500,
    class: 'server',
    officialName: { en: 'Server Error', 'zh-cn': '服务器故障' },
    title: { en: 'Server Error', 'zh-cn': '服务器故障' },
    summary: {
      en: 'Something failed inside DeepSeek while handling the request; the request itself was not the problem.',
      'zh-cn': 'DeepSeek 在处理请求时内部出了故障，问题不在请求本身。',
    },
    cause: {
      en: "An internal fault on DeepSeek's side. Nothing in your body, key or balance caused it, and the same request will often go through a moment later. A long run of 500s usually means an incident at DeepSeek rather than anything you can change.",
      'zh-cn':
        '这是 DeepSeek 服务端的内部故障，与你的请求体、key 或余额都无关，同样的请求过一会儿往往就能成功。如果 500 持续出现，通常说明 DeepSeek 那边出了事故，不是你这边能改的。',
    },
    fix: {
      en: [
        'Wait briefly and retry, with backoff and a small cap on attempts.',
        'If it keeps failing, check the DeepSeek status page (status.deepseek.com).',
        'If the problem persists, contact DeepSeek with the time (and time zone), the model and a copy of the failing request; DeepSeek documents no request id, so these details are what support has to go on.',
      ],
      'zh-cn': [
        '稍等片刻后重试，做退避并限制重试次数。',
        '如果一直失败，查看 DeepSeek 服务状态页（status.deepseek.com）。',
        '问题持续存在时联系 DeepSeek，提供发生时间（注明时区）、所用模型和失败请求的内容；DeepSeek 没有公布请求 ID，只能靠这些信息排查。',
      ],
    },
    retry: {
      en: 'Retry a few times with exponential backoff, then stop and surface the error. The `openai` SDK already retries a 500 twice (as `InternalServerError`) before raising it, so add only a few attempts of your own on top.',
      'zh-cn':
        '用指数退避重试几次，仍然失败就停止，并上报错误。`openai` SDK 在抛出 `InternalServerError` 之前已经自动重试过两次，自己再加的重试不宜太多。',
    },
    distinguish: {
      en: 'At DeepSeek, 500 means a fault and 503 means overload; both are retried, but a 503 calls for a longer wait. OpenAI\'s 500 body says `server_error`, and a gateway 500 carries `"type": "server_error"` together with a `request_id`; DeepSeek documents no body for 500, so go by the host the request went to.',
      'zh-cn':
        '在 DeepSeek，500 表示服务故障，503 表示负载过高；两者都可以重试，但 503 需要等得更久一些。OpenAI 的 500 响应体里写着 `server_error`，网关的 500 则是 `"type": "server_error"` 加上 `request_id`；DeepSeek 没有公布 500 的响应体，只能按请求发往的地址来区分。',
    },
    notes: {
      en: 'Through the `openai` SDK this raises `InternalServerError`. DeepSeek documents no 500 body, so the `type` and `code` in the example are unconfirmed too.',
      'zh-cn':
        '通过 `openai` SDK 调用时会抛出 `InternalServerError`。DeepSeek 没有公布 500 的响应体，示例中的 `type` 和 `code` 同样未经证实。',
    },
    example: {
      body: {
        error: { message: 'Server Error', type: 'server_error', param: null, code: 'invalid_request_error' },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['服务器故障'],
    related: ['deepseek-503', 'gateway-500', 'openai-500-server-error', 'openai-sdk-internal-server-error'],
    sources: [errorCodes, errorCodesZh],
    verified: '2026-11-23',
  },
  {
    slug: 'deepseek-503',
    provider: 'deepseek',
    http: 503,
    class: 'overload',
    officialName: { en: 'Server Overloaded', 'zh-cn': '服务器繁忙' },
    title: { en: 'Server Overloaded', 'zh-cn': '服务器繁忙' },
    summary: {
      en: 'DeepSeek is under too much load right now and turned the request away; your request and account are fine.',
      'zh-cn': 'DeepSeek 当前负载过高，拒绝了这次请求；你的请求和账号都没有问题。',
    },
    cause: {
      en: "Traffic across DeepSeek as a whole is higher than it can serve at the moment. This is not your account's concurrency cap (that is 429): it hits everyone and usually clears on its own. When load is high DeepSeek may also hold a request open and send keep-alive filler instead of answering with 503 at once.",
      'zh-cn':
        'DeepSeek 整体的流量暂时超出了它的承载能力。这和你账号的并发上限无关（那是 429），而是所有用户都会碰到，通常会自行恢复。负载高时，DeepSeek 也可能不立即返回 503，而是保持连接让请求排队，同时持续发送 keep-alive 填充内容。',
    },
    fix: {
      en: [
        'Wait a little and retry, increasing the wait between attempts and capping their number.',
        'Check the DeepSeek status page (status.deepseek.com) if 503s continue.',
        'For traffic that cannot wait, fail over to another model or provider until DeepSeek recovers.',
      ],
      'zh-cn': [
        '稍等一会儿再重试，每次加长等待时间，并限制重试次数。',
        '如果 503 持续出现，查看 DeepSeek 服务状态页（status.deepseek.com）。',
        '等不起的请求，在 DeepSeek 恢复之前临时切到其他模型或服务商。',
      ],
    },
    retry: {
      en: 'Retry after a wait, a bounded number of times, with growing delays (a few seconds first, then longer). The `openai` SDK retries a 503 twice on its own within a couple of seconds before raising `InternalServerError`; that is rarely long enough for an overload, so keep your own, slower retry on top.',
      'zh-cn':
        '等待后再重试，次数要有上限，间隔逐次加长（先等几秒，之后更久）。`openai` SDK 会在几秒内自动重试两次，然后抛出 `InternalServerError`；对于服务过载，这点时间通常不够，自己还需要再加一层间隔更长的重试。',
    },
    distinguish: {
      en: 'DeepSeek 503 means the service is busy for everyone; 429 means your own account is over its concurrency cap, and 500 is a fault rather than load. OpenAI\'s overload 503 has `"code": "server_is_overloaded"`, and a gateway 503 has `"code": "service_unavailable"` with a `request_id`; DeepSeek documents no body for 503, so go by the host.',
      'zh-cn':
        'DeepSeek 的 503 表示服务对所有人都繁忙；429 表示你自己的账号超过了并发上限；500 则是故障而不是负载问题。OpenAI 表示过载的 503 带有 `"code": "server_is_overloaded"`，网关的 503 是 `"code": "service_unavailable"` 加上 `request_id`；DeepSeek 没有公布 503 的响应体，只能按请求发往的地址区分。',
    },
    notes: {
      en: 'Through the `openai` SDK this raises `InternalServerError`. The earliest DeepSeek rate-limit page said heavy traffic could show up as either 429 or 503. DeepSeek documents no 503 body, so the `type` and `code` in the example are unconfirmed too.',
      'zh-cn':
        '通过 `openai` SDK 调用时会抛出 `InternalServerError`。DeepSeek 最早的限速页面提到，流量过大时可能返回 429，也可能返回 503。DeepSeek 没有公布 503 的响应体，示例中的 `type` 和 `code` 同样未经证实。',
    },
    example: {
      body: {
        error: { message: 'Server Overloaded', type: 'server_error', param: null, code: 'invalid_request_error' },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['服务器繁忙', 'server overloaded'],
    related: [
      'deepseek-429',
      'deepseek-500',
      'gateway-503',
      'openai-503-server-is-overloaded',
      'openai-sdk-internal-server-error',
    ],
    sources: [errorCodes, errorCodesZh, rateLimit, rateLimitOld],
    verified: '2026-11-23',
  },
];
