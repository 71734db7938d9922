#!/usr/bin/env bash
# Two real backend processes on one MariaDB database run the reminder job at the same moment, several
# times over; every reminder (plan, unit, period, kind) must be claimed and written exactly once.
# NotificationTest races two threads in one JVM; this races two JVMs, each with its own connection pool.
#
# Needs the jar built for MariaDB:
#   (cd backend && mvn -B -q -o package -DskipTests -Dquarkus.datasource.db-kind=mariadb)
# Uses the database REMINDER_DB_NAME (default pm_reminders) on TEST_DB_HOST:TEST_DB_PORT, dropped first.
# "Today" is fixed at 25 January 2021 in both, a week before the 2020 reports are due (31 January 2021),
# and both look for reminders every second. Each round deletes the claims and the reminders, so the next
# run of both instances (within a second of each other) races for all of them again.
set -euo pipefail
cd "$(dirname "$0")/.."
DB_HOST=${TEST_DB_HOST:-127.0.0.1}
DB_PORT=${TEST_DB_PORT:-3306}
DB_USER=${TEST_DB_USER:-root}
DB=${REMINDER_DB_NAME:-pm_reminders}
ROUNDS=${ROUNDS:-5}
JAR=backend/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "$0: build the jar for MariaDB first (see the top of this script)"; exit 1; }

sql() { mysql -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" ${TEST_DB_PASSWORD:+-p"$TEST_DB_PASSWORD"} -N -B "$@"; }
. scripts/lib/free-port.sh

sql -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4"
workdir=$(mktemp -d)
# start() runs in a command substitution, a subshell: the instances' pids go to a file, since an array
# filled there is lost to this shell (and the instances outlived the test).
stop_all() {
  local p
  for p in $(cat "$workdir/pids" 2>/dev/null); do kill "$p" 2>/dev/null || true; done
  for p in $(cat "$workdir/pids" 2>/dev/null); do
    for _ in $(seq 1 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.2; done
  done
  rm -rf "$workdir"
}
trap stop_all EXIT

start() { # name → the instance's base URL, once ready
  local name=$1 port mport
  port=$(free_port); mport=$(free_port)
  DB_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DB" DB_USER="$DB_USER" DB_PASSWORD="${TEST_DB_PASSWORD:-}" \
    ADMIN_PASSWORD=reminders-admin-password PLANMONITOR_TODAY=2021-01-25 \
    java -Xmx256m -XX:TieredStopAtLevel=1 -Dquarkus.http.port="$port" -Dquarkus.management.port="$mport" \
      -Dplanmonitor.reminders.check-every=1s -Dplanmonitor.mail.send-every=off \
      -Dquarkus.log.category.\"vn.planmonitor.notification\".level=DEBUG \
      -jar "$JAR" >"$workdir/$name.log" 2>&1 &
  echo $! >>"$workdir/pids"
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1 && { echo "http://127.0.0.1:$port"; return 0; }
    sleep 1
  done
  echo "instance $name did not start" >&2; cat "$workdir/$name.log" >&2; exit 1
}

# One after the other: the first migrates the schema and creates the admin, the second finds both done.
a=$(start a)
token=$(curl -fs -XPOST "$a/api/v1/session" -H 'Content-Type: application/json' \
  -d '{"username": "admin", "password": "reminders-admin-password"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
for unit in P01 P02 P03; do
  user=$(echo "$unit" | tr 'P' 'p')
  curl -fs -o /dev/null -XPOST "$a/api/v1/users" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d "{\"username\": \"can-bo.$user\", \"displayName\": \"Cán bộ $unit\", \"role\": \"REPORTER\", \"unitCodes\": [\"$unit\"], \"password\": \"mat-khau-$user-0\"}"
done
b=$(start b)
echo "instances: $a $b"

expected=$(sql "$DB" -e "SELECT COUNT(*) FROM reminder_claim")
[ "$expected" -gt 0 ] || { echo "FAIL: no reminder was claimed"; exit 1; }
failed=0
for round in $(seq 1 "$ROUNDS"); do
  sql "$DB" -e "DELETE FROM notification WHERE kind IN ('DEADLINE_SOON', 'OVERDUE'); DELETE FROM reminder_claim"
  sleep 4
  claims=$(sql "$DB" -e "SELECT COUNT(*) FROM reminder_claim")
  per_officer=$(sql "$DB" -e "SELECT GROUP_CONCAT(c ORDER BY u) FROM (SELECT u.username u, COUNT(*) c FROM notification n
    JOIN app_user u ON u.id = n.user_id WHERE n.kind = 'DEADLINE_SOON' AND n.period_code = '2020' GROUP BY u.username) t")
  dup=$(sql "$DB" -e "SELECT COUNT(*) FROM (SELECT user_id, org_unit_id, period_code, kind FROM notification
    GROUP BY user_id, org_unit_id, period_code, kind HAVING COUNT(*) > 1) d")
  echo "round $round: $claims claims (expected $expected), reminders per officer: $per_officer, duplicates: $dup"
  [ "$claims" = "$expected" ] && [ "$per_officer" = "1,1,1" ] && [ "$dup" = "0" ] || failed=1
done
lost_a=$(grep -c "already sent (claimed by another run or instance)" "$workdir/a.log" || true)
lost_b=$(grep -c "already sent (claimed by another run or instance)" "$workdir/b.log" || true)
echo "claims refused by the unique key: instance a $lost_a, instance b $lost_b (each lost some races: both really competed)"
[ "$failed" = 0 ] || { echo "FAIL"; exit 1; }
echo "OK: every reminder written once in $ROUNDS rounds, two instances racing"
