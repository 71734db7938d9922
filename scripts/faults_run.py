#!/usr/bin/env python3
"""Streams report writes at the backend while MariaDB is stopped and started (see faults.sh)."""
import json
import subprocess
import sys
import time
import urllib.error
import urllib.request

BASE, OUT = sys.argv[1], sys.argv[2]
PLAN = "D11-STI-2016-2020"
VALUES = [
    {"indicatorCode": "ECON_OFFICER_TRAINING", "numerator": 2, "denominator": 3},
    {"indicatorCode": "CIVIL_SERVANT_TRAINING", "numerator": 10, "denominator": 24},
    {"indicatorCode": "STI_DATABASE", "answer": True},
    {"indicatorCode": "STI_APPLICATION_MODELS", "number": 1, "items": [{"name": "Một cửa điện tử", "flagged": True}]},
    {"indicatorCode": "CREATIVE_MOVEMENT", "answer": True},
    {"indicatorCode": "IMPROVEMENT_INITIATIVES", "number": 4},
]


def call(method, path, body=None, token=None, timeout=15):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(BASE + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, text, ctype = response.status, response.read().decode(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        status, text, ctype = error.code, error.read().decode(), error.headers.get("Content-Type", "")
    except Exception as error:  # connection-level failure: counts against the API
        status, text, ctype = 0, str(error), ""
    return status, text, ctype, time.monotonic() - started


def fail(message):
    print("FAULTS FAILED: " + message)
    sys.exit(1)


status, text, _, _ = call("POST", "/api/v1/session", {"username": "admin", "password": "faults-admin-password"})
if status != 201:
    fail(f"sign-in: {status} {text}")
token = json.loads(text)["token"]
slots = [(f"P{n:02d}", str(year)) for year in range(2016, 2021) for n in range(1, 17)]
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
subprocess.run(["start-stop-daemon", "--start", "--oknodo", "--background", "--exec", "/usr/sbin/mariadbd"], check=True)
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
