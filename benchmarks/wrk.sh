#!/usr/bin/env bash
# Load test of the published app for docs/performance.md, beside a trivial Kestrel app (benchmarks/Trivial) serving
# the same bytes as a code page and a search answer from memory: both apps in the same run, interleaved over several
# rounds, so drift in machine load hits all alike. Each URL is divided by the trivial HTML endpoint (pages) or the
# trivial JSON endpoint (/api/*) of the same round.
# Usage: benchmarks/wrk.sh [publish-dir] [app settings...], e.g.
#   dotnet publish src/MyeloCode.Web -c Release -o /tmp/myelo-pub
#   dotnet publish benchmarks/Trivial -c Release -o /tmp/myelo-pub/trivial
#   benchmarks/wrk.sh /tmp/myelo-pub                                  # as deployed (output cache on)
#   benchmarks/wrk.sh /tmp/myelo-pub --MyeloCode:OutputCache=false    # every request rendered
# Environment: ROUNDS (default 3), DURATION (default 10s), THREADS (default 1), CONNECTIONS (default 16), URLS
# (space-separated paths, default below), DB (a SQLite file to copy and serve, e.g. one with PFS years imported;
# default a new database), WARMUP (per URL, default 3s; /suggest needs about 10s on a busy machine), TRIVIAL (the
# trivial app's publish folder, default <publish-dir>/trivial), TRIVIAL_HTML and TRIVIAL_JSON (the app's URLs whose
# bytes the trivial app serves, default /codes/62302 and /api/search?q=cervical).
set -euo pipefail
pub=${1:-/tmp/myelo-pub}
shift || true
rounds=${ROUNDS:-3}
duration=${DURATION:-10s}
threads=${THREADS:-1}
connections=${CONNECTIONS:-16}
trivial=${TRIVIAL:-$pub/trivial}
port=5099
trivial_port=5098
work=$(mktemp -d)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
[ -f "$trivial/Trivial.dll" ] || { echo "no $trivial/Trivial.dll: dotnet publish benchmarks/Trivial -c Release -o $trivial"; exit 1; }

[ -n "${DB:-}" ] && cp "$DB" "$work/perf.db"
# From the publish folder, as systemd runs it (docs/deployment.md): the content root is the working directory, and
# without the app's appsettings.json every request would be logged at Information (half the time of a cache hit).
(cd "$pub" && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__MyeloCode="Data Source=$work/perf.db" \
  exec dotnet MyeloCode.Web.dll --urls "http://127.0.0.1:$port" "$@" >"$work/app.log" 2>&1) &
app=$!
trivial_app=
trap 'kill $app $trivial_app 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

# The trivial app serves what the app serves for these URLs (as wrk asks: no Accept-Encoding, so uncompressed).
curl -sf "http://127.0.0.1:$port${TRIVIAL_HTML:-/codes/62302}" >"$work/page.html"
curl -sf "http://127.0.0.1:$port${TRIVIAL_JSON:-/api/search?q=cervical}" >"$work/answer.json"
ASPNETCORE_ENVIRONMENT=Production dotnet "$trivial/Trivial.dll" --urls "http://127.0.0.1:$trivial_port" \
  --html "$work/page.html" --json "$work/answer.json" >"$work/trivial.log" 2>&1 &
trivial_app=$!
for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$trivial_port/json" >/dev/null && break; sleep 0.2; done
echo "trivial /html $(wc -c <"$work/page.html") bytes, /json $(wc -c <"$work/answer.json") bytes"

default_urls="/codes/62302 /api/search?q=cervical /api/suggest?regions=cervical,thoracic&route=lumbar&billing=both&ct= /suggest?regions=cervical&route=lumbar&billing=both"
read -r -a urls <<<"${URLS:-$default_urls}"
targets=("trivial:/html" "trivial:/json" "${urls[@]}")
address() { case $1 in trivial:*) echo "http://127.0.0.1:$trivial_port${1#trivial:}" ;; *) echo "http://127.0.0.1:$port$1" ;; esac; }
# The trivial endpoint a URL is compared with.
baseline() { case $1 in /api/*|trivial:/json) echo "trivial:/json" ;; *) echo "trivial:/html" ;; esac; }

for target in "${targets[@]}"; do wrk -t"$threads" -c"$connections" -d"${WARMUP:-3s}" "$(address "$target")" >/dev/null; done   # JIT tiers, cache
for round in $(seq 1 "$rounds"); do
  for target in "${targets[@]}"; do
    out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "$(address "$target")")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    echo "round $round  $target  $rps req/s  p50 $p50  p99 $p99"
    echo "$round $target $rps" >>"$work/results"
  done
done

rate() { awk -v r="$1" -v t="$2" '$1 == r && $2 == t {print $3}' "$work/results"; }
median() { awk -v t="$1" '$2 == t {print $3}' "$work/results" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo
echo "| URL | req/s (median of $rounds) | share of trivial (medians) | per round |"
echo "|---|---:|---:|---|"
for target in "${targets[@]}"; do
  base=$(baseline "$target")
  shares=$(for round in $(seq 1 "$rounds"); do awk -v a="$(rate "$round" "$target")" -v b="$(rate "$round" "$base")" 'BEGIN {printf "%.2f\n", a / b}'; done | sort -n | paste -sd' ')
  echo "| \`$target\` | $(median "$target") | $(awk -v a="$(median "$target")" -v b="$(median "$base")" 'BEGIN {printf "%.2f", a / b}') of \`$base\` | $shares |"
done
