# tests/support/server.sh — sourced by the shell tests that run a real siang-server: start it on
# loopback with ports chosen by the kernel (read back from its --port-file), stop it at exit, and
# read one field of the CLI's --json output. Callers set SIANG_TEST_SERVER (the binary) and
# SIANG_TEST_DIR (where server.log and the port file go).
server_pid=
server_ports=${SIANG_TEST_DIR:?}/ports

# stop_server: TERM and wait, so the store is closed before the test reads it or exits.
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid"
    wait "$server_pid" || true
  fi
  server_pid=
}
trap stop_server EXIT

# start_server STORE [LISTEN [MORE OPTIONS…]]: sets server_pid, office_port and public_port.
start_server() {
  local store=$1 listen=${2:-127.0.0.1:0}
  shift $(($# < 2 ? $# : 2))
  rm -f "$server_ports"
  "${SIANG_TEST_SERVER:?}" --store "$store" --listen "$listen" --public 127.0.0.1:0 \
    --port-file "$server_ports" "$@" >>"$SIANG_TEST_DIR/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 400); do
    if [ -s "$server_ports" ]; then
      read -r office_port public_port <"$server_ports"
      return 0
    fi
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.05
  done
  echo "siang-server did not start on $listen" >&2
  tail -n 5 "$SIANG_TEST_DIR/server.log" >&2
  exit 1
}

# json_field NAME < JSON: the first value of "NAME" (a string's contents or a bare number).
json_field() { tr -d '\n' | sed -n "s/.*\"$1\": *\"\\{0,1\\}\\([^\",}]*\\).*/\\1/p"; }
