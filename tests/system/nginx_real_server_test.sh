#!/usr/bin/env bash
# Debian's nginx with the shipped packaging/nginx/siang-public.conf in front of a real
# siang-server's public listener (issue 14 item 5): over TLS, the phone status page of a case
# filed here (/t/<code>) and the ITA statistics (/ita/) come through; office-API paths are
# refused at nginx; the tracking code is in neither nginx's access log nor the server's log.
# Usage: nginx_real_server_test.sh SIANG SIANG_SERVER SITE_CONF WORKDIR
set -euo pipefail
siang=$1 server=$2 conf=$3 dir=$4
rm -rf "$dir"
mkdir -p -m 0700 "$dir/office" "$dir/nginx"
store=$dir/office/siang.db
export LANG=C.UTF-8
SIANG_TEST_SERVER=$server SIANG_TEST_DIR=$dir
. "$(dirname "$0")/../support/server.sh"
n=$dir/nginx
stop_all() {
  [ -f "$n/nginx.pid" ] && kill "$(cat "$n/nginx.pid")" 2>/dev/null || true
  stop_server
}
trap stop_all EXIT

"$siang" --store "$store" init >/dev/null
"$siang" --store "$store" server init >/dev/null
start_server "$store"
code=$("$siang" --store "$store" --json submit --kind complaint \
  --subject "ไฟถนนดับหน้าวัดสามแยก" --details "มืดมากตอนกลางคืน" | json_field tracking_code)
[ -n "$code" ] || { echo "no tracking code from siang submit" >&2; exit 1; }

tls_port=$((30000 + $$ % 10000))
. "$(dirname "$0")/../support/nginx_front.sh"
start_nginx_front "$conf" "127.0.0.1:$public_port" "$n" "$tls_port"
front="https://127.0.0.1:$tls_port"
for _ in $(seq 100); do
  curl -sk -o /dev/null "$front/healthz" && break
  sleep 0.1
done

get() {  # NAME PATH: the body in NAME.html, the status printed
  curl -sk -o "$dir/$1.html" -w '%{http_code}' "$front$2"
}
status=$(get status "/t/$code")
[ "$status" = 200 ] || { echo "/t/<code> through nginx: $status" >&2; cat "$n/logs/error.log" >&2; exit 1; }
grep -qF "ร้องเรียน" "$dir/status.html" || { echo "the status page does not name the case's kind" >&2; exit 1; }
if grep -qF "มืดมากตอนกลางคืน" "$dir/status.html"; then
  echo "the case's details reached the public page" >&2
  exit 1
fi
status=$(get status-en "/t/$code?lang=en")
[ "$status" = 200 ] || { echo "/t/<code>?lang=en through nginx: $status" >&2; exit 1; }
status=$(get ita /ita/)
[ "$status" = 200 ] || { echo "/ita/ through nginx: $status" >&2; exit 1; }
grep -qF 'lang="th"' "$dir/ita.html" || { echo "/ita/ is not the ITA page" >&2; exit 1; }
for path in /api/v1/filings /api/v1/kiosk/board /api/v1/staff/login /api/v1/track; do
  status=$(get refused "$path")
  case $status in
    404 | 403) ;;
    *) echo "office path $path answered $status through nginx" >&2; exit 1 ;;
  esac
done
sleep 0.3  # nginx writes its access log line after the answer
grep -qF '"GET /t/' "$n/logs/access.log" || { echo "no /t/ line in the access log" >&2; exit 1; }
grouped=${code:0:4}-${code:4:4}-${code:8:4}
for log in "$n/logs/access.log" "$n/logs/error.log" "$dir/server.log"; do
  if grep -qF -e "$code" -e "$grouped" "$log"; then
    echo "the tracking code is in $log" >&2
    exit 1
  fi
done
echo "nginx in front of siang-server: /t/ and /ita/ through TLS, office paths refused, no code logged"
