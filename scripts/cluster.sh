#!/usr/bin/env bash
# make test-cluster: a three-node MariaDB Galera cluster on loopback, two backend instances on it and
# HAProxy in front (health checks on /q/health/ready), under a stream of report writes, submissions and
# approvals while, in turn, one database node is SIGKILLed and restarted (it catches up by IST), one
# backend is SIGKILLed and restarted, and the other backend is restarted (SIGTERM). Then every
# acknowledged action is checked on all three nodes, the progress summaries against a rebuild, and the
# failures and latencies of each phase are printed (scripts/cluster_run.py). Everything started here is
# stopped by its PID on exit, whatever happens; logs are kept in backend/target/cluster-check/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
. scripts/lib/free-port.sh
. scripts/lib/mariadb-jar.sh
. scripts/lib/galera.sh
scripts/ensure-tools.sh cluster
started=$SECONDS
work=$(mktemp -d /tmp/planmonitor-cluster.XXXXXX)
galera_dir=$work/galera
out=$root/backend/target/cluster-check
declare -A backend_pid backend_port backend_mport
lb_pid=""
runner_pid=""

stop_pid() { [ -n "${1:-}" ] && kill "$1" 2>/dev/null && wait "$1" 2>/dev/null || true; }
cleanup() {
  set +e
  stop_pid "$runner_pid"
  for name in a b rebuild; do stop_pid "${backend_pid[$name]:-}"; done
  stop_pid "$lb_pid"
  galera_stop_all
  rm -rf "$out" && mkdir -p "$out"
  cp "$work"/*.log "$work"/*.json "$work"/*.tsv "$work"/haproxy.cfg "$out"/ 2>/dev/null
  for i in 1 2 3; do cp "$galera_dir/node$i/error.log" "$out/node$i-error.log" 2>/dev/null; done
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$galera_dir" && chmod 755 "$work"

echo "cluster: building the backend for MariaDB"
build_mariadb_jar "$work"
echo "cluster: built in $((SECONDS - started)) s; starting three Galera nodes"
t=$SECONDS
galera_create
node_sql 1 -e "CREATE DATABASE planmonitor CHARACTER SET utf8mb4"
echo "cluster: three nodes synced in $((SECONDS - t)) s (ports ${node_sql_port[*]})"

hosts() { local h="" i; for i in "$@"; do h="$h${h:+,}127.0.0.1:${node_sql_port[$i]}"; done; echo "$h"; }
# Each instance lists the nodes in its own order (sequential failover: the first that answers), so the
# two write through different nodes — multi-primary, with certification conflicts on hot rows.
# A client sticks to one instance (HAProxy's cookie, below) and so to one node: a write committed on
# node1 is applied on node2 a few milliseconds later, and an approval sent right after a submission to
# the other instance met the old version (412). wsrep_sync_wait=1 (causal reads) fixed that but stalled
# all writers for 5 s every few seconds here, so stickiness it is.
declare -A backend_hosts=([a]="$(hosts 1 2 3)" [b]="$(hosts 2 3 1)")
backend_start() {
  local name=$1 db=${2:-planmonitor}
  [ -n "${backend_port[$name]:-}" ] || { backend_port[$name]=$(free_port); backend_mport[$name]=$(free_port); }
  (cd "$work" && exec java -Xmx384m -XX:TieredStopAtLevel=1 -Dquarkus.profile=faults \
    -Dquarkus.http.port="${backend_port[$name]}" -Dquarkus.management.port="${backend_mport[$name]}" \
    -Dquarkus.datasource.jdbc.url="jdbc:mariadb:sequential://${backend_hosts[$name]:-$(hosts 1)}/$db?connectTimeout=2000&socketTimeout=10000" \
    -jar app/quarkus-run.jar >>"$work/backend-$name.log" 2>&1) &
  backend_pid[$name]=$!
}
backend_wait_ready() {
  local name=$1
  for _ in $(seq 1 360); do
    curl -fs "http://127.0.0.1:${backend_port[$name]}/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "${backend_pid[$name]}" 2>/dev/null || { tail -40 "$work/backend-$name.log"; return 1; }
    sleep 0.25
  done
  echo "backend $name not ready after 90 s"; tail -40 "$work/backend-$name.log"; return 1
}
t=$SECONDS
backend_start a && backend_wait_ready a   # migrates the schema first, alone
backend_start b && backend_wait_ready b
echo "cluster: two backends ready in $((SECONDS - t)) s"

lb_port=$(free_port)
for code in 502 503 504; do
  body='{"type":"urn:planmonitor:problem:backend-unavailable","title":"Tạm thời không phục vụ được / Temporarily unavailable","status":503,"detail":"Máy chủ ứng dụng tạm thời không trả lời; vui lòng thử lại sau ít giây. / The application server is not answering; try again in a few seconds.","code":"backend-unavailable"}'
  printf 'HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/problem+json\r\nRetry-After: 5\r\nCache-Control: no-store\r\nConnection: close\r\nContent-Length: %s\r\n\r\n%s' \
    "$(printf '%s' "$body" | wc -c)" "$body" >"$work/$code.http"
done
cat >"$work/haproxy.cfg" <<CFG
global
  maxconn 256
defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 30s
  # A request that could not reach a backend (refused, stopped) goes to the other one.
  retries 2
  option redispatch
  errorfile 502 $work/502.http
  errorfile 503 $work/503.http
  errorfile 504 $work/504.http
frontend api
  bind 127.0.0.1:$lb_port
  default_backend backends
backend backends
  balance roundrobin
  # A new client goes to the next instance in turn and then stays there until it fails.
  cookie SRV insert indirect nocache
  option httpchk GET /q/health/ready
  http-check expect status 200
  default-server inter 1s fall 2 rise 2
  server a 127.0.0.1:${backend_port[a]} check cookie a
  server b 127.0.0.1:${backend_port[b]} check cookie b
CFG
haproxy -db -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
lb_pid=$!
lb="http://127.0.0.1:$lb_port"
for _ in $(seq 1 40); do curl -fs "$lb/q/health/ready" >/dev/null 2>&1 && break; sleep 0.25; done

python3 scripts/cluster_run.py as-one "http://127.0.0.1:${backend_port[a]}" "http://127.0.0.1:${backend_port[b]}"

# The next phase, unless the load already failed (then its message is the last line printed).
phase() {
  if [ -n "$runner_pid" ] && ! kill -0 "$runner_pid" 2>/dev/null; then
    wait "$runner_pid" || true; runner_pid=""; echo "cluster: the load stopped early"; exit 1
  fi
  echo "$1" >"$work/phase"
}
event() { printf '%s\t%s\n' "$1" "$2" >>"$work/events.tsv"; echo "cluster: $1: $2"; }
phase before
python3 scripts/cluster_run.py load "$lb" "$work" &
runner_pid=$!
sleep "${CLUSTER_PHASE_SECONDS:-12}"

phase db-node-kill
t=$SECONDS
node_kill 1
sleep 2
node_restart 1
event "node1 SIGKILLed, restarted, synced again by $(node_join_kind 1)" "$((SECONDS - t)) s"
sleep 3

phase backend-kill
t=$SECONDS
kill -9 "${backend_pid[a]}"; wait "${backend_pid[a]}" 2>/dev/null || true
sleep 2
backend_start a && backend_wait_ready a
event "backend a SIGKILLed and restarted, ready again" "$((SECONDS - t)) s"
sleep 3

phase backend-restart
t=$SECONDS
kill "${backend_pid[b]}"; wait "${backend_pid[b]}" 2>/dev/null || true
backend_start b && backend_wait_ready b
event "backend b restarted (SIGTERM), ready again" "$((SECONDS - t)) s"
sleep 3

phase after
sleep "${CLUSTER_PHASE_SECONDS:-12}"
touch "$work/stop"
wait "$runner_pid"; runner_pid=""
event "write conflicts retried (both backends' logs)" "$(cat "$work"/backend-a.log "$work"/backend-b.log | grep -c 'Write conflict in' || true)"

# A copy of the data whose summaries the backend rebuilds at start, to compare with the live ones.
stop_pid "${backend_pid[a]}"; stop_pid "${backend_pid[b]}"; backend_pid[a]=""; backend_pid[b]=""
sleep 1
node_sql 1 -e "CREATE DATABASE planmonitor_rebuild CHARACTER SET utf8mb4"
mariadb-dump --no-defaults -h127.0.0.1 -P"${node_sql_port[1]}" -uroot --single-transaction planmonitor \
  | node_sql 1 planmonitor_rebuild
node_sql 1 planmonitor_rebuild -e "DELETE FROM progress_cell; UPDATE plan SET progress_cells_built = FALSE"
backend_start rebuild planmonitor_rebuild && backend_wait_ready rebuild
stop_pid "${backend_pid[rebuild]}"; backend_pid[rebuild]=""
sleep 1  # the rebuild database's writes reach every node; the check reads node 1's copy
python3 scripts/cluster_run.py check "$work" "${node_sql_port[1]}" "${node_sql_port[2]}" "${node_sql_port[3]}"
echo "cluster: passed in $((SECONDS - started)) s"
