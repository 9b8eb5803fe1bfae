#!/usr/bin/env bash
# siang-kiosk --screenshot with --store on a missing, empty, truncated or non-database file: it
# renders the out-of-service screen and leaves the file exactly as it was (nothing created, nothing
# re-created over it), and `--store ""` is refused before any window opens.
# Usage: out_of_service_test.sh SIANG_KIOSK WORKDIR
set -euo pipefail
kiosk=$1 dir=$2
rm -rf "$dir"
mkdir -p "$dir"
xvfb=("$(dirname "$0")/../support/with-xvfb" -s "-screen 0 1920x1080x24")
: >"$dir/empty.db"
printf 'SQLite format 3\0' >"$dir/truncated.db"
head -c 3000 /dev/urandom >"$dir/noise.db"
for f in empty truncated noise; do cp "$dir/$f.db" "$dir/$f.orig"; done

for f in missing empty truncated noise; do
  "${xvfb[@]}" "$kiosk" --store "$dir/$f.db" --screen receipt --screenshot "$dir/$f.png" \
    2>"$dir/$f.log"
  [ -s "$dir/$f.png" ] || { echo "$f: no screenshot" >&2; exit 1; }
  grep -q "out of service" "$dir/$f.log" || { echo "$f: no out-of-service line" >&2; exit 1; }
  if [ "$f" = missing ]; then
    [ ! -e "$dir/missing.db" ] || { echo "a store was created at a missing path" >&2; exit 1; }
  else
    cmp -s "$dir/$f.db" "$dir/$f.orig" || { echo "$f.db was changed" >&2; exit 1; }
  fi
  [ ! -e "$dir/$f.db-wal" ] || { echo "$f.db got a write-ahead log" >&2; exit 1; }
done

if "$kiosk" --store "" --screenshot "$dir/empty-option.png" 2>"$dir/empty-option.log"; then
  echo "--store \"\" was accepted" >&2
  exit 1
fi
grep -q -- '--store' "$dir/empty-option.log" || { cat "$dir/empty-option.log" >&2; exit 1; }
echo ok
