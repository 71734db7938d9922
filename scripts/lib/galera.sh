# Sourced by cluster.sh: a three-node MariaDB Galera cluster on loopback, in $galera_dir, with its own
# data directories, sockets, pid files and ports — never the MariaDB on 3306 nor its configuration
# (every client gets --no-defaults or the node's --defaults-file). Facts and pitfalls:
# /work/shared/cluster/README.md (rsync state transfer needs the server to run as mysql; a SIGKILLed
# node catches up by IST only when started at its recovered position).
# Needs free_port. After galera_create: node_sql_port[1..3]; node_pid[1..3].

galera_bin=/usr/sbin/mariadbd
declare -a node_sql_port node_pid node_g node_ist node_sst

node_cnf() { echo "$galera_dir/node$1/my.cnf"; }
node_sql() { local i=$1; shift; mariadb --no-defaults -h127.0.0.1 -P"${node_sql_port[$i]}" -uroot --batch --skip-column-names "$@"; }

galera_write_config() {
  local i=$1 d="$galera_dir/node$1" peers
  peers="127.0.0.1:${node_g[1]},127.0.0.1:${node_g[2]},127.0.0.1:${node_g[3]}"
  mkdir -p "$d/data"
  cat >"$d/my.cnf" <<CNF
[mysqld]
user=mysql
datadir=$d/data
socket=$d/mysqld.sock
pid-file=$d/mysqld.pid
log-error=$d/error.log
port=${node_sql_port[$i]}
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_general_ci
default_storage_engine=InnoDB
innodb_buffer_pool_size=96M
innodb_log_file_size=32M
# Durability comes from the other two nodes holding every committed write set; fsync per commit
# would only slow the test down.
innodb_flush_log_at_trx_commit=2
binlog_format=ROW
innodb_autoinc_lock_mode=2
max_connections=100
wsrep_on=ON
wsrep_provider=/usr/lib/galera/libgalera_smm.so
wsrep_cluster_name=planmonitor-test
wsrep_cluster_address=gcomm://$peers
wsrep_node_name=node$i
wsrep_node_address=127.0.0.1
wsrep_node_incoming_address=127.0.0.1:${node_sql_port[$i]}
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:${node_sst[$i]}
wsrep_provider_options="base_port=${node_g[$i]};gmcast.listen_addr=tcp://127.0.0.1:${node_g[$i]};ist.recv_addr=127.0.0.1:${node_ist[$i]};gcache.size=64M"
[sst]
sst-log-archive=0
CNF
  chown -R mysql:mysql "$d"
}

# Starts node $1 in the background (extra mariadbd options after it); its PID in node_pid[$1].
node_start() {
  local i=$1; shift
  "$galera_bin" --defaults-file="$(node_cnf "$i")" "$@" >>"$galera_dir/node$i/stdout.log" 2>&1 &
  node_pid[$i]=$!
}

# Waits until node $1 is a synced member of the primary component (or fails after $2 seconds).
node_wait_synced() {
  local i=$1 limit=${2:-60} state
  for _ in $(seq 1 $((limit * 4))); do
    state=$(node_sql "$i" -e "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2 || true)
    [ "$state" = "Synced" ] && return 0
    kill -0 "${node_pid[$i]}" 2>/dev/null || { echo "node$i exited"; tail -30 "$galera_dir/node$i/error.log"; return 1; }
    sleep 0.25
  done
  echo "node$i not synced after $limit s"; tail -30 "$galera_dir/node$i/error.log"; return 1
}

galera_create() {
  # mktemp makes 0700 directories: the server runs as mysql and must reach its own below (the caller
  # opens the directories above it).
  chmod 755 "$galera_dir"
  for i in 1 2 3; do
    node_sql_port[$i]=$(free_port); node_g[$i]=$(free_port); node_ist[$i]=$(free_port); node_sst[$i]=$(free_port)
  done
  for i in 1 2 3; do galera_write_config "$i"; done
  mariadb-install-db --no-defaults --user=mysql --datadir="$galera_dir/node1/data" \
    --auth-root-authentication-method=normal --skip-test-db >"$galera_dir/node1/install.log" 2>&1
  node_start 1 --wsrep-new-cluster
  node_wait_synced 1 60
  # Joiners start empty and receive a full copy (SST) from a member, one after the other.
  for i in 2 3; do node_start "$i"; node_wait_synced "$i" 90; done
}

# SIGKILLs node $1 and waits until the survivors have dropped it from the cluster.
node_kill() {
  local i=$1 other=$(( $1 % 3 + 1 ))
  kill -9 "${node_pid[$i]}"; wait "${node_pid[$i]}" 2>/dev/null || true
  for _ in $(seq 1 80); do
    [ "$(node_sql "$other" -e "SHOW STATUS LIKE 'wsrep_cluster_size'" 2>/dev/null | cut -f2 || true)" = 2 ] && return 0
    sleep 0.25
  done
  echo "node$i still in the cluster 20 s after SIGKILL"; return 1
}

# Restarts a SIGKILLed node at its recovered position, so it catches up by IST; prints how it joined.
node_restart() {
  local i=$1 position
  "$galera_bin" --defaults-file="$(node_cnf "$i")" --wsrep-recover --log-error="$galera_dir/node$i/recover.log" >/dev/null 2>&1
  position=$(grep -o 'Recovered position: [^ ]*' "$galera_dir/node$i/recover.log" | tail -1 | cut -d' ' -f3)
  node_start "$i" ${position:+--wsrep-start-position="$position"}
  node_wait_synced "$i" 120
}

# How node $1 last joined: IST (catch-up from the others' write-set cache) or SST (a full copy).
node_join_kind() {
  if tail -200 "$galera_dir/node$1/error.log" | grep -q "IST received\|Receiving IST"; then echo IST; else echo SST; fi
}

galera_stop_all() {
  for i in 3 2 1; do
    if [ -n "${node_pid[$i]:-}" ] && kill -0 "${node_pid[$i]}" 2>/dev/null; then
      kill "${node_pid[$i]}" 2>/dev/null || true
    fi
  done
  for i in 3 2 1; do
    [ -n "${node_pid[$i]:-}" ] || continue
    for _ in $(seq 1 60); do kill -0 "${node_pid[$i]}" 2>/dev/null || break; sleep 0.5; done
    kill -9 "${node_pid[$i]}" 2>/dev/null || true
  done
}
