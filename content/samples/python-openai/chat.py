# One chat completion with the official openai package (v1+), retrying only what can succeed later.
# Run: pip install openai && API_KEY=sk-... python3 chat.py
# Optional: API_BASE_URL, MODEL, API_TIMEOUT (seconds), API_PROVIDER, ERROR_DOCS_URL.
import os
import random
import sys
import time
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import openai
from openai import OpenAI

MAX_ATTEMPTS = 4
BASE_DELAY = 0.5  # seconds before the 2nd attempt, doubled each time after
MAX_DELAY = 8  # one backoff never grows past this
MAX_TOTAL_WAIT = 30  # past this, a clear error now beats a caller left hanging
# Only these can succeed later. 400/401/403/404/422 need a fixed request or key, and 402 needs a top-up:
# sending the same request again just fails again.
RETRY_STATUSES = {408, 429, 500, 502, 503, 504, 529}
# A 429 with this type or code means "out of credit", not "too fast": waiting won't help. Billing codes such as
# credit_balance_exhausted keep this as their type, so check both.
QUOTA = "insufficient_quota"

API_KEY = os.environ.get("API_KEY")
BASE_URL = os.environ.get("API_BASE_URL", "https://api.deepseek.com").rstrip("/")
MODEL = os.environ.get("MODEL", "deepseek-v4-flash")
TIMEOUT = float(os.environ.get("API_TIMEOUT", "60"))
HOSTS = {"api.openai.com": "openai", "api.deepseek.com": "deepseek"}
PROVIDER = os.environ.get("API_PROVIDER") or HOSTS.get(urlsplit(BASE_URL).hostname, "gateway")
DOCS = os.environ.get("ERROR_DOCS_URL", "http://localhost:4321").rstrip("/")


def asked_wait(headers) -> float:
    """Seconds the response asks for: retry-after-ms first, then Retry-After (seconds or an HTTP date)."""
    ms, value = headers.get("retry-after-ms"), headers.get("retry-after")
    for parse in (lambda: float(ms) / 1000, lambda: float(value),
                  lambda: parsedate_to_datetime(value).timestamp() - time.time()):
        try:
            return parse()
        except (TypeError, ValueError):
            pass  # header absent or not in this form: try the next
    return 0.0


def docs_link(status: int, code: str | None) -> str:
    if PROVIDER != "openai":
        return f"{DOCS}/errors/{PROVIDER}-{status}/"
    return f"{DOCS}/errors/openai-{status}-{str(code).replace('_', '-')}/" if code else f"{DOCS}/status/{status}/"


def main() -> int:
    if not API_KEY:
        print("API_KEY is not set: run as API_KEY=sk-... python3 chat.py", file=sys.stderr)
        return 2
    # max_retries=0: the SDK's own retries go by status alone (408, 409, 429, 5xx), so it would also retry
    # a quota 429 that cannot succeed; this loop reads the error body first. timeout= bounds connect and each read.
    client = OpenAI(api_key=API_KEY, base_url=BASE_URL, timeout=TIMEOUT, max_retries=0)
    messages = [{"role": "user", "content": "Say hello in one short sentence."}]
    attempt, waited = 0, 0.0
    while True:
        attempt += 1
        status, headers, error, request_id, quota = None, {}, {}, None, False
        timed_out, reason = False, ""
        try:
            # The SDK parses with json.loads, which already skips DeepSeek's leading keep-alive blank lines.
            reply = client.chat.completions.create(model=MODEL, messages=messages)
            print(reply.choices[0].message.content)
            return 0
        except openai.APIStatusError as e:  # an answer, with a status >= 400
            status, headers, request_id = e.status_code, e.response.headers, e.request_id
            # e.body is the body's `error` object; a non-JSON body (say, a proxy's HTML page) is its text.
            error = e.body if isinstance(e.body, dict) else {"message": str(e.body or e.message)[:200]}
            quota = isinstance(e, openai.RateLimitError) and QUOTA in (e.type, e.code)  # RateLimitError: any 429
        except openai.APITimeoutError:  # a subclass of APIConnectionError, so it comes first
            timed_out, reason = True, "timed out"
        except openai.APIConnectionError as e:  # no answer: refused, reset
            reason = str(e.__cause__ or e)

        retryable = (status is None or status in RETRY_STATUSES) and not quota
        delay = min(MAX_DELAY, BASE_DELAY * 2 ** (attempt - 1)) * random.uniform(0.5, 1)  # jitter spreads clients
        delay = max(delay, asked_wait(headers))
        if not retryable or attempt >= MAX_ATTEMPTS or waited + delay > MAX_TOTAL_WAIT:
            break
        time.sleep(delay)
        waited += delay

    if status is None:
        slug = "openai-sdk-api-timeout-error" if timed_out else "openai-sdk-api-connection-error"
        print(f"error: no response ({reason}) after {attempt} attempts — {DOCS}/errors/{slug}/", file=sys.stderr)
        return 1
    # e.request_id is the x-request-id header; some gateways send request-id or put it in the body.
    request_id = request_id or headers.get("request-id") or error.get("request_id") or "-"
    kind = error.get("code") or error.get("type") or "-"
    message = " ".join(str(error.get("message") or "-").split())  # one line, whatever the body held
    link = docs_link(status, error.get("code"))
    print(f"error: HTTP {status} {kind} {message} (request id {request_id}) — {link}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
