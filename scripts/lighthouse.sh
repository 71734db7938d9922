#!/usr/bin/env bash
# Fast on a phone: starts the make-run jar (built by `make build-local`, nothing is built here) on a
# fresh embedded database with District 11's demo data, on free ports, runs Lighthouse's mobile preset
# once on each public page and on the signed-in data entry form and overview (Debian's Chromium),
# writes the scores to docs/lighthouse.json and fails below the goals; always stops the backend it started.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
[ -f backend/target/quarkus-app/quarkus-run.jar ] || { echo "lighthouse: run make build-local first"; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
mport=$(free_port)
workdir=$(mktemp -d)
log="$workdir/backend.log"
(cd "$workdir" && exec java -Dquarkus.profile=local -Dquarkus.http.port="$port" -Dquarkus.management.port="$mport" \
  -jar "$root/backend/target/quarkus-app/quarkus-run.jar" >"$log" 2>&1) &
pid=$!
cleanup() {
  kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true
  rm -rf "$workdir"
}
trap cleanup EXIT
for _ in $(seq 1 90); do
  curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null || { echo "backend did not start"; cat "$log"; exit 1; }
cd frontend
BASE_URL="http://127.0.0.1:$port" OUT="$root/docs/lighthouse.json" CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" \
  node scripts/lighthouse.mjs
