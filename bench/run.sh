#!/usr/bin/env bash
# The whole benchmark in one run (bench/README.md): make bench-quick = run.sh 100x quick, make bench = run.sh 10000x full.
#   1. wrk installed if missing (Debian package), the database pm_bench dropped and created
#   2. the backend jar built for MariaDB (-Dquarkus.profile=bench) and the harness jar (bench/target/bench.jar)
#   3. the backend started once so Liquibase creates the schema (and District 11's seed), then stopped
#   4. bench/generate.sql run at the preset's scale (timed)
#   5. the backend started again with -Xmx512m; the harness measures the four figures against their
#      physical references, samples the heap, and writes bench/results/<UTC date>-<preset>.md and the
#      README's latest block for the mode; the backend is stopped
# Environment: BENCH_DB_HOST BENCH_DB_PORT BENCH_DB_USER BENCH_DB_PASSWORD BENCH_DB_NAME (127.0.0.1 3306 root "" pm_bench),
# BENCH_JDBC_OPTIONS (driver options of the raw-insert reference, default useServerPrepStmts=true; see bench/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-100x}
mode=${2:-quick}
host=${BENCH_DB_HOST:-127.0.0.1}
dbport=${BENCH_DB_PORT:-3306}
user=${BENCH_DB_USER:-root}
db=${BENCH_DB_NAME:-pm_bench}
export MYSQL_PWD=${BENCH_DB_PASSWORD:-}
jdbc="jdbc:mariadb://$host:$dbport/$db?user=$user&password=${BENCH_DB_PASSWORD:-}"
reference_options=${BENCH_JDBC_OPTIONS-useServerPrepStmts=true}
work="$PWD/bench/target/work-$preset"
started=$(date +%s)
say() { echo "bench [$(( $(date +%s) - started ))s]: $*"; }

if ! command -v wrk >/dev/null 2>&1; then
  say "installing wrk (Debian package)"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -qq wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
  else sudo apt-get install -y -qq wrk >/dev/null; fi
fi

pid=""
stop_backend() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi
}
trap stop_backend EXIT

start_backend() { # $1: log file
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  # Metrics are on the management port; a free one, so that two runs on one machine do not collide.
  mport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  (cd "$work" && BENCH_DB_HOST=$host BENCH_DB_PORT=$dbport BENCH_DB_USER=$user BENCH_DB_NAME=$db \
     exec java -Xmx512m -Dquarkus.profile=bench -Dquarkus.http.port="$port" -Dquarkus.management.port="$mport" \
     -jar app/quarkus-run.jar >"$1" 2>&1) &
  pid=$!
  base="http://127.0.0.1:$port"
  management="http://127.0.0.1:$mport"
  # Up to 30 minutes: at 10 million values the start includes building the progress summaries.
  for i in $(seq 1 3600); do
    curl -fs "$base/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || break
    [ $((i % 120)) = 0 ] && say "still starting ($((i / 2)) s)"
    sleep 0.5
  done
  tail -50 "$1"; echo "bench: the backend did not start"; exit 1
}

say "preset $preset, mode $mode, database $db on $host:$dbport"
mysql -h"$host" -P"$dbport" -u"$user" -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4"
rm -rf "$work" && mkdir -p "$work"

say "building the backend (MariaDB, profile bench) and the harness"
(cd backend && mvn -B -q package -DskipTests -Dquarkus.profile=bench)
cp -r backend/target/quarkus-app "$work/app"
(cd bench && mvn -B -q package)

say "first start: Liquibase creates the schema"
start_backend "$work/backend-migrate.log"
quarkus=$(sed -n 's/.*powered by Quarkus \([0-9.]*\).*/\1/p' "$work/backend-migrate.log" | head -1)
stop_backend

say "generating $preset"
java -jar bench/target/bench.jar generate --jdbc-url "$jdbc" --preset "$preset" --sql bench/generate.sql --work "$work"

say "second start, -Xmx512m"
t0=$(date +%s)
start_backend "$work/backend.log"
start_seconds=$(( $(date +%s) - t0 ))

say "measuring ($base)"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- backend bench/generate.sql bench/src 2>/dev/null || echo '+changes')"
set +e
java -jar bench/target/bench.jar measure --jdbc-url "$jdbc" --preset "$preset" --mode "$mode" --base-url "$base" \
  --management-url "$management" \
  --work "$work" --results-dir bench/results --readme bench/README.md --backend-log "$work/backend.log" \
  --reference-jdbc-options "$reference_options" --quarkus-version "${quarkus:-?}" --commit "$commit" \
  --backend-start-seconds "$start_seconds"
status=$?
set -e
stop_backend
say "done (exit $status); backend log: $work/backend.log, JMH logs: $work/jmh.*"
exit $status
