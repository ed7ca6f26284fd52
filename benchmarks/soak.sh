#!/usr/bin/env bash
# Soak run of a fleet for docs/performance.md ("Several servers: soak"): two published instances (own SQLite files,
# one key folder) behind nginx with deploy/nginx/myelocode-fleet.conf, mixed traffic from wrk for DURATION seconds,
# instance b killed (SIGKILL) and started again half-way. Reports req/s, every 5xx by the instance that gave it, how
# many requests nginx moved to the other instance, and each instance's RSS every SAMPLE seconds.
# Not part of `dotnet test`. Usage:
#   dotnet publish src/MyeloCode.Web -c Release -o /tmp/myelo-pub
#   benchmarks/soak.sh /tmp/myelo-pub
# Environment: DURATION (seconds, default 600), SAMPLE (seconds between RSS samples, default 30), CONNECTIONS
# (default 16), DELAY_MS (pause per connection between requests, default 2: leaves the 2 cores some air).
set -euo pipefail
pub=${1:-/tmp/myelo-pub}
duration=${DURATION:-600}
sample=${SAMPLE:-30}
connections=${CONNECTIONS:-16}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/myelocode-soak-XXXX)
proxy_port=5190
declare -A port=([a]=5191 [b]=5192) pid=()
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
[ -x /usr/sbin/nginx ] || { echo "nginx is missing: apt-get install -y nginx"; exit 1; }
mkdir -p "$work/keys"

start() { # start <name>: the instance as systemd would run it (from its folder, so its appsettings.json applies), then wait until /healthz answers 200
  ASPNETCORE_ENVIRONMENT=Production \
  ConnectionStrings__MyeloCode="Data Source=$work/$1.db" \
  MyeloCode__DataProtection__KeysPath="$work/keys" \
  MyeloCode__InstanceName="$1" \
  MyeloCode__ReverseProxy__KnownProxies__0=127.0.0.1 \
  MyeloCode__RateLimit__ApiPermitsPerMinute=0 \
    bash -c 'cd "$1" && exec dotnet MyeloCode.Web.dll --urls "$2"' _ "$pub" "http://127.0.0.1:${port[$1]}" >>"$work/$1.log" 2>&1 &
  pid[$1]=$!
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:${port[$1]}/healthz" >/dev/null && return; sleep 0.2; done
  echo "instance $1 did not become healthy"; tail "$work/$1.log"; exit 1
}
cleanup() {
  for name in a b; do [ -n "${pid[$name]:-}" ] && kill "${pid[$name]}" 2>/dev/null || true; done
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  [ -n "${sampler:-}" ] && kill "$sampler" 2>/dev/null || true
}
trap cleanup EXIT

start a
curl -sf "http://127.0.0.1:${port[a]}/suggest" >/dev/null   # the first key of the ring, before b starts
start b

sed -e "s/server 127.0.0.1:5001;/server 127.0.0.1:${port[a]};/" -e "s/server 127.0.0.1:5002;/server 127.0.0.1:${port[b]};/" \
    -e "s/listen 80;/listen 127.0.0.1:$proxy_port;/" "$repo/deploy/nginx/myelocode-fleet.conf" >"$work/site.conf"
cat >"$work/nginx.conf" <<EOF
user root;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
    # Only what the report needs: errors, and requests nginx had to try on a second instance.
    log_format soak '\$msec \$status "\$upstream_addr" "\$upstream_status" \$request_uri';
    map "\$status:\$upstream_addr" \$soak_log { "~^[23]\d\d:[^,]*\$" 0; default 1; }
    access_log $work/access.log soak if=\$soak_log;
    client_body_temp_path $work/body; proxy_temp_path $work/proxy; fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi; scgi_temp_path $work/scgi;
    include $work/site.conf;
}
EOF
/usr/sbin/nginx -p "$work" -c "$work/nginx.conf"

# The mix: static pages, the interactive page's prerender, JSON APIs, health; one list walked per connection.
cat >"$work/mix.lua" <<'EOF'
local paths = {
  "/", "/codes/62302", "/codes/72240", "/codes?q=lumbar", "/compare?family=combined-lumbar", "/edits",
  "/reference", "/suggest?regions=cervical&route=lumbar&billing=both", "/api/codes", "/api/codes/62304",
  "/api/search?q=cervical", "/api/search?q=c1-c2%20puncture", "/api/suggest?regions=lumbosacral&route=lumbar&billing=both&ct=lumbosacral",
  "/api/about", "/healthz", "/ping",
}
local i = 0
wrk.headers["Accept-Encoding"] = "br, gzip" -- as a browser asks; the app compresses static pages
function setup(thread) thread:set("offset", math.random(#paths)) end
function request() i = i + 1; return wrk.format("GET", paths[(i + offset) % #paths + 1]) end
local pause = tonumber(os.getenv("DELAY_MS") or "2")
function delay() return pause end
EOF

echo "seconds rss_a_mb rss_b_mb" >"$work/rss"
( t=0; while true; do
    rss() { ps -o rss= -p "$(pgrep -f "MyeloCode.Web.dll --urls http://127.0.0.1:${port[$1]}" | head -1)" 2>/dev/null | awk '{printf "%.0f", $1/1024}'; }
    echo "$t $(rss a || echo -) $(rss b || echo -)" >>"$work/rss"; sleep "$sample"; t=$((t + sample))
  done ) &
sampler=$!

DELAY_MS=${DELAY_MS:-2} wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$work/mix.lua" "http://127.0.0.1:$proxy_port" >"$work/wrk.out" &
load=$!
sleep $((duration / 2))
kill_at=$(date +%s.%N)
kill -9 "${pid[b]}"; wait "${pid[b]}" 2>/dev/null || true
start b
back_at=$(date +%s.%N)
wait "$load"

echo "== wrk: $duration s, $connections connections, mixed URLs; b killed at +$((duration / 2)) s, healthy again $(awk -v a="$kill_at" -v b="$back_at" 'BEGIN {printf "%.1f", b - a}') s later"
cat "$work/wrk.out"
# Access log fields split on quotes: $1 "msec status", $2 upstream addresses tried, $4 their statuses.
echo "== 5xx answers, by the instances nginx tried and what each gave"
awk -F'"' '{ split($1, f, " ") } f[2] ~ /^5/ { n["status " f[2] " from " $2 " (" $4 ")"]++ } END { for (k in n) print n[k], k; if (length(n) == 0) print "none" }' "$work/access.log"
echo "== requests nginx moved to the other instance after the first failed (answered there): $(awk -F'"' '$2 ~ /,/ { split($1, f, " "); if (f[2] !~ /^5/) n++ } END { print n + 0 }' "$work/access.log")"
echo "== instances: a = 127.0.0.1:${port[a]}, b = 127.0.0.1:${port[b]}"
echo "== RSS (MB) every $sample s"
cat "$work/rss"
echo "(logs and access log kept in $work)"
