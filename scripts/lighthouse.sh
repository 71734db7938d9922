#!/usr/bin/env bash
# Fast on a phone: starts the make-run jar (built by `make build-local`, nothing is built here) on a
# fresh embedded database with District 11's demo data, on free ports, runs Lighthouse's mobile preset
# once on each public page and on the signed-in data entry form and overview (Debian's Chromium),
# writes the scores to docs/lighthouse.json and fails below the goals; always stops the backend it started.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/demo-backend.sh
start_demo_backend
cd frontend
BASE_URL="$base" OUT="$root/docs/lighthouse.json" CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" \
  node scripts/lighthouse.mjs
