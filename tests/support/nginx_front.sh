# tests/support/nginx_front.sh — sourced by the tests that put Debian's nginx in front of the
# public site: templates the shipped site config's @…@ values (a self-signed certificate made
# here, the access log in DIR) and starts nginx on loopback, unprivileged, under DIR. POSIX sh.
# start_nginx_front SITE_CONF UPSTREAM DIR TLS_PORT: nginx.pid and logs/ under DIR; exits on failure.
start_nginx_front() {
    mkdir -p "$3/logs" "$3/tmp"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$3/key.pem" -out "$3/cert.pem" -days 1 \
        -subj /CN=localhost 2>/dev/null
    sed -e "s|@UPSTREAM@|$2|;s|@HTTPS_PORT@|127.0.0.1:$4|;s|@SERVER_NAME@|localhost|" \
        -e "s|@CERT@|$3/cert.pem|;s|@KEY@|$3/key.pem|;s|@ACCESS_LOG@|$3/logs/access.log|" \
        "$1" >"$3/site.conf"
    cat >"$3/nginx.conf" <<NGX
pid $3/nginx.pid;
error_log $3/logs/error.log;
events { worker_connections 64; }
http {
  client_body_temp_path $3/tmp; proxy_temp_path $3/tmp; fastcgi_temp_path $3/tmp;
  uwsgi_temp_path $3/tmp; scgi_temp_path $3/tmp;
  include $3/site.conf;
}
NGX
    /usr/sbin/nginx -p "$3" -c "$3/nginx.conf" 2>"$3/start.log" || { cat "$3/start.log" >&2; exit 1; }
}
