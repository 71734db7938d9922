#!/usr/bin/env python3
"""Streams report writes at the backend while MariaDB is stopped and started (see faults.sh)."""
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lib"))
from api_client import PLAN, SLOTS, VALUES, call as call_at, sign_in  # noqa: E402

BASE, OUT = sys.argv[1], sys.argv[2]


def call(method, path, body=None, token=None, timeout=15):
    answer = call_at(BASE, method, path, body, token, timeout)
    return answer.status, answer.text, answer.ctype, answer.seconds


def fail(message):
    print("FAULTS FAILED: " + message)
    sys.exit(1)


token = sign_in(BASE, "admin", "faults-admin-password")
slots = list(SLOTS)
writes = []


def write(phase):
    unit, period = slots.pop(0)
    status, text, ctype, took = call("POST", "/api/v1/submissions",
                                     {"planCode": PLAN, "orgUnitCode": unit, "period": period, "values": VALUES}, token)
    entry = {"phase": phase, "unit": unit, "period": period, "status": status, "seconds": round(took, 3)}
    if status == 201:
        entry["id"] = json.loads(text)["id"]
    elif status >= 500 and status != 503:
        fail(f"{phase}: {status} {text}")
    elif status == 503 and not ctype.startswith("application/problem+json"):
        fail(f"{phase}: 503 without a problem body: {ctype} {text}")
    elif status not in (201, 503):
        fail(f"{phase}: unexpected {status} {text}")
    writes.append(entry)
    return status, took


for _ in range(20):
    if write("before")[0] != 201:
        fail("writes failed before the outage")
    time.sleep(0.05)

print("faults: stopping MariaDB")
subprocess.run(["mysqladmin", "-h127.0.0.1", "-uroot", "shutdown"], check=True)
time.sleep(1)
slowest = 0.0
for _ in range(10):
    status, took = write("outage")
    if status != 503:
        fail(f"during the outage a write got {status}, expected 503")
    slowest = max(slowest, took)
if slowest > 5:
    fail(f"a write took {slowest:.1f} s to fail during the outage (threads hang)")
status, text, _, _ = call("GET", "/q/health/ready")
if status != 503 or '"DOWN"' not in text:
    fail(f"readiness during the outage: {status} {text}")
print(f"faults: outage answered with 503 problem+json, slowest {slowest:.2f} s; readiness DOWN")

print("faults: starting MariaDB")
subprocess.run(["scripts/lib/start-mariadb.sh"], check=True)
deadline = time.monotonic() + 90
recovered = False
while time.monotonic() < deadline:
    status, _ = write("recovery")
    if status == 201:
        recovered = True
        break
    time.sleep(1)
if not recovered:
    fail("the API did not recover within 90 s of MariaDB coming back")
for _ in range(15):
    if write("after")[0] != 201:
        fail("writes failed after recovery")
status, text, _, _ = call("GET", "/q/health/ready")
if status != 200:
    fail(f"readiness after recovery: {status} {text}")
json.dump({"writes": writes}, open(OUT, "w"))
counts = {}
for w in writes:
    counts[(w["phase"], w["status"])] = counts.get((w["phase"], w["status"]), 0) + 1
print("faults: " + ", ".join(f"{phase} {status}×{n}" for (phase, status), n in counts.items()))
