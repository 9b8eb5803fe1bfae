#!/usr/bin/env bash
# The phone status page in a real browser (issue 14): a receipt's QR, read back by zbarimg, opens
# in Debian's chromium the page of that case; screenshots at 360x780 (a phone) and 1280x800, Thai
# and English, of a code with a reply, a mistyped code, an unknown code and the rate-limited
# page; the page validates with tidy. The PNGs stay in WORKDIR to look at.
# Usage: public_status_browser_test.sh SIANG SIANG_SERVER CHROMIUM ZBARIMG TIDY PNG_CHECK WORKDIR
set -euo pipefail
siang=$1 server=$2 chromium=$3 zbarimg=$4 tidy=$5 png_check=$6 dir=$7
rm -rf "$dir"
mkdir -p -m 0700 "$dir/office"
store=$dir/office/siang.db
export LANG=C.UTF-8
SIANG_TEST_SERVER=$server SIANG_TEST_DIR=$dir
. "$(dirname "$0")/../support/server.sh"

"$siang" --store "$store" init >/dev/null
"$siang" --store "$store" server init >/dev/null
start_server "$store"
base="http://127.0.0.1:$public_port/t/"
# The configuration a kiosk prints its QR with: the tracking URL in front of the code.
printf 'tracking_base_url = "%s"\n' "$base" >"$dir/siang.toml"
code=$("$siang" --config "$dir/siang.toml" --store "$store" --json submit --kind complaint \
  --subject "ไฟถนนดับหน้าวัดสามแยก" --details "มืดมากตอนกลางคืน" | json_field tracking_code)
number=$("$siang" --store "$store" --json list | json_field case_number)
"$siang" --store "$store" status "$number" in_review \
  --reply "รับเรื่องแล้ว กองช่างจะออกตรวจและเปลี่ยนหลอดไฟภายใน 3 วันทำการ" >/dev/null
"$siang" --config "$dir/siang.toml" --store "$store" qr "$code" -o "$dir/receipt-qr.png" --size 400
url=$("$zbarimg" -q --raw "$dir/receipt-qr.png")
[ "$url" = "$base$code" ] || { echo "the QR reads \"$url\", not \"$base$code\"" >&2; exit 1; }

browse() {  # NAME SIZE URL: a screenshot and the DOM
  timeout 90 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$dir/chrome" --window-size="$2" --screenshot="$dir/$1.png" "$3" \
    >/dev/null 2>&1
  timeout 90 "$chromium" --headless --no-sandbox --disable-gpu --user-data-dir="$dir/chrome" \
    --dump-dom "$3" >"$dir/$1.html" 2>/dev/null
  "$png_check" "$dir/$1.png" --region 0,0,360,300 --min-dark 0.01 >/dev/null
}
has() { grep -qF "$2" "$dir/$1.html" || { echo "$1: no \"$2\" on the page" >&2; exit 1; }; }

browse phone-th 360,780 "$url"
has phone-th "กำลังตรวจสอบ"
has phone-th "กองช่างจะออกตรวจ"
browse phone-en 360,780 "$url?lang=en"
has phone-en "In review"
browse desk-th 1280,800 "$url"
typo=${code:0:11}$(((${code:11:1} + 1) % 10))
browse mistyped-th 360,780 "$base$typo"
has mistyped-th "พิมพ์ผิด"
browse form-en 360,780 "$base?lang=en"
has form-en "<form"
# An unknown code with a valid check digit: the first digit changed until Damm fits again.
# (Each probe from an address of its own: the probes are wrong codes and would be limited.)
unknown="" n=0
for first in 1 2 3 4 5 6 7 8 9 0; do
  for last in 0 1 2 3 4 5 6 7 8 9; do
    try=$first${code:1:10}$last
    [ "$try" = "$code" ] && continue
    n=$((n + 1))
    status=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Real-IP: 192.0.2.$n" "$base$try")
    if [ "$status" = 404 ]; then unknown=$try; break 2; fi
  done
done
[ -n "$unknown" ] || { echo "no unknown valid code found" >&2; exit 1; }
browse unknown-th 360,780 "$base$unknown"
has unknown-th "ไม่พบเรื่อง"
for _ in $(seq 25); do curl -s -o /dev/null "$base$typo"; done
browse limited-th 360,780 "$url"
has limited-th "กรุณารอ"
# Valid HTML: tidy reports no error and no warning on the found page and the form.
for page in "$url" "$base?lang=en" "$base$typo"; do
  curl -s "$page" -H 'X-Real-IP: 198.51.100.9' >"$dir/tidy-in.html"
  if ! "$tidy" -errors -q "$dir/tidy-in.html" >"$dir/tidy.log" 2>&1; then
    echo "tidy: $page" >&2; cat "$dir/tidy.log" >&2; exit 1
  fi
done
grep -q "$code" "$dir/server.log" && { echo "the code is in the server's log" >&2; exit 1; }
# Every text on every state of the page readable: WCAG contrast as the browser laid it out.
. "$(dirname "$0")/../support/contrast.sh"
check_contrast "$chromium" "$dir/contrast" "$dir"/{phone-th,phone-en,mistyped-th,unknown-th,limited-th,form-en}.html
echo "ok: QR → page, phone and desk sizes, Thai and English, mistyped, unknown, rate-limited, tidy clean, contrast ≥ 4.5:1"
