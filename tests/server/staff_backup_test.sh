#!/usr/bin/env bash
# GET /api/v1/staff/backup over curl against a real siang-server (issue 15 item 4): an admin reads
# the last nightly backup's record (the file siang-backup writes, the one `siang doctor` reads):
# ok, then failed, stale and never as the file says; a clerk gets 403, no session 401.
# Usage: staff_backup_test.sh SIANG SIANG_SERVER WORKDIR
set -euo pipefail
siang=$1 server=$2 dir=$3
rm -rf "$dir"
mkdir -p -m 0700 "$dir/office"
store=$dir/office/siang.db
backups=$dir/office/backups
export LANG=C.UTF-8
SIANG_TEST_SERVER=$server SIANG_TEST_DIR=$dir
. "$(dirname "$0")/../support/server.sh"

admin_password=$("$siang" --store "$store" --json init | json_field admin_password)
"$siang" --store "$store" --json server init > /dev/null
printf '%s\n' "Somtam-Thai-2569-clerk" |
  "$siang" --store "$store" user add somchai --role clerk --password-stdin > /dev/null
start_server "$store"
url="https://127.0.0.1:$office_port"
# The server's certificate is self-signed: curl trusts exactly it.
curl_=(curl -s --max-time 10 --cacert "$dir/office/siang-server.crt")

token_of() {  # token_of USER PASSWORD
  "${curl_[@]}" -X POST "$url/api/v1/staff/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" | json_field token
}
admin=$(token_of admin "$admin_password")
clerk=$(token_of somchai "Somtam-Thai-2569-clerk")
[ -n "$admin" ] && [ -n "$clerk" ] || { echo "login failed" >&2; exit 1; }

# status_of TOKEN: the HTTP status of GET …/backup; the body in $dir/body
status_of() {
  "${curl_[@]}" -o "$dir/body" -w '%{http_code}' ${1:+-H "Authorization: Bearer $1"} \
    "$url/api/v1/staff/backup"
}
fails=0
expect() {  # expect WHAT ACTUAL WANTED
  if [ "$2" = "$3" ]; then echo "ok: $1"; else echo "FAIL: $1: got '$2', wanted '$3'" >&2; fails=$((fails + 1)); fi
}
record() {  # record HOURS_AGO RESULT
  mkdir -p "$backups"
  printf '%s %s %s\n' "$(date -u -d "$1 hours ago" +%Y-%m-%dT%H:%M:%SZ)" "$2" \
    "$backups/siang-x.db" > "$backups/last-backup"
}

expect "admin, no backup yet: 200" "$(status_of "$admin")" 200
expect "... never" "$(json_field state < "$dir/body")" never
record 2 ok
expect "admin: 200" "$(status_of "$admin")" 200
expect "... ok" "$(json_field state < "$dir/body")" ok
record 1 failed
status_of "$admin" > /dev/null
expect "a failed backup is failed" "$(json_field state < "$dir/body")" failed
record 72 ok
status_of "$admin" > /dev/null
expect "a 3-day-old backup is stale" "$(json_field state < "$dir/body")" stale
expect "... 72 hours" "$(json_field age_hours < "$dir/body")" 72
expect "a clerk: 403" "$(status_of "$clerk")" 403
expect "... and learns nothing of it" "$(grep -c siang-x "$dir/body" || true)" 0
expect "no session: 401" "$(status_of "")" 401
[ "$fails" = 0 ] || exit 1
echo "staff backup view: admin only, says ok/failed/stale/never as siang-backup recorded"
