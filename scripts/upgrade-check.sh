#!/usr/bin/env bash
# make test-upgrade: a database created and filled by the previous release (the last line of RELEASES)
# migrates to the current code with every figure, report, account and token unchanged.
# Builds the previous release from its recorded commit in a temporary git worktree (cached by commit,
# so a repeat run skips that build), builds the current working tree (uncommitted changes included),
# both for MariaDB, and runs scripts/upgrade_check.py on this machine's MariaDB (database
# UPGRADE_DB_NAME, default pm_upgrade; TEST_DB_* as for the backend tests). Artefacts and both servers'
# logs go to backend/target/upgrade-check/.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
mvn_="${MVN:-mvn -B -q} -Dstyle.color=never"
read -r version commit < <(grep -Ev '^[[:space:]]*(#|$)' RELEASES | tail -n 1)
[ -n "${commit:-}" ] || { echo "upgrade: no release in RELEASES"; exit 1; }
git cat-file -e "$commit^{commit}" 2>/dev/null || {
  echo "upgrade: commit $commit of $version is not in this clone (a shallow clone? git fetch --unshallow)"; exit 1; }

cache=${UPGRADE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/planmonitor/upgrade}/$commit-mariadb
work=$(mktemp -d)
out=$root/backend/target/upgrade-check
cleanup() {
  git -C "$root" worktree remove --force "$work/old-src" >/dev/null 2>&1 || true
  git -C "$root" worktree prune >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
started=$SECONDS

# The database kind is fixed at build time; -D overrides application.properties (mysql) without a profile,
# so any release can be built the same way.
if [ ! -f "$cache/quarkus-app/quarkus-run.jar" ]; then
  echo "upgrade: building $version ($commit) for MariaDB (cached in $cache)"
  git -C "$root" worktree add --quiet --detach "$work/old-src" "$commit" >/dev/null
  (cd "$work/old-src/backend" && $mvn_ package -DskipTests -Dquarkus.datasource.db-kind=mariadb)
  rm -rf "$cache.partial" && mkdir -p "$cache.partial"
  cp -r "$work/old-src/backend/target/quarkus-app" "$cache.partial/"
  rm -rf "$cache" && mv "$cache.partial" "$cache"
else
  echo "upgrade: $version ($commit) already built in $cache"
fi

echo "upgrade: building the current code (working tree) for MariaDB"
mkdir -p "$work/new-src"
tar -C "$root" --exclude=backend/target --exclude=backend/data -cf - backend openapi.yaml | tar -C "$work/new-src" -xf -
(cd "$work/new-src/backend" && $mvn_ package -DskipTests -Dquarkus.datasource.db-kind=mariadb)
echo "upgrade: builds took $((SECONDS - started)) s"

rm -rf "$out" && mkdir -p "$out"
python3 scripts/upgrade_check.py "$cache/quarkus-app" "$work/new-src/backend/target/quarkus-app" "$out"
echo "upgrade: $version -> current code checked in $((SECONDS - started)) s"
