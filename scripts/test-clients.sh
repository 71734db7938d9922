#!/usr/bin/env bash
# make test-clients: what an integrator does with openapi.yaml, proven. Lints the contract with Redocly
# (recommended rules, no error allowed), generates three clients from it exactly as their generators
# produce them — Java (openapi-generator 7.25.0, library "native"), Python (openapi-generator, "python",
# pydantic 2) and TypeScript (openapi-typescript + openapi-fetch) — compiles them, and runs the same short
# scenario with each (clients/*/) against the real backend: `make run`'s jar on free ports with the demo
# accounts, stopped on exit whatever happens. No type mappings or template changes: if a client needs
# one, the contract is what must change.
set -euo pipefail
cd "$(dirname "$0")/.."
GENERATOR_VERSION=7.25.0
generator_jar="$HOME/.m2/repository/org/openapitools/openapi-generator-cli/$GENERATOR_VERSION/openapi-generator-cli-$GENERATOR_VERSION.jar"

work=$(mktemp -d)
before_demo_backend_stops() { rm -rf "$work"; }
trap 'rm -rf "$work"' EXIT
. scripts/lib/demo-backend.sh

python3 - <<'PY' || { echo "test-clients: the python client needs pydantic 2, urllib3 and python-dateutil for python3"; exit 1; }
import pydantic, urllib3, dateutil, typing_extensions
assert int(pydantic.VERSION.split(".")[0]) >= 2
PY

echo "== Redocly lint (recommended rules)"
(cd frontend && { [ -x node_modules/.bin/redocly ] || npm ci --no-audit --no-fund --loglevel=error; } && npx redocly lint ../openapi.yaml --extends=recommended --format=summary 2>&1 | grep -v "Node.js\|║\|╔\|╚")

if [ ! -f "$generator_jar" ]; then
  mvn -B -q dependency:get -Dartifact="org.openapitools:openapi-generator-cli:$GENERATOR_VERSION"
fi

echo "== generate"
java -jar "$generator_jar" generate -i openapi.yaml -g java --library native -o "$work/java" \
  --additional-properties=invokerPackage=vn.planmonitor.client,apiPackage=vn.planmonitor.client.api,modelPackage=vn.planmonitor.client.model \
  >"$work/java-gen.log" 2>&1 || { cat "$work/java-gen.log"; exit 1; }
java -jar "$generator_jar" generate -i openapi.yaml -g python -o "$work/python" \
  --additional-properties=packageName=planmonitor_client >"$work/python-gen.log" 2>&1 || { cat "$work/python-gen.log"; exit 1; }
mkdir -p "$work/ts"
frontend/node_modules/.bin/openapi-typescript openapi.yaml -o "$work/ts/api.ts" >/dev/null

echo "== compile"
# The generated pom's own dependencies, offline once they were fetched the first time.
(cd "$work/java" && { mvn -B -q -o dependency:copy-dependencies -DincludeScope=compile -DoutputDirectory=lib 2>/dev/null \
  || mvn -B -q dependency:copy-dependencies -DincludeScope=compile -DoutputDirectory=lib; })
mkdir -p "$work/java/classes"
javac -nowarn -encoding UTF-8 -d "$work/java/classes" -cp "$work/java/lib/*" \
  $(find "$work/java/src/main/java" -name '*.java') clients/java/Scenario.java 2>&1 | grep -v '^Note: ' || true
[ -f "$work/java/classes/Scenario.class" ] || { echo "test-clients: the Java client does not compile"; exit 1; }
python3 -m compileall -q "$work/python/planmonitor_client" >/dev/null
cp clients/typescript/scenario.ts clients/typescript/tsconfig.json "$work/ts/"
echo '{"type": "module"}' >"$work/ts/package.json"
ln -s "$PWD/frontend/node_modules" "$work/ts/node_modules"
frontend/node_modules/.bin/tsc -p "$work/ts/tsconfig.json"

echo "== backend"
start_demo_backend
echo "   $base"

echo "== java";       java -cp "$work/java/classes:$work/java/lib/*" Scenario "$base" JAVA
echo "== python";     PYTHONPATH="$work/python" python3 clients/python/scenario.py "$base" PY
echo "== typescript"; node "$work/ts/out/scenario.js" "$base" TS
echo "test-clients: 3 clients generated, compiled and run against the backend"
