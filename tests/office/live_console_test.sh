#!/usr/bin/env bash
# siang-office against a live siang-server (issue 12 item 2): the real console signs in over the
# office API as staff do and renders the queue, a case, the statistics and the kiosks panel; a
# clerk's queue holds no corruption complaint (the server decides, the console only draws), and a
# wrong password is refused as the sign-in screen refuses it. The PNGs stay in WORKDIR to look at.
# Usage: live_console_test.sh SIANG SIANG_SERVER SIANG_OFFICE PNG_CHECK WORKDIR
set -euo pipefail
siang=$1 server=$2 office=$3 png_check=$4 dir=$5
rm -rf "$dir"
mkdir -p -m 0700 "$dir/office"
store=$dir/office/siang.db
xvfb=("$(dirname "$0")/../support/with-xvfb" -s "-screen 0 1600x900x24")
export LANG=C.UTF-8
SIANG_TEST_SERVER=$server SIANG_TEST_DIR=$dir
. "$(dirname "$0")/../support/server.sh"

admin_password=$("$siang" --store "$store" --json init | json_field admin_password)
fingerprint=$("$siang" --store "$store" --json server init | json_field fingerprint)
clerk_password="Somtam-Thai-2569-clerk"
printf '%s\n' "$clerk_password" |
  "$siang" --store "$store" user add somchai --role clerk --display-name "สมชาย ใจดี" --password-stdin >/dev/null
"$siang" --store "$store" submit --kind complaint --subject "ถนนชำรุดซอยสาม หน้าตลาดสด" \
  --details "หลุมลึกมาก รถจักรยานยนต์ล้มไปแล้วสองคัน" >/dev/null
"$siang" --store "$store" submit --kind suggestion --subject "ขอเพิ่มถังขยะในตลาด" \
  --details "ถังขยะไม่พอในวันเสาร์" >/dev/null
secret="เรียกรับสินบนใบอนุญาตก่อสร้าง"
"$siang" --store "$store" submit --kind corruption --subject "$secret" \
  --details "เจ้าหน้าที่ขอเงินเพิ่มเพื่อให้ใบอนุญาตผ่านเร็ว" >/dev/null
first=$("$siang" --store "$store" --json list | grep -o '"case_number": *"[0-9-]*"' | tail -n 1 |
  sed 's/.*"\([0-9-]*\)"$/\1/')

start_server "$store"
url="https://127.0.0.1:$office_port"

# The console's screenshot NAME as USER with PASSWORD (more options after).
shot() {
  local name=$1 user=$2 password=$3
  shift 3
  SIANG_PASSWORD=$password "${xvfb[@]}" timeout 90 "$office" --server "$url" \
    --fingerprint "$fingerprint" --user "$user" --size 1600x900 \
    --screenshot "$dir/$name.png" "$@" 2>"$dir/$name.log"
}
for lang in th en; do
  shot "queue-admin-$lang" admin "$admin_password" --screen queue --lang "$lang" ||
    { cat "$dir/queue-admin-$lang.log" >&2; exit 1; }
  "$png_check" "$dir/queue-admin-$lang.png" --region 0,120,1600,500 --min-dark 0.01
done
shot queue-clerk-th somchai "$clerk_password" --screen queue --lang th ||
  { cat "$dir/queue-clerk-th.log" >&2; exit 1; }
shot detail-admin-th admin "$admin_password" --screen detail --case "$first" --lang th ||
  { cat "$dir/detail-admin-th.log" >&2; exit 1; }
"$png_check" "$dir/detail-admin-th.png" --region 0,120,1600,600 --min-dark 0.01
shot stats-admin-en admin "$admin_password" --screen stats --lang en ||
  { cat "$dir/stats-admin-en.log" >&2; exit 1; }
shot kiosks-admin-th admin "$admin_password" --screen kiosks --lang th ||
  { cat "$dir/kiosks-admin-th.log" >&2; exit 1; }
# The clerk's queue and the admin's differ by the corruption complaint's row: the same table,
# one row fewer (the server filtered; the console drew what it was sent).
admin_rows=$(grep -c . <<<"$("$siang" --store "$store" list)")
clerk_rows=$(SIANG_PASSWORD=$clerk_password "$siang" --server "$url" --fingerprint "$fingerprint" \
  --user somchai list | grep -c .)
[ "$clerk_rows" -eq $((admin_rows - 1)) ] ||
  { echo "the clerk's list has $clerk_rows lines, the admin's $admin_rows" >&2; exit 1; }
if cmp -s "$dir/queue-admin-th.png" "$dir/queue-clerk-th.png"; then
  echo "the clerk's queue looks the same as the admin's" >&2
  exit 1
fi
# A wrong password: refused with the sign-in screen's sentence, no screenshot written.
if shot wrong-password somchai "not-the-password-at-all" --screen queue; then
  echo "a wrong password rendered the queue" >&2
  exit 1
fi
[ ! -e "$dir/wrong-password.png" ] || { echo "a PNG was written for a refused login" >&2; exit 1; }
grep -q . "$dir/wrong-password.log" || { echo "the refusal said nothing" >&2; exit 1; }
# The console never opened the store: the server's own log is the only writer besides the CLI.
grep -q "$secret" "$dir/server.log" && { echo "the server log holds a case subject" >&2; exit 1; }
echo "ok: the console over the API rendered queue (th, en, clerk), detail, stats, kiosks"
