#!/usr/bin/env bash
# siang-kiosk --outbox with the office server down (its credential points at a closed port on
# 127.0.0.1): a filing shows the receipt without a case number at once after the wait, the
# filing waits in the outbox and the staff's sync indicator counts it; tracking says plainly that
# the office cannot be reached. Both languages; the PNGs stay in WORKDIR to look at.
# Usage: outbox_offline_test.sh SIANG_KIOSK KIOSK_OUTBOX_PREPARE PNG_CHECK WORKDIR
set -euo pipefail
kiosk=$1 prepare=$2 png_check=$3 dir=$4
rm -rf "$dir"
mkdir -p "$dir"
xvfb=("$(dirname "$0")/../support/with-xvfb" -s "-screen 0 1920x1080x24")
"$prepare" "$dir/outbox" >/dev/null

for lang in th en; do
  "${xvfb[@]}" timeout 60 "$kiosk" --outbox "$dir/outbox" --lang "$lang" --screen receipt \
    --screenshot "$dir/receipt-$lang.png" 2>"$dir/receipt-$lang.log"
  grep -q "receipt without a case number yet" "$dir/receipt-$lang.log" ||
    { cat "$dir/receipt-$lang.log" >&2; exit 1; }
  "$png_check" "$dir/receipt-$lang.png" --region 0,130,1920,950 --min-dark 0.004
done
# Two filings wait in the outbox; the indicator on the attract screen says so.
"${xvfb[@]}" timeout 60 "$kiosk" --outbox "$dir/outbox" --screen attract \
  --screenshot "$dir/attract-sync.png" 2>"$dir/attract.log"
grep -q "sync indicator: 2 pending, none sent yet" "$dir/attract.log" ||
  { cat "$dir/attract.log" >&2; exit 1; }
# The information board without its office: no numbers, and no error on the attract screen.
grep -q "information board: no counts" "$dir/attract.log" || { cat "$dir/attract.log" >&2; exit 1; }
if grep -q " says: " "$dir/attract.log"; then
  cat "$dir/attract.log" >&2
  echo "the attract screen shows an error while the office is away" >&2
  exit 1
fi
for lang in th en; do
  "${xvfb[@]}" timeout 60 "$kiosk" --outbox "$dir/outbox" --lang "$lang" \
    --screen track-unreachable --screenshot "$dir/track-$lang.png" 2>"$dir/track-$lang.log"
  grep -q "track_entry says: The office cannot be reached just now" "$dir/track-$lang.log" ||
    { cat "$dir/track-$lang.log" >&2; exit 1; }
done
if grep -qE '[0-9]{4}-[0-9]{4}-[0-9]{4}|bbbbbbbb' "$dir"/*.log; then
  echo "a tracking code or the token reached the log" >&2
  exit 1
fi
echo ok
