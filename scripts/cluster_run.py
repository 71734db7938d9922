#!/usr/bin/env python3
"""The load and the checks of make test-cluster (cluster.sh drives the faults and writes the phase).

cluster_run.py load LB A B WORK   — streams report writes, submissions and approvals through the load
    balancer from 3 workers until WORK/stop exists; every request is tagged with WORK/phase at its start.
cluster_run.py as-one A B          — sessions, API tokens, the sign-in throttle and the view counters
    across the two instances (called directly, not through the load balancer).
cluster_run.py check WORK PORT1 PORT2 PORT3 — every acknowledged action on all three nodes, and the figures.
"""
import json
import os
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "lib"))
from api_client import PLAN, SLOTS, VALUES, call, check_stored_reports, percentile, sign_in, unacceptable  # noqa: E402

ADMIN_PASSWORD = "faults-admin-password"
WORKERS = 3


def fail(message):
    print("CLUSTER FAILED: " + message, flush=True)
    sys.exit(1)


# --- load -------------------------------------------------------------------------------------------

def load(lb, work):
    log, lock, errors = [], threading.Lock(), []
    local = threading.local()  # each worker is one client: its own session and its instance's cookie

    def phase():
        try:
            return open(os.path.join(work, "phase")).read().strip()
        except OSError:
            return "before"

    def request(method, path, body=None, if_match=None, ok=(200, 201)):
        p, started = phase(), time.time()
        headers = {"If-Match": f'"{if_match}"'} if if_match is not None else {}
        if local.cookie:
            headers["Cookie"] = local.cookie
        answer = call(lb, method, path, body, local.token, headers=headers)
        cookie = answer.headers.get("Set-Cookie", "") if answer.headers else ""
        if cookie.startswith("SRV="):
            local.cookie = cookie.split(";")[0]
        entry = {"phase": p, "at": started, "seconds": round(answer.seconds, 4), "status": answer.status,
                 "method": method, "path": path}
        problem = unacceptable(answer, ok)
        if problem and answer.status == 409 and '"conflict"' in answer.text:
            problem = None  # a write conflict that outlived its retries: nothing stored, the client tries again
        if problem:
            errors.append(f"{p}: {method} {path}: {problem}")
        with lock:
            log.append(entry)
        return answer

    def refresh(report):
        """After an answer that never came: learn what the server kept (the outcome is unknown)."""
        while True:
            a = request("GET", f"/api/v1/submissions/{report['id']}", ok=(200,))
            if a.status == 200:
                body = a.json()
                report["status"], report["version"] = body["status"], body["version"]
                return
            time.sleep(0.5)

    def worker(n, reports):
        local.token, local.cookie = None, None
        signed = request("POST", "/api/v1/session", {"username": "admin", "password": ADMIN_PASSWORD}, ok=(201,))
        if signed.status != 201:
            errors.append(f"worker {n} could not sign in: {signed.status}")
            return
        local.token = signed.json()["token"]
        slots = SLOTS[n::WORKERS]
        while not os.path.exists(os.path.join(work, "stop")) and not errors:
            pending = [r for r in reports if r["status"] != "APPROVED"]
            if slots and len(pending) < 2:
                unit, period = slots.pop(0)
                a = request("POST", "/api/v1/submissions", {"planCode": PLAN, "orgUnitCode": unit, "period": period, "values": VALUES})
                if a.status == 201:
                    body = a.json()
                    reports.append({"id": body["id"], "status": body["status"], "version": body["version"],
                                    "acked": {"CREATE": 1}, "unsure": {}})
                else:
                    found = None
                    while found is None and not errors:
                        f = request("GET", f"/api/v1/submissions?plan={PLAN}&orgUnit={unit}&period={period}", ok=(200,))
                        if f.status == 200:
                            items = f.json()["items"]
                            found = items[0] if items else {}
                        else:
                            time.sleep(0.5)
                    if found:
                        reports.append({"id": found["id"], "status": found["status"], "version": found["version"],
                                        "acked": {}, "unsure": {"CREATE": 1}})
                    else:
                        slots.insert(0, (unit, period))
                continue
            report = pending[0] if pending else min(reports, key=lambda r: r["version"])
            action, path = {"DRAFT": ("SUBMIT", "submit"), "RETURNED": ("SUBMIT", "submit"),
                            "SUBMITTED": ("APPROVE", "approve"), "APPROVED": ("REOPEN", "reopen")}[report["status"]]
            body = {"comment": "Mở lại để kiểm tra"} if action == "REOPEN" else None
            a = request("POST", f"/api/v1/submissions/{report['id']}/{path}", body, if_match=report["version"])
            if a.status == 200:
                b = a.json()
                report["status"], report["version"] = b["status"], b["version"]
                report["acked"][action] = report["acked"].get(action, 0) + 1
            else:
                report["unsure"][action] = report["unsure"].get(action, 0) + 1
                refresh(report)

    all_reports = [[] for _ in range(WORKERS)]
    threads = [threading.Thread(target=worker, args=(n, all_reports[n]), daemon=True) for n in range(WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    json.dump({"log": log, "reports": [r for rs in all_reports for r in rs], "errors": errors},
              open(os.path.join(work, "results.json"), "w"))
    if errors:
        fail("; ".join(errors[:5]))


# --- as one -----------------------------------------------------------------------------------------

def as_one(a, b):
    admin = sign_in(a, "admin", ADMIN_PASSWORD)
    # A session opened on one instance works on the other; signed out there, it ends here too.
    session = sign_in(b, "admin", ADMIN_PASSWORD)
    expect(call(a, "GET", "/api/v1/session", token=session), 200, "a session from B on A")
    expect(call(a, "DELETE", "/api/v1/session", token=session), 204, "sign-out on A")
    expect(call(b, "GET", "/api/v1/session", token=session), 401, "the signed-out session on B")
    # An API token revoked on A stops working on B: nothing caches tokens, every request reads the row.
    created = call(a, "POST", "/api/v1/tokens", {"name": "cluster-check", "scope": "READ", "unitCodes": [],
                                                   "expiresAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 86400))}, admin)
    expect(created, 201, "token created on A")
    secret, token_id = created.json()["secret"], created.json()["token"]["id"]
    expect(call(b, "GET", "/api/v1/plans", token=secret), 200, "the new token on B")
    etag = created.headers.get("ETag", '"0"')
    revoked_at = time.monotonic()
    expect(call(a, "DELETE", f"/api/v1/tokens/{token_id}", token=admin, headers={"If-Match": etag}), 204, "revoked on A")
    while call(b, "GET", "/api/v1/plans", token=secret).status != 401:
        if time.monotonic() - revoked_at > 1:
            fail("a token revoked on A still worked on B after 1 s")
        time.sleep(0.01)
    revoke_seconds = time.monotonic() - revoked_at
    # The sign-in throttle counts one client's wrong passwords on both instances together.
    guesser = {"X-Forwarded-For": "198.51.100.77"}
    for i in range(5):
        expect(call(a if i % 2 == 0 else b, "POST", "/api/v1/session", {"username": "admin", "password": f"wrong-{i}"},
                    headers=guesser), 401, f"wrong password {i + 1}")
    for instance, name in ((a, "A"), (b, "B")):
        answer = call(instance, "POST", "/api/v1/session", {"username": "admin", "password": ADMIN_PASSWORD}, headers=guesser)
        expect(answer, 429, f"the 6th try on {name} after 5 wrong passwords spread over A and B")
    # A visitor whose views reach both instances is counted once.
    plan = call(a, "GET", f"/api/v1/plans?size=10", token=admin).json()["items"][0]
    if not plan.get("publishedAt"):
        expect(call(a, "POST", f"/api/v1/plans/{plan['id']}/publish", token=admin, headers={"If-Match": f'"{plan["version"]}"'}),
               200, "plan published")
    before = portal_visits(a)
    for instance in (a, b, a, b):
        expect(call(instance, "POST", "/api/v1/public/visits", {"page": "portal"}, headers={"X-Visitor": "cluster-visitor-01"}),
               200, "a visit")
    expect(call(b, "POST", "/api/v1/public/visits", {"page": "portal"}, headers={"X-Visitor": "cluster-visitor-02"}), 200, "a visit")
    # Both instances flush every 5 s; a flush that lost a write conflict to the other's runs again.
    # Each instance shows the stored count (refreshed at its flushes) plus its own pending views.
    deadline = time.monotonic() + 30
    while {portal_visits(a), portal_visits(b)} != {before + 2} and time.monotonic() < deadline:
        time.sleep(1)
    time.sleep(6)  # one more flush of each: a double count would show now
    shown = (portal_visits(a) - before, portal_visits(b) - before)
    if shown != (2, 2):
        fail(f"two visitors, one of them on both instances: A and B show {shown} more visits")
    print(f"cluster: as one — session and sign-out across instances; revoked token refused on the other instance "
          f"after {revoke_seconds * 1000:.0f} ms (bound 1 s); 5 wrong passwords over A and B → 429 on both; "
          f"2 visitors (one on both instances) counted 2, shown as 2 by both", flush=True)


def portal_visits(base):
    return call(base, "GET", "/api/v1/public/plans").json()["portalVisits"]



def expect(answer, status, what):
    if answer.status != status:
        fail(f"{what}: expected {status}, got {answer.status} {answer.text[:300]}")


# --- check ------------------------------------------------------------------------------------------

def check(work, ports, rebuilt_port):
    results = json.load(open(os.path.join(work, "results.json")))
    log, reports = results["log"], results["reports"]
    db = "planmonitor"

    def sql_at(port, database=db):
        return lambda q: subprocess.run(["mariadb", "--no-defaults", "-h127.0.0.1", f"-P{port}", "-uroot", "--batch",
                                         "--skip-column-names", database, "-e", q],
                                        capture_output=True, text=True, check=True).stdout.strip()

    problems = []
    nodes = [sql_at(p) for p in ports]
    acked_ids = [r["id"] for r in reports if r["acked"].get("CREATE")]
    for n, sql in enumerate(nodes, 1):
        problems += [f"node{n}: {p}" for p in check_stored_reports(sql, acked_ids)]
        for r in reports:
            rows = dict(line.split("\t") for line in sql(
                f"SELECT action, COUNT(*) FROM audit_event WHERE submission_id = {r['id']} AND action <> 'CREATE' GROUP BY action").splitlines() if line)
            for action in ("SUBMIT", "APPROVE", "REOPEN"):
                acked, unsure, stored = r["acked"].get(action, 0), r["unsure"].get(action, 0), int(rows.get(action, 0))
                if not acked <= stored <= acked + unsure:
                    problems.append(f"node{n}: report {r['id']} {action}: {acked} acknowledged (+{unsure} unanswered), {stored} audit rows")
            status = sql(f"SELECT status, version FROM submission WHERE id = {r['id']}").split("\t")
            if status != [r["status"], str(r["version"])]:
                problems.append(f"node{n}: report {r['id']} is {status}, last answer said {r['status']} v{r['version']}")
    # The three nodes hold the same rows, table by table.
    tables = nodes[0]("SHOW TABLES").split("\n")
    sums = [n(f"CHECKSUM TABLE {', '.join(tables)}") for n in nodes]
    if len(set(sums)) != 1:
        problems.append("the nodes' table checksums differ:\n" + "\n---\n".join(sums))
    # Progress summaries equal a rebuild from the stored values (a copy rebuilt at start by the backend).
    cells = "SELECT target_id, period_code, status, reporter, value_count, number_sum, numerator_sum, denominator_sum," \
            " meeting_count FROM progress_cell WHERE value_count <> 0 OR meeting_count <> 0 ORDER BY 1, 2, 3, 4"
    live = [n(cells) for n in nodes]
    rebuilt = sql_at(ports[0], db + "_rebuild")(cells)
    for n, rows in enumerate(live, 1):
        if rows != rebuilt:
            problems.append(f"node{n}: progress_cell differs from the rebuild ({len(rows.splitlines())} vs {len(rebuilt.splitlines())} rows)")
    if problems:
        fail("\n".join(problems[:30]))

    acked_actions = sum(sum(r["acked"].values()) for r in reports)
    unsure = sum(sum(r["unsure"].values()) for r in reports)
    print(f"cluster: {len(acked_ids)} reports and {acked_actions} acknowledged actions present and whole on all three "
          f"nodes (identical checksums of {len(tables)} tables); one audit entry per acknowledged action "
          f"({unsure} unanswered attempts checked as at most one); {len(rebuilt.splitlines())} progress cells equal a rebuild", flush=True)
    print(f"{'phase':<16}{'requests':>9}{'503s':>6}{'for':>7}{'409s':>6}{'p50 ms':>8}{'p99 ms':>8}")
    for phase in ["before", "db-node-kill", "backend-kill", "backend-restart", "after"]:
        entries = [e for e in log if e["phase"] == phase]
        unavailable = [e for e in entries if e["status"] not in (200, 201, 409)]
        conflicts = [e for e in entries if e["status"] == 409]
        span = (max(e["at"] + e["seconds"] for e in unavailable) - min(e["at"] for e in unavailable)) if unavailable else 0
        ok = [e["seconds"] * 1000 for e in entries if e["status"] in (200, 201)]
        print(f"{phase:<16}{len(entries):>9}{len(unavailable):>6}{span:>6.1f}s{len(conflicts):>6}"
              f"{percentile(ok, 50):>8.0f}{percentile(ok, 99):>8.0f}")
    print("(503s: requests answered 503 problem+json, and from the first to the end of the last; 409s: write "
          "conflicts that outlived the retries, nothing stored; latencies of the successful requests)")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "load":
        load(sys.argv[2], sys.argv[3])
    elif mode == "as-one":
        as_one(sys.argv[2], sys.argv[3])
    elif mode == "check":
        check(sys.argv[2], sys.argv[3:6], None)
    else:
        fail("unknown mode " + mode)
