import type { ErrorEntry } from '../types.ts';

/** Official pages (and a few field observations) the OpenAI API entries are checked against. */
const errorCodes = {
  url: 'https://developers.openai.com/docs/guides/error-codes',
  title: 'OpenAI API docs — Error codes',
};
const helpErrorCodes = {
  url: 'https://help.openai.com/en/articles/6891839-api-error-codes',
  title: 'OpenAI Help Center — API error codes',
};
const help401 = {
  url: 'https://help.openai.com/en/articles/6891767-error-code-401-invalid-authentication',
  title: 'OpenAI Help Center — Error code 401: Invalid Authentication',
};
const helpQuota = {
  url: 'https://help.openai.com/en/articles/6891831-error-code-429-you-exceeded-your-current-quota-please-check-your-plan-and-billing-details',
  title: 'OpenAI Help Center — Error code 429: You exceeded your current quota',
};
const helpSpend = {
  url: 'https://help.openai.com/en/articles/6614457-troubleshooting-api-usage-and-spend-limits',
  title: 'OpenAI Help Center — Troubleshooting API usage and spend limits',
};
const help429 = {
  url: 'https://help.openai.com/en/articles/5955604-how-can-i-so',
  title: "OpenAI Help Center — How can I solve 429: 'Too Many Requests' errors?",
};
const helpCountries = {
  url: 'https://help.openai.com/en/articles/5347006-openai-api-supported-countries-and-territories',
  title: 'OpenAI Help Center — Supported countries and territories',
};
const rateLimits = {
  url: 'https://developers.openai.com/api/docs/guides/rate-limits',
  title: 'OpenAI API docs — Rate limits',
};
const apiReference = {
  url: 'https://developers.openai.com/api/reference/overview',
  title: 'OpenAI API reference — Overview (debugging requests, response headers)',
};
const sdkRetryRules = {
  url: 'https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/_base_client.py',
  title: 'openai-python source — automatic retry rules (_base_client.py)',
};
const issue1671 = {
  url: 'https://github.com/openai/openai-python/issues/1671',
  title: 'openai-python issue #1671 — maintainers on detecting insufficient_quota',
};
const pr3507 = {
  url: 'https://github.com/openai/openai-python/pull/3507',
  title: 'openai-python PR #3507 — review notes that the SDK retries insufficient_quota',
};
const observedQuotaBody = {
  url: 'https://github.com/BerriAI/litellm/pull/32798',
  title: 'Observed insufficient_quota body (LiteLLM PR #32798)',
};
const devProxyRateLimit = {
  url: 'https://learn.microsoft.com/en-us/microsoft-cloud/dev/dev-proxy/concepts/openai-rate-limit-reached',
  title: 'Microsoft Learn (Dev Proxy) — OpenAI rate limit reached',
};
const devProxyQuotaZh = {
  url: 'https://learn.microsoft.com/zh-cn/microsoft-cloud/dev/dev-proxy/concepts/openai-insufficient-quota',
  title: 'Microsoft Learn (Dev Proxy, zh-CN) — OpenAI insufficient_quota',
};
const ddSlowDown = {
  url: 'https://www.developersdigest.tech/errors/api/openai-api/429-slow-down',
  title: 'Developers Digest — OpenAI 429 slow_down (third-party summary of the official docs)',
};
const ddOverloaded = {
  url: 'https://www.developersdigest.tech/errors/api/openai-api/503-server-is-overloaded',
  title: 'Developers Digest — OpenAI 503 server_is_overloaded (third-party summary of the official docs)',
};
const oldGuideZh = {
  url: 'https://w3cschool.cn/openai_api/openai-api-error-codes.html',
  title: 'Older OpenAI error guide, community Chinese translation (w3cschool)',
};

