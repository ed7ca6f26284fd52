#!/usr/bin/env bash
# Load test of the published app for docs/performance.md: /ping (the ceiling), the code page and the search API,
# in the same run on the same machine, interleaved over several rounds so drift in machine load hits all three alike.
# Usage: benchmarks/wrk.sh [publish-dir] [app settings...], e.g.
#   dotnet publish src/MyeloCode.Web -c Release -o /tmp/myelo-pub
#   benchmarks/wrk.sh /tmp/myelo-pub                                  # as deployed (output cache on)
#   benchmarks/wrk.sh /tmp/myelo-pub --MyeloCode:OutputCache=false    # every request rendered
# Environment: ROUNDS (default 3), DURATION (default 10s), CONNECTIONS (default 32), URLS (space-separated paths,
# default "/ping /codes/62302 /api/search?q=cervical /suggest"; keep /ping first, the table divides by it), DB (a SQLite file
# to copy and serve, e.g. one with two PFS years imported for /changes and ?dos=; default a new database), WARMUP (per
# URL, default 3s; /suggest needs about 10s on a busy machine before its share stops climbing from round to round).
set -euo pipefail
pub=${1:-/tmp/myelo-pub}
shift || true
rounds=${ROUNDS:-3}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-32}
port=5099
work=$(mktemp -d)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }

[ -n "${DB:-}" ] && cp "$DB" "$work/perf.db"
ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__MyeloCode="Data Source=$work/perf.db" \
  dotnet "$pub/MyeloCode.Web.dll" --urls "http://127.0.0.1:$port" "$@" >"$work/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

read -r -a urls <<<"${URLS:-/ping /codes/62302 /api/search?q=cervical /suggest}"
for url in "${urls[@]}"; do wrk -t2 -c"$connections" -d"${WARMUP:-3s}" "http://127.0.0.1:$port$url" >/dev/null; done   # warm-up: JIT tiers, cache
for round in $(seq 1 "$rounds"); do
  for url in "${urls[@]}"; do
    out=$(wrk -t2 -c"$connections" -d"$duration" --latency "http://127.0.0.1:$port$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    echo "round $round  $url  $rps req/s  p50 $p50  p99 $p99"
    echo "$url $rps" >>"$work/results"
  done
done

echo
echo "| URL | req/s (median of $rounds) | share of /ping |"
echo "|---|---:|---:|"
median() { grep -F "$1 " "$work/results" | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ping=$(median "/ping")
for url in "${urls[@]}"; do
  m=$(median "$url")
  echo "| \`$url\` | $m | $(awk -v a="$m" -v b="$ping" 'BEGIN {printf "%.0f %%", 100 * a / b}') |"
done
