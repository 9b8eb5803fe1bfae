#!/usr/bin/env bash
# The ITA open-information pages (issue 14 item 2, Tests b–d) through the raw interface and a real
# browser: every page of /ita/ in Thai and English answers 200 with the public site's headers
# (Cache-Control: no-store, a CSP without scripts), is `tidy -errors -q` clean, has lang set,
# headings in order and WCAG contrast; `siang publish` writes the same bytes (but for the <time>
# of drawing) with links that all resolve inside its folder; chromium prints each page to an A4
# PDF and pdftoppm makes PNGs of it, kept in WORKDIR to look at.
# Usage: ita_pages_browser_test.sh SIANG SIANG_SERVER CHROMIUM TIDY PDFTOPPM WORKDIR
set -euo pipefail
siang=$1 server=$2 chromium=$3 tidy=$4 pdftoppm=$5 dir=$6
pdfinfo=$(dirname "$pdftoppm")/pdfinfo
rm -rf "$dir"
mkdir -p -m 0700 "$dir/office"
store=$dir/office/siang.db
export LANG=C.UTF-8
SIANG_TEST_SERVER=$server SIANG_TEST_DIR=$dir
. "$(dirname "$0")/../support/server.sh"
fail() { echo "$*" >&2; exit 1; }

cat >"$dir/siang.toml" <<'TOML'
tracking_base_url = "https://siang.example.go.th/t/"
[municipality]
address_th = "สำนักงานเทศบาลตำบลตัวอย่าง 99 หมู่ 1 ตำบลตัวอย่าง อำเภอเมือง จังหวัดเชียงใหม่ 50000"
address_en = "Example Municipal Office, 99 Moo 1, Tambon Tuayang, Mueang District, Chiang Mai 50000"
phone = "0 5312 3456"
TOML
cli() { "$siang" --config "$dir/siang.toml" --store "$store" "$@"; }
cli init >/dev/null
cli server init >/dev/null
cli submit --kind complaint --subject "ไฟถนนดับหน้าวัดสามแยก" --details "มืดมากตอนกลางคืน" >/dev/null
cli submit --kind eservice --service streetlight --subject "ขอซ่อมไฟ" --details "หมู่ 3" >/dev/null
cli submit --kind corruption --subject "ลับมากห้ามเผยแพร่" --details "รายละเอียดลับ" >/dev/null
start_server "$store" 127.0.0.1:0 --config "$dir/siang.toml"
base="http://127.0.0.1:$public_port/ita/"
cli publish -o "$dir/site" >/dev/null
fy=$(( $(TZ=Asia/Bangkok date +%Y) + 543 + ($(TZ=Asia/Bangkok date +%-m) >= 10 ? 1 : 0) - 1 ))
cli publish -o "$dir/site-before" --fiscal-year "$fy" --lang both >/dev/null

# The drawing time is the one thing allowed to differ between the server and the folder.
untimed() { sed -E 's#<time datetime="[^"]*">[^<]*</time>#<time>#g' "$1"; }
pages=$(cd "$dir/site" && ls *.html)
[ "$(echo "$pages" | wc -l)" = 14 ] || fail "publish wrote $(echo "$pages" | wc -l) pages, not 14"
for file in $pages; do
  curl -s -D "$dir/headers" -o "$dir/served.html" "$base$file"
  grep -q '^HTTP/1.1 200' "$dir/headers" || fail "$file: $(head -1 "$dir/headers")"
  grep -qi '^Cache-Control: no-store' "$dir/headers" || fail "$file: no Cache-Control: no-store"
  grep -qi "^Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'" "$dir/headers" ||
    fail "$file: no CSP"
  grep -qi '^Content-Type: text/html; charset=utf-8' "$dir/headers" || fail "$file: content type"
  if ! "$tidy" -errors -q "$dir/served.html" >"$dir/tidy.log" 2>&1; then
    echo "tidy: $file" >&2; cat "$dir/tidy.log" >&2; exit 1
  fi
  cmp -s <(untimed "$dir/served.html") <(untimed "$dir/site/$file") ||
    { diff <(untimed "$dir/served.html") <(untimed "$dir/site/$file") | head >&2; fail "$file: publish differs from /ita/"; }
  case $file in *.en.html) lang=en ;; *) lang=th ;; esac
  grep -q "<html lang=\"$lang\">" "$dir/served.html" || fail "$file: not lang=$lang"
  grep -qi '<script' "$dir/served.html" && fail "$file: a script"
  # Headings: one h1 first, then never a level skipped on the way down.
  levels=$(grep -o '<h[1-6]' "$dir/served.html" | tr -dc '1-6\n')
  prev=0
  for l in $levels; do
    [ "$prev" = 0 ] && [ "$l" != 1 ] && fail "$file: starts with h$l"
    [ "$l" -gt $((prev + 1)) ] && fail "$file: h$prev then h$l"
    [ "$prev" -ge 1 ] && [ "$l" = 1 ] && fail "$file: a second h1"
    prev=$l
  done
  # Every link resolves inside the folder, or is the configured phone page.
  for href in $(grep -o 'href="[^"]*"' "$dir/site/$file" | sed 's/href="\(.*\)"/\1/'); do
    [ "$href" = "https://siang.example.go.th/t/" ] && continue
    [ -f "$dir/site/$href" ] || fail "$file: link $href goes nowhere in the folder"
  done
  # Nothing of the corruption complaint but its count.
  grep -q "ลับมาก\|รายละเอียดลับ" "$dir/served.html" && fail "$file: shows the corruption complaint"
