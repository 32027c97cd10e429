#!/bin/sh
# One chat completion with curl, retrying only what can succeed later. POSIX sh, no jq.
# Run: API_KEY=sk-... sh chat.sh
# Optional: API_BASE_URL, MODEL, API_TIMEOUT (seconds), API_PROVIDER, ERROR_DOCS_URL.
#
# Why not `curl --retry 3`? It does retry timeouts and HTTP 408/429/500/502/503/504 (and
# Cloudflare's 522/524), honouring Retry-After since curl 7.66. But it goes by status alone, so it
# retries a quota 429 (`insufficient_quota`) that cannot succeed, and it gives up on 529 and on a
# refused connection unless you add --retry-all-errors / --retry-connrefused. Hence our own loop.

MAX_ATTEMPTS=4
BASE_DELAY=0.5    # seconds before the 2nd attempt, doubled each time after
MAX_DELAY=8       # one backoff never grows past this
MAX_TOTAL_WAIT=30 # past this, a clear error now beats a caller left hanging

if [ -z "${API_KEY:-}" ]; then
  echo "API_KEY is not set: run as API_KEY=sk-... sh chat.sh" >&2
  exit 2
fi
BASE_URL=${API_BASE_URL:-https://api.deepseek.com}; BASE_URL=${BASE_URL%/}
MODEL=${MODEL:-deepseek-v4-flash}
TIMEOUT=${API_TIMEOUT:-60}
DOCS=${ERROR_DOCS_URL:-http://localhost:4321}; DOCS=${DOCS%/}
host=${BASE_URL#*://}; host=${host%%[:/]*}
case ${API_PROVIDER:-$host} in
  openai | api.openai.com) PROVIDER=openai ;;
  deepseek | api.deepseek.com) PROVIDER=deepseek ;;
  *) PROVIDER=gateway ;;
esac
payload='{"model": "'"$MODEL"'", "messages": [{"role": "user", "content": "Say hello in one short sentence."}]}'

hdr=$(mktemp) && body=$(mktemp) && err=$(mktemp) || exit 1
trap 'rm -f "$hdr" "$body" "$err"' EXIT
trap 'exit 130' HUP INT TERM # exit through the EXIT trap, so the temp files go on Ctrl-C too

# The last value of a response header (case-insensitive), without its CR.
header() {
  awk -v k="$1" -F: 'tolower($1) == k { sub(/^[^:]*:[ \t]*/, ""); sub(/\r$/, ""); v = $0 } END { print v }' "$hdr"
}
# The first "key": "string" in the body, \" unescaped. grep reads line by line, so DeepSeek's
# keep-alive blank lines before the JSON are simply skipped. A flat scan: enough for these bodies.
field() {
  grep -oE '"'"$1"'"[[:space:]]*:[[:space:]]*"([^"\\]|\\.)*"' "$body" | head -n 1 |
    sed -e 's/^"[^"]*"[[:space:]]*:[[:space:]]*"//' -e 's/"$//' -e 's/\\"/"/g'
}
# Seconds the response asks us to wait: retry-after-ms first, then Retry-After (seconds or HTTP date).
asked_wait() {
  ms=$(header retry-after-ms) ra=$(header retry-after)
  case $ms in '' | *[!0-9.]*) ;; *) awk -v ms="$ms" 'BEGIN { print ms / 1000 }'; return ;; esac
  case $ra in
    '') echo 0 ;;
    *[!0-9.]*) # an HTTP date: GNU date, else BSD date, else fall back to our own backoff
      at=$(date -u -d "$ra" +%s 2>/dev/null || date -u -j -f '%a, %d %b %Y %T GMT' "$ra" +%s 2>/dev/null)
      echo $((${at:-0} - $(date +%s))) ;;
    *) echo "$ra" ;;
  esac
}

attempt=0 waited=0
while :; do
  attempt=$((attempt + 1))
  # -H @- reads the header from stdin, which keeps the key out of `ps`.
  status=$(printf 'Authorization: Bearer %s\n' "$API_KEY" |
    curl -sS --max-time "$TIMEOUT" -D "$hdr" -o "$body" -w '%{http_code}' -H @- \
      -H 'Content-Type: application/json' -d "$payload" "$BASE_URL/chat/completions" 2>"$err")
  rc=$?
  if [ "$rc" -ne 0 ]; then # no (complete) response: refused, reset, timed out (28)
    status= retryable=yes
    reason=$(sed -n '$s/^curl: ([0-9]*) //p' "$err")
  else
    case $status in 2??) printf '%b\n' "$(field content)"; exit 0 ;; esac # %b turns \n into newlines
    code=$(field code) type=$(field type) message=$(field message)
    case $status in 408 | 429 | 500 | 502 | 503 | 504 | 529) retryable=yes ;; *) retryable=no ;; esac
    [ "$status" = 429 ] && case " $code $type " in *" insufficient_quota "*) retryable=no ;; esac
  fi
  # min(MAX_DELAY, BASE_DELAY * 2^(n-1)) times a random 0.5-1 (jitter spreads clients), or what was asked.
  delay=$(awk -v n="$attempt" -v r="$(od -An -N2 -tu2 /dev/urandom)" -v asked="$(asked_wait)" \
    -v base="$BASE_DELAY" -v max="$MAX_DELAY" 'BEGIN {
      d = base * 2 ^ (n - 1); if (d > max) d = max; d *= 0.5 + r / 131070
      if (asked > d) d = asked; printf "%.3f", d }')
  [ "$retryable" = yes ] && [ "$attempt" -lt "$MAX_ATTEMPTS" ] || break
  awk -v w="$waited" -v d="$delay" -v cap="$MAX_TOTAL_WAIT" 'BEGIN { exit !(w + d > cap) }' && break
  sleep "$delay" # fractional seconds: fine for GNU, BSD and busybox sleep
  waited=$(awk -v w="$waited" -v d="$delay" 'BEGIN { print w + d }')
done

if [ -z "$status" ]; then
  slug=openai-sdk-api-connection-error
  [ "$rc" -eq 28 ] && slug=openai-sdk-api-timeout-error
  printf 'error: no response (%s) after %d attempts — %s/errors/%s/\n' "$reason" "$attempt" "$DOCS" "$slug" >&2
  exit 1
fi
rid=$(header x-request-id)
[ -n "$rid" ] || rid=$(header request-id)
[ -n "$rid" ] || rid=$(field request_id)
if [ "$PROVIDER" != openai ]; then link=$DOCS/errors/$PROVIDER-$status/
elif [ -n "$code" ]; then link=$DOCS/errors/openai-$status-$(printf '%s' "$code" | tr _ -)/
else link=$DOCS/status/$status/
fi
printf 'error: HTTP %s %s %s (request id %s) — %s\n' \
  "$status" "${code:-${type:--}}" "${message:--}" "${rid:--}" "$link" >&2
exit 1
