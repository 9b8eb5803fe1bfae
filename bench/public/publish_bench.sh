#!/bin/sh
# Bench (issue 14): `siang publish` of a fiscal year's ITA pages (both languages, 14 files) from a
# large store, e.g. 1,000,000 demo cases made once with
#   siang --store /work/bench-cache/m1.db init && siang --store /work/bench-cache/m1.db demo 1000000
# Prints each run's wall time and the median, per fiscal year, and the same pages' time through
# siang-server's /ita/ (curl: the first request counts, the rest hit the cache). Never pass/fail.
# Usage: publish_bench.sh BUILD_DIR STORE [RUNS] [FISCAL_YEAR…]
set -eu
build=$1 store=$2
runs=${3:-5}
shift $(($# < 3 ? $# : 3))
cli="$build/tools/siang/siang"
tmp=$(mktemp -d)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
cases=$(sqlite3 "file:$store?mode=ro" 'SELECT count(*) FROM cases' 2>/dev/null || echo '?')
echo "store: $store ($cases cases), $runs runs each"
[ $# -gt 0 ] || set -- 2569 2570
for fy in "$@"; do
    : >"$tmp/times"
    for _ in $(seq "$runs"); do
        t0=$(now_ms)
        "$cli" --store "$store" publish -o "$tmp/site" --fiscal-year "$fy" >/dev/null
        t1=$(now_ms)
        echo $((t1 - t0)) >>"$tmp/times"
    done
    echo "siang publish --fiscal-year $fy: $(tr '\n' ' ' <"$tmp/times")ms; median $(median <"$tmp/times") ms; $(ls "$tmp/site" | wc -l) files, $(du -sk "$tmp/site" | cut -f1) KB"
done
# The statistics page served live: the first GET counts, the next ones within a minute are
# answered from siang-server's report cache (server/public/ita_report_cache.hpp).
"$build/server/siang-server" --store "$store" --listen 127.0.0.1:0 --public 127.0.0.1:0 \
    --port-file "$tmp/ports" 2>"$tmp/server.log" &
server_pid=$!
i=0
while [ ! -s "$tmp/ports" ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i + 1)); done
port=$(cut -d' ' -f2 "$tmp/ports")
for fy in "$@"; do
    : >"$tmp/times"
    for _ in $(seq "$runs"); do
        curl -s -o /dev/null -w '%{time_total}\n' \
            "http://127.0.0.1:$port/ita/complaint-statistics.html?fiscal_year=$fy" |
            awk '{printf "%d\n", $1 * 1000}' >>"$tmp/times"
    done
    echo "GET /ita/complaint-statistics.html?fiscal_year=$fy: $(tr '\n' ' ' <"$tmp/times")ms; median $(median <"$tmp/times") ms"
done
