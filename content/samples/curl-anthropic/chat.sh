#!/bin/sh
# One Claude Messages API request with curl, retrying only what can succeed later. POSIX sh, no jq.
# Run: API_KEY=sk-ant-... sh chat.sh
# Optional: API_BASE_URL, MODEL, API_TIMEOUT (seconds), ERROR_DOCS_URL.
#
# Why not `curl --retry 3`? It goes by status alone, so it would retry a 429 for the monthly spend
# cap (`enforced_spend_limit_reached`) that fails until next month, and it gives up on Anthropic's
# 529 Overloaded unless you add --retry-all-errors. Hence our own loop, which reads the body first.

MAX_ATTEMPTS=4
BASE_DELAY=0.5    # seconds before the 2nd attempt, doubled each time after
MAX_DELAY=8       # one backoff never grows past this
MAX_TOTAL_WAIT=30 # past this, a clear error now beats a caller left hanging

if [ -z "${API_KEY:-}" ]; then
  echo "API_KEY is not set: run as API_KEY=sk-ant-... sh chat.sh" >&2
  exit 2
fi
BASE_URL=${API_BASE_URL:-https://api.anthropic.com}; BASE_URL=${BASE_URL%/}
MODEL=${MODEL:-claude-sonnet-4-5}
TIMEOUT=${API_TIMEOUT:-60}
DOCS=${ERROR_DOCS_URL:-http://localhost:4321}; DOCS=${DOCS%/}
payload='{"model": "'"$MODEL"'", "max_tokens": 1024, "messages": [{"role": "user", "content": "Say hello in one short sentence."}]}'

hdr=$(mktemp) && body=$(mktemp) && err=$(mktemp) || exit 1
trap 'rm -f "$hdr" "$body" "$err"' EXIT
trap 'exit 130' HUP INT TERM # exit through the EXIT trap, so the temp files go on Ctrl-C too

# The last value of a response header (case-insensitive), without its CR.
header() {
  awk -v k="$1" -F: 'tolower($1) == k { sub(/^[^:]*:[ \t]*/, ""); sub(/\r$/, ""); v = $0 } END { print v }' "$hdr"
}
# Every "key": "string" value in the body, in order, one a line, \" unescaped. A flat scan: enough
# for these bodies, where the top-level "type" is "error" and the error's own type comes after it.
fields() {
  grep -oE '"'"$1"'"[[:space:]]*:[[:space:]]*"([^"\\]|\\.)*"' "$body" |
    sed -e 's/^"[^"]*"[[:space:]]*:[[:space:]]*"//' -e 's/"$//' -e 's/\\"/"/g'
}
field() { fields "$1" | head -n 1; }
# Seconds the response asks us to wait: retry-after-ms first, then retry-after (seconds or HTTP date).
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
  status=$(printf 'x-api-key: %s\n' "$API_KEY" |
    curl -sS --max-time "$TIMEOUT" -D "$hdr" -o "$body" -w '%{http_code}' -H @- \
      -H 'anthropic-version: 2023-06-01' -H 'content-type: application/json' \
      -d "$payload" "$BASE_URL/v1/messages" 2>"$err")
  rc=$?
  if [ "$rc" -ne 0 ]; then # no (complete) response: refused, reset, timed out (28)
    status= retryable=yes
    reason=$(sed -n '$s/^curl: ([0-9]*) //p' "$err")
  else
    case $status in 2??) printf '%b\n' "$(field text)"; exit 0 ;; esac # %b turns \n into newlines
    type=$(fields type | grep -vx error | head -n 1) code=$(field error_code) message=$(field message)
    case $status in 408 | 429 | 500 | 502 | 503 | 504 | 529) retryable=yes ;; *) retryable=no ;; esac
    # The monthly spend cap answers 429 rate_limit_error too: only details.error_code tells it apart.
    [ "$code" = enforced_spend_limit_reached ] && retryable=no
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
  slug=anthropic-sdk-api-connection-error
  [ "$rc" -eq 28 ] && slug=anthropic-sdk-api-timeout-error
  printf 'error: no response (%s) after %d attempts — %s/errors/%s/\n' "$reason" "$attempt" "$DOCS" "$slug" >&2
  exit 1
fi
rid=$(header request-id)
[ -n "$rid" ] || rid=$(field request_id)
# Every 400 is invalid_request_error: the message tells the two account problems among them apart.
case $status:$message in
  400:*'credit balance is too low'*) slug=anthropic-400-credit-balance-too-low ;;
  400:'prompt is too long'*) slug=anthropic-400-prompt-too-long ;;
  *) slug=anthropic-$status${code:+-$(printf '%s' "$code" | tr _ -)} ;;
esac
case $status in
  400 | 401 | 402 | 403 | 404 | 409 | 413 | 429 | 500 | 504 | 529) link=$DOCS/errors/$slug/ ;;
  *) link=$DOCS/status/$status/ ;; # a status Anthropic does not document, e.g. from a proxy's
esac
printf 'error: HTTP %s %s %s (request id %s) — %s\n' \
  "$status" "${code:-${type:--}}" "${message:--}" "${rid:--}" "$link" >&2
exit 1
