#!/usr/bin/env bash
# Database outage under load (make test-faults). Starts the backend on this machine's MariaDB,
# streams report writes, stops MariaDB in the middle, starts it again, and checks:
#   - during the outage every write is answered fast (< 5 s) with a 503 problem+json, and
#     /q/health/ready says DOWN; no other 5xx ever;
#   - afterwards the API recovers without a restart;
#   - every write that got a 201 is stored whole (its values and its audit rows), none half-applied.
# MariaDB is always started again, even if the script fails.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/mariadb-jar.sh
. scripts/lib/free-port.sh
db=${FAULTS_DB_NAME:-pm_faults}
export MYSQL_PWD=${TEST_DB_PASSWORD:-}
mysql_() { mysql -h"${TEST_DB_HOST:-127.0.0.1}" -P"${TEST_DB_PORT:-3306}" -u"${TEST_DB_USER:-root}" --batch --skip-column-names "$@"; }
start_db() { scripts/lib/start-mariadb.sh; }

work=$(mktemp -d)
log="$work/backend.log"
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  mysqladmin -h127.0.0.1 -uroot ping >/dev/null 2>&1 || start_db || true
  mysql_ -e "DROP DATABASE IF EXISTS $db" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

mysql_ -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4"
echo "faults: building the backend for MariaDB"
build_mariadb_jar "$work"
port=$(free_port)
mport=$(free_port)
(cd "$work" && exec java -Dquarkus.profile=faults -Dquarkus.http.port="$port" -Dquarkus.management.port="$mport" \
  -jar app/quarkus-run.jar >"$log" 2>&1) &
pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 90); do curl -fs "$base/q/health/ready" >/dev/null 2>&1 && break; sleep 1; done
curl -fs "$base/q/health/ready" >/dev/null || { cat "$log"; exit 1; }

python3 scripts/faults_run.py "$base" "$work/results.json"

echo "faults: checking every acknowledged write against the database"
python3 - "$work/results.json" "$db" <<'PY'
import json, subprocess, sys
sys.path.insert(0, "scripts/lib")
from api_client import check_stored_reports
results = json.load(open(sys.argv[1]))
db = sys.argv[2]
def sql(q):
    out = subprocess.run(["mysql", "-h127.0.0.1", "-uroot", "--batch", "--skip-column-names", db, "-e", q],
                         capture_output=True, text=True, check=True).stdout.strip()
    return out
acked_ids = [r["id"] for r in results["writes"] if r["status"] == 201]
failures = check_stored_reports(sql, acked_ids)
acked = len(acked_ids)
stored = int(sql("SELECT COUNT(*) FROM submission"))
# More stored than acknowledged is possible (committed, then the answer was lost) and is what
# Idempotency-Key is for; fewer would be a lost write.
if stored < acked:
    failures.append(f"{acked} writes acknowledged but only {stored} reports stored")
if failures:
    print("\n".join(failures)); sys.exit(1)
print(f"faults: {acked} acknowledged writes all stored whole; {stored} reports in the database")
PY
