# Plan monitor — District 11 S&T plan 2016–2020.
# `make run` starts everything on an embedded database; `make test` runs every test.

.PHONY: help run test test-backend test-mutation test-upgrade test-faults test-cluster test-reminders check-backup test-clients test-frontend test-e2e test-lighthouse check-compose build-frontend build-local clean bench bench-quick

MVN ?= mvn -B -q

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-16s %s\n", $$1, $$2}'

## --- Run -------------------------------------------------------------------

run: build-local ## Build and start the whole product at http://localhost:8080 (embedded H2 in ./data, demo data)
	@echo ""
	@echo "  Plan monitor: http://localhost:8080   API: http://localhost:8080/api/v1   Swagger UI: http://localhost:8080/q/swagger-ui"
	@echo "  Sign in (demo accounts, make run only): admin / quan11-admin · reviewer / quan11-duyet"
	@echo "                                          phuong1 / quan11-phuong1 (Phường 1) · viewer / quan11-xem"
	@echo "  Embedded database in ./data (delete the folder to start afresh). Ctrl+C stops."
	@echo ""
	java -Dquarkus.profile=local -jar backend/target/quarkus-app/quarkus-run.jar

build-local: build-frontend ## Build the backend jar for `make run` (H2), with the SPA inside
	cd backend && $(MVN) package -DskipTests -Dquarkus.profile=local

build-frontend: ## Build the SPA into frontend/dist (API types generated from openapi.yaml)
	cd frontend && npm ci --no-audit --no-fund --loglevel=error && npm run build

## --- Test ------------------------------------------------------------------

test: test-backend test-mutation check-backup test-upgrade test-faults test-cluster test-reminders test-clients test-frontend test-e2e test-lighthouse check-compose ## Every test (see README)

test-backend: ## Backend tests against the real MariaDB at 127.0.0.1:3306 (TEST_DB_* to override)
	cd backend && $(MVN) verify

test-mutation: ## Mutation testing (PIT) of the progress arithmetic: fails below 95% or on a survivor not in backend/pit-allowlist.txt
	cd backend && $(MVN) test-compile org.pitest:pitest-maven:mutationCoverage
	scripts/pit-check.py backend/target/pit-reports/mutations.xml backend/pit-allowlist.txt

check-backup: ## The README's mysqldump backup and restore, proven on the tests' database
	scripts/backup-restore-check.sh

test-upgrade: ## A database of the last release (RELEASES) migrates to the current code with every figure unchanged
	MVN="$(MVN)" scripts/upgrade-check.sh

test-faults: ## Stop and start MariaDB under a stream of writes: 503s, recovery, nothing lost
	scripts/faults.sh

test-cluster: ## Three Galera nodes, two backends, HAProxy: a DB node, a backend killed and restarted under writes; nothing acknowledged lost
	scripts/cluster.sh

test-reminders: ## Two backend processes on one MariaDB database race the reminder job: each reminder written once
	cd backend && $(MVN) -B -q package -DskipTests -Dquarkus.datasource.db-kind=mariadb
	scripts/reminders-two-instances.sh

test-clients: build-local ## Redocly lint; Java, Python and TypeScript clients generated from openapi.yaml, compiled and run against the backend
	scripts/test-clients.sh

test-frontend: ## SPA type check against openapi.yaml, ESLint (import boundaries) and unit tests (Vitest)
	cd frontend && npm ci --no-audit --no-fund --loglevel=error && npm run typecheck && npm run lint && npm test

test-e2e: build-local ## SPA in headless Chromium (Playwright) against the real backend; screenshots to docs/screenshots
	scripts/e2e.sh

test-lighthouse: build-local ## Lighthouse mobile on the portal, plan, target, embed, data entry and overview; scores to docs/lighthouse.json, fails below the goals
	scripts/lighthouse.sh

check-compose: ## docker-compose.yml and docker-compose.cluster.yml are valid (parsed, not run: no Docker engine here)
	scripts/compose-check.sh

## --- Benchmark (not part of make test; bench/README.md) ---------------------

bench: ## Full benchmark at 10,000x District 11 (about 10 million values) on the local MariaDB
	bench/run.sh 10000x full

bench-quick: ## Short benchmark run (100x District 11 by default; PRESET=1x for the smallest), prints the four ratios
	bench/run.sh $(or $(PRESET),100x) quick

clean: ## Remove build output (keeps ./data)
	rm -rf backend/target frontend/dist bench/target
