#!/bin/sh
# A store made by the previous release (b34d709, the last commit before the Debian packages:
# tests/packaging/fixtures/b34d709/, made with that commit's `siang init` and `siang submit`)
# opens with this release after its migrations: `siang check` passes, the old case lists and
# shows, a new case files, and the store checks again (issue 15 item 5). The fixture is at schema
# 12, from before step 13 (integrations): the test asserts that step ran (user_version went up,
# its table is there) and that the old case's text is the same after it.
# old_store_test.sh SIANG FIXTURE_DIR WORKDIR
set -eu
siang=$1 fixture=$2 work=$3
rm -rf "$work"
mkdir -p "$work"
chmod 0700 "$work"
cp "$fixture/siang.db" "$fixture/siang.db.key" "$work/"
chmod 0600 "$work/siang.db" "$work/siang.db.key"
s="$siang --store $work/siang.db"
export LANG=C.UTF-8
version() { sqlite3 "$work/siang.db" 'PRAGMA user_version'; }
has_integrations() { [ "$(sqlite3 "$work/siang.db" "SELECT count(*) FROM sqlite_schema WHERE name = 'integrations'")" = 1 ]; }
subject() { sqlite3 "$work/siang.db" "SELECT subject FROM cases ORDER BY id LIMIT 1"; }
before=$(version)
old_subject=$(subject)
[ "$before" -le 12 ] || { echo "the fixture is at schema $before: it must be from before a step (<= 12)" >&2; exit 1; }
! has_integrations || { echo "the fixture already has step 13's table" >&2; exit 1; }
$s check
after=$(version)
[ "$after" -gt "$before" ] || { echo "no migration ran: user_version $before -> $after" >&2; exit 1; }
has_integrations || { echo "step 13 (integrations) did not run" >&2; exit 1; }
[ "$(subject)" = "$old_subject" ] || { echo "the old case's subject changed: '$(subject)'" >&2; exit 1; }
echo "migrated: user_version $before -> $after"
$s list | grep -q 'ถนนหน้าโรงเรียนเป็นหลุม' || { echo "the old case is not listed" >&2; exit 1; }
$s --json list | grep -q '"total": 1' || { echo "the old store does not list exactly its one case" >&2; exit 1; }
$s submit --kind suggestion --subject "ขอเพิ่มม้านั่งที่ป้ายรถเมล์" --details "ผู้สูงอายุยืนรอนาน" > /dev/null
$s --json list | grep -q '"total": 2' || { echo "the new case is not there" >&2; exit 1; }
$s check
echo "old store: opens, lists, files and checks after the migrations"
