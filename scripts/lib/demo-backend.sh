# Sourced by the scripts that drive `make run`'s product in a browser (e2e.sh, lighthouse.sh): starts
# the jar built by `make build-local` on a fresh embedded database with District 11's demo data, in a
# temporary folder, on free ports (so parallel runs never collide, on 8080 or on the management
# port), and stops it on exit whatever happens. A script that starts more defines
# `before_demo_backend_stops` to stop it first.
# After start_demo_backend: $root, $port, $pid, $workdir (removed on exit), $log, $base.

. "$(dirname "${BASH_SOURCE[0]}")/free-port.sh"

stop_demo_backend() {
  if declare -F before_demo_backend_stops >/dev/null; then before_demo_backend_stops; fi
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  rm -rf "$workdir"
}

start_demo_backend() {
  root=$PWD
  [ -f backend/target/quarkus-app/quarkus-run.jar ] || { echo "$0: run make build-local first"; exit 1; }
  port=$(free_port)
  local mport
  mport=$(free_port)
  workdir=$(mktemp -d)
  log="$workdir/backend.log"
  (cd "$workdir" && exec java -Dquarkus.profile=local -Dquarkus.http.port="$port" -Dquarkus.management.port="$mport" \
    -jar "$root/backend/target/quarkus-app/quarkus-run.jar" >"$log" 2>&1) &
  pid=$!
  trap stop_demo_backend EXIT
  base="http://127.0.0.1:$port"
  for _ in $(seq 1 90); do
    curl -fs "$base/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 1
  done
  echo "backend did not start"; cat "$log"; exit 1
}
