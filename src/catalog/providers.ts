import type { Provider } from './types.ts';

/** Official pages (and pinned SDK sources) the provider descriptions are checked against. */
const openaiPythonRetry = {
  url: 'https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/_base_client.py',
  title: 'openai-python — _base_client.py (retry logic)',
};

export const providers: Provider[] = [
  {
    id: 'deepseek',
    name: { en: 'DeepSeek', 'zh-cn': 'DeepSeek' },
    summary: {
      en: 'DeepSeek builds large language models and sells access to them through an OpenAI-compatible HTTP API: set `base_url` to `https://api.deepseek.com` and the official `openai` SDKs talk to it unchanged. This site covers the seven HTTP errors DeepSeek documents (400, 401, 402, 422, 429, 500 and 503), with the error bodies seen in practice (illustrative ones where none has been observed), the official Chinese names, and what the OpenAI SDKs do with each one.',
      'zh-cn':
        'DeepSeek 自研大模型，并通过与 OpenAI 兼容的 HTTP API 对外提供服务：只要把 `base_url` 设为 `https://api.deepseek.com`，官方 `openai` SDK 无需改动就能调用。本站收录 DeepSeek 文档中列出的全部 7 个 HTTP 错误码（400、401、402、422、429、500、503），给出实际观察到的错误响应体（没有观察到的给出示意）和官方中文名称，并说明 OpenAI SDK 收到每种错误后如何处理。',
    },
    envelope: {
      en: "Errors reuse the OpenAI layout: a single `error` object with `message`, `type`, `param` and `code`. The values, however, do not follow OpenAI's meaning. DeepSeek writes `invalid_request_error` into `code` even when the real problem is a wrong key (401) or an empty balance (402), while `type` carries values such as `authentication_error` or `unknown_error`. Since neither field reliably names the failure, branch on the HTTP status and keep `message` (for example `Authentication Fails (no such user)`) as the human-readable detail.",
      'zh-cn':
        '错误响应沿用 OpenAI 的结构：一个 `error` 对象，里面有 `message`、`type`、`param`、`code` 四个字段。不过字段的取值和 OpenAI 的含义并不一致：哪怕实际原因是 API key 错误（401）或余额不足（402），DeepSeek 也会在 `code` 里填 `invalid_request_error`，`type` 则是 `authentication_error`、`unknown_error` 这类值。这两个字段都不能可靠地说明是哪种错误，所以程序里应该按 HTTP 状态码分支，`message`（例如 `Authentication Fails (no such user)`）只作为给人看的补充说明。',
    },
    envelopeExample: {
      error: { message: 'Insufficient Balance', type: 'unknown_error', param: null, code: 'invalid_request_error' },
    },
    requestIdHeader: null,
    requestId: {
      en: 'DeepSeek documents no request-id header, and its error bodies carry no id field. When you open a support case, give DeepSeek what it needs to find the call: the time of the request with its time zone (UTC is safest), the model and endpoint, the status and the complete error body, and which account was used (never paste the API key itself). Log all response headers of failed calls too, in case one of them helps.',
      'zh-cn':
        'DeepSeek 没有在文档里说明任何请求 ID 响应头，错误响应体里也没有 ID 字段。提交工单时，请提供能让对方定位这次调用的信息：请求时间及时区（用 UTC 最稳妥）、所用模型和接口、状态码和完整的错误响应体，以及调用所用的账号（千万不要把 API key 本身贴出去）。失败请求的全部响应头也记进日志，排查时可能用得上。',
    },
    retryHeaders: {
      en: 'No `Retry-After` header is documented, not even on 429, so how long to wait is up to your own backoff. DeepSeek caps concurrent requests per account (not per API key) and answers 429 immediately once you go over. A request that is accepted but must wait for capacity is held open rather than refused: a non-streaming call keeps receiving blank lines and a streaming call keeps receiving SSE comments (`: keep-alive`) until output begins. If inference still has not started after 10 minutes, the server closes the connection. The official SDK skips this filler; a hand-written parser must skip it too.',
      'zh-cn':
        'DeepSeek 文档没有提到 `Retry-After` 响应头，429 也不例外，所以等多久只能由你自己的退避策略决定。DeepSeek 按账号（而不是按 API key）限制并发，一旦超过上限就会立即返回 429。已经接收、但需要排队等待算力的请求不会被拒绝，而是保持连接：非流式请求会持续收到空行，流式请求会持续收到 SSE 注释（`: keep-alive`），直到开始输出为止。如果 10 分钟后仍未开始推理，服务器会主动断开连接。官方 SDK 会自动跳过这些填充内容，自己写解析器时也要把它们过滤掉。',
    },
    sdkDefaults: {
      en: "Pointed at DeepSeek, the official `openai` SDKs keep their usual retry engine: `max_retries` (Node: `maxRetries`) is 2; connection errors, timeouts and the statuses 408, 409, 429 and 500 and above are retried; the pause follows `retry-after-ms` or `retry-after` when present (up to 60 s in Node, 120 s in Python v2.52+) and is otherwise `min(0.5 · 2^n, 8)` seconds shortened by up to 25 % jitter; the default timeout is 600 s. For DeepSeek's own codes this means: 429 (`RateLimitError`), 500 and 503 (`InternalServerError`) are retried twice; 400 (`BadRequestError`), 401 (`AuthenticationError`) and 422 (`UnprocessableEntityError`) are raised at once; 402 has no class of its own, so it surfaces as the generic `APIStatusError` (a plain `APIError` in Node) and is not retried. Because DeepSeek sends no `Retry-After`, the SDK falls back to its short backoff (roughly half a second, then one second), which is often too brief for a saturated concurrency limit.",
      'zh-cn':
        '把官方 `openai` SDK 指向 DeepSeek 时，SDK 自带的重试机制照常生效：`max_retries`（Node 中为 `maxRetries`）默认是 2；连接错误、超时以及 408、409、429 和 500 及以上的状态码会自动重试；等待时间优先取 `retry-after-ms` 或 `retry-after`（Node 最多接受 60 秒，Python v2.52 及以上最多接受 120 秒），没有这两个头时按 `min(0.5 · 2^n, 8)` 秒计算，再随机缩短最多 25 %；默认超时为 600 秒。具体到 DeepSeek 的错误码：429（`RateLimitError`）、500 和 503（`InternalServerError`）会重试两次；400（`BadRequestError`）、401（`AuthenticationError`）和 422（`UnprocessableEntityError`）会直接抛出；402 没有对应的异常类，会以通用的 `APIStatusError`（Node 中为普通的 `APIError`）抛出，不会重试。由于 DeepSeek 不返回 `Retry-After`，SDK 只能用自己的短退避（大约先等半秒、再等一秒），对于已经打满的并发上限来说往往太短。',
    },
    baseUrl: 'https://api.deepseek.com',
    modelPrefixes: ['deepseek-'],
    sources: [
      { url: 'https://api-docs.deepseek.com/quick_start/error_codes', title: 'DeepSeek API Docs — Error Codes' },
      { url: 'https://api-docs.deepseek.com/zh-cn/quick_start/error_codes', title: 'DeepSeek API 文档 — 错误码' },
      {
        url: 'https://api-docs.deepseek.com/quick_start/rate_limit',
        title: 'DeepSeek API Docs — Rate Limit & Isolation',
      },
      { url: 'https://api-docs.deepseek.com/zh-cn/quick_start/rate_limit', title: 'DeepSeek API 文档 — 限速与隔离' },
      openaiPythonRetry,
    ],
    verified: '2026-11-23',
  },
  {
    id: 'openai',
    name: { en: 'OpenAI', 'zh-cn': 'OpenAI' },
    summary: {
      en: 'OpenAI makes the GPT models and runs the API whose request and error format many other providers imitate, DeepSeek and the gateway on this site among them. This site covers the OpenAI API errors, each told apart by HTTP status plus `error.code`: authentication, unsupported regions, context length, model access, rate limits, quota and spend limits, overload and server faults, including older variants that some clients still meet. It also covers the exception classes of the official Python and Node SDKs, with legacy names such as `openai.error.InvalidRequestError` from Python 0.x mapped to their current equivalents.',
      'zh-cn':
        'OpenAI 是 GPT 系列模型的开发者，许多服务商都沿用了它的 API 请求格式和错误格式，本站收录的 DeepSeek 和 API 网关也在其中。这里收录 OpenAI API 的各类错误，每一条都按 HTTP 状态码加 `error.code` 区分：认证、地区不受支持、上下文超长、模型权限、速率限制、配额与支出上限、过载和服务端故障，也包括一些客户端仍会遇到的旧版错误。此外还收录官方 Python 和 Node SDK 的异常类，并把 Python 0.x 时代的旧类名（如 `openai.error.InvalidRequestError`）对应到现在的类。',
    },
    envelope: {
      en: 'Errors arrive as `{"error": {"message", "type", "param", "code"}}`. `type` is a broad category (`invalid_request_error`, `rate_limit_error`, `insufficient_quota`, `server_error` and so on) and `code` names the specific case (`context_length_exceeded`, `invalid_api_key`, `credit_balance_exhausted` …); `param` and `code` can be `null`. The status alone is not enough: one 429 is a rate limit worth waiting out, another means the account has no money left. For billing errors read `error.code`, because the newer billing codes keep the broad `type` `insufficient_quota`; testing `type == "insufficient_quota"` or `code == "insufficient_quota"` catches the whole family.',
      'zh-cn':
        '错误以 `{"error": {"message", "type", "param", "code"}}` 的形式返回。`type` 是大类（`invalid_request_error`、`rate_limit_error`、`insufficient_quota`、`server_error` 等），`code` 指明具体情况（`context_length_exceeded`、`invalid_api_key`、`credit_balance_exhausted` 等）；`param` 和 `code` 可能为 `null`。只看状态码是不够的：同样是 429，有的是速率限制，等一等就好；有的则是账户已经没有可用额度。处理账单类错误要看 `error.code`，因为较新的账单错误码仍沿用 `insufficient_quota` 这个大类作为 `type`；判断 `type == "insufficient_quota"` 或 `code == "insufficient_quota"` 就能覆盖这一整类错误。',
    },
    envelopeExample: {
      error: {
        message:
          'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
        type: 'insufficient_quota',
        param: null,
        code: 'insufficient_quota',
      },
    },
    requestIdHeader: 'x-request-id',
    requestId: {
      en: 'Every response carries an `x-request-id` header. OpenAI recommends logging it in production so that any failing call can be traced afterwards. The Python SDK exposes it as `_request_id` on responses and as `.request_id` on `APIStatusError`; in Node the property on `APIError` is `requestID`, even though the README example prints `err.request_id`. Python 0.x read the id from a header called `request-id`. In a ticket, give the request id, the UTC time, the model, and the status with the full error body; the `openai-organization` and `openai-processing-ms` headers add which organization handled the call and how long it took.',
      'zh-cn':
        '每个响应都带有 `x-request-id` 响应头。OpenAI 建议在生产环境中把它记进日志，这样出问题的调用事后也能追查。Python SDK 在响应对象上以 `_request_id` 提供，在 `APIStatusError` 上以 `.request_id` 提供；Node 中 `APIError` 的属性名是 `requestID`，尽管 README 示例里打印的是 `err.request_id`。Python 0.x 则是从名为 `request-id` 的响应头读取。提交工单时请附上请求 ID、UTC 时间、模型、状态码和完整的错误响应体；`openai-organization` 和 `openai-processing-ms` 两个响应头还能说明是哪个组织处理了这次调用、耗时多少。',
    },
    retryHeaders: {
      en: 'Rate-limit state is reported in `x-ratelimit-limit-requests`, `x-ratelimit-limit-tokens`, `x-ratelimit-remaining-requests`, `x-ratelimit-remaining-tokens`, `x-ratelimit-reset-requests` and `x-ratelimit-reset-tokens`, so a client can slow down before it ever hits a 429. After a rate-limit 429, wait as long as `retry-after` says. The official SDKs also read `retry-after-ms` (milliseconds, checked first) and obey `x-should-retry: true|false`, a non-standard hint that overrides their status rules. No header makes a billing error (`insufficient_quota` and its related codes) worth retrying.',
      'zh-cn':
        '速率限制的当前状态通过 `x-ratelimit-limit-requests`、`x-ratelimit-limit-tokens`、`x-ratelimit-remaining-requests`、`x-ratelimit-remaining-tokens`、`x-ratelimit-reset-requests` 和 `x-ratelimit-reset-tokens` 返回，客户端可以据此在触发 429 之前主动降速。遇到速率限制导致的 429，按 `retry-after` 给出的时间等待即可。官方 SDK 还会读取 `retry-after-ms`（单位毫秒，优先于 `retry-after`），并遵从 `x-should-retry: true|false` 这个非标准提示，它的优先级高于按状态码判断的规则。至于账单类错误（`insufficient_quota` 及相关错误码），无论响应头怎么写，重试都没有意义。',
    },
    sdkDefaults: {
      en: 'Both official SDKs retry on their own: `max_retries` (Node: `maxRetries`) defaults to 2, so a call makes up to three attempts. They retry connection errors, timeouts and the statuses 408, 409, 429 and everything from 500 up; any other status is raised at once. The pause comes from `retry-after-ms`, then `retry-after`, when the value is positive and at most 60 s in Node or 120 s in Python v2.52 and later (60 s in older Python releases); otherwise it is `min(0.5 · 2^n, 8)` seconds, shortened by up to 25 % of random jitter. Python v2.52+ does not retry at all when `retry-after` asks for more than 120 s. The default timeout is 600 s, and Python adds a 5 s connect timeout. The trap: every 429 becomes a `RateLimitError`, `insufficient_quota` included, so the SDK burns two useless retries on an account without credit before your code sees the error.',
      'zh-cn':
        '两个官方 SDK 都会自动重试：`max_retries`（Node 中为 `maxRetries`）默认是 2，也就是一次调用最多发出三次请求。重试的范围是连接错误、超时，以及 408、409、429 和 500 及以上的状态码；其他状态码会直接抛出。等待时间优先取 `retry-after-ms`，其次是 `retry-after`，前提是数值为正，并且在 Node 中不超过 60 秒、在 Python v2.52 及以上不超过 120 秒（更早的 Python 版本是 60 秒）；否则按 `min(0.5 · 2^n, 8)` 秒计算，再随机缩短最多 25 %。在 Python v2.52+ 中，如果 `retry-after` 要求等待超过 120 秒，SDK 干脆不再重试。默认超时为 600 秒，Python 另外设有 5 秒的连接超时。需要注意的坑：所有 429 都会变成 `RateLimitError`，`insufficient_quota` 也不例外，所以在你的代码拿到异常之前，SDK 已经对一个没有额度的账户白白重试了两次。',
    },
    baseUrl: 'https://api.openai.com/v1',
    modelPrefixes: ['gpt-', 'o1', 'o3', 'o4-', 'chatgpt-', 'text-embedding-', 'dall-e-', 'whisper-', 'tts-'],
    sources: [
      { url: 'https://developers.openai.com/docs/guides/error-codes', title: 'OpenAI docs — Error codes' },
      {
        url: 'https://developers.openai.com/api/reference/overview',
        title: 'OpenAI API reference — Debugging requests',
      },
      { url: 'https://developers.openai.com/api/docs/guides/rate-limits', title: 'OpenAI docs — Rate limits' },
      openaiPythonRetry,
      {
        url: 'https://github.com/openai/openai-python/blob/e43b422412a9e96c9cc5192c61fffbe2d7e04836/src/openai/_exceptions.py',
        title: 'openai-python — _exceptions.py',
      },
      {
        url: 'https://github.com/openai/openai-node/blob/7b7d6ca71130d37ec09792c50056b47861f2eccf/src/client.ts',
        title: 'openai-node — client.ts (retry logic)',
      },
      {
        url: 'https://github.com/openai/openai-node/blob/7b7d6ca71130d37ec09792c50056b47861f2eccf/src/core/error.ts',
        title: 'openai-node — core/error.ts',
      },
    ],
    verified: '2026-11-23',
  },
  {
    id: 'gateway',
    name: { en: 'API gateway (unified envelope)', 'zh-cn': 'API 网关（统一错误格式）' },
    summary: {
      en: "Many teams reach language models through an OpenAI-compatible gateway: one base URL and one key that route requests to models from several vendors, DeepSeek's among them. The gateway described here reports every failure, its own or an upstream model's, in one envelope of its own with a short list of string codes. This site covers its twelve documented statuses, from 400 to 504. The base URL depends on the gateway you use, so none is given.",
      'zh-cn':
        '不少团队通过与 OpenAI 兼容的 API 网关调用大模型：一个 base URL、一个 key，就能把请求转发到多家服务商的模型上，其中也包括 DeepSeek 的模型。这里描述的网关会把所有失败（无论是网关自身的还是上游模型的）统一包装成自己的错误格式，并配有一小组字符串错误码。本站收录它文档中列出的 12 个状态码，从 400 到 504。base URL 取决于你所用的网关，因此这里不给出。',
    },
    envelope: {
      en: 'Every error, whatever its status, comes back as `{"error": {"code", "message", "type", "request_id"}}`. `code` is the machine-readable key to branch on (`invalid_request`, `insufficient_quota`, `rate_limit_error`, `service_unavailable` …), `type` classifies the error, and `message` is meant for people. There is no `param` field. Always check `error.code` rather than the status alone: it is the gateway\'s precise signal, and some values look familiar but mean something else. `insufficient_quota`, for instance, borrows OpenAI\'s name but arrives with 402 rather than 429, which breaks error handling copied from OpenAI code. `request_id` is present in every error body.',
      'zh-cn':
        '无论状态码是多少，错误都以 `{"error": {"code", "message", "type", "request_id"}}` 的格式返回。`code` 是供程序分支判断的机器可读错误码（`invalid_request`、`insufficient_quota`、`rate_limit_error`、`service_unavailable` 等），`type` 是错误类型的分类，`message` 则是给人看的说明。这里没有 `param` 字段。务必检查 `error.code`，不要只看状态码：它才是网关给出的精确信号，而且有些取值看着眼熟，含义却不一样。比如 `insufficient_quota` 借用了 OpenAI 的名字，但对应的状态码是 402 而不是 429，照搬 OpenAI 的错误处理代码就会漏判。每个错误响应体里都带有 `request_id`。',
    },
    envelopeExample: {
      error: {
        code: 'invalid_request',
        message: 'Request body is malformed',
        type: 'invalid_request_error',
        request_id: 'req_abc123xyz',
      },
    },
    requestIdHeader: null,
    requestId: {
      en: 'The id travels in the body, not in a documented header: every error response includes `error.request_id` (for example `req_abc123xyz`). Log it with each failure and quote it, together with the status and the full error body, in any ticket filed in the gateway\'s console; for asynchronous jobs such as video generation, add the `task_id`. Note that the `openai` SDKs fill their own `request_id` / `requestID` from the `x-request-id` header, so with this gateway read the id from the parsed error instead: `exc.body["request_id"]` in Python, `err.error.request_id` in Node.',
      'zh-cn':
        '请求 ID 放在响应体里，文档中没有对应的响应头：每个错误响应都包含 `error.request_id`（例如 `req_abc123xyz`）。每次失败都把它记进日志；在网关控制台提交工单时，连同状态码和完整错误响应体一起附上；如果是视频生成这类异步任务，还要附上 `task_id`。注意，`openai` SDK 的 `request_id` / `requestID` 属性取自 `x-request-id` 响应头，对接这个网关时应改从解析后的错误里读取：Python 用 `exc.body["request_id"]`，Node 用 `err.error.request_id`。',
    },
    retryHeaders: {
      en: 'The gateway documents no retry-related headers: neither `Retry-After` nor rate-limit counters. Pace yourself: on 429 and on 5xx, back off exponentially with random jitter and cap the number of attempts. For 503 the gateway suggests waiting about 30 seconds before trying again, and moving to another model if the outage persists. Should a `retry-after` header show up anyway, the official SDKs will honour it.',
      'zh-cn':
        '网关文档没有提到任何与重试相关的响应头，既没有 `Retry-After`，也没有速率限制计数。节奏只能自己把握：遇到 429 和 5xx 时，采用带随机抖动的指数退避，并限制最大重试次数。对于 503，网关建议等待约 30 秒再试，如果持续不可用就换一个模型。万一响应里真的带了 `retry-after`，官方 SDK 会按它执行。',
    },
    sdkDefaults: {
      en: "With the official `openai` SDKs pointed at the gateway's base URL, the standard defaults apply: 2 retries (`max_retries` / `maxRetries`) on connection errors, timeouts, 408, 409, 429 and 500 and above; pauses from `retry-after-ms` / `retry-after` when present (up to 60 s in Node, 120 s in Python v2.52+), else `min(0.5 · 2^n, 8)` seconds minus up to 25 % jitter; a 600 s timeout. Mapped onto the gateway's statuses: 400 (`BadRequestError`), 401 (`AuthenticationError`), 403 (`PermissionDeniedError`), 404 (`NotFoundError`) and 422 (`UnprocessableEntityError`) are raised at once; 409 (`ConflictError`), 429 (`RateLimitError`) and 500, 502, 503 and 504 (`InternalServerError`) are retried twice; 402 has no class and arrives as a generic `APIStatusError` (a plain `APIError` in Node), which is not retried. The SDKs copy `code` and `type` from the body onto the exception, so `exc.code` gives you the gateway's code directly.",
      'zh-cn':
        '把官方 `openai` SDK 指向网关的 base URL 后，默认行为和平时一样：对连接错误、超时以及 408、409、429 和 500 及以上的状态码重试 2 次（`max_retries` / `maxRetries`）；有 `retry-after-ms` / `retry-after` 时按它等待（Node 最多接受 60 秒，Python v2.52+ 最多接受 120 秒），否则按 `min(0.5 · 2^n, 8)` 秒并随机缩短最多 25 %；默认超时 600 秒。对应到网关的状态码：400（`BadRequestError`）、401（`AuthenticationError`）、403（`PermissionDeniedError`）、404（`NotFoundError`）和 422（`UnprocessableEntityError`）直接抛出；409（`ConflictError`）、429（`RateLimitError`）以及 500、502、503、504（`InternalServerError`）会重试两次；402 没有对应的异常类，以通用的 `APIStatusError`（Node 中为普通的 `APIError`）抛出，不会重试。SDK 会把响应体里的 `code` 和 `type` 复制到异常对象上，所以直接读 `exc.code` 就能拿到网关的错误码。',
    },
    baseUrl: null,
    // A gateway serves other providers' models; it is recognised by its envelope instead.
    modelPrefixes: [],
    sources: [
      {
        url: 'https://www.rfc-editor.org/rfc/rfc9110#name-status-codes',
        title: 'RFC 9110 — HTTP Semantics: Status Codes',
      },
      { url: 'https://www.rfc-editor.org/rfc/rfc9457', title: 'RFC 9457 — Problem Details for HTTP APIs' },
      openaiPythonRetry,
    ],
    verified: '2026-11-23',
  },
];
