#!/usr/bin/env bash
# Browser tests: starts the real backend (the make-run jar, on a fresh embedded database with the
# District 11 plan and demo data) on a free port, runs Playwright in Debian's Chromium against it,
# and always stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
mport=$(free_port) # the management port (metrics): a free one, so parallel runs do not collide on 9000
workdir=$(mktemp -d)
log="$workdir/backend.log"
(cd "$workdir" && exec java -Dquarkus.profile=local -Dquarkus.http.port="$port" -Dquarkus.management.port="$mport" \
  -jar "$OLDPWD/backend/target/quarkus-app/quarkus-run.jar" >"$log" 2>&1) &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$workdir"' EXIT
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done
curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null || { echo "backend did not start"; cat "$log"; exit 1; }
cd frontend
BASE_URL="http://127.0.0.1:$port" npm run e2e
