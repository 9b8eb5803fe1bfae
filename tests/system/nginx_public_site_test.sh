#!/bin/sh
# Starts Debian's nginx on loopback with the shipped packaging/nginx/siang-public.conf (only its
# @…@ values templated; a self-signed certificate made here), in front of a stand-in upstream
# (python3's http.server, serving "ok" at /healthz), and checks over TLS: a public path is
# proxied, an office API path is not, and no tracking code reaches the access log.
set -eu
CONF="$1"
T=$(mktemp -d "${TMPDIR:-/tmp}/siang-nginx.XXXXXX")
UP_PID=""
cleanup() {
    [ -f "$T/nginx.pid" ] && kill "$(cat "$T/nginx.pid")" 2>/dev/null || true
    [ -n "$UP_PID" ] && kill "$UP_PID" 2>/dev/null || true
    rm -rf "$T"
}
trap cleanup EXIT
mkdir -p "$T/www"
echo ok > "$T/www/healthz"
UP_PORT=$((20000 + $$ % 10000)); TLS_PORT=$((UP_PORT + 1))
python3 -m http.server "$UP_PORT" --bind 127.0.0.1 --directory "$T/www" >"$T/up.log" 2>&1 &
UP_PID=$!
. "$(dirname "$0")/../support/nginx_front.sh"
start_nginx_front "$CONF" "127.0.0.1:$UP_PORT" "$T" "$TLS_PORT"
i=0
until curl -sk "https://127.0.0.1:$TLS_PORT/healthz" >"$T/body" 2>/dev/null && [ "$(cat "$T/body")" = ok ]; do
    i=$((i + 1)); [ $i -lt 50 ] || { echo "no /healthz through nginx"; cat "$T/logs/error.log"; exit 1; }
    sleep 0.1
done
code=$(curl -sk -o /dev/null -w "%{http_code}" "https://127.0.0.1:$TLS_PORT/api/v1/filings")
[ "$code" = 404 ] || { echo "office path answered $code"; exit 1; }
curl -sk -o /dev/null "https://127.0.0.1:$TLS_PORT/t/1234-5678-9012?lang=en"
sleep 0.2
grep -q '"GET /t/"' "$T/logs/access.log" || { echo "no /t/ line"; cat "$T/logs/access.log"; exit 1; }
if grep -q 1234 "$T/logs/access.log"; then echo "code in the access log"; exit 1; fi
echo "nginx front: ok"
