#!/usr/bin/env bash
# The kiosk, the console and the CLI on one store file at the same time: every run succeeds (no
# "database is locked"), every filing lands, and the store checks out afterwards.
# Usage: shared_store_test.sh SIANG_KIOSK SIANG_OFFICE SIANG OFFICE_DEMO_STORE WORKDIR
set -euo pipefail
kiosk=$1 office=$2 siang=$3 make_store=$4 dir=$5
rm -rf "$dir"
mkdir -p "$dir"
store="$dir/siang.db"
# Made for screenshots (the kiosk files its sample visit into it), with 300 demo cases.
"$make_store" "$store" 300
xvfb=("$(dirname "$0")/../support/with-xvfb" -s "-screen 0 1920x1080x24")

pids=()
for i in 1 2 3; do
  "${xvfb[@]}" "$kiosk" --store "$store" --screen receipt --screenshot "$dir/kiosk$i.png" \
    >"$dir/kiosk$i.log" 2>&1 &
  pids+=($!)
  "${xvfb[@]}" "$office" --store "$store" --screen queue --screenshot "$dir/office$i.png" \
    >"$dir/office$i.log" 2>&1 &
  pids+=($!)
done
for i in $(seq 1 20); do
  "$siang" --store "$store" submit --kind complaint --subject "พร้อมกัน $i" \
    --details "ยื่นขณะตู้และคอนโซลเปิดอยู่" >/dev/null
done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
if [ "$failed" != 0 ] || grep -qi "locked\|busy" "$dir"/*.log; then
  tail -n 5 "$dir"/*.log >&2
  echo "a run beside the others failed" >&2
  exit 1
fi
total=$("$siang" --store "$store" --json list --limit 1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
# 300 demo cases, 20 from the CLI and one sample visit filed by each kiosk.
[ "$total" = 323 ] || { echo "expected 323 cases, found $total" >&2; exit 1; }
"$siang" --store "$store" check
