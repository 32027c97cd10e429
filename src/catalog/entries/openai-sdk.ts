import type { ErrorEntry } from '../types.ts';

/** Official SDK sources the OpenAI SDK exception entries are checked against. */
const pyReadme = {
  url: 'https://github.com/openai/openai-python#handling-errors',
  title: 'openai-python README — Handling errors',
};
const pyExceptions = {
  url: 'https://github.com/openai/openai-python/blob/main/src/openai/_exceptions.py',
  title: 'openai-python — src/openai/_exceptions.py (exception classes)',
};
const pyBaseClient = {
  url: 'https://github.com/openai/openai-python/blob/main/src/openai/_base_client.py',
  title: 'openai-python — src/openai/_base_client.py (retries and timeouts)',
};
const nodeReadme = {
  url: 'https://github.com/openai/openai-node#handling-errors',
  title: 'openai-node README — Handling errors',
};
const nodeError = {
  url: 'https://github.com/openai/openai-node/blob/master/src/core/error.ts',
  title: 'openai-node — src/core/error.ts (error classes)',
};
const migration = {
  url: 'https://github.com/openai/openai-python/discussions/742',
  title: 'openai-python v1.0.0 migration guide (discussion #742)',
};
const quotaIssue = {
  url: 'https://github.com/openai/openai-python/issues/1671',
  title: 'openai-python issue #1671 — telling quota errors apart from rate limits',
};

