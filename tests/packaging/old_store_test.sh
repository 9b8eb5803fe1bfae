#!/bin/sh
# A store made by the previous release (b34d709, the last commit before the Debian packages:
# tests/packaging/fixtures/b34d709/, made with that commit's `siang init` and `siang submit`)
# opens with this release after its migrations: `siang check` passes, the old case lists and
# shows, a new case files, and the store checks again (issue 15 item 5).
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
$s check
$s list | grep -q 'ถนนหน้าโรงเรียนเป็นหลุม' || { echo "the old case is not listed" >&2; exit 1; }
$s --json list | grep -q '"total": 1' || { echo "the old store does not list exactly its one case" >&2; exit 1; }
$s submit --kind suggestion --subject "ขอเพิ่มม้านั่งที่ป้ายรถเมล์" --details "ผู้สูงอายุยืนรอนาน" > /dev/null
$s --json list | grep -q '"total": 2' || { echo "the new case is not there" >&2; exit 1; }
$s check
echo "old store: opens, lists, files and checks after the migrations"
