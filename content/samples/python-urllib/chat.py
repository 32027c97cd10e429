# One chat completion with retries that read the error before deciding: Python standard library only.
# Run: API_KEY=sk-... python3 chat.py
# Optional: API_BASE_URL, MODEL, API_TIMEOUT (seconds), API_PROVIDER, ERROR_DOCS_URL.
import json
import os
import random
import sys
import time
import urllib.error
import urllib.request
from email.utils import parsedate_to_datetime
from http.client import HTTPException
from urllib.parse import urlsplit

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


def error_of(raw: bytes) -> dict:
    """The body's `error` object; a non-JSON body (say, a proxy's HTML page) becomes its message."""
    text = raw.decode("utf-8", "replace").lstrip()
    try:
        error = json.loads(text).get("error")
    except (ValueError, AttributeError):
        return {"message": text[:200]}
    return error if isinstance(error, dict) else {"message": str(error)}


def docs_link(status: int, code: str | None) -> str:
    if PROVIDER != "openai":
        return f"{DOCS}/errors/{PROVIDER}-{status}/"
    return f"{DOCS}/errors/openai-{status}-{str(code).replace('_', '-')}/" if code else f"{DOCS}/status/{status}/"


def main() -> int:
    if not API_KEY:
        print("API_KEY is not set: run as API_KEY=sk-... python3 chat.py", file=sys.stderr)
        return 2
    messages = [{"role": "user", "content": "Say hello in one short sentence."}]
    payload = json.dumps({"model": MODEL, "messages": messages}).encode()
    headers_out = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
    attempt, waited = 0, 0.0
    while True:
        attempt += 1
        status, headers, error, timed_out, reason = None, {}, {}, False, ""
        request = urllib.request.Request(f"{BASE_URL}/chat/completions", payload, headers_out)
        try:
            # The timeout applies to each socket read, so DeepSeek's keep-alive lines keep a queued request alive.
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                # DeepSeek may send blank lines while the request waits in its queue: skip them before parsing.
                reply = json.loads(response.read().decode("utf-8").lstrip())
            print(reply["choices"][0]["message"]["content"])
            return 0
        except urllib.error.HTTPError as e:  # an answer, with a status >= 400
            status, headers, error = e.code, e.headers, error_of(e.read())
        except (OSError, HTTPException) as e:  # no answer: refused, reset, timed out
            cause = getattr(e, "reason", e)
            timed_out = isinstance(cause, TimeoutError)
            reason = "timed out" if timed_out else str(cause) or type(cause).__name__

        quota = status == 429 and QUOTA in (error.get("type"), error.get("code"))
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
    request_id = headers.get("x-request-id") or headers.get("request-id") or error.get("request_id") or "-"
    kind = error.get("code") or error.get("type") or "-"
    message = " ".join(str(error.get("message") or "-").split())  # one line, whatever the body held
    link = docs_link(status, error.get("code"))
    print(f"error: HTTP {status} {kind} {message} (request id {request_id}) — {link}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
