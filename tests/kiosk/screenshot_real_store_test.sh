#!/usr/bin/env bash
# Issue 10 item 3: `siang-kiosk --store S --screenshot …` and `siang-office --store S --screenshot
# … [--user NAME]` on a real store (one `siang init` made, not made for screenshots) are refused
# before anything is written: no sample visit filed, no status change, nobody signed in, no audit
# row; its cases and audit log are the same row for row afterwards, and no PNG is written.
# Usage: screenshot_real_store_test.sh SIANG_KIOSK SIANG_OFFICE SIANG WORKDIR
set -euo pipefail
kiosk=$1 office=$2 siang=$3 dir=$4
rm -rf "$dir"
mkdir -p "$dir"
store="$dir/siang.db"
"$siang" --store "$store" init >/dev/null
"$siang" --store "$store" submit --kind complaint --subject "ถนนชำรุด" --details "หลุมลึก" >/dev/null
"$siang" --store "$store" submit --kind corruption --subject "เรียกรับเงิน" --details "ใต้โต๊ะ" >/dev/null
echo "kaeng-som-2569" | "$siang" --store "$store" user add somchai --role clerk --password-stdin >/dev/null
dump() {
  python3 - "$store" <<'PY'
import sqlite3, sys
db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
for table in ("cases", "case_history", "audit_log", "help_requests"):
    for row in db.execute(f"SELECT * FROM {table} ORDER BY id"):
        print(table, repr(row))
PY
}
dump >"$dir/before.txt"
xvfb=("$(dirname "$0")/../support/with-xvfb" -s "-screen 0 1920x1080x24")
runs=(
  "$kiosk --store $store --screen receipt --screenshot $dir/kiosk.png"
  "$kiosk --store $store --screen track-result --lang en --screenshot $dir/kiosk-track.png"
  "$office --store $store --screen detail --user somchai --screenshot $dir/office-clerk.png"
  "$office --store $store --screen detail --case ทจ2570-1 --screenshot $dir/office-admin.png"
  "$office --store $store --screen lock-help --lang en --screenshot $dir/office-lock.png"
)
for run in "${runs[@]}"; do
  if "${xvfb[@]}" $run >"$dir/run.log" 2>&1; then
    echo "not refused: $run" >&2
    exit 1
  fi
  cat "$dir/run.log"
done
grep -q "not a store made for screenshots" "$dir/run.log" ||
  { echo "the refusal does not say why" >&2; exit 1; }
dump >"$dir/after.txt"
diff "$dir/before.txt" "$dir/after.txt" || { echo "the real store changed" >&2; exit 1; }
[ "$(grep -c '^cases ' "$dir/after.txt")" = 2 ] || { echo "expected the 2 cases" >&2; exit 1; }
if ls "$dir"/*.png >/dev/null 2>&1; then echo "a screenshot was written" >&2; exit 1; fi
"$siang" --store "$store" check >/dev/null
echo "screenshots on a real store refused; store unchanged"
