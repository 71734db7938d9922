#!/usr/bin/env bash
# Starts this machine's MariaDB (the one on 3306, /etc/mysql/my.cnf) if it is not running, and waits
# until it answers. Matched by its pid file, not by its executable: other mariadbd processes (a Galera
# node of make test-cluster, a developer's private server) must not make it think it is running.
start-stop-daemon --start --oknodo --background --pidfile /run/mysqld/mysqld.pid --exec /usr/sbin/mariadbd >/dev/null
for _ in $(seq 1 60); do mysqladmin -h127.0.0.1 -uroot ping >/dev/null 2>&1 && exit 0; sleep 1; done
echo "MariaDB did not come back"
exit 1
