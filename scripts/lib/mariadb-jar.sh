# Sourced by the fault scripts (faults.sh, cluster.sh): builds the production code path for MariaDB (the
# %faults build profile: the same jar as production but for the mariadb driver) and copies it to $1/app,
# so a later build in backend/target cannot change the jar under a running test.
build_mariadb_jar() {
  (cd backend && mvn -B -q package -DskipTests -Dquarkus.profile=faults)
  cp -r backend/target/quarkus-app "$1/app"
}