export const openaiSdkEntries: ErrorEntry[] = [
  {
    slug: 'openai-sdk-api-error',
    provider: 'openai',
    http: null,
    class: 'server',
    title: { en: 'APIError', 'zh-cn': 'APIError（所有 API 异常的基类）' },
    summary: {
      en: '`APIError` is the base class of every exception the `openai` SDK raises about an API call — connection failures, timeouts and HTTP error statuses alike — so catching it catches all of them.',
      'zh-cn':
        '`APIError` 是 `openai` SDK 里所有 API 调用异常的基类：连接失败、超时和各种 HTTP 错误状态都从它派生，捕获它就等于把这些异常全部接住。',
    },
    cause: {
      en: 'In Python you almost never meet the base class itself: the SDK raises one of its subclasses (`APIConnectionError`, `APITimeoutError`, `APIStatusError` and the per-status classes below it), and `except openai.APIError` matches every one of them. Node is different in one respect: when the server answers with an error status that has no dedicated class (402 from DeepSeek or a gateway, 405, 413, 415 …), the SDK throws a plain `APIError` with `err.status` set, where Python would raise `APIStatusError`. Above `APIError` sits `OpenAIError`, the root of the whole tree, which also covers failures that are not about HTTP at all (for example `LengthFinishReasonError` from the `.parse()` helpers). In the v0.x library, `openai.error.APIError` was the catch-all for non-JSON bodies, errors inside streams and any status without its own class, such as 500.',
      'zh-cn':
        '在 Python 里你几乎见不到这个基类本身：SDK 抛出的总是它的某个子类（`APIConnectionError`、`APITimeoutError`、`APIStatusError` 以及按状态码细分的各个子类），而 `except openai.APIError` 能把它们全部匹配到。Node 版有一点不同：如果服务端返回的错误状态码没有专门的异常类（例如 DeepSeek 或网关返回的 402，以及 405、413、415 等），SDK 会直接抛出一个普通的 `APIError`，并在 `err.status` 里带上状态码；同样的情况 Python 抛的是 `APIStatusError`。`APIError` 之上还有整棵继承树的根 `OpenAIError`，它还包括与 HTTP 无关的失败，比如 `.parse()` 辅助方法抛出的 `LengthFinishReasonError`。在 v0.x 旧版库中，`openai.error.APIError` 是个兜底类型：响应体不是 JSON、流式响应中途出错、以及没有专门异常类的状态码（比如 500）都归它。',
    },
    fix: {
      en: [
        "Look at the concrete class in the traceback or log (`type(e).__name__` in Python, `err.constructor.name` in Node) and open that class's entry: the base class alone says nothing about the cause.",
        'Read the machine fields the SDK copied from the body: `e.code`, `e.type`, `e.param` and `e.body` in Python; `err.status`, `err.code`, `err.type` and `err.error` in Node.',
        'Catch it last, after the specific classes, as a catch-all for logging: `except openai.APIError as e:` in Python, `if (err instanceof OpenAI.APIError)` in Node.',
        'When there was a response, log its request id (`e.request_id` on `APIStatusError` in Python, `err.requestID` in Node) so support can find the call.',
        'Migrating from v0.x: replace `openai.error.APIError` with `openai.APIError`, or better with the narrower class you actually mean.',
      ],
      'zh-cn': [
        '先看堆栈或日志里的具体异常类（Python 用 `type(e).__name__`，Node 用 `err.constructor.name`），再查对应条目；只看基类无法判断原因。',
        '读取 SDK 从响应体复制出来的字段：Python 是 `e.code`、`e.type`、`e.param` 和 `e.body`；Node 是 `err.status`、`err.code`、`err.type` 和 `err.error`。',
        '把它放在最后捕获，作为记录日志用的兜底分支，排在各个具体异常类之后：Python 写 `except openai.APIError as e:`，Node 写 `if (err instanceof OpenAI.APIError)`。',
        '只要收到了响应，就把请求 ID 记下来（Python 在 `APIStatusError` 上读 `e.request_id`，Node 读 `err.requestID`），方便服务商的支持人员排查。',
        '从 v0.x 升级时，把 `openai.error.APIError` 换成 `openai.APIError`，最好直接换成你真正想处理的那个更具体的类。',
      ],
    },
    retry: {
      en: 'It depends on the subclass, so never wrap a blanket retry around `APIError`. Connection errors, timeouts, 408, 409, 429 and every status of 500 or above have already been retried twice by the SDK (default `max_retries` = 2, backoff `min(0.5 × 2^n, 8)` s minus up to 25 % jitter) before the exception reaches you. Other 4xx statuses are raised on the first attempt and will fail the same way if sent again unchanged.',
      'zh-cn':
        '取决于具体子类，所以不要对 `APIError` 一律重试。连接错误、超时、408、409、429 以及所有 500 及以上的状态码，在异常到你手里之前 SDK 已经自动重试过两次（默认 `max_retries` = 2，退避时间 `min(0.5 × 2^n, 8)` 秒，并随机缩短最多 25 %）。其他 4xx 状态码第一次就直接抛出，原样再发一次结果也一样。',
    },
    notes: {
      en: 'The Node README prints `err.request_id`, but the property on the class is `requestID`. Node also has `APIUserAbortError` ("Request was aborted.") for calls cancelled through an abort signal, and Python has `APIResponseValidationError` for responses that fail strict schema validation; both are subclasses of `APIError`. Printed in Node with `console.error(err)`, an unmapped status looks like `APIError: 402 Insufficient Balance`.',
      'zh-cn':
        'Node 版 README 的示例里打印的是 `err.request_id`，但类上实际的属性名是 `requestID`。Node 还有 `APIUserAbortError`（错误信息为 `Request was aborted.`），对应通过 abort signal 主动取消的调用；Python 则有 `APIResponseValidationError`，在开启严格校验且响应不符合 schema 时抛出。两者都是 `APIError` 的子类。在 Node 里用 `console.error(err)` 打印一个没有专门类的状态码，输出形如 `APIError: 402 Insufficient Balance`。',
    },
    sdk: {
      python: 'openai.APIError',
      node: 'OpenAI.APIError',
      parent: null,
      statuses: [],
      retriedByDefault: 'depends',
      example: 'APIError: 402 Insufficient Balance',
    },
    aliases: ['openai.error.APIError', 'openai.OpenAIError', 'OpenAIError', 'openai.error.OpenAIError'],
    patterns: ['openai.apierror', 'openai.error.apierror', 'openai.openaierror', 'apierror: 402'],
    related: [
      'openai-sdk-api-connection-error',
      'openai-sdk-api-status-error',
      'openai-sdk-internal-server-error',
      'deepseek-402',
      'gateway-402',
    ],
    sources: [pyReadme, pyExceptions, pyBaseClient, nodeReadme, nodeError, migration],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-sdk-api-connection-error',
    provider: 'openai',
    http: null,
    class: 'network',
    title: { en: 'APIConnectionError', 'zh-cn': 'APIConnectionError（连接失败，没有收到响应）' },
    summary: {
      en: 'The SDK got no HTTP response from the server, so there is no status code and no error body: only the message "Connection error." and an underlying cause.',
      'zh-cn':
        'SDK 根本没拿到服务端的 HTTP 响应，因此既没有状态码也没有错误响应体，只有一句 `Connection error.` 和底层的异常原因。',
    },
    cause: {
      en: 'The request failed below HTTP: the host name did not resolve, the connection was refused or reset, the TLS handshake failed (often a corporate proxy that re-signs certificates), a firewall or container egress rule blocked the call, or `base_url` points at a host that is not listening. The real reason is attached to the exception: the underlying httpx error in Python (`e.__cause__`) and `err.cause` in Node. Timeouts are a subclass of this class (`APITimeoutError` in Python, `APIConnectionTimeoutError` in Node), so `except openai.APIConnectionError` catches them too. The name and meaning are unchanged since v0.x (`openai.error.APIConnectionError`).',
      'zh-cn':
        '请求在 HTTP 层之下就失败了：域名解析不了、连接被拒绝或被重置、TLS 握手失败（常见原因是公司代理会重新签发证书）、防火墙或容器的出站规则拦截了请求，或者 `base_url` 指向的主机根本没在监听。真正的原因挂在异常上：Python 是底层的 httpx 异常（`e.__cause__`），Node 是 `err.cause`。超时异常是它的子类（Python 为 `APITimeoutError`，Node 为 `APIConnectionTimeoutError`），所以 `except openai.APIConnectionError` 也会把超时一起接住。这个类从 v0.x（`openai.error.APIConnectionError`）到现在名字和含义都没变。',
    },
    fix: {
      en: [
        'Print the underlying error (`repr(e.__cause__)` in Python, `err.cause` in Node): it tells DNS failures, refused connections and certificate errors apart.',
        'Check the base URL actually in use (`base_url` / `baseURL` or the `OPENAI_BASE_URL` environment variable) and call the same URL with curl from the same machine or container.',
        'Check proxy settings, firewall and egress rules, and whether a TLS-inspecting proxy needs its CA certificate installed.',
        'Catch it with `except openai.APIConnectionError as e:` in Python or `err instanceof OpenAI.APIConnectionError` in Node, after the timeout class if you handle timeouts separately. There is no request id: no response ever arrived.',
      ],
      'zh-cn': [
        '打印底层异常（Python 用 `repr(e.__cause__)`，Node 看 `err.cause`），据此区分是 DNS 解析失败、连接被拒还是证书问题。',
        '确认实际生效的 base URL（`base_url` / `baseURL` 参数或环境变量 `OPENAI_BASE_URL`），在同一台机器或同一个容器里用 curl 请求同一个地址试试。',
        '检查代理设置、防火墙和出站规则；如果公司代理会做 TLS 解密，要把它的 CA 证书装上。',
        'Python 用 `except openai.APIConnectionError as e:` 捕获，Node 用 `err instanceof OpenAI.APIConnectionError` 判断；如果要单独处理超时，把超时类放在它前面。这种异常没有请求 ID，因为压根没有收到响应。',
      ],
    },
    retry: {
      en: 'The SDK has already retried it twice with exponential backoff (about 0.5 s, then 1 s, each shortened by up to 25 % jitter) before you see it. A few more bounded retries with a growing delay are fine for a flaky network, but if it keeps failing the cause is configuration — fix that instead of looping. Node does not retry requests whose body is a stream.',
      'zh-cn':
        '异常抛到你这里之前，SDK 已经按指数退避重试过两次（大约 0.5 秒、1 秒，每次随机缩短最多 25 %）。网络偶尔抖动时，可以再做几次有上限、间隔递增的重试；但如果一直失败，问题多半出在配置上，应该去改配置，而不是循环重试。Node 版不会重试请求体是流的请求。',
    },
    notes: {
      en: 'The v0.x library retried only connection failures (twice, at the HTTP adapter level) and never retried on a status code; v1 and later retry both.',
      'zh-cn': 'v0.x 旧版库只重试连接失败（在 HTTP 适配器层重试两次），从不按状态码重试；v1 之后两种情况都会重试。',
    },
    sdk: {
      python: 'openai.APIConnectionError',
      node: 'OpenAI.APIConnectionError',
      parent: 'openai-sdk-api-error',
      statuses: [],
      retriedByDefault: true,
      example: 'openai.APIConnectionError: Connection error.',
    },
    aliases: ['openai.error.APIConnectionError'],
    // The underlying errors people paste when no SDK wraps them (httpx, requests, Node's net).
    patterns: [
      'apiconnectionerror',
      'connection reset by peer',
      'econnreset',
      'econnrefused',
      'connection refused',
      'socket hang up',
      'remotedisconnected',
      'remoteprotocolerror',
      'server disconnected without sending a response',
    ],
    related: ['openai-sdk-api-timeout-error', 'openai-sdk-api-error', 'openai-sdk-internal-server-error'],
    sources: [pyReadme, pyExceptions, pyBaseClient, nodeReadme, nodeError],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-sdk-api-timeout-error',
    provider: 'openai',
    http: null,
    class: 'network',
    title: { en: 'APITimeoutError', 'zh-cn': 'APITimeoutError（请求超时）' },
    summary: {
      en: 'No complete response arrived within the client\'s timeout, so the SDK gave up and raised "Request timed out."',
      'zh-cn': '在客户端设定的超时时间内没有收到完整响应，SDK 放弃了这次请求，抛出 `Request timed out.`。',
    },
    cause: {
      en: 'The default timeout is generous (600 seconds in both SDKs, with a 5-second connect timeout in Python), so hitting it usually means either a timeout you lowered yourself, a very long generation (large inputs, a high output-token limit, slow reasoning models), or a network path that stalls. Python calls the class `APITimeoutError`; Node calls it `APIConnectionTimeoutError`. In both it is a subclass of `APIConnectionError`, and the message is the same. The v0.x name was `openai.error.Timeout`.',
      'zh-cn':
        '默认超时设得很宽：两个 SDK 都是 600 秒，Python 另有 5 秒的连接超时。所以真遇到超时，通常是以下几种情况：你自己把超时调低了、这次生成本身非常长（输入很大、输出 token 上限很高、推理模型比较慢），或者网络链路卡住了。Python 里这个类叫 `APITimeoutError`，Node 里叫 `APIConnectionTimeoutError`，两边都是 `APIConnectionError` 的子类，错误信息也一样。v0.x 时代的名字是 `openai.error.Timeout`。',
    },
    fix: {
      en: [
        'Set a timeout that fits the call: `OpenAI(timeout=120.0)` or `client.with_options(timeout=120.0)` in Python (seconds), `new OpenAI({ timeout: 120 * 1000 })` in Node (milliseconds).',
        'For long generations, stream the response, or cut the input size and the output-token limit so each call finishes sooner.',
        'If even short calls time out, check the network path the same way as for `APIConnectionError` (proxy, firewall, base URL).',
        'Catch it before its parent: `except openai.APITimeoutError:` ahead of `except openai.APIConnectionError:` in Python, `err instanceof OpenAI.APIConnectionTimeoutError` in Node. There is no request id, because no response arrived.',
      ],
      'zh-cn': [
        '按调用的实际耗时设置超时：Python 用 `OpenAI(timeout=120.0)` 或 `client.with_options(timeout=120.0)`（单位秒），Node 用 `new OpenAI({ timeout: 120 * 1000 })`（单位毫秒）。',
        '生成内容很长时改用流式输出，或者减小输入、调低输出 token 上限，让每次调用更快结束。',
        '如果连很短的调用也超时，就按 `APIConnectionError` 的思路排查网络链路（代理、防火墙、base URL）。',
        '要在父类之前捕获它：Python 把 `except openai.APITimeoutError:` 写在 `except openai.APIConnectionError:` 前面，Node 用 `err instanceof OpenAI.APIConnectionTimeoutError` 判断。这种异常没有请求 ID，因为没收到响应。',
      ],
    },
    retry: {
      en: 'The SDK retries timeouts twice by default, and every attempt gets the full timeout, so with the defaults one call can run for roughly half an hour (three attempts of 600 s) before it finally fails. Retrying again with the same timeout rarely helps a request that simply needs longer: raise the timeout or make the job smaller. Keep in mind that a timed-out request may still have been processed (and billed) on the server.',
      'zh-cn':
        'SDK 默认会对超时重试两次，而且每次尝试都用满整段超时时间，所以按默认配置，一次调用最长可能拖上半小时左右（三次尝试，每次 600 秒）才最终失败。对本来就需要更长时间的请求，用同样的超时再重试基本没用：要么调大超时，要么把任务拆小。另外要注意，客户端超时不代表服务端没有处理，这次请求可能已经执行完并计费。',
    },
    notes: {
      en: 'This class is the client giving up. When a gateway or proxy in between times out first, it answers with a status such as 504, and the SDK raises `InternalServerError` instead (see gateway-504).',
      'zh-cn':
        '这个异常表示是客户端自己先放弃了。如果中间的网关或代理先超时，它会返回 504 之类的状态码，这时 SDK 抛出的是 `InternalServerError`，而不是这个类（见 gateway-504）。',
    },
    sdk: {
      python: 'openai.APITimeoutError',
      node: 'OpenAI.APIConnectionTimeoutError',
      parent: 'openai-sdk-api-connection-error',
      statuses: [],
      retriedByDefault: true,
      example: 'openai.APITimeoutError: Request timed out.',
    },
    aliases: ['APIConnectionTimeoutError', 'OpenAI.APIConnectionTimeoutError', 'openai.error.Timeout'],
    patterns: [
      'apitimeouterror',
      'apiconnectiontimeouterror',
      'openai.error.timeout',
      'request timed out',
      'read operation timed out',
      'readtimeout',
      'connecttimeout',
      'etimedout',
    ],
    related: ['openai-sdk-api-connection-error', 'openai-sdk-internal-server-error', 'gateway-504'],
    sources: [pyReadme, pyExceptions, pyBaseClient, nodeReadme, nodeError, migration],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-sdk-api-status-error',
    provider: 'openai',
    http: null,
    class: 'request',
    title: { en: 'APIStatusError', 'zh-cn': 'APIStatusError（没有专门异常类的 HTTP 错误状态）' },
    summary: {
      en: 'The server answered with an error status; `APIStatusError` is the parent of every per-status class, and Python raises it as-is when the status has no class of its own — most often a 402.',
      'zh-cn':
        '服务端返回了错误状态码。`APIStatusError` 是所有按状态码细分的异常类的父类；当状态码没有自己的专门类时，Python 会直接抛出它本身，最常见的就是 402。',
    },
    cause: {
      en: 'In Python, every exception that comes with an HTTP response derives from `APIStatusError`, so `except openai.APIStatusError` catches all 4xx and 5xx failures. The SDK raises the class itself only for statuses with no subclass: 402 (DeepSeek\'s "Insufficient Balance", a gateway\'s `insufficient_quota`), 405, 408, 413 and 415 are the usual ones. Node has no `APIStatusError` at all: its per-status classes extend `APIError` directly, and an unmapped status is thrown as a plain `OpenAI.APIError` whose `err.status` holds the code (printed as `APIError: 402 Insufficient Balance`).',
      'zh-cn':
        '在 Python 里，凡是带 HTTP 响应的异常都继承自 `APIStatusError`，所以 `except openai.APIStatusError` 能接住所有 4xx 和 5xx 失败。SDK 只在状态码没有专门子类时才直接抛出这个类本身，常见的是 402（DeepSeek 的 `Insufficient Balance`、网关的 `insufficient_quota`），以及 405、408、413 和 415。Node 版根本没有 `APIStatusError`：各个状态码的异常类直接继承 `APIError`，没有专门类的状态码会以普通的 `OpenAI.APIError` 抛出，状态码放在 `err.status` 里（打印出来是 `APIError: 402 Insufficient Balance`）。',
    },
    fix: {
      en: [
        'Read the status and body: `e.status_code` and `e.body` in Python; `err.status` and `err.error` in Node. The status decides what to do next.',
        '402 is a billing failure: top up the DeepSeek account or the gateway balance (see deepseek-402 and gateway-402). 413 means the request is too large: send less.',
        '405 or 415 usually means the request went to the wrong path or with the wrong content type: check `base_url` and any custom HTTP client or proxy in between.',
        'Catch it after the specific classes (`except openai.APIStatusError as e:` in Python; `err instanceof OpenAI.APIError && err.status !== undefined` in Node), and log `e.request_id` / `err.requestID`.',
      ],
      'zh-cn': [
        '先读状态码和响应体：Python 看 `e.status_code` 和 `e.body`，Node 看 `err.status` 和 `err.error`。下一步怎么做由状态码决定。',
        '402 是账单问题：给 DeepSeek 账号充值，或者给网关账户补足余额（见 deepseek-402 和 gateway-402）。413 表示请求体太大，需要减少发送的内容。',
        '405 或 415 通常说明请求发到了错误的路径，或者 Content-Type 不对，检查 `base_url` 以及中间自定义的 HTTP 客户端或代理。',
        '把它放在各个具体异常类之后捕获：Python 写 `except openai.APIStatusError as e:`；Node 判断 `err instanceof OpenAI.APIError && err.status !== undefined`。同时记录 `e.request_id` / `err.requestID`。',
      ],
    },
    retry: {
      en: 'It depends on the status. The SDK retries 408 (and 409, 429 and 5xx, which arrive as subclasses) twice before raising, and it obeys an `x-should-retry` response header before its own rules; everything else, including 402, 405, 413 and 415, is raised on the first attempt. Do not retry those unchanged: a 402 keeps failing until someone pays, and a 413 until the request shrinks.',
      'zh-cn':
        '要看具体状态码。SDK 会把 408（以及以子类形式出现的 409、429 和 5xx）重试两次后才抛出；如果响应头里带有 `x-should-retry`，SDK 会优先听它的。其余状态码，包括 402、405、413 和 415，第一次就直接抛出。这些不要原样重试：402 在有人充值之前会一直失败，413 在请求变小之前也会一直失败。',
    },
    notes: {
      en: "Failure class: this entry is filed under `request` because most statuses that land here (405, 413, 415) are fixed by changing the request; the frequent 402 is a billing problem and has its own entries. A gateway's 402 can carry `code` `insufficient_quota`, yet it arrives as `APIStatusError`, not `RateLimitError`, so code that only inspects `RateLimitError` for quota problems will miss it. DeepSeek's 402 has `code` `invalid_request_error` instead, so switch on the status. Some wrappers (LiteLLM, for one) report the 402 as `BadRequestError`.",
      'zh-cn':
        '故障类别：本条目归为 `request`，因为落到这里的多数状态码（405、413、415）都要靠修改请求来解决；常见的 402 属于账单问题，另有专门条目。网关返回的 402 可能带有 `code` `insufficient_quota`，但它抛出的是 `APIStatusError` 而不是 `RateLimitError`，只在 `RateLimitError` 里检查配额问题的代码会漏掉它。DeepSeek 的 402 的 `code` 则是 `invalid_request_error`，所以应该按状态码判断。另外，部分封装库（例如 LiteLLM）会把 402 报成 `BadRequestError`。',
    },
    sdk: {
      python: 'openai.APIStatusError',
      node: null,
      parent: 'openai-sdk-api-error',
      statuses: [402, 405, 408, 413, 415],
      retriedByDefault: 'depends',
      example:
        "openai.APIStatusError: Error code: 402 - {'error': {'message': 'Insufficient Balance', 'type': 'unknown_error', 'param': None, 'code': 'invalid_request_error'}}",
    },
    aliases: [],
    patterns: ['apistatuserror', 'error code: 402', 'error code: 405', 'error code: 413', 'error code: 415'],
    related: [
      'deepseek-402',
      'gateway-402',
      'openai-sdk-api-error',
      'openai-sdk-bad-request-error',
      'openai-sdk-rate-limit-error',
    ],
    sources: [
      pyReadme,
      pyExceptions,
      pyBaseClient,
      nodeReadme,
      nodeError,
      { url: 'https://github.com/Aider-AI/aider/issues/4851', title: 'Observed DeepSeek 402 body (aider issue #4851)' },
    ],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-sdk-bad-request-error',
    provider: 'openai',
    http: null,
    class: 'request',
    title: { en: 'BadRequestError', 'zh-cn': 'BadRequestError（400 请求有误）' },
    summary: {
      en: 'The server rejected the request with HTTP 400: something in what you sent is invalid, and the body says what.',
      'zh-cn': '服务端以 HTTP 400 拒绝了请求：你发送的内容里有不合法的地方，响应体会说明具体是什么。',
    },
    cause: {
      en: "OpenAI returns 400 with `type` `invalid_request_error` for a prompt that does not fit the context window (`code` `context_length_exceeded`), a parameter the model does not accept (`unsupported_parameter`), a service tier the project may not use, and malformed messages in general. Through the same class you also get DeepSeek's 400 (Invalid Format, 格式错误) and a gateway's 400 `invalid_request`. In v0.x this was `openai.error.InvalidRequestError`, which also covered 404 and 415; v1 split it into `BadRequestError` (400), `NotFoundError` (404) and a plain `APIStatusError` (415), so migrated code that caught only `BadRequestError` no longer sees the 404s.",
      'zh-cn':
        'OpenAI 在以下情况返回 400，`type` 为 `invalid_request_error`：提示词超出模型的上下文窗口（`code` 为 `context_length_exceeded`）、传了模型不支持的参数（`unsupported_parameter`）、项目无权使用所选的服务等级，以及各种格式不对的 messages。DeepSeek 的 400（格式错误）和网关的 400 `invalid_request` 也会以这个类抛出。在 v0.x 里它叫 `openai.error.InvalidRequestError`，当时还兼管 404 和 415；v1 把它拆成了 `BadRequestError`（400）、`NotFoundError`（404）和普通的 `APIStatusError`（415），所以迁移后只捕获 `BadRequestError` 的代码就接不到 404 了。',
    },
    fix: {
      en: [
        'Read `e.code`, `e.param` and the message (`err.code`, `err.param` in Node): they name the field at fault.',
        'For `context_length_exceeded`, trim the conversation history or lower the output-token limit; for `unsupported_parameter`, remove or rename that parameter for this model.',
        'Catch it with `except openai.BadRequestError as e:` in Python or `err instanceof OpenAI.BadRequestError` in Node, and log `e.request_id` / `err.requestID`.',
        'Migrating from v0.x: replace `openai.error.InvalidRequestError` with `openai.BadRequestError`, and also catch `openai.NotFoundError` where the old handler relied on seeing 404s.',
      ],
      'zh-cn': [
        '查看 `e.code`、`e.param` 和错误信息（Node 为 `err.code`、`err.param`），它们会指出是哪个字段出了问题。',
        '如果是 `context_length_exceeded`，就裁剪对话历史或调低输出 token 上限；如果是 `unsupported_parameter`，就针对该模型去掉或改名这个参数。',
        'Python 用 `except openai.BadRequestError as e:` 捕获，Node 用 `err instanceof OpenAI.BadRequestError` 判断，并记录 `e.request_id` / `err.requestID`。',
        '从 v0.x 迁移时，把 `openai.error.InvalidRequestError` 换成 `openai.BadRequestError`；如果原来的处理逻辑依赖 404，还要额外捕获 `openai.NotFoundError`。',
      ],
    },
    retry: {
      en: 'Not retried by the SDK: a 400 is raised on the first attempt. Sending the identical request again returns the same 400, so change the request first.',
      'zh-cn': 'SDK 不会重试：400 第一次就直接抛出。原样再发一次只会得到同样的 400，先把请求改对再说。',
    },
    sdk: {
      python: 'openai.BadRequestError',
      node: 'OpenAI.BadRequestError',
      parent: 'openai-sdk-api-status-error',
      statuses: [400],
      retriedByDefault: false,
      example:
        "openai.BadRequestError: Error code: 400 - {'error': {'message': \"This model's maximum context length is 8192 tokens. However, your messages resulted in 8410 tokens. Please reduce the length of the messages.\", 'type': 'invalid_request_error', 'param': 'messages', 'code': 'context_length_exceeded'}}",
    },
    aliases: ['openai.error.InvalidRequestError', 'openai.InvalidRequestError', 'InvalidRequestError'],
    patterns: ['badrequesterror', 'error code: 400', 'invalidrequesterror'],
    related: [
      'openai-400-context-length-exceeded',
      'deepseek-400',
      'gateway-400',
      'openai-sdk-not-found-error',
      'openai-sdk-unprocessable-entity-error',
    ],
    sources: [pyReadme, pyExceptions, nodeReadme, nodeError, migration],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-sdk-authentication-error',
    provider: 'openai',
    http: null,
    class: 'auth',
    title: { en: 'AuthenticationError', 'zh-cn': 'AuthenticationError（401 认证失败）' },
    summary: {
      en: 'The server answered HTTP 401: the API key (or the organization, project or network it is used from) was not accepted.',
      'zh-cn': '服务端返回 HTTP 401：API key 没有通过认证，或者它所属的组织、项目、来源网络不被接受。',
    },
    cause: {
      en: "OpenAI sends 401 for a mistyped, deleted or revoked key (`code` `invalid_api_key`), a key used with the wrong organization or project, an account that belongs to no organization, and a request from an IP address outside the project's allowlist. DeepSeek's 401 (Authentication Fails, 认证失败) and a gateway's 401 arrive as the same class. A frequent cause with OpenAI-compatible providers is a key from one provider sent to another provider's `base_url`. Python also has `OAuthError`, a subclass used for OAuth flows. The name has not changed since v0.x (`openai.error.AuthenticationError`).",
      'zh-cn':
        'OpenAI 在这些情况下返回 401：key 拼错、已删除或已撤销（`code` 为 `invalid_api_key`），key 和所用的组织或项目对不上，账号不属于任何组织，以及请求来源 IP 不在项目的白名单里。DeepSeek 的 401（认证失败）和网关的 401 也会以这个类抛出。使用 OpenAI 兼容服务时，很常见的原因是把 A 家的 key 发到了 B 家的 `base_url`。Python 另有一个子类 `OAuthError`，用于 OAuth 认证流程。这个类名从 v0.x（`openai.error.AuthenticationError`）起就没变过。',
    },
    fix: {
      en: [
        'Check which key the process really uses (the `api_key` argument or `OPENAI_API_KEY`; compare the last four characters) and that it belongs to the provider behind `base_url`.',
        "Confirm the key still exists in the provider's dashboard; create a new one if it was deleted or revoked, and update every place it is deployed.",
        'If you send organization or project headers, make sure they match the key; if the project has an IP allowlist, call from an allowed address.',
        'Catch it with `except openai.AuthenticationError as e:` in Python or `err instanceof OpenAI.AuthenticationError` in Node, and alert a person rather than retrying; include `e.request_id` / `err.requestID` in the report.',
      ],
      'zh-cn': [
        '确认进程实际用的是哪个 key（`api_key` 参数或环境变量 `OPENAI_API_KEY`，对比末尾四位），并确认它属于 `base_url` 背后的那家服务商。',
        '到服务商控制台确认这个 key 还在；如果已删除或撤销，就新建一个，并更新所有部署了它的地方。',
        '如果请求里带了组织或项目相关的请求头，确认它们与 key 匹配；如果项目设置了 IP 白名单，要从允许的地址发起调用。',
        'Python 用 `except openai.AuthenticationError as e:` 捕获，Node 用 `err instanceof OpenAI.AuthenticationError` 判断；遇到后应通知负责人，而不是重试，报告里附上 `e.request_id` / `err.requestID`。',
      ],
    },
    retry: {
      en: 'Not retried by the SDK, and you should not retry either: the key will not become valid by itself. Stop, fix the credentials, then resume.',
      'zh-cn': 'SDK 不会重试，你也不应该重试：key 不会自己变有效。先停下来把凭据修好，再恢复调用。',
    },
    sdk: {
      python: 'openai.AuthenticationError',
      node: 'OpenAI.AuthenticationError',
      parent: 'openai-sdk-api-status-error',
      statuses: [401],
      retriedByDefault: false,
      example:
        "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-********************wxyz. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}",
    },
    aliases: ['openai.error.AuthenticationError'],
    patterns: ['authenticationerror', 'error code: 401'],
    related: [
      'openai-401-invalid-authentication',
      'openai-401-invalid-api-key',
      'openai-401-not-in-organization',
      'openai-401-ip-not-authorized',
      'deepseek-401',
      'gateway-401',
    ],
    sources: [pyReadme, pyExceptions, nodeReadme, nodeError, migration],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-sdk-permission-denied-error',
    provider: 'openai',
    http: null,
    class: 'auth',
    title: { en: 'PermissionDeniedError', 'zh-cn': 'PermissionDeniedError（403 无权限）' },
    summary: {
      en: 'The server answered HTTP 403: the key was recognised, but this caller is not allowed to do this from here.',
      'zh-cn': '服务端返回 HTTP 403：key 本身有效，但当前调用方无权执行这个操作，或者不允许从当前位置调用。',
    },
    cause: {
      en: "The one 403 in OpenAI's error guide is a call from a country, region or territory the API does not serve (`type` `request_forbidden`, `code` `unsupported_country_region_territory`); OpenAI reports a key that lacks permission for an endpoint as a 401 instead. Behind a gateway, a 403 means a key restricted to certain models, IPs or domains, or an account whose verification is incomplete. In v0.x the class was called `openai.error.PermissionError`; do not confuse it with Python's built-in `PermissionError`, which is about files and has nothing to do with the API.",
      'zh-cn':
        'OpenAI 错误码指南里只列了一种 403：从 API 不提供服务的国家或地区发起调用（`type` 为 `request_forbidden`，`code` 为 `unsupported_country_region_territory`）；key 缺少某个接口的权限时，OpenAI 返回的是 401。通过网关调用时，403 表示 key 限定了可用的模型、IP 或域名，或者账号还没完成认证。v0.x 里这个类叫 `openai.error.PermissionError`；别把它和 Python 内置的 `PermissionError` 搞混，后者是文件系统的权限错误，与 API 无关。',
    },
    fix: {
      en: [
        'Read `e.code` (`err.code` in Node): `unsupported_country_region_territory` means the request leaves from an unsupported location, so run the calls from infrastructure in a supported country.',
        "Behind a gateway, check the key's permission settings in the gateway's console (allowed models, IP or domain restrictions) and finish any pending account verification.",
        'Catch it with `except openai.PermissionDeniedError as e:` in Python or `err instanceof OpenAI.PermissionDeniedError` in Node; replace any `openai.error.PermissionError` left from v0.x, and log `e.request_id` / `err.requestID`.',
      ],
      'zh-cn': [
        '查看 `e.code`（Node 为 `err.code`）：如果是 `unsupported_country_region_territory`，说明请求从不受支持的地区发出，要把调用放到受支持国家的服务器上运行。',
        '通过网关调用时，到网关控制台检查这个 key 的权限设置（可用模型、IP 或域名限制），并完成尚未完成的账号认证。',
        'Python 用 `except openai.PermissionDeniedError as e:` 捕获，Node 用 `err instanceof OpenAI.PermissionDeniedError` 判断；把 v0.x 遗留的 `openai.error.PermissionError` 替换掉，并记录 `e.request_id` / `err.requestID`。',
      ],
    },
    retry: {
      en: 'Not retried by the SDK, and retrying will not help: the location or the permission has to change first.',
      'zh-cn': 'SDK 不会重试，重试也没用：必须先改变调用位置或权限配置。',
    },
    sdk: {
      python: 'openai.PermissionDeniedError',
      node: 'OpenAI.PermissionDeniedError',
      parent: 'openai-sdk-api-status-error',
      statuses: [403],
      retriedByDefault: false,
      example:
        "openai.PermissionDeniedError: Error code: 403 - {'error': {'code': 'unsupported_country_region_territory', 'message': 'Country, region, or territory not supported', 'param': None, 'type': 'request_forbidden'}}",
    },
    aliases: ['openai.error.PermissionError', 'PermissionError'],
    patterns: ['permissiondeniederror', 'error code: 403', 'openai.error.permissionerror'],
    related: ['openai-403-unsupported-country-region-territory', 'gateway-403', 'openai-sdk-authentication-error'],
    sources: [pyReadme, pyExceptions, nodeReadme, nodeError, migration],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-sdk-not-found-error',
    provider: 'openai',
    http: null,
    class: 'request',
    title: { en: 'NotFoundError', 'zh-cn': 'NotFoundError（404 资源不存在）' },
    summary: {
      en: 'The server answered HTTP 404: the model, resource or URL path you asked for does not exist, or this key cannot see it.',
      'zh-cn': '服务端返回 HTTP 404：你请求的模型、资源或 URL 路径不存在，或者当前 key 看不到它。',
    },
    cause: {
      en: 'The usual case is a model name that is misspelled, retired or not available to your organization (`code` `model_not_found`, "The model … does not exist or you do not have access to it."). A `base_url` with a wrong path, or an ID of a file, batch or other object that belongs to a different project, gives 404 too, and so does a gateway that does not know the model identifier. In v0.x a 404 was raised as `openai.error.InvalidRequestError`, so old handlers for that class must now also catch `NotFoundError`.',
      'zh-cn':
        '最常见的情况是模型名拼错了、模型已下线，或者你的组织没有这个模型的访问权限（`code` 为 `model_not_found`，错误信息为 `The model … does not exist or you do not have access to it.`）。`base_url` 路径写错、用了属于其他项目的文件或批处理等对象 ID，也会得到 404；网关不认识所填的模型标识时同样如此。v0.x 里 404 是以 `openai.error.InvalidRequestError` 抛出的，所以原来捕获那个类的代码，现在还要额外捕获 `NotFoundError`。',
    },
    fix: {
      en: [
        'Compare the model name with what the key can actually use (`client.models.list()` in either SDK), including version suffixes and hyphens.',
        'Check `base_url`: an OpenAI-compatible endpoint usually needs the right version path (such as `/v1`), and a stray or missing segment turns every call into a 404.',
        'For object IDs (files, batches and the like), make sure they were created under the same project as the key in use.',
        'Catch it with `except openai.NotFoundError as e:` in Python or `err instanceof OpenAI.NotFoundError` in Node, and log `e.request_id` / `err.requestID`.',
      ],
      'zh-cn': [
        '把模型名和当前 key 实际可用的模型对照一下（两个 SDK 都可以用 `client.models.list()` 列出），版本后缀和连字符都要一致。',
        '检查 `base_url`：OpenAI 兼容接口通常需要正确的版本路径（比如 `/v1`），多一段或少一段都会让所有调用变成 404。',
        '如果是对象 ID（文件、批处理等），确认它们是在当前 key 所属的同一个项目下创建的。',
        'Python 用 `except openai.NotFoundError as e:` 捕获，Node 用 `err instanceof OpenAI.NotFoundError` 判断，并记录 `e.request_id` / `err.requestID`。',
      ],
    },
    retry: {
      en: 'Not retried by the SDK. The same request keeps returning 404 until the model name, the path or the access changes.',
      'zh-cn': 'SDK 不会重试。在模型名、路径或访问权限改变之前，同样的请求会一直返回 404。',
    },
    sdk: {
      python: 'openai.NotFoundError',
      node: 'OpenAI.NotFoundError',
      parent: 'openai-sdk-api-status-error',
      statuses: [404],
      retriedByDefault: false,
      example:
        "openai.NotFoundError: Error code: 404 - {'error': {'message': 'The model `gpt-4-32k` does not exist or you do not have access to it.', 'type': 'invalid_request_error', 'param': None, 'code': 'model_not_found'}}",
    },
    aliases: [],
    patterns: ['openai.notfounderror', 'notfounderror: 404', 'error code: 404'],
    related: ['openai-404-model-not-found', 'gateway-404', 'openai-sdk-bad-request-error'],
    sources: [pyReadme, pyExceptions, nodeReadme, nodeError, migration],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-sdk-conflict-error',
    provider: 'openai',
    http: null,
    class: 'request',
    title: { en: 'ConflictError', 'zh-cn': 'ConflictError（409 资源状态冲突）' },
    summary: {
      en: "The server answered HTTP 409: the request clashes with the current state of a resource, and the SDK's own retries did not clear it.",
      'zh-cn': '服务端返回 HTTP 409：请求与某个资源的当前状态冲突，而且 SDK 自带的重试也没能解决。',
    },
    cause: {
      en: 'A 409 means another operation got to the resource first: it is being modified or processed, or is already in a state that makes this request invalid. The SDKs treat 409 as transient and retry it; v0.x raised it as `openai.error.TryAgain`. Both SDKs map 409 to `ConflictError` in code, although neither README lists it in its error table. The gateway uses 409 `conflict` for the same idea.',
      'zh-cn':
        '409 表示有别的操作抢先动了这个资源：它正在被修改或处理，或者已经处在让本次请求无法成立的状态。SDK 把 409 视为暂时性问题，会自动重试；v0.x 对 409 抛出的是 `openai.error.TryAgain`。两个 SDK 在代码里都把 409 映射为 `ConflictError`，只是各自 README 的错误表格里都没列出来。网关也用 409 `conflict` 表达同样的意思。',
    },
    fix: {
      en: [
        'Read the message and `e.body` (`err.error` in Node) to see which resource conflicts and in what state it is.',
        'Do not change the same resource from several workers at once: serialise the updates, or wait until the resource has finished its current operation.',
        'Catch it with `except openai.ConflictError as e:` in Python or `err instanceof OpenAI.ConflictError` in Node (it replaces `openai.error.TryAgain`), and log `e.request_id` / `err.requestID`.',
      ],
      'zh-cn': [
        '查看错误消息和 `e.body`（Node 为 `err.error`），弄清是哪个资源冲突、它当前处于什么状态。',
        '不要让多个 worker 同时修改同一个资源：把更新串行化，或者等资源当前的操作完成后再提交。',
        'Python 用 `except openai.ConflictError as e:` 捕获，Node 用 `err instanceof OpenAI.ConflictError` 判断（它取代了 `openai.error.TryAgain`），并记录 `e.request_id` / `err.requestID`。',
      ],
    },
    retry: {
      en: 'The SDK has already retried it twice with backoff, honouring `Retry-After` if the server sent one. One more retry after a longer pause is reasonable; if it still conflicts, the state problem is real and has to be resolved in your code rather than by waiting.',
      'zh-cn':
        '异常抛出前，SDK 已经带退避重试过两次（服务端给了 `Retry-After` 的话会照它等待）。再隔久一点重试一次是合理的；如果还是冲突，说明状态冲突确实存在，需要在你的代码里解决，单纯等待解决不了。',
    },
    sdk: {
      python: 'openai.ConflictError',
      node: 'OpenAI.ConflictError',
      parent: 'openai-sdk-api-status-error',
      statuses: [409],
      retriedByDefault: true,
      example: 'openai.ConflictError: Error code: 409',
    },
    aliases: ['openai.error.TryAgain', 'TryAgain'],
    patterns: ['openai.conflicterror', 'conflicterror: 409', 'error code: 409', 'openai.error.tryagain'],
    related: ['gateway-409', 'openai-sdk-api-status-error'],
    sources: [pyExceptions, pyBaseClient, nodeError, pyReadme, nodeReadme, migration],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-sdk-unprocessable-entity-error',
    provider: 'openai',
    http: null,
    class: 'request',
    title: { en: 'UnprocessableEntityError', 'zh-cn': 'UnprocessableEntityError（422 参数值无效）' },
    summary: {
      en: 'The server answered HTTP 422: the request was well-formed, but some parameter values were rejected.',
      'zh-cn': '服务端返回 HTTP 422：请求格式本身没问题，但其中某些参数的取值被拒绝了。',
    },
    cause: {
      en: "OpenAI's own API reports bad parameters with 400, so this class is met mostly with OpenAI-compatible services: DeepSeek answers 422 for Invalid Parameters (参数错误), and the gateway answers 422 `unprocessable_entity` for values outside the allowed ranges. Typical culprits are a sampling setting out of range, an unknown enum value or a field of the wrong type.",
      'zh-cn':
        'OpenAI 自己的 API 对参数错误返回的是 400，所以这个类主要出现在 OpenAI 兼容服务上：DeepSeek 对参数错误返回 422，网关对取值超出允许范围的参数返回 422 `unprocessable_entity`。常见原因有采样参数超出范围、枚举值写错，或者字段类型不对。',
    },
    fix: {
      en: [
        'Read the message and `e.param` (`err.param` in Node) to find the rejected value.',
        "Check that value against the provider's own API reference: ranges and allowed values can differ between OpenAI, DeepSeek and gateways even when parameter names match.",
        'Validate parameters before sending, and catch the error with `except openai.UnprocessableEntityError as e:` in Python or `err instanceof OpenAI.UnprocessableEntityError` in Node, logging `e.request_id` / `err.requestID`.',
      ],
      'zh-cn': [
        '查看错误消息和 `e.param`（Node 为 `err.param`），找出被拒绝的那个值。',
        '对照该服务商自己的 API 文档核对取值：即使参数名相同，OpenAI、DeepSeek 和网关允许的范围和取值也可能不一样。',
        '在发送前先校验参数；Python 用 `except openai.UnprocessableEntityError as e:` 捕获，Node 用 `err instanceof OpenAI.UnprocessableEntityError` 判断，并记录 `e.request_id` / `err.requestID`。',
      ],
    },
    retry: {
      en: 'Not retried by the SDK, and the identical request fails the same way every time: correct the parameter first.',
      'zh-cn': 'SDK 不会重试；同样的请求每次都会以同样的方式失败，先把参数改对。',
    },
    sdk: {
      python: 'openai.UnprocessableEntityError',
      node: 'OpenAI.UnprocessableEntityError',
      parent: 'openai-sdk-api-status-error',
      statuses: [422],
      retriedByDefault: false,
      example: 'openai.UnprocessableEntityError: Error code: 422',
    },
    aliases: [],
    patterns: ['unprocessableentityerror', 'error code: 422'],
    related: ['deepseek-422', 'gateway-422', 'openai-sdk-bad-request-error'],
    sources: [pyReadme, pyExceptions, nodeReadme, nodeError],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-sdk-rate-limit-error',
    provider: 'openai',
    http: null,
    class: 'rate-limit',
    title: { en: 'RateLimitError', 'zh-cn': 'RateLimitError（速率限制或配额不足）' },
    summary: {
      en: 'The server answered HTTP 429, which means either "too many requests or tokens right now" or "this account is out of quota" — the SDK raises the same class for both.',
      'zh-cn':
        '服务端返回 HTTP 429。它可能表示“当前请求数或 token 数太多”，也可能表示“账号配额已经用完”，而 SDK 对这两种情况抛出的是同一个类。',
    },
    cause: {
      en: "OpenAI uses 429 for three different things: real rate limits (`code` `rate_limit_exceeded`, requests or tokens per minute for the organization or project), ramping up traffic too fast (`slow_down`), and the billing family with `type` `insufficient_quota`: no credits left (`credit_balance_exhausted`), a spend limit reached (`organization_spend_limit_exceeded`, `project_spend_limit_exceeded`) or the usage limit OpenAI assigned to the organization (`organization_usage_limit_exceeded`). All of them arrive as `RateLimitError`. DeepSeek's 429 (请求速率达到上限; the current docs define a per-account concurrency limit) and a gateway's 429 `rate_limit_error` come through the same class. The name is unchanged since v0.x (`openai.error.RateLimitError`).",
      'zh-cn':
        'OpenAI 用 429 表示三类完全不同的情况：真正的速率限制（`code` 为 `rate_limit_exceeded`，即组织或项目每分钟的请求数或 token 数超限）；流量增长过快（`slow_down`）；以及 `type` 为 `insufficient_quota` 的一整类账单问题：预付费额度用完（`credit_balance_exhausted`）、达到支出上限（`organization_spend_limit_exceeded`、`project_spend_limit_exceeded`），或者达到 OpenAI 给组织核定的用量上限（`organization_usage_limit_exceeded`）。这些全都以 `RateLimitError` 抛出。DeepSeek 的 429（请求速率达到上限，现行文档规定的是按账号计算的并发上限）和网关的 429 `rate_limit_error` 也走同一个类。这个类名从 v0.x（`openai.error.RateLimitError`）起没变过。',
    },
    fix: {
      en: [
        'Tell the two kinds apart before doing anything else: `if e.type == "insufficient_quota" or e.code == "insufficient_quota":` in Python (`err.type` / `err.code` in Node). Checking `type` as well catches the newer billing codes such as `credit_balance_exhausted`; read `e.code` to see which one it is.',
        'Quota or billing: do not retry. A person must add credits, raise the spend limit or request a higher usage limit (see openai-429-insufficient-quota).',
        'Real rate limit: slow down. Cap concurrency, send fewer or smaller requests, honour `Retry-After` and the `x-ratelimit-*` headers (`e.response.headers` in Python, `err.headers` in Node), or move to a higher usage tier.',
        'To stop the SDK from spending two retries on quota errors, create the client with `max_retries=0` (`maxRetries: 0` in Node) and run your own retry loop that checks the type first.',
        'Catch it with `except openai.RateLimitError as e:` or `err instanceof OpenAI.RateLimitError`, and log `e.request_id` / `err.requestID`.',
      ],
      'zh-cn': [
        '动手之前先分清是哪一种：Python 写 `if e.type == "insufficient_quota" or e.code == "insufficient_quota":`（Node 用 `err.type` / `err.code`）。同时检查 `type`，才能把 `credit_balance_exhausted` 这类较新的账单 code 也覆盖到；具体是哪一种，看 `e.code`。',
        '如果是配额或账单问题，不要重试：需要有人购买额度、调高支出上限，或申请更高的用量上限（见 openai-429-insufficient-quota）。',
        '如果是真正的速率限制，就降速：限制并发、减少请求次数或缩小单次请求，遵守 `Retry-After` 和 `x-ratelimit-*` 响应头（Python 在 `e.response.headers` 里，Node 在 `err.headers` 里），或者升级到更高的用量等级。',
        '如果不想让 SDK 在配额错误上白白浪费两次重试，就在创建客户端时设 `max_retries=0`（Node 为 `maxRetries: 0`），自己写重试逻辑，先判断类型再决定是否重试。',
        'Python 用 `except openai.RateLimitError as e:` 捕获，Node 用 `err instanceof OpenAI.RateLimitError` 判断，并记录 `e.request_id` / `err.requestID`。',
      ],
    },
    retry: {
      en: "The SDK retries every 429 twice before raising it, judging by the status alone: it honours `retry-after-ms` or `Retry-After` (up to 60 s in Node and in Python before v2.52; up to 120 s in Python v2.52+ and v3, which does not retry at all when the server asks for a longer wait) and otherwise backs off `min(0.5 × 2^n, 8)` s with up to 25 % jitter. A server can override these rules with an `x-should-retry` header, but in practice OpenAI's quota 429s still reach you only after the two retries. For `rate_limit_exceeded` and `slow_down`, keep retrying after the SDK gives up, with growing, jittered delays and a lower request rate. For the `insufficient_quota` family, stop: those two retries were already wasted.",
      'zh-cn':
        'SDK 只看状态码，对所有 429 都会先重试两次再抛出：有 `retry-after-ms` 或 `Retry-After` 时照它等待（Node 以及 v2.52 之前的 Python 最多认 60 秒；Python v2.52+ 和 v3 最多认 120 秒，服务端要求等得更久时干脆不重试），否则按 `min(0.5 × 2^n, 8)` 秒退避，并随机缩短最多 25 %。服务端可以用 `x-should-retry` 响应头改变这些规则，但实际上 OpenAI 的配额类 429 仍然是重试两次之后才到你手里。对于 `rate_limit_exceeded` 和 `slow_down`，SDK 放弃后可以继续重试，间隔逐步拉长并加随机抖动，同时降低请求速率。对于 `insufficient_quota` 这一类，应该立即停止：SDK 那两次重试已经白费了。',
    },
    notes: {
      en: 'The SDK maintainers have declined to add a separate exception class for quota errors and recommend the `type` / `code` check above (issue #1671). When you paste a traceback, the body after "Error code: 429 -" tells you which kind you have: look for `insufficient_quota` in it. In Node the same failure prints as `RateLimitError: 429 You exceeded your current quota, …`.',
      'zh-cn':
        'SDK 维护者已经明确不打算为配额错误单独加一个异常类，推荐的做法就是上面那样检查 `type` / `code`（见 issue #1671）。看堆栈时，`Error code: 429 -` 后面的响应体就能说明是哪一种：在里面找 `insufficient_quota`。在 Node 里，同样的失败会打印成 `RateLimitError: 429 You exceeded your current quota, …`。',
    },
    sdk: {
      python: 'openai.RateLimitError',
      node: 'OpenAI.RateLimitError',
      parent: 'openai-sdk-api-status-error',
      statuses: [429],
      retriedByDefault: true,
      example:
        "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', 'type': 'insufficient_quota', 'param': None, 'code': 'insufficient_quota'}}",
    },
    aliases: ['openai.error.RateLimitError'],
    patterns: ['ratelimiterror', 'error code: 429'],
    related: [
      'openai-429-rate-limit-exceeded',
      'openai-429-insufficient-quota',
      'openai-429-credit-balance-exhausted',
      'openai-429-organization-spend-limit-exceeded',
      'openai-429-project-spend-limit-exceeded',
      'openai-429-organization-usage-limit-exceeded',
      'openai-429-slow-down',
      'openai-429-engine-overloaded',
      'deepseek-429',
      'gateway-429',
    ],
    sources: [pyReadme, pyExceptions, pyBaseClient, nodeReadme, nodeError, quotaIssue, migration],
    verified: '2026-11-23',
  },
  {
    slug: 'openai-sdk-internal-server-error',
    provider: 'openai',
    http: null,
    class: 'server',
    title: { en: 'InternalServerError', 'zh-cn': 'InternalServerError（5xx 服务端错误）' },
    summary: {
      en: "The server answered with a status of 500 or above (despite the name, this class covers 502, 503 and 504 as well), and the SDK's retries did not get a successful answer.",
      'zh-cn':
        '服务端返回了 500 及以上的状态码。别被类名误导，502、503、504 也都归这个类；而且 SDK 自动重试后仍然没有成功。',
    },
    cause: {
      en: 'Any status of 500 or above becomes `InternalServerError`: an OpenAI 500 (`type` `server_error`), a 503 with `code` `server_is_overloaded` when a model has no spare capacity, DeepSeek\'s 500 (服务器故障) and 503 (服务器繁忙), and a gateway\'s 500, 502, 503 or 504 when its upstream fails or times out. v0.x had `openai.error.ServiceUnavailableError` for 503 (with the fixed message "The server is overloaded or not ready yet.") and sent other 5xx to `openai.error.APIError`; v1 folds them all into this one class. If a proxy answers with an HTML page instead of JSON, the Python message is that raw text rather than "Error code: 5xx - {…}".',
      'zh-cn':
        '所有 500 及以上的状态码都会变成 `InternalServerError`：OpenAI 的 500（`type` 为 `server_error`）；模型没有空余算力时返回的 503（`code` 为 `server_is_overloaded`）；DeepSeek 的 500（服务器故障）和 503（服务器繁忙）；以及网关在上游出错或超时时返回的 500、502、503、504。v0.x 里 503 对应 `openai.error.ServiceUnavailableError`（错误信息固定为 `The server is overloaded or not ready yet.`），其他 5xx 归到 `openai.error.APIError`；v1 把它们全部合并到了这一个类。如果中间的代理返回的是 HTML 页面而不是 JSON，Python 的异常信息就是那段原始文本，而不是 `Error code: 5xx - {…}` 的格式。',
    },
    fix: {
      en: [
        "Read `e.status_code` and `e.code` / `e.type` (`err.status`, `err.code` in Node): a 503 with `server_is_overloaded` is a capacity problem that needs a longer wait; a 500 is a fault on the provider's side.",
        "Check the provider's status page (status.openai.com for OpenAI) before digging into your own code.",
        "If it persists, contact the provider's support with the request id: `e.request_id` in Python, `err.requestID` in Node.",
        'For availability, catch it with `except openai.InternalServerError as e:` or `err instanceof OpenAI.InternalServerError` and fall back to another model or provider.',
      ],
      'zh-cn': [
        '查看 `e.status_code` 和 `e.code` / `e.type`（Node 为 `err.status`、`err.code`）：503 且带 `server_is_overloaded` 属于算力不足，需要等更久；500 则是服务商那边出了故障。',
        '先看服务商的状态页（OpenAI 是 status.openai.com），再去排查自己的代码。',
        '如果一直出现，就带着请求 ID 联系服务商支持：Python 读 `e.request_id`，Node 读 `err.requestID`。',
        '为了保证可用性，可以用 `except openai.InternalServerError as e:` 或 `err instanceof OpenAI.InternalServerError` 捕获后，切换到备用模型或其他服务商。',
      ],
    },
    retry: {
      en: "The SDK has already retried it twice (backoff from 0.5 s up to 8 s with up to 25 % jitter, or the server's `Retry-After` within the SDK's cap). A few more bounded retries with longer, jittered delays are reasonable (wait longer for an overloaded 503), but cap the total and alert someone if failures continue.",
      'zh-cn':
        'SDK 已经重试过两次（退避时间从 0.5 秒起、最长 8 秒，随机缩短最多 25 %；服务端给了 `Retry-After` 且在 SDK 上限之内时按它等待）。再做几次有上限的重试是合理的，间隔拉长并加随机抖动；遇到过载类的 503 要等得更久。但要限制总次数，持续失败时应通知负责人。',
    },
    sdk: {
      python: 'openai.InternalServerError',
      node: 'OpenAI.InternalServerError',
      parent: 'openai-sdk-api-status-error',
      statuses: [500, 502, 503, 504],
      retriedByDefault: true,
      example:
        "openai.InternalServerError: Error code: 500 - {'error': {'message': 'The server had an error while processing your request. Sorry about that!', 'type': 'server_error', 'param': None, 'code': None}}",
    },
    aliases: ['openai.error.ServiceUnavailableError', 'ServiceUnavailableError'],
    patterns: [
      'openai.internalservererror',
      'internalservererror: 50',
      'error code: 500',
      'error code: 502',
      'error code: 503',
      'error code: 504',
      'serviceunavailableerror',
      'the server is overloaded or not ready yet',
    ],
    related: [
      'openai-500-server-error',
      'openai-503-server-is-overloaded',
      'openai-503-slow-down',
      'deepseek-500',
      'deepseek-503',
      'gateway-500',
      'gateway-502',
      'gateway-503',
      'gateway-504',
    ],
    sources: [pyReadme, pyExceptions, pyBaseClient, nodeReadme, nodeError, migration],
    verified: '2026-11-23',
  },
];
