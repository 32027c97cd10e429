import type { Localized, Source } from './types.ts';

/** Generic meaning of an HTTP status, and what it tends to mean at LLM APIs. */
export interface HttpStatusInfo {
  status: number;
  /** RFC reason phrase, English, never translated (e.g. 'Too Many Requests'). */
  reason: string;
  /** Display name in each locale (e.g. en 'Too Many Requests', zh-cn '请求过多'). */
  name: Localized;
  /** What the status means in general, in one or two sentences. */
  meaning: Localized;
  /** What it usually means at LLM APIs specifically, and the traps. */
  llm: Localized;
  /** The specification (RFC section) that defines the status. */
  source: Source;
}

export const httpStatuses: HttpStatusInfo[] = [
  {
    status: 400,
    reason: 'Bad Request',
    name: { en: 'Bad Request', 'zh-cn': '错误请求' },
    meaning: {
      en: 'The server will not process the request because something in it is wrong: malformed syntax, a body it cannot parse, or content it rejects.',
      'zh-cn': '服务器认为请求本身有问题（语法不对、请求体无法解析或内容不被接受），因此拒绝处理。',
    },
    llm: {
      en: 'The catch-all for a bad request: broken JSON, `messages` that is not an array, a parameter the model does not support, or a prompt longer than the context window (OpenAI: `context_length_exceeded`). DeepSeek calls it 格式错误 (Invalid Format) and the gateway uses `invalid_request`. Resending the same body will fail the same way. The trap: some providers also put account problems here, such as Anthropic\'s "credit balance is too low" or Gemini\'s invalid API key (`INVALID_ARGUMENT`), so read the message before assuming the payload is at fault.',
      'zh-cn':
        '请求有问题时最常见的状态码：JSON 格式损坏、`messages` 不是数组、用了模型不支持的参数，或者提示词超出上下文窗口（OpenAI 的 `context_length_exceeded`）。DeepSeek 称之为“格式错误”，网关对应的错误码是 `invalid_request`。原样重发只会得到同样的结果。需要注意的是，有些服务商也会用 400 表示账号问题，例如 Anthropic 的余额不足（“credit balance is too low”）、Gemini 的 API key 无效（`INVALID_ARGUMENT`），所以先看清错误信息，再判断是不是请求体的问题。',
    },
    source: { url: 'https://www.rfc-editor.org/rfc/rfc9110#name-400-bad-request', title: 'RFC 9110 — 400 Bad Request' },
  },
  {
    status: 401,
    reason: 'Unauthorized',
    name: { en: 'Unauthorized', 'zh-cn': '未授权' },
    meaning: {
      en: 'The request lacks valid credentials for the resource: none were sent, or the ones sent were rejected.',
      'zh-cn': '请求没有携带有效的凭据：要么根本没带，要么带了但被服务器拒绝。',
    },
    llm: {
      en: "Almost always the API key: missing, mistyped, revoked, from another account, or sent without the `Bearer ` prefix in `Authorization`. OpenAI also uses 401 for account setups that no new key will fix: a user who is not a member of any organization, or a request from an IP address outside the project's allowlist. DeepSeek names it 认证失败 (Authentication Fails) yet sets `code` to `invalid_request_error`. Retrying never helps, and the SDKs do not retry it.",
      'zh-cn':
        '几乎都是 API key 的问题：没带、拼错、已撤销、属于别的账号，或者 `Authorization` 头里漏了 `Bearer ` 前缀。OpenAI 还会在账号配置有问题时返回 401，这时换 key 也没用：例如用户不属于任何组织，或请求来源 IP 不在项目的 IP 白名单里。DeepSeek 把它叫作“认证失败”，但 `code` 字段填的却是 `invalid_request_error`。重试没有任何帮助，SDK 也不会自动重试。',
    },
    source: {
      url: 'https://www.rfc-editor.org/rfc/rfc9110#name-401-unauthorized',
      title: 'RFC 9110 — 401 Unauthorized',
    },
  },
  {
    status: 402,
    reason: 'Payment Required',
    name: { en: 'Payment Required', 'zh-cn': '需要付款' },
    meaning: {
      en: 'Reserved by the HTTP standard for future use and never given precise semantics; APIs use it to say that payment is needed before the request can be served.',
      'zh-cn': 'HTTP 标准把它保留给将来使用，并未规定具体语义；各家 API 用它表示需要先付费才能继续处理请求。',
    },
    llm: {
      en: 'A billing problem: DeepSeek returns it for an empty balance (余额不足), the gateway for `insufficient_quota`, and Gemini and Anthropic use it for exhausted prepaid credits or payment details. OpenAI documents no 402; it reports quota and spend limits as 429 with `insufficient_quota`, so code ported from OpenAI misses 402 entirely. The official `openai` SDKs have no class for it: it surfaces as the generic `APIStatusError` (a plain `APIError` in Node) and is not retried, which is correct, because only a top-up fixes it.',
      'zh-cn':
        '属于账单问题：DeepSeek 在余额不足时返回 402，网关用它表示 `insufficient_quota`，Gemini 和 Anthropic 也用它表示预付费额度用完或付款信息有误。OpenAI 的文档里没有 402，它把配额和支出上限问题报成带 `insufficient_quota` 的 429，所以照搬 OpenAI 的处理代码会完全漏掉 402。官方 `openai` SDK 没有对应的异常类，会以通用的 `APIStatusError`（Node 中为普通的 `APIError`）抛出且不重试；这样做是对的，因为只有充值才能解决。',
    },
    source: {
      url: 'https://www.rfc-editor.org/rfc/rfc9110#name-402-payment-required',
      title: 'RFC 9110 — 402 Payment Required',
    },
  },
  {
    status: 403,
    reason: 'Forbidden',
    name: { en: 'Forbidden', 'zh-cn': '禁止访问' },
    meaning: {
      en: 'The server understood who is asking but refuses to allow the request; sending the same credentials again will not change that.',
      'zh-cn': '服务器知道请求方是谁，但拒绝执行这次请求；用同样的凭据再发一次，结果也不会变。',
    },
    llm: {
      en: "The key is valid but not allowed to do this: no access to the model, account verification unfinished, a key restricted to certain IPs (the gateway's `permission_error`), or a caller in a country or region the provider does not serve (OpenAI: `unsupported_country_region_territory`). The fix lies in the account settings, the key's permissions or where the call comes from, never in a retry.",
      'zh-cn':
        'API key 本身有效，但没有权限做这件事：没有该模型的访问权限、账号认证尚未完成、key 被限制在特定 IP 使用（网关的 `permission_error`），或者调用方所在的国家或地区不在服务范围内（OpenAI 的 `unsupported_country_region_territory`）。解决办法在账号设置、key 的权限或调用来源上，靠重试解决不了。',
    },
    source: { url: 'https://www.rfc-editor.org/rfc/rfc9110#name-403-forbidden', title: 'RFC 9110 — 403 Forbidden' },
  },
  {
    status: 404,
    reason: 'Not Found',
    name: { en: 'Not Found', 'zh-cn': '未找到' },
    meaning: {
      en: 'The server has nothing at the requested address, or will not admit that it exists.',
      'zh-cn': '服务器在请求的地址上找不到对应的资源，或者不愿透露它是否存在。',
    },
    llm: {
      en: 'Usually the model name: a typo, a retired model, one not yet released, or one your account cannot use. OpenAI answers with `model_not_found` and a message saying the model "does not exist or you do not have access to it", so a permission gap can look like a spelling mistake. A base URL with the wrong path gives a 404 as well, and the gateway also uses it for unknown async task ids. Fix the name or the URL; retrying does nothing.',
      'zh-cn':
        '多半是模型名称的问题：拼写错误、模型已下线、尚未上线，或者你的账号没有使用权限。OpenAI 会返回 `model_not_found`，错误信息写的是模型“does not exist or you do not have access to it”，所以没有权限看起来也像是名字写错了。base URL 的路径写错同样会得到 404；网关在查询不存在的异步任务 ID 时也返回 404。改正模型名或 URL 即可，重试没有用。',
    },
    source: { url: 'https://www.rfc-editor.org/rfc/rfc9110#name-404-not-found', title: 'RFC 9110 — 404 Not Found' },
  },
  {
    status: 408,
    reason: 'Request Timeout',
    name: { en: 'Request Timeout', 'zh-cn': '请求超时' },
    meaning: {
      en: 'The server gave up waiting for the client to finish sending the request and closed the connection.',
      'zh-cn': '服务器等不到客户端把请求发完，于是放弃等待并关闭了连接。',
    },
    llm: {
      en: 'None of the providers on this site document a 408. When one shows up it usually comes from something between you and the API, such as a proxy or load balancer, or from a very slow upload. Note that it is not the same as your own client timing out: that produces no status at all (`APITimeoutError` in the SDKs). The `openai` SDKs and `curl --retry` both treat 408 as transient and retry it.',
      'zh-cn':
        '本站收录的各家服务商都没有在文档中提到 408。真遇到时，通常来自你和 API 之间的某个环节（代理、负载均衡等），或者是上传太慢。注意它和客户端自己超时不是一回事：客户端超时根本拿不到状态码（SDK 中表现为 `APITimeoutError`）。`openai` SDK 和 `curl --retry` 都把 408 视为临时错误，会自动重试。',
    },
    source: {
      url: 'https://www.rfc-editor.org/rfc/rfc9110#name-408-request-timeout',
      title: 'RFC 9110 — 408 Request Timeout',
    },
  },
  {
    status: 409,
    reason: 'Conflict',
    name: { en: 'Conflict', 'zh-cn': '冲突' },
    meaning: {
      en: 'The request clashes with the current state of the target resource, for example a concurrent change or a duplicate that must be unique.',
      'zh-cn': '请求与目标资源当前的状态相冲突，比如同时有其他修改，或者创建了本应唯一的重复资源。',
    },
    llm: {
      en: "Rare on chat or completion calls; it turns up around stored resources such as files, jobs and async tasks (the gateway's `conflict`). The `openai` SDKs raise `ConflictError` and retry it twice by default; a conflict caused by a concurrent operation may indeed clear by itself. If it keeps coming back, check the resource state before sending again.",
      'zh-cn':
        '在对话或补全调用中很少见，多出现在文件、任务、异步任务等需要保存状态的资源上（网关的 `conflict`）。`openai` SDK 会抛出 `ConflictError`，并且默认重试两次；并发操作引起的冲突确实可能自行消失。如果反复出现，请先确认资源当前的状态再重新提交。',
    },
    source: { url: 'https://www.rfc-editor.org/rfc/rfc9110#name-409-conflict', title: 'RFC 9110 — 409 Conflict' },
  },
  {
    status: 413,
    reason: 'Content Too Large',
    name: { en: 'Content Too Large', 'zh-cn': '请求内容过大' },
    meaning: {
      en: 'The request body is bigger than the server is willing to accept. RFC 7231 called this status Payload Too Large.',
      'zh-cn': '请求体超过了服务器愿意接收的大小。RFC 7231 中它的名字是 Payload Too Large。',
    },
    llm: {
      en: 'A limit on bytes, not tokens: usually large base64 images, audio or documents inside the request. Anthropic, for example, caps a Messages request at 32 MB, and that 413 may come from Cloudflare, in front of the API, before the API servers see the call. Too many tokens is a different error (OpenAI: 400 `context_length_exceeded`). The `openai` SDKs have no class for 413 and raise a plain `APIStatusError` (`APIError` in Node) without retrying; shrink the payload or upload files separately.',
      'zh-cn':
        '这里限制的是字节数而不是 token 数，通常是请求里塞了很大的 base64 图片、音频或文档。比如 Anthropic 限制单个 Messages 请求不超过 32 MB，而且这个 413 可能在请求到达 API 服务器之前就由前面的 Cloudflare 直接返回。token 超限是另一种错误（OpenAI 的 400 `context_length_exceeded`）。`openai` SDK 没有对应 413 的异常类，会抛出普通的 `APIStatusError`（Node 中为 `APIError`），不会重试；请压缩请求内容，或把文件单独上传。',
    },
    source: {
      url: 'https://www.rfc-editor.org/rfc/rfc9110#name-413-content-too-large',
      title: 'RFC 9110 — 413 Content Too Large',
    },
  },
  {
    status: 422,
    reason: 'Unprocessable Content',
    name: { en: 'Unprocessable Content', 'zh-cn': '无法处理的内容' },
    meaning: {
      en: 'The request is well-formed and its content type is understood, but the values in it cannot be acted on.',
      'zh-cn': '请求格式正确、内容类型也能识别，但其中的取值无法被处理。',
    },
    llm: {
      en: "Parameters that parse but are not allowed: a value out of range, an unknown option, incompatible settings. DeepSeek names it 参数错误 (Invalid Parameters) and the gateway uses `unprocessable_entity`; OpenAI reports most parameter problems as 400 instead. The `openai` SDKs raise `UnprocessableEntityError` and do not retry it. Compare the request with the provider's API reference, since values copied from another provider are a common cause.",
      'zh-cn':
        '参数能被解析但取值不被允许：超出范围、选项不存在、几个设置互相冲突等。DeepSeek 称之为“参数错误”，网关对应的错误码是 `unprocessable_entity`；OpenAI 则大多把参数问题报成 400。`openai` SDK 会抛出 `UnprocessableEntityError`，不会重试。请对照该服务商的 API 文档检查请求，从别家照搬过来的参数值是常见原因。',
    },
    source: {
      url: 'https://www.rfc-editor.org/rfc/rfc9110#name-422-unprocessable-content',
      title: 'RFC 9110 — 422 Unprocessable Content',
    },
  },
  {
    status: 429,
    reason: 'Too Many Requests',
    name: { en: 'Too Many Requests', 'zh-cn': '请求过多' },
    meaning: {
      en: 'The client has sent too many requests in a given time. The response may include `Retry-After` to say how long to wait.',
      'zh-cn': '客户端在一段时间内发送的请求太多。响应中可以带上 `Retry-After`，告诉客户端需要等多久。',
    },
    llm: {
      en: 'The most misread status at LLM APIs. Often it really is a rate limit (requests or tokens per minute, concurrency) that passes if you wait: honour `retry-after`, back off with jitter. But at OpenAI a 429 can also mean the account is out of quota or over its spend limit (`insufficient_quota`, `credit_balance_exhausted` …), which no wait will fix; read `error.code`. DeepSeek uses 429 (请求速率达到上限) when you exceed its per-account concurrency limit and sends no `Retry-After`. The `openai` SDKs retry every 429 twice, quota errors included.',
      'zh-cn':
        '这是 LLM API 中最容易误读的状态码。很多时候它确实是速率限制（每分钟请求数、token 数或并发数），等一等就会恢复：按 `retry-after` 等待，用带抖动的退避重试即可。但在 OpenAI，429 也可能表示账户额度用完或超出了支出上限（`insufficient_quota`、`credit_balance_exhausted` 等），这种情况等多久都没用，必须看 `error.code` 才能区分。DeepSeek 在超出按账号计算的并发上限时返回 429（请求速率达到上限），而且不带 `Retry-After`。`openai` SDK 会对所有 429 重试两次，配额类错误也不例外。',
    },
    source: { url: 'https://www.rfc-editor.org/rfc/rfc6585#section-4', title: 'RFC 6585 — 429 Too Many Requests' },
  },
  {
    status: 500,
    reason: 'Internal Server Error',
    name: { en: 'Internal Server Error', 'zh-cn': '服务器内部错误' },
    meaning: {
      en: 'The server ran into an unexpected condition and could not complete the request.',
      'zh-cn': '服务器遇到了意料之外的情况，无法完成这次请求。',
    },
    llm: {
      en: "A failure on the provider's side (OpenAI `server_error`, DeepSeek 服务器故障, the gateway's `server_error`). Retry a few times with exponential backoff, which the `openai` SDKs already do twice. If the error persists, check the provider's status page and report it with the request id. At Gemini a 500 can also be triggered by an overly long context, so a request that fails every single time may need to be shortened.",
      'zh-cn':
        '问题出在服务商一侧（OpenAI 的 `server_error`、DeepSeek 的“服务器故障”、网关的 `server_error`）。用指数退避重试几次即可，`openai` SDK 默认已经会重试两次。如果一直失败，请查看服务商的状态页，并附上请求 ID 反馈问题。在 Gemini 上，上下文过长也可能引发 500，所以如果同一个请求每次都失败，可以试着缩短内容。',
    },
    source: {
      url: 'https://www.rfc-editor.org/rfc/rfc9110#name-500-internal-server-error',
      title: 'RFC 9110 — 500 Internal Server Error',
    },
  },
  {
    status: 502,
    reason: 'Bad Gateway',
    name: { en: 'Bad Gateway', 'zh-cn': '网关错误' },
    meaning: {
      en: 'A server acting as a gateway or proxy got an invalid response from the upstream server it called.',
      'zh-cn': '充当网关或代理的服务器从上游服务器收到了无效的响应。',
    },
    llm: {
      en: "Seen mostly where something sits in front of the model: an API gateway (`bad_gateway`), a reverse proxy, or a provider's own front-end layer. It is transient: wait briefly and retry with backoff. The `openai` SDKs map it to `InternalServerError` and retry it. If it shows up only through your own proxy, look at the proxy first.",
      'zh-cn':
        '多见于模型前面还隔着一层的场景：API 网关（`bad_gateway`）、反向代理，或者服务商自己的前端接入层。这是临时性错误：稍等片刻，再用退避策略重试。`openai` SDK 把它归为 `InternalServerError` 并自动重试。如果只有经过你自己的代理时才出现，请先排查代理。',
    },
    source: { url: 'https://www.rfc-editor.org/rfc/rfc9110#name-502-bad-gateway', title: 'RFC 9110 — 502 Bad Gateway' },
  },
  {
    status: 503,
    reason: 'Service Unavailable',
    name: { en: 'Service Unavailable', 'zh-cn': '服务不可用' },
    meaning: {
      en: 'The server cannot handle the request right now, typically because of overload or maintenance; `Retry-After` may say when to come back.',
      'zh-cn': '服务器暂时无法处理请求，通常是因为过载或正在维护；响应里可能用 `Retry-After` 说明何时再试。',
    },
    llm: {
      en: "The provider is saturated for everyone, not limiting you in particular: DeepSeek 服务器繁忙 (Server Overloaded), OpenAI `server_is_overloaded`, the gateway's `service_unavailable` when the upstream model is down or in maintenance. Wait, retry a bounded number of times, and consider another model if it lasts. Older OpenAI docs used 503 `slow_down` for a sudden jump in traffic, which is now a 429. The trap: OpenAI's overload error can also arrive inside an HTTP 200 stream, where status-based retry logic never sees it.",
      'zh-cn':
        '这是服务商整体资源吃紧，并不是专门针对你的限制：DeepSeek 的“服务器繁忙”、OpenAI 的 `server_is_overloaded`，以及网关在上游模型宕机或维护时返回的 `service_unavailable`。等待后有限次数地重试；如果持续不可用，可以考虑换一个模型。OpenAI 旧文档曾用 503 `slow_down` 表示请求量突增，现在这种情况改为返回 429。需要注意：OpenAI 的过载错误也可能出现在 HTTP 200 的流式响应中，按状态码判断的重试逻辑根本看不到它。',
    },
    source: {
      url: 'https://www.rfc-editor.org/rfc/rfc9110#name-503-service-unavailable',
      title: 'RFC 9110 — 503 Service Unavailable',
    },
  },
  {
    status: 504,
    reason: 'Gateway Timeout',
    name: { en: 'Gateway Timeout', 'zh-cn': '网关超时' },
    meaning: {
      en: 'A server acting as a gateway or proxy did not get a response from the upstream server in time.',
      'zh-cn': '充当网关或代理的服务器没能在规定时间内收到上游服务器的响应。',
    },
    llm: {
      en: "The model took longer than some layer was willing to wait, which happens with long outputs and very large prompts (the gateway's `gateway_timeout`; Anthropic's `timeout_error`; Gemini's `DEADLINE_EXCEEDED`). The `openai` SDKs retry it as an `InternalServerError`, but an identical heavy request may simply time out again. Prefer streaming for long generations, reduce the prompt or `max_tokens`, or raise the timeout you control.",
      'zh-cn':
        '模型生成耗时超过了中间某一层愿意等待的时间，输出很长或提示词很大时容易出现（网关的 `gateway_timeout`、Anthropic 的 `timeout_error`、Gemini 的 `DEADLINE_EXCEEDED`）。`openai` SDK 会把它当作 `InternalServerError` 重试，但同样沉重的请求很可能再次超时。长文本生成最好改用流式输出，或者缩短提示词、调低 `max_tokens`，也可以调大你能控制的那一层超时。',
    },
    source: {
      url: 'https://www.rfc-editor.org/rfc/rfc9110#name-504-gateway-timeout',
      title: 'RFC 9110 — 504 Gateway Timeout',
    },
  },
  {
    status: 529,
    reason: 'Overloaded',
    name: { en: 'Overloaded', 'zh-cn': '服务过载' },
    meaning: {
      en: 'Not a standard HTTP status. Anthropic uses it to say its API is temporarily overloaded across all customers.',
      'zh-cn': '这不是标准的 HTTP 状态码。Anthropic 用它表示其 API 暂时对所有用户都处于过载状态。',
    },
    llm: {
      en: "Anthropic's `overloaded_error`: capacity is short for everyone, so it says nothing about your own limits (those are 429). Back off with jitter and keep the number of attempts small. Anthropic's Python SDK raises `OverloadedError` and retries it, but generic tools may not: `curl --retry` ignores 529 unless you add `--retry-all-errors`. Other providers on this site signal the same condition with 503.",
      'zh-cn':
        '对应 Anthropic 的 `overloaded_error`：这是所有用户共同面临的容量不足，和你自己的速率限制无关（那种情况返回 429）。请用带抖动的退避重试，并控制重试次数。Anthropic 的 Python SDK 会抛出 `OverloadedError` 并自动重试，但通用工具未必如此：`curl --retry` 默认不重试 529，需要加上 `--retry-all-errors`。本站收录的其他服务商遇到同类情况时返回的是 503。',
    },
    source: { url: 'https://platform.claude.com/docs/en/api/errors', title: 'Claude API docs — Errors' },
  },
];
