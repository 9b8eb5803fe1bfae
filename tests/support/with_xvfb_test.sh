#!/usr/bin/env bash
# with-xvfb: parallel runs get displays of their own (the xvfb-run -a race), the command's exit
# status comes back, and an X server that cannot start is said plainly with exit 2.
set -uo pipefail
wrapper=$1 xvfb=$2 dir=$3
rm -rf "$dir" && mkdir -p "$dir"
export SIANG_XVFB=$xvfb
for i in 1 2 3 4 5 6; do
  "$wrapper" -a -s "-screen 0 320x240x24" sh -c 'echo "$DISPLAY" >"$1"; sleep 2' _ "$dir/d$i" &
done
wait
n=$(cat "$dir"/d* | sort -u | wc -l)
[ "$n" -eq 6 ] || { echo "FAIL: six parallel runs shared displays:" $(cat "$dir"/d*) >&2; exit 1; }
"$wrapper" sh -c 'exit 7'; rc=$?
[ $rc -eq 7 ] || { echo "FAIL: the command's exit 7 came back as $rc" >&2; exit 1; }
out=$(SIANG_XVFB=/bin/false "$wrapper" true 2>&1); rc=$?
[ $rc -eq 2 ] && grep -q "Xvfb did not start" <<<"$out" ||
  { echo "FAIL: a dead X server gave rc=$rc: $out" >&2; exit 1; }
left=$(ls "${TMPDIR:-/tmp}" | grep -c '^with-xvfb\.' || true)
rm -rf "$dir"
echo "ok: six displays, exit status kept, a dead Xvfb named ($left temp dirs left)"