export const openaiApiEntries: ErrorEntry[] = [
  // ───────────────────────────── 400 ─────────────────────────────
  {
    slug: 'openai-400-context-length-exceeded',
    provider: 'openai',
    http: 400,
    class: 'request',
    title: { en: 'Context length exceeded', 'zh-cn': '超出模型上下文长度' },
    summary: {
      en: 'The input plus the room reserved for the answer does not fit in the model’s context window, so OpenAI rejected the request without running it.',
      'zh-cn': '输入内容加上为回答预留的 token 超出了模型的上下文窗口，OpenAI 没有执行这次请求，直接拒绝了。',
    },
    cause: {
      en: 'Each model can take a fixed number of tokens at once. Everything you send (system prompt, conversation history, pasted documents, tool results) shares that budget with the output you reserve through `max_tokens`. Chat apps run into it as conversations grow, agents when whole tool outputs are fed back, retrieval code when too many passages are stuffed into one prompt. The message states the model’s limit and the size your request came to.',
      'zh-cn':
        '每个模型一次能处理的 token 数是固定的。你发出去的所有内容（系统提示词、历史对话、贴进来的文档、工具返回的结果）和通过 `max_tokens` 预留给输出的 token，都要算在这个上限之内。聊天应用多半是对话越来越长时撞上它；Agent 常常是把工具输出整段塞回上下文；检索类应用则是一次拼进了太多段落。错误信息里会写明模型的上限，以及这次请求实际算出的 token 数。',
    },
    fix: {
      en: [
        'Read the two numbers in the message (the model’s limit and your request’s size) to see how much has to go.',
        'Shrink the input: drop or summarise old turns, cut retrieved passages down, truncate long tool output.',
        'Lower `max_tokens` so that the input and the reserved output fit together.',
        'Count tokens before sending and trim automatically near the limit, or move to a model with a larger context window.',
      ],
      'zh-cn': [
        '先看错误信息里的两个数字（模型上限和本次请求的 token 数），算出需要删减多少。',
        '压缩输入：删掉或摘要较早的对话轮次，精简检索到的段落，截断过长的工具输出。',
        '调低 `max_tokens`，让输入和预留的输出加起来放得下。',
        '发送前先统计 token 数，接近上限时自动裁剪；或者换用上下文窗口更大的模型。',
      ],
    },
    retry: {
      en: 'Do not retry as is: the same input has the same size and fails the same way. Send it again only after making it smaller. The official SDKs raise `BadRequestError` at once and never retry a 400.',
      'zh-cn':
        '原样重试没有意义：输入不变，token 数就不变，结果还是 400。必须先把请求缩小再发。官方 SDK 遇到 400 会直接抛出 `BadRequestError`，不会自动重试。',
    },
    distinguish: {
      en: 'Many 400s share this status. At OpenAI, look for `error.code` `context_length_exceeded` (with `error.param` `messages`); other OpenAI 400s share `type` `invalid_request_error` but carry other codes, such as `unsupported_parameter`. A DeepSeek 400 is its Invalid Format (格式错误) error, and the gateway’s 400 has `code` `invalid_request` and a `request_id` inside the error object.',
      'zh-cn':
        '返回 400 的错误很多。在 OpenAI 这边，要看 `error.code` 是否为 `context_length_exceeded`（同时 `error.param` 为 `messages`）；OpenAI 其他 400 的 `type` 同样是 `invalid_request_error`，但 `code` 不同，比如 `unsupported_parameter`。DeepSeek 的 400 是“格式错误”；网关的 400 则是 `code` 为 `invalid_request`，并且错误对象里带有 `request_id`。',
    },
    notes: {
      en: 'In `openai-python` and `openai-node` this is a `BadRequestError` (`openai.error.InvalidRequestError` in the pre-1.0 Python library), raised immediately. Limits differ from model to model, so code that can switch models should look the limit up rather than hard-code one number.',
      'zh-cn':
        '在 `openai-python` 和 `openai-node` 中它表现为 `BadRequestError`（1.0 之前的 Python 库里是 `openai.error.InvalidRequestError`），会立即抛出。不同模型的上限各不相同，如果代码会切换模型，应按模型查上限，不要写死一个数字。',
    },
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
    related: ['openai-sdk-bad-request-error', 'deepseek-400', 'gateway-400'],
    sources: [errorCodes, helpErrorCodes],
    verified: '2026-11-23',
  },

  // ───────────────────────────── 401 ─────────────────────────────
  {
    slug: 'openai-401-invalid-authentication',
    provider: 'openai',
    http: 401,
    class: 'auth',
    title: { en: 'Invalid authentication', 'zh-cn': '认证无效' },
    summary: {
      en: 'OpenAI did not accept the credentials that came with the request and refused to process it.',
      'zh-cn': 'OpenAI 不认可请求附带的凭据，拒绝处理这次请求。',
    },
    cause: {
      en: 'This is the broad 401. The key may have been revoked; it may belong to another organization or project than the one the request names (for example in the `OpenAI-Organization` header); or it may not carry the permissions the endpoint needs, as with a restricted key calling an endpoint it was not granted.',
      'zh-cn':
        '这是最笼统的一种 401。可能是 key 已撤销；也可能 key 属于另一个组织或项目，和请求里指定的（比如 `OpenAI-Organization` 请求头）对不上；还可能是 key 权限不够，例如受限 key 调用了没有授权给它的接口。',
    },
    fix: {
      en: [
        'Find out which key the process really uses (environment variable, secret store, config file) and check that it is still active on the API keys page of the platform.',
        'If the request sends an organization or project ID, make sure it is the organization and project the key belongs to.',
        'If the key is restricted, grant it the permission this endpoint needs, or use a key that already has it.',
        'If you are still unsure, create a fresh key, roll it out everywhere, and revoke the old one.',
      ],
      'zh-cn': [
        '先确认进程实际用的是哪个 key（环境变量、密钥管理服务还是配置文件），并在平台的 API keys 页面确认它仍然有效。',
        '如果请求里带了组织 ID 或项目 ID，核对它和 key 所属的组织、项目是否一致。',
        '如果用的是受限 key，给它补上该接口需要的权限，或者换一个已有权限的 key。',
        '实在拿不准，就新建一个 key，替换所有用到旧 key 的地方，再把旧 key 撤销。',
      ],
    },
    retry: {
      en: 'Do not retry: the same credentials will be refused every time. The official SDKs raise `AuthenticationError` straight away without retrying. Fix the key or the organization/project settings first.',
      'zh-cn':
        '不要重试：凭据不变，结果也不会变。官方 SDK 会直接抛出 `AuthenticationError`，不会自动重试。先把 key 或组织、项目配置改对。',
    },
    distinguish: {
      en: 'OpenAI documents four 401s; `error.message` and `error.code` tell them apart. `code` `invalid_api_key` with "Incorrect API key provided" means the key string itself is wrong; "You must be a member of an organization to use the API" and "IP not authorized" name their own causes; any other invalid-credentials 401 belongs here. DeepSeek’s 401 reads "Authentication Fails" (认证失败) with `type` `authentication_error`, and the gateway’s 401 has a `request_id` inside the error object.',
      'zh-cn':
        'OpenAI 文档列出了四种 401，靠 `error.message` 和 `error.code` 区分：`code` 为 `invalid_api_key`、错误信息是 `Incorrect API key provided` 的，是 key 字符串本身不对；`You must be a member of an organization to use the API` 和 `IP not authorized` 各自写明了原因；其余凭据无效的 401 都归到这里。DeepSeek 的 401 错误信息是 `Authentication Fails`（认证失败），`type` 为 `authentication_error`；网关的 401 则在错误对象里带 `request_id`。',
    },
    notes: {
      en: 'Both SDKs raise `AuthenticationError` (same name in the pre-1.0 `openai.error` module) and never retry it. A key that works in one organization or project fails like this as soon as a request names a different one, so check headers set by shared HTTP clients or proxies too.',
      'zh-cn':
        '两个 SDK 都会抛出 `AuthenticationError`（1.0 之前的 `openai.error` 模块里也是这个名字），且不会重试。同一个 key 在自己的组织、项目下能用，一旦请求指定了别的组织或项目就会这样失败，所以共用的 HTTP 客户端或代理额外加上的请求头也要查一查。',
    },
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
    title: { en: 'Incorrect API key provided', 'zh-cn': 'API key 不正确' },
    summary: {
      en: 'The API key in the `Authorization` header is not a valid OpenAI key, so the request was refused.',
      'zh-cn': '`Authorization` 请求头里的 API key 不是有效的 OpenAI key，请求被拒绝。',
    },
    cause: {
      en: 'Usually the key string is damaged or stale: a typo, a stray space, quote or newline picked up when it was copied into a config file; a key that has since been deleted or disabled; a key of another organization; or an old key still cached somewhere (a long-running shell, a `.env` file nobody reloaded, the storage of a browser-based tool). Sending another provider’s key to `api.openai.com` fails the same way.',
      'zh-cn':
        '多数情况是 key 字符串本身有误或已经过时：复制进配置文件时带上了错字、空格、引号或换行；key 已经删除或停用；用的是别的组织的 key；或者旧 key 还缓存在某处（一直没重开的终端、没重新加载的 `.env` 文件、网页工具的本地存储）。把其他服务商的 key 发给 `api.openai.com`，也会得到同样的错误。',
    },
    fix: {
      en: [
        'Log the length and the first and last few characters of the key your code really sends (never the whole key) and compare them with the platform; look for spaces, quotes or line breaks.',
        'Check the header has the form `Authorization: Bearer <key>` and that the client’s base URL matches the provider the key comes from.',
        'Hunt down cached copies of an old key: restart shells and services, reload `.env` files, clear the stored key in browser-based tools.',
        'If the key was deleted or you cannot trust it, create a new one and replace it everywhere it is used.',
      ],
      'zh-cn': [
        '在日志里打出代码实际发送的 key 的长度和首尾几位（千万不要打出完整 key），与平台上的对比，留意多余的空格、引号或换行。',
        '确认请求头格式是 `Authorization: Bearer <key>`，并且客户端的 base URL 与 key 所属的服务商一致。',
        '清理旧 key 的缓存：重启终端和服务，重新加载 `.env`，清掉网页工具里保存的 key。',
        '如果 key 已被删除或者来源不可信，就新建一个，并替换所有用到它的地方。',
      ],
    },
    retry: {
      en: 'Do not retry: a wrong key never becomes right. The official SDKs raise `AuthenticationError` immediately and do not retry it.',
      'zh-cn': '不要重试：错误的 key 不会自己变对。官方 SDK 会立即抛出 `AuthenticationError`，不会重试。',
    },
    distinguish: {
      en: 'Among OpenAI’s 401s this is the one with `error.code` `invalid_api_key` and a message starting "Incorrect API key provided"; the generic invalid-authentication 401 has no such code. DeepSeek answers a bad key with "Authentication Fails" (认证失败) and `type` `authentication_error`; the gateway’s 401 carries `request_id` in the error object. If you see one of those, the client is talking to a different base URL than you think.',
      'zh-cn':
        '在 OpenAI 的几种 401 里，这一种的 `error.code` 为 `invalid_api_key`，错误信息以 `Incorrect API key provided` 开头；笼统的认证无效 401 没有这个 code。DeepSeek 对错误 key 返回的是 `Authentication Fails`（认证失败），`type` 为 `authentication_error`；网关的 401 会在错误对象里带 `request_id`。如果看到的是后两种，说明客户端连的 base URL 和你以为的不一样。',
    },
    notes: {
      en: 'A frequent trap with OpenAI-compatible clients: the base URL still points at OpenAI while the key belongs to another provider (or the reverse). Both SDKs raise `AuthenticationError` for it.',
      'zh-cn':
        '使用兼容 OpenAI 的客户端时常见一个坑：base URL 还指向 OpenAI，key 却是别家服务商的（或者反过来）。两个 SDK 对此都会抛出 `AuthenticationError`。',
    },
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
    title: { en: 'Not a member of any organization', 'zh-cn': '账号不属于任何组织' },
    summary: {
      en: 'The account behind the request does not belong to any OpenAI organization, and API access always goes through one.',
      'zh-cn': '发出请求的账号不属于任何 OpenAI 组织，而调用 API 必须以某个组织的身份进行。',
    },
    cause: {
      en: 'OpenAI bills and authorises API use per organization. When an account has left an organization, has been removed from it, or the organization itself was deleted, the account is left without one and its requests are refused.',
      'zh-cn':
        'OpenAI 按组织来计费和授权 API 调用。账号主动退出了组织、被移出组织，或者组织本身已被删除，账号就没有可归属的组织了，请求因此被拒。',
    },
    fix: {
      en: [
        'Sign in to the platform and check which organizations the account belongs to, if any.',
        'Ask an owner of the organization you should be in to invite you again from its members page, or set up a new organization.',
        'Create an API key inside that organization and use it in place of the old one.',
        'If you cannot sort it out yourself, contact OpenAI through the help center.',
      ],
      'zh-cn': [
        '登录平台，查看账号目前属于哪些组织（也可能一个都没有）。',
        '请你应当加入的那个组织的所有者在成员页面重新邀请你，或者新建一个组织。',
        '在该组织下新建 API key，用它替换旧 key。',
        '如果自己处理不了，通过帮助中心联系 OpenAI。',
      ],
    },
    retry: {
      en: 'Do not retry: membership is an account setting and does not change between attempts. The official SDKs raise `AuthenticationError` at once.',
      'zh-cn': '不要重试：组织成员身份属于账号设置，两次请求之间不会变化。官方 SDK 会直接抛出 `AuthenticationError`。',
    },
    distinguish: {
      en: 'Other OpenAI 401s concern the key or the network: `invalid_api_key` ("Incorrect API key provided"), "IP not authorized", or the generic invalid-authentication case. This one is recognised by its message about organization membership. DeepSeek’s 401 ("Authentication Fails") and the gateway’s 401 (with `request_id` in the body) have no notion of organizations.',
      'zh-cn':
        'OpenAI 其他几种 401 针对的是 key 或网络：`invalid_api_key`（`Incorrect API key provided`）、`IP not authorized`，以及笼统的认证无效。这一种可以从错误信息里关于组织成员身份的说法来识别。DeepSeek 的 401（`Authentication Fails`）和网关的 401（响应体里有 `request_id`）都不涉及组织的概念。',
    },
    notes: {
      en: 'Both SDKs raise `AuthenticationError` and do not retry. Typical trigger: someone leaves a company and their personal key, still used by a script, stops working.',
      'zh-cn':
        '两个 SDK 都会抛出 `AuthenticationError`，不会重试。典型场景：某位同事离职后被移出组织，而脚本里还在用他的个人 key，于是突然失效。',
    },
    machine: { message: 'You must be a member of an organization to use the API' },
    example: {
      headers: { 'x-request-id': 'req_3709fc6498c87b716022268feab4f171' },
      body: {
        error: {
          message: 'You must be a member of an organization to use the API.',
          type: null,
          param: null,
          code: null,
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['you must be a member of an organization to use the api', '不属于任何组织'],
    related: [
      'openai-401-invalid-authentication',
      'openai-401-invalid-api-key',
      'openai-401-ip-not-authorized',
      'openai-sdk-authentication-error',
    ],
    sources: [errorCodes, helpErrorCodes],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-401-ip-not-authorized',
    provider: 'openai',
    http: 401,
    class: 'auth',
    title: { en: 'IP not authorized', 'zh-cn': 'IP 地址未获授权' },
    summary: {
      en: 'The organization or project only accepts requests from listed IP addresses, and this one came from somewhere else.',
      'zh-cn': '组织或项目设置了只接受列表内 IP 的请求，而这次请求来自列表之外的地址。',
    },
    cause: {
      en: 'An administrator has set an IP allowlist on the organization or project. The key is fine, but the public address the request left from is not on the list — typical after moving to new servers, when CI runners or serverless functions use changing addresses, or when traffic goes out through a different NAT gateway, proxy or VPN.',
      'zh-cn':
        '管理员给组织或项目配置了 IP 白名单。key 本身没问题，但请求出口的公网 IP 不在名单上。常见于迁移到新服务器之后、CI 执行机或无服务器函数的出口 IP 不固定，或者流量改走了别的 NAT 网关、代理、VPN。',
    },
    fix: {
      en: [
        'Find the public IP address the failing machine actually uses to reach the internet.',
        'Ask an administrator to add that address (or its range) to the allowlist in the organization or project settings.',
        'For hosts with changing addresses, send the traffic through a fixed egress (a NAT gateway or proxy with a static IP) that is on the list.',
      ],
      'zh-cn': [
        '查清出错的机器访问外网时实际使用的公网 IP。',
        '请管理员把这个地址（或所在网段）加入组织或项目设置里的白名单。',
        '对于出口 IP 不固定的主机，让流量经由已在白名单里的固定出口（带静态 IP 的 NAT 网关或代理）发出。',
      ],
    },
    retry: {
      en: 'Do not retry from the same address: it stays blocked until the allowlist or the network path changes. The official SDKs raise `AuthenticationError` immediately.',
      'zh-cn':
        '不要从同一个地址重试：除非白名单或网络出口有变化，否则会一直被拦。官方 SDK 会立即抛出 `AuthenticationError`。',
    },
    distinguish: {
      en: 'OpenAI reports an allowlist block as a 401 with the message "IP not authorized"; other OpenAI 401s mention the key (`invalid_api_key`) or organization membership. The gateway lists IP and domain restrictions under 403 `permission_error` instead, and DeepSeek’s 401 always concerns the key ("Authentication Fails").',
      'zh-cn':
        'OpenAI 把白名单拦截报成 401，错误信息是 `IP not authorized`；OpenAI 其他 401 说的是 key（`invalid_api_key`）或组织成员身份。网关则把 IP、域名限制归在 403 `permission_error` 下；DeepSeek 的 401 一律与 key 有关（`Authentication Fails`）。',
    },
    notes: {
      en: 'Both SDKs raise `AuthenticationError` and do not retry. Because the block depends on where the request comes from, the same code can work on a laptop and fail in production.',
      'zh-cn':
        '两个 SDK 都会抛出 `AuthenticationError`，不会重试。由于是否拦截取决于请求从哪里发出，同一份代码可能在笔记本上正常、到了生产环境却失败。',
    },
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

  // ───────────────────────────── 403 ─────────────────────────────
  {
    slug: 'openai-403-unsupported-country-region-territory',
    provider: 'openai',
    http: 403,
    class: 'auth',
    title: { en: 'Country, region, or territory not supported', 'zh-cn': '所在国家或地区不受支持' },
    summary: {
      en: 'The request reached OpenAI from a location where the API is not offered, so it was refused regardless of the key.',
      'zh-cn': '请求来自 OpenAI 不提供 API 服务的地区，无论 key 是否有效都会被拒绝。',
    },
    cause: {
      en: 'OpenAI serves its API only in the countries and territories on its published list of supported locations (it publishes only the supported ones). The check applies to where the request comes from, so a server in another cloud region, a CI runner, or a proxy or VPN exit somewhere else can trigger it even when the team itself is in a supported country.',
      'zh-cn':
        'OpenAI 只在它公布的支持名单内的国家和地区提供 API（官方只列出支持的地区）。判断依据是请求从哪里发出，所以即使团队本身在支持的国家，只要服务器部署在别的云区域、CI 执行机在别处，或者代理、VPN 的出口落在其他地区，也可能触发这个错误。',
    },
    fix: {
      en: [
        'Compare OpenAI’s list of supported countries and territories with the place the request actually leaves the network (server region, proxy or VPN exit).',
        'Run the workload on infrastructure located in a supported country or territory.',
        'Check that every proxy or gateway in the path also sends traffic out from a supported location.',
      ],
      'zh-cn': [
        '对照 OpenAI 的支持地区名单，核对请求实际的网络出口（服务器所在区域、代理或 VPN 出口）在哪里。',
        '把工作负载放到位于支持地区的基础设施上运行。',
        '确认链路上的每个代理或网关，其出口同样位于支持地区。',
      ],
    },
    retry: {
      en: 'Do not retry: the location does not change between attempts. The official SDKs raise `PermissionDeniedError` at once and never retry a 403.',
      'zh-cn':
        '不要重试：重试时请求的来源地不会变。官方 SDK 遇到 403 会直接抛出 `PermissionDeniedError`，从不自动重试。',
    },
    distinguish: {
      en: 'This 403 has `error.type` `request_forbidden` and `error.code` `unsupported_country_region_territory`; it is the only 403 in OpenAI’s error guide. The gateway’s 403 is `permission_error` about key permissions, with `request_id` in the body.',
      'zh-cn':
        '这种 403 的 `error.type` 为 `request_forbidden`，`error.code` 为 `unsupported_country_region_territory`；OpenAI 错误码指南里列出的 403 只有这一种。网关的 403 是关于 key 权限的 `permission_error`，响应体里带 `request_id`。',
    },
    notes: {
      en: 'Python and Node raise `PermissionDeniedError` (`openai.error.PermissionError` before v1). OpenAI’s IP allowlist is a different mechanism and answers with 401 "IP not authorized", not with this 403.',
      'zh-cn':
        'Python 和 Node SDK 抛出的是 `PermissionDeniedError`（v1 之前叫 `openai.error.PermissionError`）。OpenAI 的 IP 白名单是另一套机制，它返回的是 401 `IP not authorized`，而不是这个 403。',
    },
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
    related: ['openai-sdk-permission-denied-error', 'openai-401-ip-not-authorized', 'gateway-403'],
    sources: [errorCodes, helpCountries],
    verified: '2026-11-23',
  },

  // ───────────────────────────── 404 ─────────────────────────────
  {
    slug: 'openai-404-model-not-found',
    provider: 'openai',
    http: 404,
    class: 'request',
    title: { en: 'Model not found', 'zh-cn': '模型不存在或无权访问' },
    summary: {
      en: 'The model named in the request does not exist, or your organization and project are not allowed to use it.',
      'zh-cn': '请求里指定的模型不存在，或者你的组织、项目没有使用它的权限。',
    },
    cause: {
      en: 'OpenAI answers the same way whether the model ID is wrong or merely off-limits to you. Common reasons: a typo or missing suffix in the ID, a model that has been retired, a model your organization or project has not been given access to, or another provider’s model name (`deepseek-chat`, say) sent to OpenAI’s base URL.',
      'zh-cn':
        '模型 ID 写错了，和模型存在但你无权使用，OpenAI 返回的都是这个错误。常见原因：ID 拼错或少了后缀；模型已经下线；你的组织或项目还没开通该模型；或者把别家的模型名（比如 `deepseek-chat`）发到了 OpenAI 的 base URL。',
    },
    fix: {
      en: [
        'Copy the model ID from the message and compare it character by character with the models your key can see (`GET /v1/models` lists them).',
        'Check the client’s base URL: a model of another provider only exists at that provider.',
        'If the model exists but is not in your list, get access enabled for your organization or project, or pick a model you have.',
        'Keep model IDs in configuration, not scattered through code, so retirements are a one-line change.',
      ],
      'zh-cn': [
        '把错误信息里的模型 ID 复制出来，和你的 key 能看到的模型（`GET /v1/models` 可以列出）逐字比对。',
        '检查客户端的 base URL：别家的模型只能在别家调用。',
        '如果模型确实存在但不在你的列表里，为组织或项目开通访问权限，或者改用已有权限的模型。',
        '把模型 ID 放进配置而不是散落在代码各处，模型下线时只需改一行。',
      ],
    },
    retry: {
      en: 'Do not retry: the model will not appear between attempts. The official SDKs raise `NotFoundError` immediately and do not retry a 404.',
      'zh-cn': '不要重试：模型不会在重试间隙凭空出现。官方 SDK 遇到 404 会立即抛出 `NotFoundError`，不会重试。',
    },
    distinguish: {
      en: 'OpenAI’s model 404 has `error.code` `model_not_found` and `type` `invalid_request_error`; a 404 for an unknown path, file or other resource carries no such code. The gateway’s 404 is `not_found`, with `request_id` in the error object.',
      'zh-cn':
        'OpenAI 因模型返回的 404，其 `error.code` 为 `model_not_found`，`type` 为 `invalid_request_error`；路径、文件或其他资源不存在导致的 404 没有这个 code。网关的 404 是 `not_found`，错误对象里带 `request_id`。',
    },
    notes: {
      en: 'Raised as `NotFoundError` by both SDKs (`openai.error.InvalidRequestError` in the pre-1.0 Python library). The message deliberately does not say whether the model is missing or just not available to you.',
      'zh-cn':
        '两个 SDK 都抛出 `NotFoundError`（1.0 之前的 Python 库里是 `openai.error.InvalidRequestError`）。错误信息有意不区分“模型不存在”和“你无权使用”。',
    },
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
    related: ['openai-sdk-not-found-error', 'gateway-404', 'openai-401-invalid-authentication'],
    sources: [errorCodes],
    verified: '2026-11-23',
  },

  // ─────────────────────── 429: rate limits ───────────────────────
  {
    slug: 'openai-429-rate-limit-exceeded',
    provider: 'openai',
    http: 429,
    class: 'rate-limit',
    title: { en: 'Rate limit reached', 'zh-cn': '达到速率限制' },
    summary: {
      en: 'You sent more requests or tokens in the current window than your limits allow; capacity comes back within seconds or minutes.',
      'zh-cn': '当前时间窗口内发送的请求数或 token 数超出了速率限制；几秒到几分钟后就会恢复。',
    },
    cause: {
      en: 'OpenAI limits requests per minute (RPM) and tokens per minute (TPM), and for some models also per day (RPD, TPD) or images per minute (IPM). Limits apply per organization and project and per model — not per user or per key — so every script and colleague on the same project draws from one pool. Failed requests count too. Tight loops, parallel workers, a shared key and a low usage tier are the usual reasons; the message names the limit that was hit, the amount used and how long to wait.',
      'zh-cn':
        'OpenAI 会限制每分钟请求数（RPM）和每分钟 token 数（TPM），部分模型还有每日请求数（RPD）、每日 token 数（TPD）或每分钟图片数（IPM）的限制。速率限制按组织、项目和模型计算，而不是按用户或 key，所以同一项目下的所有脚本和同事共用同一组上限；失败的请求同样计入。常见原因是循环发得太密、并发 worker 太多、多人共用 key，或者账号的用量等级（usage tier）较低。错误信息会写明触发的是哪一项限制、已用多少，以及要等多久。',
    },
    fix: {
      en: [
        'Wait as long as `retry-after` (or the "Please try again in …" part of the message) says, then back off exponentially with jitter.',
        'Read the `x-ratelimit-remaining-*` and `x-ratelimit-reset-*` headers and pace traffic before they reach zero, for example with a client-side queue or token bucket.',
        'Use fewer tokens per call: trim prompts and history, and ask for no more output than you need.',
        'Find out what else shares the organization/project limits (other services, colleagues, batch jobs) and spread the load.',
        'If the demand is steady, move to a higher usage tier to get higher limits.',
      ],
      'zh-cn': [
        '按 `retry-after`（或错误信息里 `Please try again in …` 给出的时间）等待，然后以带随机抖动的指数退避重试。',
        '读取 `x-ratelimit-remaining-*` 和 `x-ratelimit-reset-*` 响应头，在余量耗尽之前主动控速，比如在客户端加队列或令牌桶。',
        '减少每次调用的 token：精简提示词和历史记录，输出长度够用就好。',
        '查清还有谁在共用组织、项目的速率限制（其他服务、同事、批处理任务），把负载错开。',
        '如果需求长期如此，升级到更高的用量等级，以获得更高的速率限制。',
      ],
    },
    retry: {
      en: 'Yes, paced: wait at least the `retry-after` time, then back off exponentially with jitter and cap the number of attempts; failed attempts count against the limit, so hammering only prolongs it. The official SDKs already retry a 429 twice (three attempts in all), honouring `retry-after-ms` or `retry-after`: openai-python waits up to 120 s since v2.52 and does not retry at all when told to wait longer (older versions accepted up to 60 s and otherwise used their own backoff); openai-node accepts up to 60 s and otherwise uses its own short backoff. Your own retry loop comes on top of those.',
      'zh-cn':
        '可以重试，但要控速：至少等满 `retry-after` 指定的时间，之后用带抖动的指数退避，并限制总次数；失败的请求也计入速率限制，密集重试只会拖得更久。官方 SDK 本身就会对 429 自动重试两次（总共三次尝试），并参考 `retry-after-ms` 或 `retry-after`：openai-python 从 v2.52 起最多等 120 秒，要求等得更久时干脆不重试（更早的版本上限是 60 秒，超出则改用自带的退避）；openai-node 最多接受 60 秒，超出则改用自带的短退避。你自己写的重试循环是叠加在这之上的。',
    },
    distinguish: {
      en: 'OpenAI sends several different 429s; read the body. This one has `error.code` `rate_limit_exceeded` and `error.type` `requests` or `tokens` (`tokens_usage_based` in older responses). If `error.type` is `insufficient_quota`, it is a billing problem and retrying is pointless; `code` `slow_down` means your traffic grew too fast. DeepSeek’s 429 is 请求速率达到上限 (Rate Limit Reached) and the gateway’s 429 is `rate_limit_error` with `request_id` in the body.',
      'zh-cn':
        'OpenAI 的 429 有好几种，要看响应体。这一种的 `error.code` 为 `rate_limit_exceeded`，`error.type` 为 `requests` 或 `tokens`（旧响应里是 `tokens_usage_based`）。如果 `error.type` 是 `insufficient_quota`，那是账单问题，重试毫无意义；`code` 为 `slow_down` 则表示流量增长过快。DeepSeek 的 429 是“请求速率达到上限”；网关的 429 是 `rate_limit_error`，响应体里带 `request_id`。',
    },
    notes: {
      en: 'Every OpenAI 429 becomes `RateLimitError` in the SDKs, billing errors included, so never decide to retry on the class name alone. Besides `x-request-id`, responses carry `x-ratelimit-limit-requests`, `x-ratelimit-limit-tokens`, `x-ratelimit-remaining-requests`, `x-ratelimit-remaining-tokens`, `x-ratelimit-reset-requests` and `x-ratelimit-reset-tokens`; logging them makes limit problems easy to see.',
      'zh-cn':
        'SDK 会把 OpenAI 的所有 429 都映射成 `RateLimitError`，账单类错误也不例外，所以不能只凭异常类名决定是否重试。除了 `x-request-id`，响应里还有 `x-ratelimit-limit-requests`、`x-ratelimit-limit-tokens`、`x-ratelimit-remaining-requests`、`x-ratelimit-remaining-tokens`、`x-ratelimit-reset-requests` 和 `x-ratelimit-reset-tokens`，把它们记进日志，速率限制的问题就一目了然。',
    },
    machine: {
      type: 'tokens',
      code: 'rate_limit_exceeded',
      param: null,
      message:
        'Rate limit reached for gpt-4o in organization org-abc123 on tokens per min (TPM): Limit 30000, Used 27340, Requested 4000. Please try again in 8.41s.',
    },
    example: {
      headers: {
        'x-request-id': 'req_9d1f3b5a7c2e4f6a8b1d3c5e7f9a2b4d',
        'retry-after': '9',
        'x-ratelimit-limit-requests': '500',
        'x-ratelimit-limit-tokens': '30000',
        'x-ratelimit-remaining-requests': '497',
        'x-ratelimit-remaining-tokens': '2660',
        'x-ratelimit-reset-requests': '360ms',
        'x-ratelimit-reset-tokens': '8.41s',
      },
      body: {
        error: {
          message:
            'Rate limit reached for gpt-4o in organization org-abc123 on tokens per min (TPM): Limit 30000, Used 27340, Requested 4000. Please try again in 8.41s.',
          type: 'tokens',
          param: null,
          code: 'rate_limit_exceeded',
        },
      },
    },
    aliases: ['tokens_usage_based'],
    patterns: [
      'rate_limit_exceeded',
      'rate limit reached for',
      'on tokens per min (tpm)',
      'tokens_usage_based',
      '达到速率限制',
    ],
    related: [
      'openai-sdk-rate-limit-error',
      'openai-429-slow-down',
      'openai-429-insufficient-quota',
      'deepseek-429',
      'gateway-429',
    ],
    sources: [errorCodes, rateLimits, help429, apiReference, sdkRetryRules, devProxyRateLimit],
    verified: '2026-11-23',
  },

  // ─────────────────────── 429: billing family ───────────────────────
  {
    slug: 'openai-429-insufficient-quota',
    provider: 'openai',
    http: 429,
    class: 'billing',
    title: { en: 'You exceeded your current quota', 'zh-cn': '超出当前配额' },
    summary: {
      en: 'The organization has no usable credit left or has reached its spending ceiling; despite the 429 status this is a billing problem, not a rate limit.',
      'zh-cn': '组织已经没有可用额度，或者花费达到了上限；虽然状态码是 429，但这是账单问题，不是速率限制。',
    },
    cause: {
      en: 'OpenAI API usage is paid from prepaid credits, and organizations and projects can carry spend limits. Once the credits are used up or the maximum monthly spend is reached, every request fails with this 429 until someone pays or raises the limit. It also appears when the key belongs to a different organization from the one that was funded. `insufficient_quota` is the generic code; newer responses may name the exact reason in `error.code` while keeping `insufficient_quota` as the type (see the related billing entries).',
      'zh-cn':
        'OpenAI API 的费用从预付费额度中扣除，组织和项目还可以设置支出上限。额度用完或当月花费达到上限后，所有请求都会返回这个 429，直到有人付费或调高上限为止。如果 key 属于另一个没充值的组织，也会出现同样的错误。`insufficient_quota` 是笼统的 code；较新的响应可能在 `error.code` 里写明具体原因，而 `type` 仍然是 `insufficient_quota`（见相关的几个账单类条目）。',
    },
    fix: {
      en: [
        'Open the billing settings of the organization that owns the key and check its credit balance and its spend limits (organization and project).',
        'Add credits or raise the limit that was reached; if `error.code` names a specific reason, follow the entry for that code.',
        'Confirm that the key in use belongs to the organization and project you just funded.',
        'In code, treat `type` or `code` `insufficient_quota` as fatal: stop, alert a person, and keep it out of retry loops.',
      ],
      'zh-cn': [
        '打开 key 所属组织的账单设置，查看额度余量和支出上限（组织级和项目级）。',
        '购买额度，或调高被触发的上限；如果 `error.code` 给出了具体原因，按对应条目处理。',
        '确认当前使用的 key 就属于刚刚充值的那个组织和项目。',
        '在代码里把 `type` 或 `code` 为 `insufficient_quota` 的情况视为致命错误：停止请求、通知负责人，不要交给重试逻辑。',
      ],
    },
    retry: {
      en: 'Do not retry: credits and spend limits do not come back within seconds, so each retry fails the same way. Watch out for the SDKs: they only see the status 429, raise `RateLimitError`, and by default retry it twice before your code gets control, which wastes calls and adds delay. Catch the exception, check `error.type`, and stop.',
      'zh-cn':
        '不要重试：额度和支出上限不会在几秒内恢复，每次重试结果都一样。要特别留意 SDK：它只看 429 状态码，于是抛出 `RateLimitError`，而且默认先自动重试两次，你的代码才拿到异常，白白多发了请求、多等了时间。捕获异常后检查 `error.type`，直接停下。',
    },
    distinguish: {
      en: 'A 429 whose `error.type` is `insufficient_quota` is never a rate limit. Every OpenAI billing error shares that type, and `error.code` says which one it is: `insufficient_quota` (generic, this entry), `credit_balance_exhausted`, `organization_spend_limit_exceeded`, `project_spend_limit_exceeded` or `organization_usage_limit_exceeded`. The SDK maintainers recommend testing `exc.type == "insufficient_quota" or exc.code == "insufficient_quota"`, which covers the newer codes as well. DeepSeek reports an empty balance as 402 (余额不足), and the gateway as 402 with `code` `insufficient_quota`; neither uses 429 for it.',
      'zh-cn':
        '只要 `error.type` 是 `insufficient_quota`，这个 429 就绝不是速率限制。OpenAI 所有账单类错误都共用这个 type，具体是哪一种看 `error.code`：`insufficient_quota`（笼统情况，即本条）、`credit_balance_exhausted`、`organization_spend_limit_exceeded`、`project_spend_limit_exceeded` 或 `organization_usage_limit_exceeded`。SDK 维护者推荐的判断是 `exc.type == "insufficient_quota" or exc.code == "insufficient_quota"`，这样新出的几个 code 也能覆盖到。DeepSeek 用 402（余额不足）表示余额耗尽，网关用 402 加 `code` `insufficient_quota`，两者都不用 429。',
    },
    notes: {
      en: 'OpenAI’s SDK maintainers chose (September 2026) not to add a separate exception class, so this stays a `RateLimitError`. To avoid the pointless automatic retries, set `max_retries=0` (Python) or `maxRetries: 0` (Node) and retry real rate limits yourself. The first sentence of the message is also used word for word by Google’s Gemini API for its own quota 429s, so check which API answered. In OpenAI’s older guide this message meant the monthly hard limit had been reached, and the advice was to apply for a quota increase.',
      'zh-cn':
        'OpenAI 的 SDK 维护者在 2026 年 9 月明确表示不会为此单独增加异常类，所以它仍然是 `RateLimitError`。想避免无意义的自动重试，可以设置 `max_retries=0`（Python）或 `maxRetries: 0`（Node），真正的速率限制由自己来重试。这条错误信息的第一句，Google Gemini API 的配额类 429 也一字不差地在用，所以要先确认是哪个 API 返回的。在 OpenAI 的旧版指南里，这条信息表示已达到每月支出的硬性上限，当时的建议是申请提高配额。',
    },
    machine: {
      type: 'insufficient_quota',
      code: 'insufficient_quota',
      param: null,
      message:
        'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
    },
    example: {
      headers: { 'x-request-id': 'req_2a4c6e8f0b1d3f5a7c9e1b3d5f7a9c0e' },
      body: {
        error: {
          message:
            'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
          type: 'insufficient_quota',
          param: null,
          code: 'insufficient_quota',
        },
      },
    },
    aliases: [],
    patterns: [
      'insufficient_quota',
      'you exceeded your current quota',
      'please check your plan and billing details',
      '超出当前配额',
    ],
    related: [
      'openai-429-credit-balance-exhausted',
      'openai-429-organization-spend-limit-exceeded',
      'openai-429-project-spend-limit-exceeded',
      'openai-429-organization-usage-limit-exceeded',
      'openai-429-rate-limit-exceeded',
      'openai-sdk-rate-limit-error',
      'deepseek-402',
      'gateway-402',
    ],
    sources: [errorCodes, helpQuota, helpSpend, issue1671, pr3507, devProxyQuotaZh, observedQuotaBody, oldGuideZh],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-429-credit-balance-exhausted',
    provider: 'openai',
    http: 429,
    class: 'billing',
    title: { en: 'Credit balance exhausted', 'zh-cn': '预付费额度已用完' },
    summary: {
      en: 'The organization’s prepaid credit balance has run out, so OpenAI refuses paid requests until credits are added.',
      'zh-cn': '组织的预付费额度已经用完，在补充额度之前，OpenAI 会拒绝所有计费请求。',
    },
    cause: {
      en: 'API usage is drawn from credits bought in advance. The organization that owns the key has spent all of them. No spend limit is involved: the money is simply gone, and nothing changes until someone buys more.',
      'zh-cn':
        'API 费用从预先购买的额度中扣除，而 key 所属组织的额度已经全部用完。这与支出上限无关：额度就是花光了，在有人再次购买之前不会有任何变化。',
    },
    fix: {
      en: [
        'Open the billing settings of the organization that owns the key and confirm the credit balance is at zero.',
        'Have someone with billing access to that organization buy credits.',
        'Check that the key belongs to that organization, then resume traffic.',
        'Track the balance (or alert on it) so the next run-out is noticed before production requests fail.',
      ],
      'zh-cn': [
        '打开 key 所属组织的账单设置，确认额度余量确实为零。',
        '请有该组织账单权限的人购买额度。',
        '确认 key 确实属于这个组织，然后恢复请求。',
        '持续关注额度余量（或设置提醒），在线上请求失败之前就发现额度即将用完。',
      ],
    },
    retry: {
      en: 'Do not retry: an empty balance stays empty until someone pays. The SDKs raise `RateLimitError` for it and by default retry it twice first: two wasted calls before your code can react. Stop and alert a person instead.',
      'zh-cn':
        '不要重试：没人充值，额度就一直是零。SDK 会把它当作 `RateLimitError` 抛出，而且默认先自动重试两次：你的代码拿到异常之前，已经白白多发了两次请求。正确做法是停下来通知负责人。',
    },
    distinguish: {
      en: 'Inspect `error.code`: `credit_balance_exhausted` means the prepaid balance is empty. All OpenAI billing errors share `error.type` `insufficient_quota`, and a 429 with that type is never a rate limit; the spend-limit codes mean money is available but a ceiling was reached. The maintainers’ recommended check, `exc.type == "insufficient_quota" or exc.code == "insufficient_quota"`, catches this code too. DeepSeek (402, 余额不足) and the gateway (402, `insufficient_quota`) report an empty balance with 402, not 429.',
      'zh-cn':
        '看 `error.code`：`credit_balance_exhausted` 表示预付费额度已经见底。OpenAI 所有账单类错误的 `error.type` 都是 `insufficient_quota`，带这个 type 的 429 绝不是速率限制；几个支出上限类的 code 则表示钱还有，只是触到了上限。维护者推荐的判断 `exc.type == "insufficient_quota" or exc.code == "insufficient_quota"` 同样能识别这个 code。DeepSeek（402，余额不足）和网关（402，`insufficient_quota`）表示余额耗尽用的是 402，而不是 429。',
    },
    notes: {
      en: 'Code that only compares `error.code` with `insufficient_quota` misses this case; compare `error.type` instead. OpenAI states that retrying billing, spend or quota errors does not restore access.',
      'zh-cn':
        '如果代码只拿 `error.code` 和 `insufficient_quota` 比较，就会漏掉这种情况；应改为判断 `error.type`。OpenAI 明确说明，账单、支出或配额类错误靠重试无法恢复访问。',
    },
    machine: { type: 'insufficient_quota', code: 'credit_balance_exhausted' },
    example: {
      headers: { 'x-request-id': 'req_23f056d64347523afaddd2e7c3179c6e' },
      body: {
        error: {
          message: 'Your credit balance is exhausted. Add credits to your organization to continue using the API.',
          type: 'insufficient_quota',
          param: null,
          code: 'credit_balance_exhausted',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['credit_balance_exhausted', '预付费额度已用完'],
    related: [
      'openai-429-insufficient-quota',
      'openai-429-organization-spend-limit-exceeded',
      'openai-429-project-spend-limit-exceeded',
      'openai-429-organization-usage-limit-exceeded',
      'openai-sdk-rate-limit-error',
      'deepseek-402',
      'gateway-402',
    ],
    sources: [errorCodes, helpSpend, issue1671, devProxyQuotaZh],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-429-organization-spend-limit-exceeded',
    provider: 'openai',
    http: 429,
    class: 'billing',
    title: { en: 'Organization spend limit exceeded', 'zh-cn': '超出组织支出上限' },
    summary: {
      en: 'The organization has reached the hard monthly spend limit its owners configured, so requests are blocked until the limit rises or the month resets.',
      'zh-cn': '组织本月的花费已达到所有者设置的硬性支出上限，在上限调高或下个月重置之前，请求都会被拦下。',
    },
    cause: {
      en: 'Organization owners can cap monthly API spending with a hard limit. Spending across the organization this month has reached that cap, so OpenAI stops accepting paid requests for it. The money may well be there; the ceiling is what stops you. A runaway job or an unexpectedly busy month are the usual stories.',
      'zh-cn':
        '组织所有者可以为每月的 API 花费设置硬性上限。本月整个组织的花费已经达到这个上限，所以 OpenAI 不再受理该组织的计费请求。账上可能还有钱，拦住你的是这道上限。常见的情况是某个任务失控，或者这个月的用量比预期高得多。',
    },
    fix: {
      en: [
        'Compare this month’s usage with the organization’s spend limit in the billing or Limits settings.',
        'If the spending is legitimate, have an owner raise or remove the limit.',
        'If it is not, find the project or key responsible in the usage data before raising anything.',
        'Otherwise wait for the monthly reset, when the limit applies afresh.',
      ],
      'zh-cn': [
        '在账单设置或 Limits 页面里，对比本月用量和组织的支出上限。',
        '如果花费合理，请组织所有者调高或取消上限。',
        '如果花费异常，先在用量数据里找出是哪个项目或 key 造成的，再决定是否调高。',
        '否则就等到每月重置，上限重新开始计算。',
      ],
    },
    retry: {
      en: 'Do not retry: the limit holds until someone raises it or the month rolls over. The SDKs raise `RateLimitError` and retry it twice by default, which only adds delay; stop and alert a person.',
      'zh-cn':
        '不要重试：除非有人调高上限或者进入下个月，否则上限一直有效。SDK 会抛出 `RateLimitError` 并默认自动重试两次，只会平添延迟；应停止请求并通知负责人。',
    },
    distinguish: {
      en: 'Inspect `error.code`: `organization_spend_limit_exceeded` means the limit your own owners set for the whole organization was reached. It shares `error.type` `insufficient_quota` with the other billing codes, and a 429 with that type is never a rate limit. Compare `project_spend_limit_exceeded` (only one project is capped) and `organization_usage_limit_exceeded` (a limit assigned by OpenAI). The maintainers’ recommended check is `exc.type == "insufficient_quota" or exc.code == "insufficient_quota"`.',
      'zh-cn':
        '看 `error.code`：`organization_spend_limit_exceeded` 表示触到的是你们自己给整个组织设置的上限。它和其他账单类 code 共用 `error.type` `insufficient_quota`，带这个 type 的 429 绝不是速率限制。注意区分 `project_spend_limit_exceeded`（只有某一个项目达到上限）和 `organization_usage_limit_exceeded`（OpenAI 核定的上限）。维护者推荐的判断是 `exc.type == "insufficient_quota" or exc.code == "insufficient_quota"`。',
    },
    notes: {
      en: 'Every project in the organization is affected at once, which makes this one look like a sudden outage. OpenAI states that retrying billing, spend or quota errors does not restore access.',
      'zh-cn':
        '组织里的所有项目会同时受影响，看起来很像一次突发故障。OpenAI 明确说明，账单、支出或配额类错误靠重试无法恢复访问。',
    },
    machine: { type: 'insufficient_quota', code: 'organization_spend_limit_exceeded' },
    example: {
      headers: { 'x-request-id': 'req_bd630904cafb7e0267f51911d0723bc5' },
      body: {
        error: {
          message:
            'Your organization has reached its spend limit. Raise the limit in your billing settings or wait until it resets.',
          type: 'insufficient_quota',
          param: null,
          code: 'organization_spend_limit_exceeded',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['organization_spend_limit_exceeded', '超出组织支出上限'],
    related: [
      'openai-429-insufficient-quota',
      'openai-429-credit-balance-exhausted',
      'openai-429-project-spend-limit-exceeded',
      'openai-429-organization-usage-limit-exceeded',
      'openai-sdk-rate-limit-error',
      'deepseek-402',
      'gateway-402',
    ],
    sources: [errorCodes, helpSpend, issue1671, devProxyQuotaZh],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-429-project-spend-limit-exceeded',
    provider: 'openai',
    http: 429,
    class: 'billing',
    title: { en: 'Project spend limit exceeded', 'zh-cn': '超出项目支出上限' },
    summary: {
      en: 'One project has reached its own spend limit; requests made with its keys are refused while other projects keep working.',
      'zh-cn': '某个项目触到了自己的支出上限，用它的 key 发出的请求会被拒绝，其他项目不受影响。',
    },
    cause: {
      en: 'Inside an organization, each project can carry its own spend limit. The project that owns the key has spent up to that limit for the period. The rest of the organization is unaffected, which is how you can tell it apart from an organization-wide block.',
      'zh-cn':
        '在一个组织内部，每个项目都可以单独设置支出上限。key 所属的项目在本周期内的花费已达到这个上限。组织里的其他项目照常工作，这也是它和全组织范围封禁的区别所在。',
    },
    fix: {
      en: [
        'Find out which project the failing key belongs to and look at that project’s usage against its limit.',
        'Have a project or organization owner raise the project’s limit, or wait for the monthly reset.',
        'If the spending is unexpected, track down the job or key behind it before raising the limit.',
        'Moving the traffic to another project’s key works technically, but only do it if whoever owns the budget agrees.',
      ],
      'zh-cn': [
        '确认出错的 key 属于哪个项目，查看该项目的用量和上限。',
        '请项目或组织的所有者调高项目上限，或者等待每月重置。',
        '如果花费出乎意料，先查出是哪个任务或 key 花掉的，再考虑调高上限。',
        '把流量切到其他项目的 key 上技术上可行，但务必先征得预算负责人的同意。',
      ],
    },
    retry: {
      en: 'Do not retry: the project stays blocked until its limit is raised or resets. The SDKs raise `RateLimitError` and retry it twice by default for nothing; stop and alert whoever owns the project.',
      'zh-cn':
        '不要重试：在上限调高或重置之前，这个项目会一直被拦。SDK 会抛出 `RateLimitError`，默认还白白自动重试两次；应停止请求并通知项目负责人。',
    },
    distinguish: {
      en: 'Inspect `error.code`: `project_spend_limit_exceeded` points at a single project’s limit, while `organization_spend_limit_exceeded` blocks the whole organization. Like every OpenAI billing error it has `error.type` `insufficient_quota`, and a 429 with that type is never a rate limit. The maintainers’ recommended check, `exc.type == "insufficient_quota" or exc.code == "insufficient_quota"`, catches it.',
      'zh-cn':
        '看 `error.code`：`project_spend_limit_exceeded` 指向单个项目的上限，而 `organization_spend_limit_exceeded` 会拦住整个组织。与 OpenAI 其他账单类错误一样，它的 `error.type` 是 `insufficient_quota`，带这个 type 的 429 绝不是速率限制。维护者推荐的判断 `exc.type == "insufficient_quota" or exc.code == "insufficient_quota"` 能识别它。',
    },
    notes: {
      en: 'If some services fail with 429 and others do not, compare which project their keys belong to. OpenAI states that retrying billing, spend or quota errors does not restore access.',
      'zh-cn':
        '如果有的服务报 429、有的正常，先对比它们的 key 分属哪个项目。OpenAI 明确说明，账单、支出或配额类错误靠重试无法恢复访问。',
    },
    machine: { type: 'insufficient_quota', code: 'project_spend_limit_exceeded' },
    example: {
      headers: { 'x-request-id': 'req_db09ffed9f0b75c5a5ddba9f2f3088c8' },
      body: {
        error: {
          message: 'This project has reached its spend limit. Raise the project limit or wait until it resets.',
          type: 'insufficient_quota',
          param: null,
          code: 'project_spend_limit_exceeded',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['project_spend_limit_exceeded', '超出项目支出上限'],
    related: [
      'openai-429-insufficient-quota',
      'openai-429-credit-balance-exhausted',
      'openai-429-organization-spend-limit-exceeded',
      'openai-429-organization-usage-limit-exceeded',
      'openai-sdk-rate-limit-error',
      'deepseek-402',
      'gateway-402',
    ],
    sources: [errorCodes, helpSpend, issue1671],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-429-organization-usage-limit-exceeded',
    provider: 'openai',
    http: 429,
    class: 'billing',
    title: { en: 'Organization usage limit exceeded', 'zh-cn': '超出组织用量上限' },
    summary: {
      en: 'The organization has used up the monthly usage limit that OpenAI approved for it — a ceiling set by OpenAI, not by you.',
      'zh-cn': '组织已经用完了 OpenAI 为它核定的每月用量上限——这道上限是 OpenAI 定的，不是你自己设的。',
    },
    cause: {
      en: 'Apart from any spend limits your owners configure, OpenAI assigns each organization a monthly usage limit. Usage has reached that assigned ceiling. Raising your own spend limit does not help here, because it is not the limit that was hit.',
      'zh-cn':
        '除了所有者自己配置的支出上限之外，OpenAI 还会给每个组织核定一个每月用量上限。现在用量已经达到这个核定值。调高你们自己的支出上限在这里没用，因为触发的根本不是那道限制。',
    },
    fix: {
      en: [
        'Open the organization’s Limits settings and compare the approved usage limit with this month’s usage.',
        'Request a higher approved usage limit from OpenAI.',
        'Until it is approved, pause or cut non-essential usage, or wait for the monthly reset.',
      ],
      'zh-cn': [
        '打开组织的 Limits 设置页面，对比 OpenAI 核定的用量上限和本月用量。',
        '向 OpenAI 申请提高核定的用量上限。',
        '在获批之前，暂停或削减非必要的调用，或者等到每月重置。',
      ],
    },
    retry: {
      en: 'Do not retry: the assigned limit does not lift on its own within the month. The SDKs raise `RateLimitError` and retry it twice by default, which achieves nothing; stop and alert a person.',
      'zh-cn':
        '不要重试：核定上限在当月不会自己放开。SDK 会抛出 `RateLimitError` 并默认自动重试两次，毫无作用；应停止请求并通知负责人。',
    },
    distinguish: {
      en: 'Inspect `error.code`: `organization_usage_limit_exceeded` is OpenAI’s assigned ceiling, whereas `organization_spend_limit_exceeded` and `project_spend_limit_exceeded` are limits you set yourself. All of them share `error.type` `insufficient_quota`, and a 429 with that type is never a rate limit. The maintainers’ recommended check is `exc.type == "insufficient_quota" or exc.code == "insufficient_quota"`.',
      'zh-cn':
        '看 `error.code`：`organization_usage_limit_exceeded` 是 OpenAI 核定的上限，而 `organization_spend_limit_exceeded` 和 `project_spend_limit_exceeded` 是你们自己设置的限制。它们的 `error.type` 都是 `insufficient_quota`，带这个 type 的 429 绝不是速率限制。维护者推荐的判断是 `exc.type == "insufficient_quota" or exc.code == "insufficient_quota"`。',
    },
    notes: {
      en: 'Because the fix depends on OpenAI approving a request, plan ahead when growth is expected. OpenAI states that retrying billing, spend or quota errors does not restore access.',
      'zh-cn':
        '解决它要等 OpenAI 审批，所以预计用量会增长时要提前申请。OpenAI 明确说明，账单、支出或配额类错误靠重试无法恢复访问。',
    },
    machine: { type: 'insufficient_quota', code: 'organization_usage_limit_exceeded' },
    example: {
      headers: { 'x-request-id': 'req_357daf7609c2a785fe24f8e47cce771e' },
      body: {
        error: {
          message:
            'Your organization has reached its approved monthly usage limit. Request a higher limit to continue.',
          type: 'insufficient_quota',
          param: null,
          code: 'organization_usage_limit_exceeded',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['organization_usage_limit_exceeded', '超出组织用量上限'],
    related: [
      'openai-429-insufficient-quota',
      'openai-429-credit-balance-exhausted',
      'openai-429-organization-spend-limit-exceeded',
      'openai-429-project-spend-limit-exceeded',
      'openai-sdk-rate-limit-error',
      'deepseek-402',
      'gateway-402',
    ],
    sources: [errorCodes, helpSpend, issue1671],
    verified: '2026-11-23',
  },

  // ─────────────────────── 429: slow_down & legacy ───────────────────────
  {
    slug: 'openai-429-slow-down',
    provider: 'openai',
    http: 429,
    class: 'rate-limit',
    title: { en: 'Slow down: traffic grew too fast', 'zh-cn': '请求量增长过快' },
    summary: {
      en: 'Your request rate jumped too fast, so OpenAI pushed back even though you may still be inside your per-minute limits.',
      'zh-cn': '请求量增长过快，即使可能还没超出每分钟的速率限制，OpenAI 也要求你放慢。',
    },
    cause: {
      en: 'On top of fixed RPM and TPM limits, OpenAI guards its capacity against sudden surges. A batch job starting at full speed, a deploy that multiplies workers, or a retry storm after an outage can trigger `slow_down` although the headers still show room. Endpoints that used to answer such surges with 503 `slow_down` now send this 429.',
      'zh-cn':
        '除了固定的 RPM、TPM 上限，OpenAI 还会防止流量突然暴涨冲击容量。批处理任务一启动就全速运行、发布后 worker 数量成倍增加、故障恢复后集中重试，都可能触发 `slow_down`，哪怕响应头显示速率限制还有余量。以前对这种暴涨返回 503 `slow_down` 的接口，现在改为返回这个 429。',
    },
    fix: {
      en: [
        'Honour `retry-after` and back off with jitter.',
        'Ramp up gradually instead of jumping: start with a fraction of the workers and add more over minutes.',
        'At high volume (around 1M input tokens per minute and above), a commonly cited rule of thumb is to grow traffic by no more than about 50% every 15 minutes.',
        'Spread bulk work over time with a queue rather than releasing it all at once, and stagger retries after an outage.',
      ],
      'zh-cn': [
        '遵守 `retry-after`，并以带抖动的退避方式重试。',
        '逐步加量而不是一下子拉满：先启动一部分 worker，在几分钟内再陆续增加。',
        '在高用量下（每分钟输入 token 约 100 万及以上），常被引用的经验是每 15 分钟流量增长不超过 50% 左右。',
        '用队列把批量任务分散到一段时间里，不要一次性放出；故障恢复后的重试也要错开。',
      ],
    },
    retry: {
      en: 'Yes, but at a lower rate: back off with jitter, honour `retry-after`, and do not resume at the rate that triggered it. The SDKs treat it like any 429 (`RateLimitError`, retried twice automatically), which helps an individual request but does nothing about your overall rate — that part is up to you.',
      'zh-cn':
        '可以重试，但要降速：带抖动地退避、遵守 `retry-after`，恢复时不要回到触发它的那个速率。SDK 会像处理其他 429 一样处理它（`RateLimitError`，自动重试两次），这对单个请求有帮助，但整体速率还得你自己压下来。',
    },
    distinguish: {
      en: 'Read `error.code`: `slow_down` (with `error.type` `rate_limit_error`) is about how fast your traffic is growing; `rate_limit_exceeded` is about absolute per-minute or per-day limits; `error.type` `insufficient_quota` is billing and must not be retried. Older responses used the same code with status 503. DeepSeek’s 429 (请求速率达到上限) and the gateway’s 429 (`rate_limit_error` with `request_id` in the body) have no such distinction.',
      'zh-cn':
        '看 `error.code`：`slow_down`（`error.type` 为 `rate_limit_error`）关注的是流量增长的速度；`rate_limit_exceeded` 针对的是每分钟、每天的固定上限；`error.type` 为 `insufficient_quota` 的则是账单问题，不能重试。旧的响应里，同一个 code 配的是 503 状态码。DeepSeek 的 429（请求速率达到上限）和网关的 429（`rate_limit_error`，响应体带 `request_id`）没有这种细分。',
    },
    notes: {
      en: 'History: this condition used to come back as 503 `slow_down` (see the legacy entry) and has moved to 429, so the SDKs now raise `RateLimitError` for it rather than `InternalServerError`. The 50%-per-15-minutes figure comes from a secondary summary of OpenAI’s documentation; treat it as guidance, not a contract.',
      'zh-cn':
        '历史：这种情况以前返回 503 `slow_down`（见旧版条目），后来改成了 429，所以 SDK 现在抛出的是 `RateLimitError` 而不是 `InternalServerError`。“每 15 分钟增长 50%”这个数字来自对 OpenAI 文档的二手整理，只能当参考，不是承诺。',
    },
    machine: { type: 'rate_limit_error', code: 'slow_down' },
    example: {
      headers: { 'x-request-id': 'req_6d2fdf7b1b418c47d76a289d8054d4dd', 'retry-after': '20' },
      body: {
        error: {
          message:
            'Slow down: your request rate increased too quickly. Reduce your request rate and ramp up gradually.',
          type: 'rate_limit_error',
          param: null,
          code: 'slow_down',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['slow_down', '请求量增长过快'],
    related: [
      'openai-429-rate-limit-exceeded',
      'openai-503-slow-down',
      'openai-sdk-rate-limit-error',
      'deepseek-429',
      'gateway-429',
    ],
    sources: [errorCodes, rateLimits, devProxyRateLimit, ddSlowDown],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-429-engine-overloaded',
    provider: 'openai',
    http: 429,
    class: 'overload',
    title: {
      en: 'Engine overloaded (legacy 429)',
      'zh-cn': '引擎过载（旧版 429）',
    },
    summary: {
      en: 'An older form of OpenAI’s overload error: its servers had more traffic than they could handle, reported with status 429 instead of today’s 503.',
      'zh-cn': '这是 OpenAI 过载错误的旧形式：服务器流量超出承载能力，当时用 429 状态码报告，而现在用的是 503。',
    },
    cause: {
      en: 'The problem was on OpenAI’s side, not in your request rate: a sudden surge of demand across users, maintenance, or an incident. The older guide filed it under 429 even though your own limits were not involved.',
      'zh-cn':
        '问题出在 OpenAI 一侧，与你的请求速率无关：可能是所有用户的需求突然激增、正在维护，或者发生了故障。旧版指南虽然把它列在 429 下面，但它和你自己的速率限制没有关系。',
    },
    fix: {
      en: [
        'Wait a little and retry with exponential backoff and a cap on attempts.',
        'Check status.openai.com for ongoing incidents.',
        'Update handling code that expects overload as a 429: current responses report it as 503 `server_is_overloaded`.',
        'If it keeps happening long after incidents are resolved, contact OpenAI support.',
      ],
      'zh-cn': [
        '稍等片刻，用指数退避重试，并限制重试次数。',
        '查看 status.openai.com，确认是否有正在处理的故障。',
        '更新那些认为过载会以 429 出现的处理代码：现在的响应会用 503 `server_is_overloaded` 表示过载。',
        '如果故障早已解除却仍然频繁出现，联系 OpenAI 支持。',
      ],
    },
    retry: {
      en: 'Yes, after a wait and a bounded number of times. The SDKs map it to `RateLimitError` (it is a 429) and retry it twice by default with short backoff; if it still fails, back off longer before trying again.',
      'zh-cn':
        '可以重试，但要先等一等，并限制次数。由于状态码是 429，SDK 会把它映射为 `RateLimitError`，默认以短退避自动重试两次；如果仍然失败，再拉长等待时间后重试。',
    },
    distinguish: {
      en: 'This legacy 429 is recognised by its message about the engine being overloaded; it has no billing type and no rate-limit code. A 429 with `rate_limit_exceeded`, `slow_down` or `type` `insufficient_quota` is a different problem. Current OpenAI responses report overload as 503 with `code` `server_is_overloaded`.',
      'zh-cn':
        '这个旧版 429 要靠错误信息里“引擎过载”的说法来识别，它没有账单类 type，也没有速率限制类 code。带 `rate_limit_exceeded`、`slow_down` 或 `type` `insufficient_quota` 的 429 是别的问题。现在 OpenAI 用 503 加 `code` `server_is_overloaded` 表示过载。',
    },
    notes: {
      en: 'Legacy: OpenAI’s older error guide listed "The engine is currently overloaded, please try again later" as a 429. Current documentation reports overload as a 503 — see openai-503-server-is-overloaded, the entry to use for new code. (Video generation overload made the same move from 429 to 503.) This entry stays for old logs and old client code.',
      'zh-cn':
        '旧版：OpenAI 早期的错误指南把 `The engine is currently overloaded, please try again later` 列为 429。现行文档用 503 表示过载——新代码请参考 openai-503-server-is-overloaded。（视频生成的过载错误也同样从 429 改成了 503。）保留本条目是为了方便查阅旧日志和旧客户端代码。',
    },
    machine: { message: 'The engine is currently overloaded, please try again later' },
    example: {
      headers: { 'x-request-id': 'req_8f00e637387e80f96c87071e7c472944' },
      body: {
        error: {
          message: 'The engine is currently overloaded, please try again later',
          type: null,
          param: null,
          code: null,
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['429 - the engine is currently overloaded', '引擎当前过载'],
    related: ['openai-503-server-is-overloaded', 'openai-429-rate-limit-exceeded', 'openai-sdk-rate-limit-error'],
    sources: [errorCodes, helpErrorCodes, oldGuideZh],
    verified: '2026-11-23',
  },

  // ───────────────────────────── 5xx ─────────────────────────────
  {
    slug: 'openai-500-server-error',
    provider: 'openai',
    http: 500,
    class: 'server',
    title: { en: 'Server error', 'zh-cn': '服务器出错' },
    summary: {
      en: 'Something failed inside OpenAI while handling the request; nothing in the request itself is known to be wrong.',
      'zh-cn': 'OpenAI 内部在处理这次请求时出了故障；目前没有迹象表明请求本身有问题。',
    },
    cause: {
      en: 'An internal fault on OpenAI’s side. Most are brief and isolated; a burst of them usually means an incident is under way.',
      'zh-cn':
        '这是 OpenAI 一侧的内部故障，大多是短暂、偶发的；如果短时间内大量出现，通常说明 OpenAI 正在发生服务故障。',
    },
    fix: {
      en: [
        'Retry after a short wait with exponential backoff and a cap on attempts.',
        'Check status.openai.com for an ongoing incident.',
        'Log the `x-request-id` response header of the failures.',
        'If it persists, contact OpenAI support with the request IDs, the model, the error message, and the time and timezone of the failures.',
      ],
      'zh-cn': [
        '稍等后用指数退避重试，并限制重试次数。',
        '查看 status.openai.com，确认是否有正在处理的故障。',
        '把失败请求的 `x-request-id` 响应头记进日志。',
        '如果问题持续，联系 OpenAI 支持，附上请求 ID、模型、错误信息，以及出错的时间和时区。',
      ],
    },
    retry: {
      en: 'Yes, bounded and with backoff. The SDKs raise `InternalServerError` for any status of 500 and above and retry it twice by default; add at most a few retries of your own with growing delays, then give up and report.',
      'zh-cn':
        '可以重试，但要有上限并配合退避。SDK 对 500 及以上的状态码一律抛出 `InternalServerError`，默认自动重试两次；你自己最多再补几次、间隔逐步拉长，仍失败就放弃并上报。',
    },
    distinguish: {
      en: 'OpenAI’s 500 has `error.type` `server_error`. A 500 from DeepSeek is its own server fault (服务器故障), and the gateway’s 500 is `server_error` too but carries `request_id` inside the error object. Check the base URL your client is using.',
      'zh-cn':
        'OpenAI 的 500 其 `error.type` 为 `server_error`。DeepSeek 的 500 是它自己的“服务器故障”；网关的 500 同样是 `server_error`，但错误对象里带 `request_id`。请确认客户端实际连的 base URL。',
    },
    notes: {
      en: 'Older OpenAI error messages embedded the request ID in the text and asked you to include it when contacting support; today it is in the `x-request-id` header (`request_id` on `APIStatusError` in Python, `requestID` in Node).',
      'zh-cn':
        '早期 OpenAI 的错误信息会把请求 ID 写进正文，并提示联系支持时附上；现在它在 `x-request-id` 响应头里（Python 中是 `APIStatusError` 的 `request_id`，Node 中是 `requestID`）。',
    },
    machine: {
      type: 'server_error',
      code: 'server_error',
      message: 'The server had an error while processing your request. Sorry about that!',
    },
    example: {
      headers: { 'x-request-id': 'req_7c9e1a3b5d4f4a2c8e0b6d1f3a5c7e9b' },
      body: {
        error: {
          message: 'The server had an error while processing your request. Sorry about that!',
          type: 'server_error',
          param: null,
          code: 'server_error',
        },
      },
    },
    aliases: [],
    patterns: ['the server had an error while processing your request', '服务器处理请求时出错'],
    related: ['openai-sdk-internal-server-error', 'openai-503-server-is-overloaded', 'deepseek-500', 'gateway-500'],
    sources: [errorCodes, helpErrorCodes, apiReference],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-503-server-is-overloaded',
    provider: 'openai',
    http: 503,
    class: 'overload',
    title: { en: 'Server is overloaded', 'zh-cn': '服务器过载' },
    summary: {
      en: 'The model you called has no spare capacity right now; the request was turned away because of demand on OpenAI’s side, not because of your usage.',
      'zh-cn': '你调用的模型此刻没有空闲容量；请求被拒是因为 OpenAI 那边需求太大，与你的用量无关。',
    },
    cause: {
      en: 'Demand for the model exceeds the capacity OpenAI has available at the moment, for all customers. Popular or newly launched models and peak hours are the usual places to see it. Video generation overload, once reported as 429, also uses this 503 now.',
      'zh-cn':
        '这个模型的需求超过了 OpenAI 当前可用的容量，影响的是所有客户。热门模型、新发布的模型和高峰时段最容易遇到。视频生成的过载以前报 429，现在也改用这个 503。',
    },
    fix: {
      en: [
        'Retry after a wait, honouring `retry-after` when present and lengthening the delay on each attempt.',
        'Check status.openai.com to see whether capacity problems are reported.',
        'If your application allows it, fall back to another model while the overload lasts.',
        'In streaming code, also handle error events that arrive inside the stream (see notes).',
      ],
      'zh-cn': [
        '等一会儿再重试：有 `retry-after` 就遵守它，并且每次重试都拉长间隔。',
        '查看 status.openai.com，确认是否有容量相关的故障通报。',
        '如果业务允许，过载期间改用其他模型兜底。',
        '流式调用的代码还要处理在流内部出现的错误事件（见备注）。',
      ],
    },
    retry: {
      en: 'Yes, after a wait and a bounded number of times, with increasing delays. The SDKs raise `InternalServerError` and retry it twice by default, honouring `retry-after`; if that is not enough, wait longer before your own retries rather than retrying tightly.',
      'zh-cn':
        '可以重试，但要先等待、限制次数，并逐步拉长间隔。SDK 会抛出 `InternalServerError`，默认参考 `retry-after` 自动重试两次；如果还不够，自己重试前要等得更久，别密集重试。',
    },
    distinguish: {
      en: 'Read `error.code`: `server_is_overloaded` (with `error.type` `service_unavailable_error`) means capacity is short on OpenAI’s side; the legacy 503 `slow_down` was about your own traffic growing too fast. DeepSeek’s 503 is 服务器繁忙 (Server Overloaded), and the gateway’s 503 is `service_unavailable` with `request_id` in the body.',
      'zh-cn':
        '看 `error.code`：`server_is_overloaded`（`error.type` 为 `service_unavailable_error`）表示 OpenAI 一侧容量不足；旧版 503 `slow_down` 说的则是你自己的流量涨得太快。DeepSeek 的 503 是“服务器繁忙”；网关的 503 是 `service_unavailable`，响应体里带 `request_id`。',
    },
    notes: {
      en: 'During streaming the same error can arrive as an error event inside an HTTP 200 response, where retry logic that looks only at status codes (the SDKs’ included) never sees it. Older responses reported overload as a 429 (see openai-429-engine-overloaded).',
      'zh-cn':
        '在流式响应中，同样的错误可能以错误事件的形式出现在 HTTP 200 的响应流里，只看状态码的重试逻辑（包括 SDK 自带的）根本察觉不到。早期的响应用 429 表示过载（见 openai-429-engine-overloaded）。',
    },
    machine: {
      type: 'service_unavailable_error',
      code: 'server_is_overloaded',
      message: 'The engine is currently overloaded, please try again later',
    },
    example: {
      headers: { 'x-request-id': 'req_1e3a5c7b9d0f4e2a6c8b0d2f4a6c8e1d' },
      body: {
        error: {
          message: 'The engine is currently overloaded, please try again later',
          type: 'service_unavailable_error',
          param: null,
          code: 'server_is_overloaded',
        },
      },
    },
    aliases: [],
    patterns: ['server_is_overloaded', 'service_unavailable_error', 'the engine is currently overloaded', '服务器过载'],
    related: [
      'openai-sdk-internal-server-error',
      'openai-429-engine-overloaded',
      'openai-503-slow-down',
      'openai-500-server-error',
      'deepseek-503',
      'gateway-503',
    ],
    sources: [errorCodes, devProxyRateLimit, ddOverloaded],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-503-slow-down',
    provider: 'openai',
    http: 503,
    class: 'rate-limit',
    title: { en: 'Slow down (legacy 503)', 'zh-cn': '请求增速过快（旧版 503）' },
    summary: {
      en: 'An older form of the `slow_down` error: your request rate rose suddenly, and OpenAI answered with 503 where it now uses 429.',
      'zh-cn': '这是 `slow_down` 错误的旧形式：请求量突然上涨，OpenAI 当时用 503 回应，现在则改用 429。',
    },
    cause: {
      en: 'A sudden increase in your request rate, not a general outage. Older documentation reported it with status 503; endpoints that did so now return 429 with `code` `slow_down`.',
      'zh-cn':
        '原因是你的请求量突然上涨，而不是服务整体故障。旧文档用 503 状态码报告它；原先这样做的接口现在改为返回 429 和 `code` `slow_down`。',
    },
    fix: {
      en: [
        'Reduce the request rate and retry with backoff and jitter.',
        'Ramp traffic up gradually instead of in one jump.',
        'Make sure your handling also covers the current form, 429 with `code` `slow_down`.',
      ],
      'zh-cn': [
        '降低请求速率，并用带抖动的退避方式重试。',
        '逐步放量，不要一下子拉满。',
        '确认处理逻辑也覆盖了现行形式：429 加 `code` `slow_down`。',
      ],
    },
    retry: {
      en: 'Yes, at a lower rate and with backoff. Being a 503, the SDKs raise `InternalServerError` and retry it twice automatically; that does not lower your overall rate, so reduce it yourself.',
      'zh-cn':
        '可以重试，但要降速并退避。由于状态码是 503，SDK 会抛出 `InternalServerError` 并自动重试两次；这并不会降低你的整体速率，需要你自己把量降下来。',
    },
    distinguish: {
      en: 'Among OpenAI 503s, `error.code` `slow_down` points at your own traffic ramp, whereas `server_is_overloaded` means OpenAI lacks capacity for everyone. DeepSeek’s 503 (服务器繁忙) and the gateway’s 503 (`service_unavailable`, `request_id` in the body) are about the provider’s side.',
      'zh-cn':
        '在 OpenAI 的 503 里，`error.code` 为 `slow_down` 指的是你自己的流量涨得太快，而 `server_is_overloaded` 表示 OpenAI 对所有人都容量不足。DeepSeek 的 503（服务器繁忙）和网关的 503（`service_unavailable`，响应体带 `request_id`）说的都是服务方一侧的问题。',
    },
    notes: {
      en: 'Legacy: this condition has moved to 429 `slow_down` (openai-429-slow-down), which the SDKs raise as `RateLimitError`. Code that catches `InternalServerError` to spot it should be updated.',
      'zh-cn':
        '旧版：这种情况已改为 429 `slow_down`（见 openai-429-slow-down），SDK 会以 `RateLimitError` 抛出。靠捕获 `InternalServerError` 来识别它的代码需要更新。',
    },
    machine: { code: 'slow_down', message: 'Slow Down' },
    example: {
      headers: { 'x-request-id': 'req_cfa77d4ce769dbffd39b1d4aa8e70a7e', 'retry-after': '10' },
      body: {
        error: {
          message: 'Slow Down',
          type: null,
          param: null,
          code: 'slow_down',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['503 - slow down', '请求增速过快'],
    related: ['openai-429-slow-down', 'openai-503-server-is-overloaded', 'openai-sdk-internal-server-error'],
    sources: [errorCodes, ddSlowDown],
    verified: '2026-11-23',
  },
];
