# check_contrast CHROMIUM WORKDIR PAGE.html...: each page, copied without its CSP and with
# tests/support/contrast.js added at the end of its body, is laid out by headless chromium; every
# element showing text must meet WCAG 2's ratio against its real background (SPEC §11, issue 14:
# ≥ 4.5:1). Prints the elements that fail and returns 1; a page with no text checked fails too.
# Sourced by the web pages' browser tests.
check_contrast() {
  local chromium=$1 work=$2 page name verdict bad=0
  shift 2
  mkdir -p "$work"
  cp "$(dirname "${BASH_SOURCE[0]}")/contrast.js" "$work/contrast.js"
  for page in "$@"; do
    name=$(basename "$page")
    sed -e '/http-equiv="Content-Security-Policy"/d' \
        -e 's#</body>#<script src="contrast.js"></script></body>#' "$page" >"$work/$name"
    grep -q 'contrast.js' "$work/$name" || { echo "contrast: $name has no </body>" >&2; return 1; }
    verdict=$(timeout 90 "$chromium" --headless --no-sandbox --disable-gpu \
                --user-data-dir="$work/chrome" --allow-file-access-from-files \
                --dump-dom "file://$work/$name" 2>/dev/null |
              sed -n '/<pre id="contrast-verdict">/,/<\/pre>/p' | sed -e 's/<[^>]*>//g' -e 's/&lt;/</g' -e 's/&gt;/>/g' -e 's/&quot;/"/g' -e 's/&amp;/\&/g')
    case $verdict in
      "CHECKED 0"* | "") echo "contrast: $name: no text was checked" >&2; bad=1 ;;
      *LOW*) echo "contrast: $name:" >&2; echo "$verdict" | grep LOW >&2; bad=1 ;;
    esac
  done
  return $bad
}
