#!/usr/bin/env bash
# Issue 10 item 10: under CI=true a configure with a test dependency hidden (Xvfb at a path
# that does not exist) must fail and name what is missing, never skip the GUI tests silently.
set -uo pipefail
src=$1 dir=$2 cmake=${3:-cmake}
rm -rf "$dir"
mkdir -p "$dir"
out=$(CI=true "$cmake" -S "$src" -B "$dir/build" -G Ninja -DSIANG_BUILD_BENCH=OFF \
        -DSIANG_XVFB=/nonexistent/Xvfb 2>&1)
rc=$?
rm -rf "$dir"
if [ $rc -eq 0 ]; then
  echo "FAIL: configure under CI=true succeeded with Xvfb missing" >&2
  exit 1
fi
if ! grep -q "Xvfb not found" <<<"$out"; then
  echo "FAIL: configure failed, but not because Xvfb is missing:" >&2
  echo "$out" >&2
  exit 1
fi
echo "ok: configure under CI=true refused a missing Xvfb"
