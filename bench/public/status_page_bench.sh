#!/bin/sh
# Bench (issue 14, SPEC §10: >= 2,000 req/s, p99 <= 10 ms): the phone status page GET /t/<code>
# on siang-server's public listener, beside Debian's nginx serving a static file of the same size
# in the same run, both with wrk on loopback. Usage: status_page_bench.sh BUILD_DIR [SECONDS]
set -eu
build=$1
secs=${2:-10}
case $secs in *[!0-9]*|'') echo "SECONDS must be a number" >&2; exit 2;; esac
tmp=$(mktemp -d)
server_pid=
nginx_started=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    [ -n "$nginx_started" ] && nginx -p "$tmp/ngx" -c "$tmp/ngx/nginx.conf" -s stop 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
cli="$build/tools/siang/siang"
store="$tmp/siang.db"
"$cli" --store "$store" init >/dev/null
"$cli" --store "$store" server init >/dev/null
code=$(LANG=C.UTF-8 "$cli" --store "$store" --json submit --kind suggestion --subject 'ทดสอบ' --details 'ทดสอบ' |
       sed -n 's/.*"tracking_code": "\([0-9]*\)".*/\1/p')
"$build/server/siang-server" --store "$store" --listen 127.0.0.1:0 --public 127.0.0.1:0 \
    --port-file "$tmp/ports" 2>"$tmp/server.log" &
server_pid=$!
i=0
while [ ! -s "$tmp/ports" ] && [ $i -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
port=$(cut -d' ' -f2 "$tmp/ports")
mkdir -p "$tmp/ngx/logs" "$tmp/ngx/www"
# nginx workers run as www-data: they must read the page (the store stays 0600).
chmod 755 "$tmp" "$tmp/ngx" "$tmp/ngx/www"
curl -s "http://127.0.0.1:$port/t/$code" >"$tmp/ngx/www/page.html"
chmod 644 "$tmp/ngx/www/page.html"
cat >"$tmp/ngx/nginx.conf" <<CONF
worker_processes 1;
pid $tmp/ngx/nginx.pid;
error_log $tmp/ngx/logs/error.log;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path $tmp/ngx/body; proxy_temp_path $tmp/ngx/proxy;
    fastcgi_temp_path $tmp/ngx/fcgi; uwsgi_temp_path $tmp/ngx/uwsgi; scgi_temp_path $tmp/ngx/scgi;
    server { listen 127.0.0.1:0; root $tmp/ngx/www; }
}
CONF
# nginx cannot listen on port 0: take a free one from the kernel first.
nport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
sed -i "s/127.0.0.1:0/127.0.0.1:$nport/" "$tmp/ngx/nginx.conf"
nginx -p "$tmp/ngx" -c "$tmp/ngx/nginx.conf"
nginx_started=1
echo "page: $(wc -c <"$tmp/ngx/www/page.html") bytes"
echo "== siang-server GET /t/<code>"
wrk -t2 -c16 -d"${secs}s" --latency "http://127.0.0.1:$port/t/$code" | grep -E 'Requests/sec|99%|Non-2xx'
echo "== nginx, static file of the same size"
wrk -t2 -c16 -d"${secs}s" --latency "http://127.0.0.1:$nport/page.html" | grep -E 'Requests/sec|99%|Non-2xx'