done
# The index and ?lang=en, and another year's links carry it; the folder of that year matches.
curl -s "$base" >"$dir/index-slash.html"
cmp -s <(untimed "$dir/index-slash.html") <(untimed "$dir/site/index.html") || fail "/ita/ is not index.html"
curl -s "${base}eservices.html?lang=en" >"$dir/q-en.html"
cmp -s <(untimed "$dir/q-en.html") <(untimed "$dir/site/eservices.en.html") || fail "?lang=en is not .en.html"
[ "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "http://127.0.0.1:$public_port/ita")" = \
  "301 http://127.0.0.1:$public_port/ita/" ] || fail "/ita does not send to /ita/"
[ "$(curl -s -o /dev/null -w '%{http_code}' "${base}stats.html")" = 404 ] || fail "unknown page not 404"
[ "$(curl -s -o /dev/null -w '%{http_code}' "${base}index.html?fiscal_year=abc")" = 400 ] || fail "bad year not 400"
curl -s "${base}complaint-statistics.html?fiscal_year=$fy" >"$dir/year.html"
grep -q "href=\"index.html?fiscal_year=$fy\"" "$dir/year.html" || fail "links lose ?fiscal_year=$fy"
cmp -s <(untimed "$dir/year.html" | sed "s/?fiscal_year=$fy//g") <(untimed "$dir/site-before/complaint-statistics.html") ||
  { diff <(untimed "$dir/year.html" | sed "s/?fiscal_year=$fy//g") <(untimed "$dir/site-before/complaint-statistics.html") | head >&2; fail "--fiscal-year $fy differs from ?fiscal_year=$fy"; }
grep -q 'ไม่มีเรื่องร้องเรียน' "$dir/site/complaint-statistics.html" || fail "no empty period stated"
grep -q 'ข้อมูล ณ วันที่ .* เวลา [0-9][0-9]:[0-9][0-9] น.' "$dir/site/complaint-statistics.html" || fail "no drawing time"
grep -q '0 5312 3456' "$dir/site/corruption-channel.html" || fail "no office phone"
grep -q 'จังหวัดเชียงใหม่' "$dir/site/corruption-channel.html" || fail "no office address"
# A folder of anything else is never replaced; a second publish replaces its own.
mkdir "$dir/precious" && echo keep >"$dir/precious/notes.txt"
if cli publish -o "$dir/precious" 2>"$dir/refused.txt"; then fail "publish replaced a folder of other files"; fi
[ -f "$dir/precious/notes.txt" ] || fail "the other folder lost its file"
cli publish -o "$dir/site" >/dev/null && [ "$(ls "$dir/site" | wc -l)" = 14 ] || fail "republish"
ls -a "$dir" | grep -q '\.publish-' && fail "a temporary folder is left"

# Every text on every page readable: WCAG contrast (≥ 4.5:1, 3:1 for large text) as laid out.
. "$(dirname "$0")/../support/contrast.sh"
check_contrast "$chromium" "$dir/contrast" "$dir"/site/*.html

# Printed: each page an A4 PDF, then PNGs to look at.
for file in $pages; do
  name=${file%.html}
  timeout 90 "$chromium" --headless --no-sandbox --disable-gpu --user-data-dir="$dir/chrome" \
    --no-pdf-header-footer --print-to-pdf="$dir/$name.pdf" "$base$file" >/dev/null 2>&1
  "$pdfinfo" "$dir/$name.pdf" | grep -q 'Page size:.*(A4)' || fail "$name.pdf is not A4"
  "$pdftoppm" -r 60 -png "$dir/$name.pdf" "$dir/print-$name"
done
# On screen, a desk and a phone (no sideways scroll needed at 360 px).
for shot in complaint-statistics:1280,900 corruption-channel.en:360,780 index:360,780; do
  timeout 90 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$dir/chrome" --window-size="${shot#*:}" --screenshot="$dir/screen-${shot%%:*}.png" \
    "$base${shot%%:*}.html" >/dev/null 2>&1
  [ -s "$dir/screen-${shot%%:*}.png" ] || fail "no screenshot of ${shot%%:*}"
done
echo "ok: 14 pages served and published alike, headers, tidy clean, headings in order, links resolve, contrast, A4 PNGs in $dir"
