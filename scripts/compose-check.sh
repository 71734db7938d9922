#!/usr/bin/env bash
# Checks docker-compose.yml the way the deployment will read it. No Docker engine is needed:
# `config` only parses, interpolates and validates. Dummy secrets stand in for the real .env.
set -euo pipefail
cd "$(dirname "$0")/.."
export DB_PASSWORD=check-only MYSQL_ROOT_PASSWORD=check-only ADMIN_PASSWORD=check-only
if docker compose version >/dev/null 2>&1; then
  docker compose -f docker-compose.yml config -q
else
  docker-compose -f docker-compose.yml config -q
fi
echo "docker-compose.yml: valid"
