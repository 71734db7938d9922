#!/usr/bin/env bash
# Browser tests: starts the real backend (the make-run jar, on a fresh embedded database with the
# District 11 plan and demo data) on a free port and, in front of it, nginx with the production
# frontend/nginx.conf serving frontend/dist — so the browser gets the deployment's headers (CSP and
# the rest) — then runs Playwright in Debian's Chromium against nginx, and always stops both.
# Without nginx (scripts/ensure-tools.sh installs it) the tests run against the backend directly.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/demo-backend.sh
nginx_pid=""
before_demo_backend_stops() {
  if [ -n "$nginx_pid" ]; then kill "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
}
start_demo_backend

if command -v nginx >/dev/null 2>&1 && [ -f frontend/dist/index.html ]; then
  nport=$(free_port)
  mkdir -p "$workdir/nginx"
  # The deployment's server block, with this machine's addresses instead of the compose network's.
  sed -e "s#listen 8080;#listen 127.0.0.1:$nport;#" -e "s#root /usr/share/nginx/html;#root $root/frontend/dist;#" \
      -e "s#http://backend:8080#http://127.0.0.1:$port#g" frontend/nginx.conf >"$workdir/nginx/server.conf"
  grep -q "127.0.0.1:$port" "$workdir/nginx/server.conf" || { echo "e2e: frontend/nginx.conf no longer proxies to backend:8080"; exit 1; }
  cat >"$workdir/nginx/nginx.conf" <<NGINX
pid $workdir/nginx/nginx.pid;
error_log $workdir/nginx/error.log;
$( [ "$(id -u)" = 0 ] && echo "user root;" )
events {}
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path $workdir/nginx/body;
    proxy_temp_path $workdir/nginx/proxy;
    fastcgi_temp_path $workdir/nginx/fastcgi;
    uwsgi_temp_path $workdir/nginx/uwsgi;
    scgi_temp_path $workdir/nginx/scgi;
    include $workdir/nginx/server.conf;
}
NGINX
  nginx -c "$workdir/nginx/nginx.conf" -g 'daemon off;' &
  nginx_pid=$!
  for _ in $(seq 1 20); do curl -fs "http://127.0.0.1:$nport/" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -fs "http://127.0.0.1:$nport/" >/dev/null || { echo "nginx did not start"; cat "$workdir/nginx/error.log"; exit 1; }
  base="http://127.0.0.1:$nport"
  echo "e2e: through nginx (frontend/nginx.conf) at $base, backend at $port"
else
  echo "e2e: nginx or frontend/dist missing — testing against the backend directly at $base"
fi
cd frontend
# Arguments go to Playwright, e.g. scripts/e2e.sh e2e/csp.spec.ts
BASE_URL="$base" npm run e2e -- "$@"
