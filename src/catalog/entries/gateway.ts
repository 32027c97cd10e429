import type { ErrorEntry } from '../types.ts';

/**
 * The gateway's error reference (seed 002) has no public URL, so each entry cites the HTTP
 * specification of its status.
 */
const rfc400 = {
  url: 'https://www.rfc-editor.org/rfc/rfc9110#name-400-bad-request',
  title: 'RFC 9110 §15.5.1 — 400 Bad Request',
};
const rfc401 = {
  url: 'https://www.rfc-editor.org/rfc/rfc9110#name-401-unauthorized',
  title: 'RFC 9110 §15.5.2 — 401 Unauthorized',
};
const rfc402 = {
  url: 'https://www.rfc-editor.org/rfc/rfc9110#name-402-payment-required',
  title: 'RFC 9110 §15.5.3 — 402 Payment Required',
};
const rfc403 = {
  url: 'https://www.rfc-editor.org/rfc/rfc9110#name-403-forbidden',
  title: 'RFC 9110 §15.5.4 — 403 Forbidden',
};
const rfc404 = {
  url: 'https://www.rfc-editor.org/rfc/rfc9110#name-404-not-found',
  title: 'RFC 9110 §15.5.5 — 404 Not Found',
};
const rfc409 = {
  url: 'https://www.rfc-editor.org/rfc/rfc9110#name-409-conflict',
  title: 'RFC 9110 §15.5.10 — 409 Conflict',
};
const rfc422 = {
  url: 'https://www.rfc-editor.org/rfc/rfc9110#name-422-unprocessable-content',
  title: 'RFC 9110 §15.5.21 — 422 Unprocessable Content',
};
const rfc429 = {
  url: 'https://www.rfc-editor.org/rfc/rfc6585#section-4',
  title: 'RFC 6585 §4 — 429 Too Many Requests',
};
const rfc500 = {
  url: 'https://www.rfc-editor.org/rfc/rfc9110#name-500-internal-server-error',
  title: 'RFC 9110 §15.6.1 — 500 Internal Server Error',
};
const rfc502 = {
  url: 'https://www.rfc-editor.org/rfc/rfc9110#name-502-bad-gateway',
  title: 'RFC 9110 §15.6.3 — 502 Bad Gateway',
};
const rfc503 = {
  url: 'https://www.rfc-editor.org/rfc/rfc9110#name-503-service-unavailable',
  title: 'RFC 9110 §15.6.4 — 503 Service Unavailable',
};
const rfc504 = {
  url: 'https://www.rfc-editor.org/rfc/rfc9110#name-504-gateway-timeout',
  title: 'RFC 9110 §15.6.5 — 504 Gateway Timeout',
};

