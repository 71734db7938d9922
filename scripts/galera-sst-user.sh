#!/bin/sh
# docker-compose.cluster.yml: run once by the MariaDB image on galera1's first start (from
# /docker-entrypoint-initdb.d, on the temporary server the image starts without networking). Creates the
# account a joining node uses to copy the data (wsrep_sst_method=mariabackup), with the rights
# mariabackup needs on the donor; the other nodes receive it with the copy.
set -eu
mariadb --protocol=socket -uroot -p"$MARIADB_ROOT_PASSWORD" <<SQL
CREATE USER IF NOT EXISTS 'sst'@'localhost' IDENTIFIED BY '$SST_PASSWORD';
GRANT RELOAD, PROCESS, LOCK TABLES, BINLOG MONITOR ON *.* TO 'sst'@'localhost';
SQL
