#!/usr/bin/env bash
# The receipt screen's QR read back from a screenshot opens the case the kiosk filed.
# Usage: receipt_qr_test.sh SIANG_KIOSK SIANG OFFICE_DEMO_STORE WORKDIR SIZE
set -euo pipefail
kiosk=$1 siang=$2 make_store=$3 dir=$4 size=$5
rm -rf "$dir"
mkdir -p "$dir"
store="$dir/store.db"
# The kiosk never creates the store it is pointed at (only its own scratch one), and files its
# sample visit only into a store made for screenshots: make one first.
"$make_store" "$store" 0
"$(dirname "$0")/../support/with-xvfb" -s "-screen 0 1920x1080x24" "$kiosk" --store "$store" --screen receipt \
  --size "$size" --screenshot "$dir/receipt.png"
payload=$(zbarimg --raw -q "$dir/receipt.png")
echo "QR says: $payload"
code=${payload: -12}
if ! [[ $code =~ ^[0-9]{12}$ ]]; then
  echo "the QR does not end in a 12-digit code" >&2
  exit 1
fi
"$siang" --store "$store" show --code "$code" | tee "$dir/show.txt"
grep -q "ซ่อมไฟฟ้าสาธารณะ\|streetlight\|Streetlight" "$dir/show.txt" ||
  { echo "siang show did not find the sample streetlight request" >&2; exit 1; }
# A code one digit off is not found: the check is not passing by accident.
wrong="${code:0:11}$(( (${code:11:1} + 1) % 10 ))"
if "$siang" --store "$store" show --code "$wrong" >/dev/null 2>&1; then
  echo "a code with a different check digit opened a case" >&2
  exit 1
fi
