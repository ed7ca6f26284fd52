#!/usr/bin/env bash
# Load test of the published app (docs/performance.md): /ping (the ceiling), the code page and the search API,
# in one run on one machine. Usage: benchmarks/wrk.sh [publish-dir] [extra app settings, e.g. --MyeloCode:OutputCache=false]
set -euo pipefail
pub=${1:-/tmp/myelo-pub}
shift || true
port=5099
db=$(mktemp -d)/perf.db
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }

ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__MyeloCode="Data Source=$db" \
  dotnet "$pub/MyeloCode.Web.dll" --urls "http://127.0.0.1:$port" "$@" >/dev/null 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

urls=("/ping" "/codes/62302" "/api/search?q=cervical")
for url in "${urls[@]}"; do wrk -t2 -c32 -d3s "http://127.0.0.1:$port$url" >/dev/null; done   # warm-up (JIT, tiered compilation, cache)
for url in "${urls[@]}"; do
  rps=$(wrk -t2 -c32 -d10s --latency "http://127.0.0.1:$port$url" | tee /dev/stderr | awk '/Requests\/sec/ {print $2}')
  echo "RESULT $url $rps"
done
