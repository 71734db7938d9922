#!/usr/bin/env bash
# Installs the Debian packages the tests need when they are missing: Chromium and nginx (browser
# tests, through the deployment's frontend/nginx.conf) and a compose client to check docker-compose.yml. Nothing else is downloaded outside npm/Maven.
# With "cluster" (make test-cluster): the Galera provider, HAProxy, and rsync and socat for state transfer.
set -euo pipefail
missing=()
if [ "${1:-}" = cluster ]; then
  [ -f /usr/lib/galera/libgalera_smm.so ] || missing+=(galera-4)
  command -v haproxy >/dev/null || missing+=(haproxy)
  command -v rsync >/dev/null || missing+=(rsync)
  command -v socat >/dev/null || missing+=(socat)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} (Debian packages)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  exit 0
fi
command -v chromium >/dev/null || missing+=(chromium)
command -v nginx >/dev/null || missing+=(nginx)
if ! docker compose version >/dev/null 2>&1 && ! command -v docker-compose >/dev/null; then
  missing+=(docker-compose)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} (Debian packages)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if ! mysqladmin -h127.0.0.1 -uroot ping >/dev/null 2>&1; then
  echo "Starting MariaDB"
  "$(dirname "$0")/lib/start-mariadb.sh"
fi
