#!/usr/bin/env bash
# siang-kiosk --outbox enrolled to a real siang-server: the server stops, a filing shows the
# receipt without a case number and waits in the outbox (tracking it answers "in the outbox"); the
# server starts again on the same port and the case arrives: the outbox's pending count goes to 0,
# the staff's sync indicator shows it, and tracking the code shows the office's status screen.
# With the server stopped once more, tracking the same code says plainly that the office cannot
# be reached. Facts from `siang outbox status --json` and the outbox database; the PNGs stay in
# WORKDIR to look at.
# Usage: outbox_reconnect_test.sh SIANG SIANG_SERVER SIANG_KIOSK PNG_CHECK WORKDIR
set -euo pipefail
siang=$1 server=$2 kiosk=$3 png_check=$4 dir=$5
rm -rf "$dir"
mkdir -p -m 0700 "$dir"
store=$dir/office/siang.db outbox=$dir/outbox
mkdir -p -m 0700 "$dir/office"
xvfb=("$(dirname "$0")/../support/with-xvfb" -s "-screen 0 1920x1080x24")
export LANG=C.UTF-8
SIANG_TEST_SERVER=$server SIANG_TEST_DIR=$dir
. "$(dirname "$0")/../support/server.sh"
# The kiosk's screenshot NAME of --screen SCREEN (more options after), its stderr in NAME.log.
shot() {
  local name=$1
  shift
  "${xvfb[@]}" timeout 90 "$kiosk" --outbox "$outbox" --screenshot "$dir/$name.png" "$@" \
    2>"$dir/$name.log" || { cat "$dir/$name.log" >&2; exit 1; }
}
expect() {  # NAME TEXT: the kiosk's log of NAME says TEXT
  grep -qF "$2" "$dir/$1.log" || { echo "$1: expected \"$2\"" >&2; cat "$dir/$1.log" >&2; exit 1; }
}
pending() { "$siang" outbox --dir "$outbox" --json status | json_field pending; }

"$siang" --store "$store" init >/dev/null
fingerprint=$("$siang" --store "$store" --json server init | json_field fingerprint)
start_server "$store"
port=$office_port
url="https://127.0.0.1:$port"
code=$("$siang" --store "$store" --json kiosk add kiosk-gui --url "$url" | json_field enrolment_code)
# Enrolled by the kiosk itself, which then shows its first screen: nothing waits.
shot attract-online --enrol "$url" "$code" --fingerprint "$fingerprint" --screen attract
expect attract-online "sync indicator: 0 pending, none sent yet"
# The information board (issue 14 item 3): the office's counts of this fiscal year, none yet.
expect attract-online "information board: fiscal year "
expect attract-online ", 0 received, 0 completed"

stop_server
shot receipt-offline --screen receipt
expect receipt-offline "receipt without a case number yet"
"$png_check" "$dir/receipt-offline.png" --region 0,130,1920,950 --min-dark 0.004
[ "$(pending)" = 1 ] || { echo "the filing is not pending in the outbox" >&2; exit 1; }
# The code the receipt showed (the citizen's paper), read from the waiting filing.
body=$(sqlite3 "$outbox/outbox.db" "SELECT body FROM filings WHERE state = 'pending'")
tracking=$(json_field tracking_code <<<"$body")
[ -n "$tracking" ] || { echo "no tracking code in the pending filing" >&2; exit 1; }
shot track-offline --screen track-result --track-code "$tracking"
expect track-offline "track_result shows the filing waiting in this kiosk's outbox"
shot attract-offline --screen attract
expect attract-offline "sync indicator: 1 pending, none sent yet"
# Offline the board shows no numbers and the attract screen no error.
expect attract-offline "information board: no counts"
if grep -qF " says: " "$dir/attract-offline.log"; then
  echo "the attract screen shows an error while the office is away" >&2
  exit 1
fi

# The server returns on the same port; the kiosk's uploader sends the filing.
start_server "$store" "127.0.0.1:$port"
shot attract-arrived --screen attract --sync-wait 30
expect attract-arrived "sync indicator: 0 pending"
if grep -qF "none sent yet" "$dir/attract-arrived.log"; then
  echo "the sync indicator shows nothing sent after the server returned" >&2
  exit 1
fi
[ "$(pending)" = 0 ] || { echo "the outbox still has pending filings" >&2; exit 1; }
# The filing that arrived is in the board's count (the sample visit files an e-service request).
expect attract-arrived ", 1 received, 0 completed"
acknowledged=$(sqlite3 "$outbox/outbox.db" \
  "SELECT count(*) FROM filings WHERE state = 'acknowledged' AND case_number IS NOT NULL AND body IS NULL")
[ "$acknowledged" = 1 ] || { echo "the filing was not acknowledged with a case number" >&2; exit 1; }
"$siang" --store "$store" show --code "$tracking" >"$dir/show.txt" ||
  { echo "the office does not know the code" >&2; exit 1; }
for lang in th en; do
  shot "track-arrived-$lang" --lang "$lang" --screen track-result --track-code "$tracking"
  expect "track-arrived-$lang" "track_result shows the office's status of the case"
  "$png_check" "$dir/track-arrived-$lang.png" --region 0,130,1920,950 --min-dark 0.004
done

# Down again: the code is no longer in the outbox, so only the office could answer; it says so.
stop_server
for lang in th en; do
  shot "track-down-$lang" --lang "$lang" --screen track-result --track-code "$tracking"
  expect "track-down-$lang" "says: The office cannot be reached just now"
done

if grep -qF "$tracking" "$dir"/*.log || grep -qE '[0-9]{4}-[0-9]{4}-[0-9]{4}' "$dir"/*.log; then
  echo "a tracking code reached a log" >&2
  exit 1
fi
echo ok
