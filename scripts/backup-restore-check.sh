#!/usr/bin/env bash
# Proves the README's backup and restore procedure on this machine's MariaDB: dumps a database
# (default: the one the backend tests just used, schema and data), restores it into a scratch
# database, and compares every table's row count and checksum. Usage: scripts/backup-restore-check.sh [db]
set -euo pipefail
source_db=${1:-${TEST_DB_NAME:-test}}
host=${TEST_DB_HOST:-127.0.0.1}
port=${TEST_DB_PORT:-3306}
user=${TEST_DB_USER:-root}
scratch=pm_restore_check
dump=$(mktemp --suffix=.sql)
export MYSQL_PWD=${TEST_DB_PASSWORD:-}
mysql_() { mysql -h"$host" -P"$port" -u"$user" --batch --skip-column-names "$@"; }
trap 'rm -f "$dump"; mysql_ -e "DROP DATABASE IF EXISTS $scratch" || true' EXIT

# --- the backup, exactly as in the README ---
mysqldump -h"$host" -P"$port" -u"$user" --single-transaction --routines --triggers --hex-blob "$source_db" >"$dump"
# --- the restore, exactly as in the README ---
mysql_ -e "DROP DATABASE IF EXISTS $scratch; CREATE DATABASE $scratch CHARACTER SET utf8mb4"
mysql_ "$scratch" <"$dump"

tables=$(mysql_ -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$source_db' ORDER BY 1")
[ -n "$tables" ] || { echo "no tables in $source_db"; exit 1; }
status=0
for table in $tables; do
  original=$(mysql_ -e "SELECT COUNT(*) FROM \`$source_db\`.\`$table\`; CHECKSUM TABLE \`$source_db\`.\`$table\`" | awk '{print $NF}' | tr '\n' ' ')
  restored=$(mysql_ -e "SELECT COUNT(*) FROM \`$scratch\`.\`$table\`; CHECKSUM TABLE \`$scratch\`.\`$table\`" | awk '{print $NF}' | tr '\n' ' ')
  if [ "$original" != "$restored" ]; then
    echo "MISMATCH $table: $original vs $restored"; status=1
  fi
done
echo "backup/restore: $(echo "$tables" | wc -w) tables of '$source_db' dumped ($(du -h "$dump" | cut -f1)) and restored identically"
exit $status
