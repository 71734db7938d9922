#!/usr/bin/env bash
# Checks docker-compose.yml and docker-compose.cluster.yml the way the deployment will read it. No Docker engine is needed:
# `config` only parses, interpolates and validates. Dummy secrets stand in for the real .env.
set -euo pipefail
cd "$(dirname "$0")/.."
export DB_PASSWORD=check-only MYSQL_ROOT_PASSWORD=check-only ADMIN_PASSWORD=check-only SST_PASSWORD=check-only
for file in docker-compose.yml docker-compose.cluster.yml; do
  if docker compose version >/dev/null 2>&1; then
    docker compose -f "$file" config -q
  else
    docker-compose -f "$file" config -q
  fi
  echo "$file: valid"
done