export const gatewayEntries: ErrorEntry[] = [
  {
    slug: 'gateway-400',
    provider: 'gateway',
    http: 400,
    class: 'request',
    title: { en: 'Invalid request', 'zh-cn': '请求无效' },
    summary: {
      en: 'The gateway could not use the request body: it is not valid JSON, lacks a required field, or has a field of the wrong type.',
      'zh-cn': '网关无法处理这次的请求体：它不是合法的 JSON、缺少必填字段，或者有字段类型不对。',
    },
    cause: {
      en: 'The body breaks the API contract before any model sees it. The usual culprits are a body that does not parse as JSON, a missing `model` or `messages` field, and a field of the wrong type, such as `messages` sent as one string where an array of message objects is expected.',
      'zh-cn':
        '请求体不符合接口约定，还没到模型那里就被挡下了。最常见的原因有三个：请求体无法解析为 JSON；缺少 `model` 或 `messages` 字段；字段类型不对，比如 `messages` 应该是消息对象组成的数组，却传了一个字符串。',
    },
    fix: {
      en: [
        'Read `error.message`, then check the body against the API reference: required fields present, every field of the right type.',
        'Send `messages` as an array of objects, e.g. `[{"role": "user", "content": "Hello"}]`, never as a bare string.',
        'Build the body with a JSON serializer rather than by concatenating strings, and log the final JSON when debugging.',
        'Send the corrected request; the unchanged one will fail again.',
      ],
      'zh-cn': [
        '先看 `error.message`，再对照 API 文档检查请求体：必填字段是否齐全，每个字段的类型是否正确。',
        '`messages` 要传对象数组，例如 `[{"role": "user", "content": "Hello"}]`，不能直接传一个字符串。',
        '用 JSON 序列化库生成请求体，不要手工拼字符串；排查时把最终发出的 JSON 打到日志里。',
        '改好之后再发送，原样重发只会再次失败。',
      ],
    },
    retry: {
      en: 'Do not retry: a malformed request stays malformed. Fix it first. The `openai` SDK raises `BadRequestError` at once without retrying.',
      'zh-cn':
        '不要重试：格式有误的请求重发多少次都一样，先把它改对。`openai` SDK 会直接抛出 `BadRequestError`，不会自动重试。',
    },
    distinguish: {
      en: 'Every gateway error has a `request_id` in the body and a short `code`; here it is `"code": "invalid_request"` with `"type": "invalid_request_error"`. The gateway uses 400 for the shape of the body; a well-formed body with a bad value comes back as 422 `unprocessable_entity`. DeepSeek\'s 400 puts `invalid_request_error` in `code` and has no `request_id`; OpenAI\'s 400s name the problem in `code` (`context_length_exceeded`, for one).',
      'zh-cn':
        '网关的每个错误在响应体里都有 `request_id` 和一个简短的 `code`，这里是 `"code": "invalid_request"`，`type` 为 `"invalid_request_error"`。网关用 400 表示请求体结构有问题；结构正确但参数值不对，返回的是 422 `unprocessable_entity`。DeepSeek 的 400 把 `invalid_request_error` 写在 `code` 里，也没有 `request_id`；OpenAI 的 400 则在 `code` 里写明具体原因（例如 `context_length_exceeded`）。',
    },
    notes: {
      en: 'Branch on `error.code` in your code rather than on the status alone: it is the field the gateway provides for programs, and it is more precise. Log the `request_id` of every failure; support tickets need it.',
      'zh-cn':
        '代码里应该按 `error.code` 分支处理，而不是只看状态码：这个字段本来就是给程序判断用的，也更精确。每次出错都把 `request_id` 记进日志，提交工单时要用到。',
    },
    machine: { type: 'invalid_request_error', code: 'invalid_request', message: 'Request body is malformed' },
    example: {
      body: {
        error: {
          code: 'invalid_request',
          message: 'Request body is malformed',
          type: 'invalid_request_error',
          request_id: 'req_abc123xyz',
        },
      },
    },
    aliases: [],
    patterns: [
      '"code": "invalid_request"',
      '"code":"invalid_request"',
      "'code': 'invalid_request'",
      'request body is malformed',
    ],
    related: ['gateway-422', 'deepseek-400', 'openai-400-context-length-exceeded', 'openai-sdk-bad-request-error'],
    sources: [rfc400],
    verified: '2026-11-23',
  },
  {
    slug: 'gateway-401',
    provider: 'gateway',
    http: 401,
    class: 'auth',
    title: { en: 'Authentication error', 'zh-cn': '认证错误' },
    summary: {
      en: 'The gateway did not get a usable API key with the request: it is missing, malformed or revoked.',
      'zh-cn': '网关没有从请求里拿到可用的 API key：key 缺失、格式不对或已停用。',
    },
    cause: {
      en: 'Three situations cover almost every case: no `Authorization` header was sent; the header is there but lacks the `Bearer ` prefix; or the key has been disabled or deleted in the console.',
      'zh-cn':
        '几乎所有情况都可以归到这三种：请求根本没带 `Authorization` 头；带了请求头，但缺少 `Bearer ` 前缀；或者 key 本身已经在控制台被停用或删除。',
    },
    fix: {
      en: [
        'Send the header in exactly this form: `Authorization: Bearer sk-your-api-key-here`.',
        'Confirm your process actually loads the key you expect (environment variable, config file, secret store), without stray spaces.',
        'Open the API key management page in the console and check that the key is still active; create a new one if it was disabled or deleted.',
      ],
      'zh-cn': [
        '请求头必须严格写成 `Authorization: Bearer sk-your-api-key-here` 这种形式。',
        '确认程序实际读取到的就是你想用的 key（环境变量、配置文件、密钥管理服务），并且首尾没有多余空格。',
        '到控制台的 API key 管理页面确认该 key 仍处于启用状态；如果已停用或删除，就新建一个。',
      ],
    },
    retry: {
      en: 'Do not retry: without a valid key every attempt fails the same way. The `openai` SDK raises `AuthenticationError` without retrying.',
      'zh-cn':
        '不要重试：没有有效的 key，每次请求结果都一样。`openai` SDK 会直接抛出 `AuthenticationError`，不会自动重试。',
    },
    distinguish: {
      en: 'The gateway answers 401 with `"code": "authentication_error"` and a `request_id`. A key that is valid but not allowed to do something gets 403 `permission_error` instead. DeepSeek\'s 401 has `authentication_error` only in `type`, with `"code": "invalid_request_error"` and a message starting `Authentication Fails`; OpenAI\'s 401s use codes such as `invalid_api_key`.',
      'zh-cn':
        '网关的 401 带有 `"code": "authentication_error"` 和 `request_id`。key 有效但权限不够时，返回的是 403 `permission_error`。DeepSeek 的 401 只在 `type` 里写 `authentication_error`，`code` 是 `"invalid_request_error"`，错误信息以 `Authentication Fails` 开头；OpenAI 的 401 用的是 `invalid_api_key` 之类的 code。',
    },
    machine: { type: 'authentication_error', code: 'authentication_error' },
    example: {
      body: {
        error: {
          code: 'authentication_error',
          message: 'Invalid or missing API key',
          type: 'authentication_error',
          request_id: 'req_5d1e8b03c2fa',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['"code": "authentication_error"', '"code":"authentication_error"', "'code': 'authentication_error'"],
    related: ['gateway-403', 'deepseek-401', 'openai-401-invalid-api-key', 'openai-sdk-authentication-error'],
    sources: [rfc401],
    verified: '2026-11-23',
  },
  {
    slug: 'gateway-402',
    provider: 'gateway',
    http: 402,
    class: 'billing',
    title: { en: 'Insufficient quota', 'zh-cn': '配额不足' },
    summary: {
      en: 'The account balance is zero or too low to pay for this request, so the gateway refused it.',
      'zh-cn': '账户余额为零或不够支付这次请求，网关因此拒绝了它。',
    },
    cause: {
      en: 'The gateway charges requests against the account balance. Once the balance is used up, or is smaller than what the requested operation would cost, calls fail with 402 until the account is topped up. Expensive operations can hit this while cheaper ones still go through.',
      'zh-cn':
        '网关从账户余额中为请求扣费。余额用完，或者不够支付这次操作时，调用就会返回 402，直到账户充值为止。费用较高的操作可能先触发这个错误，便宜的请求暂时还能成功。',
    },
    fix: {
      en: [
        'Check the account balance in the console.',
        'Top up the balance.',
        'Look through the billing details to see what consumed it, so the next top-up lasts as planned.',
        'Turn on balance alerts so someone hears about a low balance before requests start failing.',
      ],
      'zh-cn': [
        '在控制台查看账户余额。',
        '为账户充值。',
        '查看账单明细，弄清余额花在了哪里，避免下次充值又提前耗尽。',
        '开启余额提醒，让负责人在余额偏低时就收到通知，而不是等请求失败才发现。',
      ],
    },
    retry: {
      en: 'Do not retry: the balance will not grow by itself. Stop sending, alert a person, and resume after the top-up. The `openai` SDK has no class for 402: Python raises the generic `APIStatusError` (Node a plain `APIError`) and, sensibly, does not retry it.',
      'zh-cn':
        '不要重试：余额不会自己增加。应停止发送并通知负责人，充值后再恢复。`openai` SDK 没有专门对应 402 的异常类：Python 抛出通用的 `APIStatusError`（Node 抛出普通的 `APIError`），而且不会重试，这样处理正合适。',
    },
    distinguish: {
      en: 'The string `insufficient_quota` travels with different statuses: this gateway sends it with 402, while OpenAI sends it with 429, where the SDK treats it like a rate limit and retries it. DeepSeek also reports an empty balance with 402, but its body says `"code": "invalid_request_error"` and has no `request_id`. Read the status and `error.code` together.',
      'zh-cn':
        '同样是 `insufficient_quota`，搭配的状态码却不同：本网关用 402 返回，OpenAI 则用 429 返回，SDK 会把后者当成速率限制去重试。DeepSeek 余额不足也返回 402，但响应体里是 `"code": "invalid_request_error"`，而且没有 `request_id`。判断时要把状态码和 `error.code` 结合起来看。',
    },
    notes: {
      en: "The gateway's reference describes `insufficient_quota` among its error codes but leaves it out of its status table and gives no separate `type`; the type shown here repeats the code.",
      'zh-cn':
        '网关的参考文档在错误码说明里列出了 `insufficient_quota`，状态码总表里却没有它，也没有单独给出 `type`；这里的 `type` 与 `code` 取相同的值。',
    },
    machine: { type: 'insufficient_quota', code: 'insufficient_quota' },
    example: {
      body: {
        error: {
          code: 'insufficient_quota',
          message: 'Insufficient quota',
          type: 'insufficient_quota',
          request_id: 'req_91c4f0e7b2d6',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: [
      '"code": "insufficient_quota", "message"',
      '"code":"insufficient_quota","message"',
      "'code': 'insufficient_quota', 'message'",
      'insufficient quota',
    ],
    related: ['deepseek-402', 'openai-429-insufficient-quota', 'openai-sdk-api-status-error'],
    sources: [rfc402],
    verified: '2026-11-23',
  },
  {
    slug: 'gateway-403',
    provider: 'gateway',
    http: 403,
    class: 'auth',
    title: { en: 'Permission denied', 'zh-cn': '权限不足' },
    summary: {
      en: 'The API key is valid, but it is not allowed to use the resource the request asked for.',
      'zh-cn': 'API key 本身有效，但它没有权限使用这次请求的资源。',
    },
    cause: {
      en: 'The gateway recognised the key and then refused the action. Typical reasons: the key has not been granted the model being called; the account has not finished the verification the gateway requires; or the key is locked to certain IP addresses or domains and the request came from somewhere else.',
      'zh-cn':
        '网关认得这个 key，但拒绝了它要做的操作。常见原因：该 key 没有所调用模型的使用权限；账户还没完成网关要求的认证；或者 key 限定了 IP 或域名，而请求来自限定范围之外。',
    },
    fix: {
      en: [
        "Open the key's permission settings in the console and check that it may use the model in the request.",
        'Finish any outstanding account verification.',
        'If the key is restricted to IP addresses or domains, make sure the request comes from an allowed one, or adjust the list.',
        'Otherwise use a key that already has the permission.',
      ],
      'zh-cn': [
        '在控制台打开该 key 的权限设置，确认它可以使用请求中的模型。',
        '完成尚未完成的账户认证。',
        '如果 key 限定了 IP 或域名，确认请求来自允许的地址，或者调整限制列表。',
        '否则就换用一个已有相应权限的 key。',
      ],
    },
    retry: {
      en: "Do not retry: permissions do not change between attempts. Fix the key's settings or the account first. The `openai` SDK raises `PermissionDeniedError` without retrying.",
      'zh-cn':
        '不要重试：权限不会在两次请求之间自己改变。先修改 key 的设置或账户状态。`openai` SDK 会直接抛出 `PermissionDeniedError`，不会自动重试。',
    },
    distinguish: {
      en: 'At the gateway, 401 means the key itself is missing or bad and 403 (`"code": "permission_error"`) means a good key lacks a permission. OpenAI\'s best-known 403 is a different matter: `unsupported_country_region_territory`, a request from a location OpenAI does not serve.',
      'zh-cn':
        '在本网关，401 表示 key 缺失或无效，403（`"code": "permission_error"`）表示 key 有效但缺少某项权限。OpenAI 最常见的 403 则是另一回事：`unsupported_country_region_territory`，即请求来自 OpenAI 不提供服务的地区。',
    },
    notes: {
      en: 'Quote the `request_id` if you ask support why a permission is missing.',
      'zh-cn': '如果要找技术支持确认缺少哪项权限，请附上 `request_id`。',
    },
    machine: { type: 'permission_error', code: 'permission_error' },
    example: {
      body: {
        error: {
          code: 'permission_error',
          message: 'This API key does not have access to model deepseek-v4-pro',
          type: 'permission_error',
          request_id: 'req_2b7e6a94d013',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['"code": "permission_error"', '"code":"permission_error"', "'code': 'permission_error'"],
    related: ['gateway-401', 'openai-403-unsupported-country-region-territory', 'openai-sdk-permission-denied-error'],
    sources: [rfc403],
    verified: '2026-11-23',
  },
  {
    slug: 'gateway-404',
    provider: 'gateway',
    http: 404,
    class: 'request',
    title: { en: 'Not found', 'zh-cn': '资源不存在' },
    summary: {
      en: 'The model or other resource named in the request does not exist at the gateway, or is not available.',
      'zh-cn': '请求中指定的模型或其他资源在网关上不存在，或者当前不可用。',
    },
    cause: {
      en: 'Most often the model identifier is misspelled: a missing hyphen or a wrong version number is enough. A model that has been retired, or one that is not available yet, gives the same answer. For asynchronous jobs, querying a task ID that does not exist also returns 404.',
      'zh-cn':
        '最常见的是模型 ID 写错了，少一个连字符或者版本号不对都会这样。模型已经下线，或者还没有上线，也会得到同样的结果。对于异步任务，查询一个不存在的任务 ID 同样会返回 404。',
    },
    fix: {
      en: [
        "Look the model up in the gateway's model list and copy its identifier exactly, e.g. `deepseek-v4-flash`.",
        'Compare version numbers and hyphens character by character with the identifier in your config.',
        'Find out whether the model was retired or is only in beta, and pick a current one if so.',
        'For task queries, check that the task ID is the one the gateway returned when the task was created.',
      ],
      'zh-cn': [
        '在网关的模型列表里找到该模型，原样复制它的 ID，例如 `deepseek-v4-flash`。',
        '把配置里的模型 ID 与之逐字比对，尤其是版本号和连字符。',
        '确认模型是否已经下线或仍处于 Beta 阶段，必要时换成当前可用的模型。',
        '查询任务时，确认任务 ID 就是创建任务时网关返回的那个。',
      ],
    },
    retry: {
      en: 'Do not retry: the name stays wrong until you change it. The `openai` SDK raises `NotFoundError` without retrying.',
      'zh-cn': '不要重试：名称不改就一直是错的。`openai` SDK 会直接抛出 `NotFoundError`，不会自动重试。',
    },
    distinguish: {
      en: 'The gateway\'s 404 carries `"code": "not_found"` and a `request_id`. OpenAI\'s equivalent uses `"code": "model_not_found"` and a message saying the model does not exist or you have no access to it.',
      'zh-cn':
        '网关的 404 带有 `"code": "not_found"` 和 `request_id`。OpenAI 对应的错误是 `"code": "model_not_found"`，错误信息说模型不存在或你无权访问。',
    },
    machine: { type: 'not_found', code: 'not_found' },
    example: {
      body: {
        error: {
          code: 'not_found',
          message: 'Model not found: deepseek-v4-flsh',
          type: 'not_found',
          request_id: 'req_e40a7c58f1b9',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['"code": "not_found"', '"code":"not_found"', "'code': 'not_found'", 'model not found'],
    related: ['openai-404-model-not-found', 'openai-sdk-not-found-error', 'gateway-400'],
    sources: [rfc404],
    verified: '2026-11-23',
  },
  {
    slug: 'gateway-409',
    provider: 'gateway',
    http: 409,
    class: 'request',
    title: { en: 'Conflict', 'zh-cn': '资源状态冲突' },
    summary: {
      en: 'The request clashes with the current state of the resource it targets, so the gateway did not carry it out.',
      'zh-cn': '请求与目标资源的当前状态相冲突，网关因此没有执行它。',
    },
    cause: {
      en: 'A 409 means the request itself is fine but the resource is not in a state that allows it right now: another request may have changed it first, or the operation does not fit the stage the resource is in. The gateway\'s reference says no more than "resource conflict", so the message is where the detail is.',
      'zh-cn':
        '409 表示请求本身没有问题，但目标资源此刻的状态不允许这样操作：可能另一个请求先改动了它，也可能这个操作与资源所处的阶段不符。网关的参考文档对此只写了“资源冲突”，具体情况要看错误信息。',
    },
    fix: {
      en: [
        'Read `error.message` to learn which resource is in conflict.',
        "Fetch the resource's current state and decide whether the operation still makes sense; it may already have been done.",
        'If several workers act on the same resource, serialise those operations.',
        'Resend only once the state allows it.',
      ],
      'zh-cn': [
        '先看 `error.message`，弄清是哪个资源发生了冲突。',
        '查询该资源的当前状态，判断这个操作是否还有必要；它可能已经完成了。',
        '如果有多个进程同时操作同一个资源，让这些操作串行执行。',
        '等资源状态允许之后再重新发送。',
      ],
    },
    retry: {
      en: "Not as is: the same request conflicts again until the resource's state changes, so check or change that state first. Mind the `openai` SDK: it retries 409 automatically (twice by default) before raising `ConflictError`, so a lasting conflict costs two extra requests. Catch `ConflictError` and decide yourself, or lower `max_retries` for such calls.",
      'zh-cn':
        '不能原样重试：资源状态不变，同样的请求还会冲突，应先查看或改变资源状态。注意 `openai` SDK 默认会自动重试 409（两次），然后才抛出 `ConflictError`，所以持续的冲突会白白多发两次请求。可以捕获 `ConflictError` 自行处理，或者为这类调用调低 `max_retries`。',
    },
    distinguish: {
      en: 'Of the services on this site, only the gateway documents a 409; its body says `"code": "conflict"` and carries a `request_id`. In the `openai` SDK, any 409 surfaces as `ConflictError`.',
      'zh-cn':
        '本站收录的服务中，只有网关会直接返回 409，响应体里是 `"code": "conflict"`，并带有 `request_id`。在 `openai` SDK 里，所有 409 都以 `ConflictError` 抛出。',
    },
    notes: {
      en: 'If the conflict makes no sense given what your code did, file a ticket with the `request_id`.',
      'zh-cn': '如果从你的代码逻辑看不出为什么会冲突，请带上 `request_id` 提交工单。',
    },
    machine: { type: 'conflict', code: 'conflict' },
    example: {
      body: {
        error: {
          code: 'conflict',
          message: 'The resource is not in a state that allows this operation',
          type: 'conflict',
          request_id: 'req_73f9d2a1c6e4',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['"code": "conflict"', '"code":"conflict"', "'code': 'conflict'"],
    related: ['openai-sdk-conflict-error'],
    sources: [rfc409],
    verified: '2026-11-23',
  },
  {
    slug: 'gateway-422',
    provider: 'gateway',
    http: 422,
    class: 'request',
    title: { en: 'Invalid parameter values', 'zh-cn': '参数值无效' },
    summary: {
      en: 'The request body is well-formed, but at least one parameter has a value the gateway does not accept.',
      'zh-cn': '请求体结构没有问题，但至少有一个参数的取值网关不接受。',
    },
    cause: {
      en: "The fields are all present and of the right type, yet a value is outside its allowed range or not permitted for the chosen model. Values that come straight from user input or from another provider's defaults are the usual source.",
      'zh-cn':
        '字段都在，类型也对，但某个值超出了允许范围，或者所选模型不支持这个取值。直接取自用户输入的值，或者沿用其他服务商默认配置的值，最容易出这种问题。',
    },
    fix: {
      en: [
        'Read `error.message` to see which parameter was rejected.',
        'Look up the allowed values and range of that parameter for the model in use in the API reference.',
        'Validate or clamp user-supplied values before they reach the request.',
      ],
      'zh-cn': [
        '先看 `error.message`，找出被拒绝的是哪个参数。',
        '在 API 文档里查该参数在当前模型下允许的取值和范围。',
        '来自用户输入的值，在写进请求之前先做校验，或者限制在允许范围之内。',
      ],
    },
    retry: {
      en: 'Do not retry: the value stays out of range until the code changes. The `openai` SDK raises `UnprocessableEntityError` without retrying.',
      'zh-cn': '不要重试：代码不改，取值就一直越界。`openai` SDK 会直接抛出 `UnprocessableEntityError`，不会自动重试。',
    },
    distinguish: {
      en: 'The gateway keeps 400 (`invalid_request`) for a body of the wrong shape and 422 (`"code": "unprocessable_entity"`) for a bad value in a well-formed body. DeepSeek also uses 422 for invalid parameters, but its body has no `request_id` and no `unprocessable_entity` code.',
      'zh-cn':
        '网关用 400（`invalid_request`）表示请求体结构不对，用 422（`"code": "unprocessable_entity"`）表示结构正确但某个值不对。DeepSeek 也用 422 表示参数错误，但它的响应体里没有 `request_id`，也没有 `unprocessable_entity` 这个 code。',
    },
    machine: { type: 'unprocessable_entity', code: 'unprocessable_entity' },
    example: {
      body: {
        error: {
          code: 'unprocessable_entity',
          message: "Invalid value for 'temperature'",
          type: 'unprocessable_entity',
          request_id: 'req_0c8b5e2f7a31',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['"code": "unprocessable_entity"', '"code":"unprocessable_entity"', "'code': 'unprocessable_entity'"],
    related: ['gateway-400', 'deepseek-422', 'openai-sdk-unprocessable-entity-error'],
    sources: [rfc422],
    verified: '2026-11-23',
  },
  {
    slug: 'gateway-429',
    provider: 'gateway',
    http: 429,
    class: 'rate-limit',
    title: { en: 'Rate limit exceeded', 'zh-cn': '超出速率限制' },
    summary: {
      en: 'You are sending more requests, or more requests at once, than your account tier allows.',
      'zh-cn': '你发送的请求数或同时进行的请求数，超出了账户等级允许的范围。',
    },
    cause: {
      en: 'The gateway limits traffic per tier, counting both how many requests arrive in a short window and how many are in flight at the same time. Bursts from batch jobs, unbounded parallelism, and retry loops without a delay are the usual triggers.',
      'zh-cn':
        '网关按账户等级限制流量，既看短时间内的请求数，也看同时在处理的请求数。批处理任务的突发流量、不设上限的并行调用，以及不加等待的重试循环，是最常见的诱因。',
    },
    fix: {
      en: [
        "Look up your tier's limits on the gateway's rate-limit page.",
        'Retry with exponential backoff plus random jitter instead of resending at once.',
        'Cap the number of concurrent requests your service makes.',
        'If your normal load needs more, move to a higher tier or open a ticket to have the limits raised.',
      ],
      'zh-cn': [
        '在网关的速率限制页面查看你所在等级的各项上限。',
        '重试时做指数退避并加随机抖动，不要立刻重发。',
        '限制服务的并发请求数。',
        '如果正常业务量就超出限制，升级账户等级，或提交工单申请提高速率限制。',
      ],
    },
    retry: {
      en: "Retry, paced: back off exponentially with jitter and keep retries bounded. The gateway's reference does not mention a `Retry-After` header; if one is present, wait at least that long. The `openai` SDK retries a 429 twice by itself (using `Retry-After` when sent) before raising `RateLimitError`.",
      'zh-cn':
        '可以重试，但要控制节奏：做带随机抖动的指数退避，并限制重试次数。网关的参考文档没有提到 `Retry-After` 头；如果响应里有，至少等够它给出的时间。`openai` SDK 会先自动重试两次（有 `Retry-After` 时按它等待），然后才抛出 `RateLimitError`。',
    },
    distinguish: {
      en: 'At this gateway 429 (`"code": "rate_limit_error"`) is only ever about traffic; an empty balance is 402 `insufficient_quota`. That differs from OpenAI, where a 429 can also be a billing problem. DeepSeek\'s 429 comes from its per-account concurrency cap and has no `request_id` in the body.',
      'zh-cn':
        '在本网关，429（`"code": "rate_limit_error"`）只与流量有关；余额不足返回的是 402 `insufficient_quota`。OpenAI 则不同，它的 429 也可能是账单问题。DeepSeek 的 429 来自按账号计算的并发上限，响应体里没有 `request_id`。',
    },
    notes: {
      en: 'Track how often 429 appears in your logs: if it shows up steadily, your normal load has outgrown the tier; it is not a passing spike.',
      'zh-cn': '留意日志里 429 出现的频率：如果持续稳定地出现，说明日常负载已经超出当前等级，而不是偶发的流量高峰。',
    },
    machine: { type: 'rate_limit_error', code: 'rate_limit_error' },
    example: {
      body: {
        error: {
          code: 'rate_limit_error',
          message: 'Rate limit exceeded',
          type: 'rate_limit_error',
          request_id: 'req_b5a0e93d8c27',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: [
      '"code": "rate_limit_error"',
      '"code":"rate_limit_error"',
      "'code': 'rate_limit_error'",
      'rate limit exceeded',
    ],
    related: ['gateway-503', 'deepseek-429', 'openai-429-rate-limit-exceeded', 'openai-sdk-rate-limit-error'],
    sources: [rfc429],
    verified: '2026-11-23',
  },
  {
    slug: 'gateway-500',
    provider: 'gateway',
    http: 500,
    class: 'server',
    title: { en: 'Internal server error', 'zh-cn': '服务器内部错误' },
    summary: {
      en: 'The gateway failed internally while handling the request; the request itself is normally not the cause.',
      'zh-cn': '网关在处理请求时内部出错；通常不是请求本身导致的。',
    },
    cause: {
      en: "Something broke inside the gateway. Nothing in your request points to a mistake, and a repeat a little later usually succeeds. A run of 500s suggests an incident on the gateway's side.",
      'zh-cn':
        '网关内部出了故障。你的请求没有明显错误，稍后重发通常就能成功。如果 500 接连出现，多半是网关那边出了故障。',
    },
    fix: {
      en: [
        'Retry with exponential backoff and a cap on attempts.',
        "If it keeps failing, look the request up in the console's request logs.",
        'Open a support ticket from the console, quoting the `request_id` and what the error said.',
      ],
      'zh-cn': [
        '用指数退避重试，并限制重试次数。',
        '如果一直失败，到控制台的请求日志里查这次请求的处理情况。',
        '在控制台提交工单，附上 `request_id` 和错误详情。',
      ],
    },
    retry: {
      en: 'Retry a few times with exponential backoff, then stop and escalate with the `request_id`. The `openai` SDK already retries twice before raising `InternalServerError`.',
      'zh-cn':
        '用指数退避重试几次，仍然失败就停止，并带上 `request_id` 反馈问题。`openai` SDK 在抛出 `InternalServerError` 之前已经自动重试过两次。',
    },
    distinguish: {
      en: "Among the gateway's 5xx codes, 500 `server_error` is a fault in the gateway itself, 502 `bad_gateway` a bad answer from the upstream model service, 503 `service_unavailable` an upstream that is down or overloaded, and 504 `gateway_timeout` an upstream that answered too slowly. OpenAI's 500 also uses `server_error`, but without a `request_id` in the body.",
      'zh-cn':
        '网关的几个 5xx 含义各不相同：500 `server_error` 是网关自身故障；502 `bad_gateway` 是上游模型服务返回了无效响应；503 `service_unavailable` 是上游暂时不可用或过载；504 `gateway_timeout` 是上游响应太慢。OpenAI 的 500 也用 `server_error`，但响应体里没有 `request_id`。',
    },
    notes: {
      en: 'In the `openai` SDK the `request_id` property reads the `x-request-id` header, which this gateway does not document; take the `request_id` from the parsed error instead (`err.body` in Python, `err.error` in Node).',
      'zh-cn':
        '`openai` SDK 的 `request_id` 属性读取的是 `x-request-id` 响应头，而本网关没有说明会返回这个头；请从解析后的错误对象里取 `request_id`（Python 用 `err.body`，Node 用 `err.error`）。',
    },
    machine: { type: 'server_error', code: 'server_error' },
    example: {
      body: {
        error: {
          code: 'server_error',
          message: 'Internal server error',
          type: 'server_error',
          request_id: 'req_4e6d1f8a0b52',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: [
      '"code": "server_error", "message"',
      '"code":"server_error","message"',
      "'code': 'server_error', 'message'",
    ],
    related: [
      'gateway-502',
      'gateway-503',
      'deepseek-500',
      'openai-500-server-error',
      'openai-sdk-internal-server-error',
    ],
    sources: [rfc500],
    verified: '2026-11-23',
  },
  {
    slug: 'gateway-502',
    provider: 'gateway',
    http: 502,
    class: 'server',
    title: { en: 'Bad gateway', 'zh-cn': '网关错误' },
    summary: {
      en: 'The gateway passed the request on to the upstream model service and got back an invalid response, or none it could use.',
      'zh-cn': '网关把请求转发给上游模型服务后，收到的响应无效，或者根本没拿到可用的响应。',
    },
    cause: {
      en: 'The gateway sits between you and the model providers. When the upstream service fails mid-response, drops the connection or returns something the gateway cannot parse, the gateway reports 502. It is almost always transient and not caused by your request.',
      'zh-cn':
        '网关位于你和模型服务商之间。上游服务在返回过程中出错、断开连接，或者返回了网关无法解析的内容时，网关就会报 502。这类问题几乎都是暂时性的，与你的请求无关。',
    },
    fix: {
      en: [
        'Retry after a short pause, with a small cap on attempts.',
        'If one model keeps producing 502s, try another model for the time being.',
        'If it persists, file a ticket with the `request_id`.',
      ],
      'zh-cn': [
        '稍等片刻后重试，并限制重试次数。',
        '如果某个模型持续返回 502，暂时换用其他模型。',
        '问题一直存在时，带上 `request_id` 提交工单。',
      ],
    },
    retry: {
      en: 'Retry shortly, a bounded number of times with backoff. The `openai` SDK treats 502 as `InternalServerError` and retries it twice on its own first.',
      'zh-cn': '稍后重试，做退避并限制次数。`openai` SDK 把 502 归为 `InternalServerError`，会先自动重试两次。',
    },
    distinguish: {
      en: 'A 502 in the gateway\'s JSON envelope (`"code": "bad_gateway"` with a `request_id`) came from the gateway\'s own error handling. A 502 whose body is an HTML page came from a proxy or load balancer in front of it, or one on your own network, and means the gateway\'s answer never reached you.',
      'zh-cn':
        '如果 502 的响应体是网关统一格式的 JSON（`"code": "bad_gateway"` 并带有 `request_id`），它来自网关自身的错误处理。如果 502 的响应体是一个 HTML 页面，那是网关前面的代理、负载均衡器，或者你自己网络中的某一层返回的，说明网关的响应根本没有到达你这里。',
    },
    machine: { type: 'bad_gateway', code: 'bad_gateway' },
    example: {
      body: {
        error: {
          code: 'bad_gateway',
          message: 'Upstream service returned an invalid response',
          type: 'bad_gateway',
          request_id: 'req_c17a3e9b5d08',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['"code": "bad_gateway"', '"code":"bad_gateway"', "'code': 'bad_gateway'"],
    related: ['gateway-500', 'gateway-504', 'openai-sdk-internal-server-error'],
    sources: [rfc502],
    verified: '2026-11-23',
  },
  {
    slug: 'gateway-503',
    provider: 'gateway',
    http: 503,
    class: 'overload',
    title: { en: 'Service unavailable', 'zh-cn': '服务暂不可用' },
    summary: {
      en: 'The upstream model service behind the gateway is temporarily unavailable, for maintenance or because it is overloaded.',
      'zh-cn': '网关后面的上游模型服务暂时不可用，原因是维护或负载过高。',
    },
    cause: {
      en: 'The gateway itself is up, but the model service it would forward to cannot take requests right now: it is being maintained or is saturated. This affects everyone calling that model, not only you.',
      'zh-cn':
        '网关本身运行正常，但它要转发到的模型服务此刻无法接收请求：要么在维护，要么已经满负荷。受影响的是所有调用该模型的用户，不只是你。',
    },
    fix: {
      en: [
        'Give it roughly half a minute before the next attempt.',
        'If it keeps happening, move the traffic to another model.',
        'See whether the platform has announced maintenance for this period.',
      ],
      'zh-cn': [
        '等大约 30 秒后再重试。',
        '如果错误持续出现，改用其他可替代的模型。',
        '查看平台公告，确认是否有计划内的维护。',
      ],
    },
    retry: {
      en: 'Retry after a real wait (around 30 seconds), a bounded number of times. The `openai` SDK retries a 503 twice within about a second or two (unless the response sends a retry header), which is too soon for this case, so keep your own slower retry on top of it.',
      'zh-cn':
        '先实实在在等一段时间（30 秒左右）再重试，次数要有上限。`openai` SDK 会在一两秒内自动重试两次（除非响应里带了 `retry-after` 之类的响应头），对这种情况来说太快了，所以自己还需要再加一层间隔更长的重试。',
    },
    distinguish: {
      en: 'A gateway 503 has `"code": "service_unavailable"` and a `request_id`; it is about the upstream model, whereas 429 `rate_limit_error` is about your own traffic and 502 `bad_gateway` about a broken response. OpenAI\'s overload 503 uses `"code": "server_is_overloaded"`, and DeepSeek\'s 503 (服务器繁忙) has no `request_id`.',
      'zh-cn':
        '网关的 503 带有 `"code": "service_unavailable"` 和 `request_id`，问题出在上游模型；而 429 `rate_limit_error` 针对的是你自己的流量，502 `bad_gateway` 则是上游返回了无效响应。OpenAI 表示过载的 503 用的是 `"code": "server_is_overloaded"`，DeepSeek 的 503（服务器繁忙）没有 `request_id`。',
    },
    notes: {
      en: 'If you switch models automatically on 503, still log the `request_id` of the failure so the outage can be traced later.',
      'zh-cn': '即使遇到 503 时会自动切换模型，也要把失败请求的 `request_id` 记下来，方便事后追查。',
    },
    machine: { type: 'service_unavailable', code: 'service_unavailable' },
    example: {
      body: {
        error: {
          code: 'service_unavailable',
          message: 'Model deepseek-v4-flash is temporarily unavailable',
          type: 'service_unavailable',
          request_id: 'req_6a2f8d0e4c93',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['"code": "service_unavailable"', '"code":"service_unavailable"', "'code': 'service_unavailable'"],
    related: [
      'gateway-429',
      'gateway-502',
      'deepseek-503',
      'openai-503-server-is-overloaded',
      'openai-sdk-internal-server-error',
    ],
    sources: [rfc503],
    verified: '2026-11-23',
  },
  {
    slug: 'gateway-504',
    provider: 'gateway',
    http: 504,
    class: 'server',
    title: { en: 'Gateway timeout', 'zh-cn': '网关超时' },
    summary: {
      en: 'The upstream model service did not answer in time, so the gateway stopped waiting and returned 504.',
      'zh-cn': '上游模型服务没有在限定时间内响应，网关不再等待，返回了 504。',
    },
    cause: {
      en: 'The gateway gives the upstream service a limited time to respond. Very long prompts, large output limits and a slow or busy upstream all push a request past that limit. Heavy requests hit it first.',
      'zh-cn':
        '网关只给上游服务有限的响应时间。超长的提示词、很大的输出上限，以及上游本身变慢或繁忙，都会让请求超出这个时限，越重的请求越容易先碰到。',
    },
    fix: {
      en: [
        'Simplify the request: shorten the prompt or context and lower the maximum output length.',
        'Retry shortly; a one-off 504 often passes on the second attempt.',
        'Split big jobs into several smaller requests.',
        'Set your own client timeout sensibly (30–60 seconds suits synchronous endpoints) so a stuck call does not hang your service.',
      ],
      'zh-cn': [
        '简化请求：缩短提示词或上下文，调低最大输出长度。',
        '稍后重试；偶发的 504 往往第二次就能成功。',
        '把大任务拆成几个较小的请求。',
        '给自己的客户端设置合理的超时（同步接口设 30–60 秒比较合适），避免一个卡住的调用拖住整个服务。',
      ],
    },
    retry: {
      en: 'Retry shortly, once or twice. If 504s repeat, simplify the request before retrying again, because the same heavy request tends to time out the same way. The `openai` SDK treats 504 as `InternalServerError` and retries it twice by itself.',
      'zh-cn':
        '稍后重试一两次即可。如果 504 反复出现，先简化请求再重试，因为同样繁重的请求往往会以同样的方式超时。`openai` SDK 把 504 归为 `InternalServerError`，会自动重试两次。',
    },
    distinguish: {
      en: 'A 504 with `"code": "gateway_timeout"` means the gateway waited for the upstream and gave up. If your own client gives up first, you get no response at all: the `openai` SDK raises `APITimeoutError` instead. An HTML 504 page came from a proxy in front of the gateway, not from the gateway\'s error handling.',
      'zh-cn':
        '带有 `"code": "gateway_timeout"` 的 504 表示网关等待上游超时后放弃了。如果是你自己的客户端先超时，就根本收不到响应，`openai` SDK 会抛出 `APITimeoutError`。如果 504 是一个 HTML 页面，那是网关前面的代理返回的，而不是网关自身的错误处理。',
    },
    notes: {
      en: 'Keep the `request_id` of repeated timeouts for a support ticket.',
      'zh-cn': '反复超时的请求，请保留 `request_id`，以便提交工单。',
    },
    machine: { type: 'gateway_timeout', code: 'gateway_timeout' },
    example: {
      body: {
        error: {
          code: 'gateway_timeout',
          message: 'Upstream model deepseek-v4-flash did not respond in time',
          type: 'gateway_timeout',
          request_id: 'req_f85c2b7a1e60',
        },
      },
      illustrative: true,
    },
    aliases: [],
    patterns: ['"code": "gateway_timeout"', '"code":"gateway_timeout"', "'code': 'gateway_timeout'"],
    related: ['gateway-502', 'openai-sdk-api-timeout-error', 'openai-sdk-internal-server-error'],
    sources: [rfc504],
    verified: '2026-11-23',
  },
];
