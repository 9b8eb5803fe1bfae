#!/usr/bin/env bash
# A screenshot is an output file like any other: `--screenshot` onto the store's key or the store
# itself is refused and leaves both untouched.
# Usage: screenshot_output_test.sh SIANG_KIOSK SIANG OFFICE_DEMO_STORE WORKDIR
set -euo pipefail
kiosk=$1 siang=$2 make_store=$3 dir=$4
rm -rf "$dir"
mkdir -p "$dir"
store="$dir/siang.db"
# Made for screenshots, so the refusal below is the output file's, not the store's.
"$make_store" "$store" 0
cp "$store.key" "$dir/key.before"
xvfb=("$(dirname "$0")/../support/with-xvfb" -s "-screen 0 1920x1080x24")
for target in "$store.key" "$store"; do
  if "${xvfb[@]}" "$kiosk" --store "$store" --screen attract --screenshot "$target" \
      >"$dir/kiosk.log" 2>&1; then
    echo "screenshot over $target was not refused" >&2
    exit 1
  fi
  grep -q "screenshot failed" "$dir/kiosk.log" ||
    { cat "$dir/kiosk.log" >&2; echo "refused for another reason" >&2; exit 1; }
done
cmp "$store.key" "$dir/key.before"
"$siang" --store "$store" check >/dev/null
echo "screenshots onto the store and its key refused"
