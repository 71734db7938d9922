#!/usr/bin/env python3
"""The upgrade check (make test-upgrade; scripts/upgrade-check.sh builds the two jars and calls this).

Starts the previous release on a fresh MariaDB database, fills it through its own API with a fixed
data set, records every figure it answers (on TODAY, and again started on LATER) and dumps every table;
stops it, starts the current code on the same database (Liquibase migrates it at start), dumps and
records again on both days with the tokens the old release issued, and compares. Any difference is printed as a unified diff and fails the run.

Usage: upgrade_check.py OLD_APP_DIR NEW_APP_DIR OUT_DIR   (the app dirs hold quarkus-run.jar)
Environment: TEST_DB_HOST/PORT/USER/PASSWORD as for the backend tests, UPGRADE_DB_NAME (pm_upgrade).

Only the standard library: urllib, json, subprocess.
"""
import datetime
import decimal
import difflib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

OLD_APP, NEW_APP, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
DB_HOST = os.environ.get("TEST_DB_HOST", "127.0.0.1")
DB_PORT = os.environ.get("TEST_DB_PORT", "3306")
DB_USER = os.environ.get("TEST_DB_USER", "root")
DB_PASSWORD = os.environ.get("TEST_DB_PASSWORD", "")
DB = os.environ.get("UPGRADE_DB_NAME", "pm_upgrade")
PLAN = "D11-STI-2016-2020"
YEARS = range(2016, 2021)
ADMIN_PASSWORD = "upgrade-admin-password"
# Fixed, so the old and the new release judge "late" and "on track" against the same day. The data is
# entered on TODAY, when 2020 is in progress; every answer is also recorded on LATER, after 2020's reports
# were due (31 January 2021), where the current code must answer exactly as the old release.
TODAY = "2020-06-30"
LATER = "2021-06-30"

# --- What a migration may legitimately change; everything else must be equal after the upgrade. ----
# Database columns not compared, "table.column" -> why. Add an entry (with its reason) only when a
# migration deliberately rewrites or drops that column; a new column or table is never compared
# (the old release cannot have filled it) and is listed in the output.
IGNORED_COLUMNS = {
    "DATABASECHANGELOG.*": "Liquibase's own journal: the upgrade adds the new changesets (listed), and a newer "
                           "Liquibase may rewrite MD5SUM and bookkeeping columns; compared by ID, AUTHOR, FILENAME",
    "DATABASECHANGELOGLOCK.*": "Liquibase's lock row, taken and released at every start",
}
# Rows not compared, table -> (test, why).
IGNORED_ROWS = {
    "progress_cell": (lambda row: row.get("value_count") == 0 and row.get("meeting_count") == 0,
                      "a summary row emptied by later status changes is kept at zero; a rebuild at start "
                      "(plan.progress_cells_built = FALSE after a migration) does not write it"),
}
# Fields of API answers not compared, name -> why (wherever the name occurs).
IGNORED_FIELDS = {
    "generatedAt": "the time the answer was computed",
    "lastUsedAt": "the check itself uses the old release's tokens",
    "validFrom": "a unit's validity dates are new (changelog 020, issue 17): the old release's answers have none; "
                 "`active` (valid today) is still compared, and the inactive ward's figures with it",
    "validTo": "idem",
    "receivedUnits": "v0.1.0's completeness matrix counted a RETURNED report as not received; it now counts "
                     "it as received, as /completeness always has (its `received` is still compared). "
                     "Drop this entry once the release after v0.1.0 is the baseline",
}

# Fields of a target's progress not compared on TODAY only, and why. Since issue 16 a year before its
# reporting deadline is shown but not judged, so on 30 June 2020 the status of District 11's targets is
# judged on 2016–2019 where v0.1.0 also judged June's first 2020 reports. Dropped only from the objects
# that carry a status (those with a `statusReason`); their figures are compared, and on LATER everything.
IN_PROGRESS_FIELDS = {
    "status": "decided without the year in progress",
    "statusReason": "idem",
    "yearsMet": "counts judged years only",
    "yearsWithData": "idem",
    "latestYear": "the latest judged year, 2019 instead of 2020",
    "latestFigure": "that year's figure",
    "projection": "the line through the judged years only",
}


STARTED = time.monotonic()


def log(message):
    print(f"upgrade [{time.monotonic() - STARTED:4.0f} s] {message}", flush=True)


class Failure(Exception):
    pass


# --- HTTP ---------------------------------------------------------------------------------------

class Api:
    def __init__(self, base):
        self.base = base

    def call(self, method, path, body=None, token=None, headers=None, expect=None, raw=False):
        data = None
        request = urllib.request.Request(self.base + path, method=method)
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            request.add_header("Content-Type", "application/json")
        if token:
            request.add_header("Authorization", "Bearer " + token)
        for key, value in (headers or {}).items():
            request.add_header(key, value)
        try:
            with urllib.request.urlopen(request, data=data, timeout=60) as response:
                status, text = response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            status, text = error.code, error.read().decode()
        if expect is not None and status not in (expect if isinstance(expect, tuple) else (expect,)):
            raise Failure(f"{method} {path}: expected {expect}, got {status}: {text[:800]}")
        if raw:
            return status, text
        # Decimals read exactly, never through a binary float: 999999999999.1234 stays what was answered.
        return status, (json.loads(text, parse_float=number) if text and text[:1] in "{[" else text)

    def get(self, path, token, expect=200):
        return self.call("GET", path, token=token, expect=expect)[1]

    def post(self, path, body, token, version=None, expect=(200, 201), headers=None):
        h = dict(headers or {})
        if version is not None:
            h["If-Match"] = f'"{version}"'
        return self.call("POST", path, body, token, h, expect)[1]

    def put(self, path, body, token, version, expect=200):
        return self.call("PUT", path, body, token, {"If-Match": f'"{version}"'}, expect)[1]

    def delete(self, path, token, version=None, expect=204):
        h = {"If-Match": f'"{version}"'} if version is not None else {}
        return self.call("DELETE", path, None, token, h, expect)[1]

    def all_items(self, path, token):
        """Every item of a paged list, page by page."""
        items, page = [], 1
        sep = "&" if "?" in path else "?"
        while True:
            answer = self.get(f"{path}{sep}page={page}&size=500", token)
            items += answer["items"]
            if len(items) >= answer["total"] or not answer["items"]:
                return {"total": answer["total"], "items": items}
            page += 1


# --- The servers --------------------------------------------------------------------------------

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, name, app_dir, today=TODAY):
        self.name, self.app_dir, self.process, self.today = name, app_dir, None, today
        self.port = free_port()
        self.log_path = os.path.join(OUT, f"{name}-{today}-backend.log")

    def start(self):
        env = dict(os.environ,
                   DB_URL=f"jdbc:mariadb://{DB_HOST}:{DB_PORT}/{DB}", DB_USER=DB_USER, DB_PASSWORD=DB_PASSWORD,
                   ADMIN_USERNAME="admin", ADMIN_PASSWORD=ADMIN_PASSWORD, PLANMONITOR_TODAY=self.today,
                   PORT=str(self.port), QUARKUS_HTTP_HOST="127.0.0.1",
                   # The current code has a management port (metrics); a free one, as for PORT.
                   MANAGEMENT_PORT=str(free_port()), QUARKUS_MANAGEMENT_HOST="127.0.0.1")
        log(f"starting the {self.name} release on port {self.port}, today {self.today} (log: {self.log_path})")
        with open(self.log_path, "w") as out:
            # db-kind is a build-time setting; repeated here so the runtime does not warn it differs.
            self.process = subprocess.Popen(
                ["java", "-Dquarkus.datasource.db-kind=mariadb", "-jar", os.path.join(self.app_dir, "quarkus-run.jar")],
                stdout=out, stderr=subprocess.STDOUT, cwd=OUT, env=env)
        started = time.monotonic()
        while time.monotonic() - started < 300:
            if self.process.poll() is not None:
                raise Failure(f"the {self.name} release stopped at start:\n{self.tail()}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/q/health/ready", timeout=5) as r:
                    if r.status == 200:
                        log(f"{self.name} release ready in {time.monotonic() - started:.0f} s")
                        return Api(f"http://127.0.0.1:{self.port}/api/v1")
            except (urllib.error.URLError, ConnectionError, OSError):
                pass
            time.sleep(1)
        raise Failure(f"the {self.name} release was not ready after 300 s:\n{self.tail()}")

    def stop(self):
        """A clean stop (SIGTERM): the view counters are flushed at shutdown, as in production."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=90)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def tail(self, lines=60):
        with open(self.log_path, errors="replace") as f:
            return "".join(f.readlines()[-lines:])


# --- The data set, entered through the old release's API ----------------------------------------

def value_for(indicator, unit_index, year):
    """A deterministic, varied value of one indicator for one unit and year."""
    code, n, y = indicator["code"], unit_index, year
    if code == "ECON_OFFICER_TRAINING" and y == 2020:
        return {"indicatorCode": code, "numerator": 0, "denominator": 0}  # "0 of 0": no figure, not 0%
    if code == "ENTERPRISES_SUPPORTED":  # met, missed, missed, met: T4 at risk
        count = [3, 1, 2, 4, 3][y - 2016]
        return {"indicatorCode": code, "number": count,
                "items": [{"name": f"Doanh nghiệp {k + 1} năm {y}"} for k in range(count)]}
    if indicator["valueKind"] == "RATIO":
        denominator = 2 + (n % 4) if code == "ECON_OFFICER_TRAINING" else 10 + 3 * n
        numerator = min(denominator, (n + y) % (denominator + 1) + (y - 2015))
        return {"indicatorCode": code, "numerator": numerator, "denominator": denominator}
    if indicator["valueKind"] == "BOOLEAN":
        return {"indicatorCode": code, "answer": (n * 7 + y) % 3 != 0}
    count = (n + y) % 4 if indicator["itemsRequired"] else (n * 5 + y * 3) % 9
    value = {"indicatorCode": code, "number": count}
    if indicator["itemsRequired"]:
        value["items"] = [{"name": f"Mô hình {k + 1} của {n} năm {y}"} for k in range(count)]
        if indicator["itemFlagVi"]:
            for k, item in enumerate(value["items"]):
                item["flagged"] = k % 2 == 0
    return value


def fill(api):
    """Returns what the comparison needs: the tokens issued, the ids created."""
    state = {"sessions": {}, "apiTokens": {}}
    admin = api.post("/session", {"username": "admin", "password": ADMIN_PASSWORD}, None)["token"]
    state["sessions"]["admin"] = admin

    units = api.all_items("/org-units", admin)["items"]
    indicators = api.get(f"/indicators?plan={PLAN}&size=500", admin)["items"]

    def reported(unit):
        return [i for i in indicators if unit["type"] in i["reportingUnitTypes"]
                and (not i["reportingUnitCodes"] or unit["code"] in i["reportingUnitCodes"])]

    reporting = [u for u in units if reported(u)]
    index = {u["code"]: k + 1 for k, u in enumerate(reporting)}

    def values(code, year):
        unit = next(u for u in reporting if u["code"] == code)
        return [value_for(i, index[code], year) for i in reported(unit)]

    # Accounts of every role, one deactivated, one whose password was changed.
    users = {}
    for username, role, unit_codes in [("duyet", "REVIEWER", None), ("phuong1", "REPORTER", ["P01", "P09"]),
                                       ("xem", "VIEWER", None), ("phuong2-cu", "REPORTER", ["P02"]),
                                       ("quantri2", "ADMIN", None)]:
        users[username] = api.post("/users", {"username": username, "displayName": f"Tài khoản {username}",
                                              "role": role, "unitCodes": unit_codes,
                                              "password": f"{username}-password-1"}, admin)
    api.put(f"/users/{users['phuong2-cu']['id']}", {"username": "phuong2-cu", "displayName": "Cán bộ cũ Phường 2",
                                                    "role": "REPORTER", "unitCodes": ["P02"], "active": False},
            admin, users["phuong2-cu"]["version"])
    api.put(f"/users/{users['quantri2']['id']}", {"username": "quantri2", "displayName": "Quản trị viên 2",
                                                  "role": "ADMIN", "password": "quantri2-password-2"},
            admin, users["quantri2"]["version"])
    for username in ("duyet", "phuong1", "xem"):
        state["sessions"][username] = api.post("/session", {"username": username,
                                                            "password": f"{username}-password-1"}, None)["token"]
    # A wrong password counts a failed sign-in; a signed-out session is revoked.
    api.call("POST", "/session", {"username": "xem", "password": "wrong-password-0"}, expect=401)
    gone = api.post("/session", {"username": "quantri2", "password": "quantri2-password-2"}, None)["token"]
    api.delete("/session", gone)
    state["signedOut"] = gone
    reviewer, reporter = state["sessions"]["duyet"], state["sessions"]["phuong1"]

    expires = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=300)) \
        .replace(microsecond=0).isoformat().replace("+00:00", "Z")
    for name, scope, unit_codes in [("Thống kê thành phố", "READ", None), ("Một cửa Phường 10", "WRITE", ["P10"]),
                                    ("Thử nghiệm", "READ", None)]:
        created = api.post("/tokens", {"name": name, "scope": scope, "unitCodes": unit_codes, "expiresAt": expires},
                           admin)
        state["apiTokens"][name] = created["secret"]
        if name == "Thử nghiệm":
            api.delete(f"/tokens/{created['token']['id']}", admin, created["token"]["version"])

    # Report actions, each with the version the caller saw.
    def create(code, year, token=admin, comment=None):
        return api.post("/submissions", {"planCode": PLAN, "orgUnitCode": code, "period": str(year),
                                         "comment": comment, "values": values(code, year)}, token)

    def act(report, action, token, comment=None):
        body = {"comment": comment} if comment else None
        return api.post(f"/submissions/{report['id']}/{action}", body, token, report["version"], expect=200)

    def approved(code, year, token=admin):
        return act(act(create(code, year, token), "submit", token), "approve", reviewer)

    wards = [u["code"] for u in reporting if u["type"] == "WARD"]
    others = [u["code"] for u in reporting if u["type"] != "WARD"]

    # 2016: every unit approved.
    for code in wards + others:
        approved(code, 2016)
    # 2017: most approved; one returned, one waiting, one draft, one returned, fixed and approved.
    for code in wards[:13] + others[1:-1]:
        approved(code, 2017)
    act(act(create(wards[13], 2017), "submit", admin), "return", reviewer,
        "Số cán bộ được bồi dưỡng chưa khớp danh sách lớp")
    act(create(wards[14], 2017), "submit", admin)
    create(wards[15], 2017, comment="Bản nháp chưa gửi")
    returned = act(act(create(others[0], 2017), "submit", admin), "return", reviewer, "Thiếu danh sách sáng kiến")
    fixed = api.put(f"/submissions/{returned['id']}", {"comment": "Đã bổ sung",
                                                       "values": values(others[0], 2018)}, admin,
                    returned["version"])
    act(act(fixed, "submit", admin), "approve", reviewer)
    # 2018: approved, reopened (left returned), reopened and approved again, submitted, draft, deleted draft.
    for code in wards[:10] + others[:len(others) // 2]:
        approved(code, 2018)
    act(approved(wards[10], 2018), "reopen", reviewer, "Phát hiện sai sót sau khi duyệt")
    again = act(approved(wards[11], 2018), "reopen", reviewer, "Cần đính chính số liệu")
    again = api.put(f"/submissions/{again['id']}", {"comment": "Đã đính chính", "values": values(wards[11], 2018)},
                    admin, again["version"])
    act(act(again, "submit", admin), "approve", reviewer)
    for code in [wards[12]] + others[len(others) // 2:]:
        act(create(code, 2018), "submit", admin)
    create(wards[13], 2018)
    dropped = create(wards[14], 2018)
    api.delete(f"/submissions/{dropped['id']}", admin, dropped["version"])
    # 2019: wards imported in bulk (DHIS2 data value set, with an Idempotency-Key, replayed once),
    # then completed and reviewed; the reporter's own unit entered by the reporter.
    rows = []
    for code in wards[1:8]:
        for value in values(code, 2019):
            if "numerator" in value:
                indicator = next(i for i in indicators if i["code"] == value["indicatorCode"])
                rows.append({"dataElement": indicator["numeratorCode"], "orgUnit": code,
                             "value": str(value["numerator"])})
                rows.append({"dataElement": indicator["denominatorCode"], "orgUnit": code,
                             "value": str(value["denominator"])})
            elif "answer" in value:
                rows.append({"dataElement": value["indicatorCode"], "orgUnit": code,
                             "value": "true" if value["answer"] else "false"})
            elif "items" not in value:
                rows.append({"dataElement": value["indicatorCode"], "orgUnit": code, "value": str(value["number"])})
    dataset = {"dataSet": PLAN, "period": "2019", "dataValues": rows}
    key = {"Idempotency-Key": "upgrade-check-2019"}
    summary = api.post(f"/dataValueSets?plan={PLAN}", dataset, admin, headers=key, expect=200)
    if summary["status"] != "SUCCESS":
        raise Failure(f"the import was not accepted: {summary}")
    api.post(f"/dataValueSets?plan={PLAN}", dataset, admin, headers=key, expect=200)
    imported = {s["orgUnitCode"]: s for s in api.get(f"/submissions?plan={PLAN}&period=2019&size=500",
                                                     admin)["items"]}
    for k, code in enumerate(wards[1:8]):
        report = api.get(f"/submissions/{imported[code]['id']}", admin)
        report = api.put(f"/submissions/{report['id']}", {"values": values(code, 2019)}, admin, report["version"])
        if k < 5:
            act(act(report, "submit", admin), "approve", reviewer)
        elif k == 5:
            act(report, "submit", admin)
    approved("P01", 2019, reporter)
    act(create("P09", 2019, reporter), "submit", reporter)
    for code in others[:3]:
        approved(code, 2019)
    # 2020 (the current year on the fixed day): a few early reports, one by the write token.
    act(create("P01", 2020, reporter), "submit", reporter)
    create("P02", 2020)
    writer = state["apiTokens"]["Một cửa Phường 10"]
    act(create("P10", 2020, writer), "submit", writer)

    # A ward merged away after 2017: inactive, still counted where it reported.
    merged = next(u for u in units if u["code"] == wards[15])
    merged = api.get(f"/org-units/{merged['id']}", admin)
    api.put(f"/org-units/{merged['id']}", {"code": merged["code"], "nameVi": merged["nameVi"],
                                           "nameEn": merged["nameEn"], "type": merged["type"],
                                           "parentCode": merged["parentCode"], "active": False},
            admin, merged["version"])

    # Published, then visited: counters for the portal, the plan and two targets, with a reload.
    plan = api.get(f"/plans?size=500", admin)["items"][0]
    api.post(f"/plans/{plan['id']}/publish", None, admin, plan["version"], expect=200)
    for visitor, page in [("visitor-aaaa1", "portal"), ("visitor-aaaa2", "portal"), ("visitor-aaaa1", "plan"),
                          ("visitor-aaaa2", "plan"), ("visitor-aaaa3", "plan"), ("visitor-aaaa1", "target:T1A"),
                          ("visitor-aaaa3", "target:T3"), ("visitor-aaaa1", "plan")]:
        api.post("/public/visits", {"page": page, "plan": PLAN}, None, headers={"X-Visitor": visitor}, expect=200)
    return state


# --- What both releases answer ------------------------------------------------------------------

def record(api, state):
    """Every figure and record the API answers, keyed by request; the same calls for both releases."""
    admin = state["sessions"]["admin"]
    answers = {}

    def get(path, token=admin, raw=False):
        if raw:  # CSV and plain text, line by line so a difference reads as one line
            answers[path] = api.call("GET", path, token=token, expect=200, raw=True)[1].replace("\r\n", "\n").split("\n")
        else:
            answers[path] = api.get(path, token)
        return answers[path]

    plans = get("/plans")
    plan_id = plans["items"][0]["id"]
    targets = get(f"/targets?plan={PLAN}")["items"]
    get(f"/indicators?plan={PLAN}&size=500")
    answers["/org-units (all)"] = api.all_items("/org-units", admin)
    get("/periods?type=YEARLY&from=2016&to=2020")
    get(f"/plans/{plan_id}")
    for query in ["", "?include=submitted", "?units=true", "?include=submitted&units=true", "?from=2018&to=2019"]:
        get(f"/plans/{plan_id}/progress{query}")
    for target in targets:
        for query in ["", "?include=submitted", "?from=2019&to=2019", "?units=false"]:
            get(f"/targets/{target['id']}/progress{query}")
    for query in ["", "?type=WARD", "?type=SCHOOL", "?type=AGENCY&from=2017&to=2018"]:
        get(f"/plans/{plan_id}/completeness-matrix{query}")
    for year in YEARS:
        for query in ["", "&type=WARD"]:
            get(f"/completeness?plan={PLAN}&period={year}{query}")
    reports = api.all_items(f"/submissions?plan={PLAN}", admin)
    answers["/submissions (all)"] = reports
    for report in reports["items"]:  # the list holds each whole report; its history is apart
        get(f"/submissions/{report['id']}/history")
    answers["/audit (all)"] = api.all_items("/audit", admin)
    get(f"/dataValueSets?plan={PLAN}&format=json")
    get(f"/dataValueSets?plan={PLAN}&format=csv", raw=True)
    answers["/users (all)"] = api.all_items("/users", admin)
    answers["/tokens (all)"] = api.all_items("/tokens", admin)
    # The public portal, anonymous.
    get("/public/plans", None)
    get(f"/public/plans/{PLAN}", None)
    for target in targets:
        get(f"/public/plans/{PLAN}/targets/{target['code']}", None)
        get(f"/public/plans/{PLAN}/targets/{target['code']}/data.csv", None, raw=True)
    get(f"/public/plans/{PLAN}/source", None, raw=True)
    # Each old session and API token: who it is and what it sees.
    for name, token in state["sessions"].items():
        answers[f"GET /session as {name}"] = api.get("/session", token)
    answers["reporter's own reports"] = api.all_items(f"/submissions?plan={PLAN}", state["sessions"]["phuong1"])
    answers["viewer's progress"] = api.get(f"/plans/{plan_id}/progress", state["sessions"]["xem"])
    for name, token in state["apiTokens"].items():
        status, body = api.call("GET", f"/submissions?plan={PLAN}&size=500", token=token)
        answers[f"API token {name}: reports"] = {"status": status, "total": body.get("total") if status == 200 else None}
    answers["signed-out session"] = api.call("GET", "/session", token=state["signedOut"])[0]
    return answers


# --- The database, table by table ---------------------------------------------------------------

def mysql(query):
    env = dict(os.environ, MYSQL_PWD=DB_PASSWORD)
    result = subprocess.run(["mysql", f"-h{DB_HOST}", f"-P{DB_PORT}", f"-u{DB_USER}", "--batch", "--raw",
                             "--skip-column-names", "-e", query], capture_output=True, text=True, env=env)
    if result.returncode != 0:
        raise Failure(f"mysql: {result.stderr.strip()} in: {query[:300]}")
    return [line for line in result.stdout.split("\n") if line != ""]


def number(text):
    """Decimals compared by value: 12.5000 and 12.5 are the same figure."""
    d = decimal.Decimal(text)
    return int(d) if d == d.to_integral_value() else format(d.normalize(), "f")


def dump():
    """{table: {"columns": [...], "rows": [[...], ...]}}, rows in primary-key order."""
    tables = mysql(f"SELECT table_name FROM information_schema.tables WHERE table_schema = '{DB}' "
                   f"AND table_type = 'BASE TABLE' ORDER BY table_name")
    result = {}
    for table in tables:
        columns = mysql(f"SELECT column_name FROM information_schema.columns WHERE table_schema = '{DB}' "
                        f"AND table_name = '{table}' ORDER BY ordinal_position")
        keys = mysql(f"SELECT column_name FROM information_schema.key_column_usage WHERE table_schema = '{DB}' "
                     f"AND table_name = '{table}' AND constraint_name = 'PRIMARY' ORDER BY ordinal_position")
        order = ", ".join(f"`{c}`" for c in (keys or columns))
        select = ", ".join(f"`{c}`" for c in columns)
        rows = [json.loads(line, parse_float=number) for line in
                mysql(f"SELECT JSON_ARRAY({select}) FROM `{DB}`.`{table}` ORDER BY {order}")]
        result[table] = {"columns": columns, "rows": rows}
    return result


def ignored_column(table, column):
    return f"{table}.{column}" in IGNORED_COLUMNS or f"{table}.*" in IGNORED_COLUMNS


def comparable_tables(old, new):
    """Old and new tables projected on the old release's columns (those not ignored): one line per row."""
    before, after, notes = {}, {}, []

    def lines(table, content, columns):
        skip = IGNORED_ROWS.get(table, (lambda row: False,))[0]
        named = [dict(zip(content["columns"], row)) for row in content["rows"]]
        return [json.dumps({c: row.get(c, "(column missing)") for c in columns}, ensure_ascii=False)
                for row in named if not skip(row)]

    for table, content in old.items():
        columns = [c for c in content["columns"] if not ignored_column(table, c)]
        if not columns:
            continue
        before[table] = lines(table, content, columns)
        if table not in new:
            after[table] = ["(table missing after the upgrade)"]
            continue
        present = new[table]["columns"]
        after[table] = lines(table, new[table], columns)
        added = [c for c in present if c not in content["columns"]]
        if added:
            notes.append(f"{table}: new columns, not compared: {', '.join(added)}")
    for table in new:
        if table not in old:
            notes.append(f"new table, not compared: {table} ({len(new[table]['rows'])} rows)")
    return before, after, notes


def changesets(content):
    columns = content["columns"]
    return [tuple(dict(zip(columns, row))[c] for c in ("ID", "AUTHOR", "FILENAME")) for row in content["rows"]]


# --- API answers --------------------------------------------------------------------------------

def normalise(value):
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items() if k not in IGNORED_FIELDS}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    return value


def without_in_progress(value):
    """TODAY's answers without the status fields a year in progress decides (IN_PROGRESS_FIELDS)."""
    if isinstance(value, dict):
        judged = "statusReason" in value
        return {k: without_in_progress(v) for k, v in value.items() if not (judged and k in IN_PROGRESS_FIELDS)}
    if isinstance(value, list):
        return [without_in_progress(v) for v in value]
    return value


def project(new, old):
    """The new answer seen through the old one's shape: fields the new release adds are not compared."""
    if isinstance(old, dict) and isinstance(new, dict):
        return {k: project(new[k], v) if k in new else "(field missing)" for k, v in old.items()}
    if isinstance(old, list) and isinstance(new, list):
        return [project(n, o) for n, o in zip(new, old)] + new[len(old):]
    return new


def write_json(name, value):
    path = os.path.join(OUT, name)
    with open(path, "w") as f:
        json.dump(value, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    return path


def write_tables(name, tables):
    path = os.path.join(OUT, name)
    with open(path, "w") as f:
        for table in sorted(tables):
            f.write(f"== {table} ({len(tables[table])} rows)\n")
            f.writelines(f"{table}: {line}\n" for line in tables[table])
    return path


def diff(label, old_path, new_path):
    with open(old_path) as a, open(new_path) as b:
        lines = list(difflib.unified_diff(a.readlines(), b.readlines(), f"old release: {label}",
                                          f"current code: {label}", n=4))
    return lines


# --- The run ------------------------------------------------------------------------------------

def main():
    os.makedirs(OUT, exist_ok=True)
    mysql(f"DROP DATABASE IF EXISTS `{DB}`; CREATE DATABASE `{DB}` CHARACTER SET utf8mb4")
    servers = []
    try:
        old_server = Server("old", OLD_APP)
        servers.append(old_server)
        api = old_server.start()
        log("filling the old release through its API")
        state = fill(api)
        log("recording every answer of the old release")
        old_answers = without_in_progress(normalise(record(api, state)))
        old_server.stop()
        old_later = Server("old", OLD_APP, LATER)
        servers.append(old_later)
        api = old_later.start()
        log(f"recording every answer of the old release on {LATER}")
        old_answers_later = normalise(record(api, state))
        old_later.stop()
        old_db = dump()
        log(f"old release: {len(old_answers)} answers recorded, {len(old_db)} tables, "
            f"{sum(len(t['rows']) for t in old_db.values())} rows")

        new_later = Server("new", NEW_APP, LATER)
        servers.append(new_later)
        api = new_later.start()
        new_db = dump()  # before any request: using a token writes its last-used time
        log(f"recording the same answers from the current code on {LATER}, with the old release's tokens")
        new_answers_later = normalise(record(api, state))
        new_later.stop()
        new_server = Server("new", NEW_APP)
        servers.append(new_server)
        api = new_server.start()
        log(f"recording the same answers from the current code on {TODAY}")
        new_answers = without_in_progress(normalise(record(api, state)))

        failures = []
        old_sets, new_sets = changesets(old_db["DATABASECHANGELOG"]), changesets(new_db["DATABASECHANGELOG"])
        lost = [c for c in old_sets if c not in new_sets]
        if lost:
            failures.append(f"changesets of the old release no longer recorded: {lost}")
        applied = [c[0] for c in new_sets if c not in old_sets]
        log(f"migrations applied by the upgrade: {', '.join(applied) if applied else 'none'}")

        log("not compared: " + "; ".join([f"{k} ({v})" for k, v in IGNORED_COLUMNS.items()]
                                         + [f"{k} rows: {v[1]}" for k, v in IGNORED_ROWS.items()]
                                         + [f"API field {k} ({v})" for k, v in IGNORED_FIELDS.items()]
                                         + [f"on {TODAY} only, a target's {k} ({v})"
                                            for k, v in IN_PROGRESS_FIELDS.items()]))
        before, after, notes = comparable_tables(old_db, new_db)
        for note in notes:
            log(note)
        a = write_tables("old-db.txt", before)
        b = write_tables("new-db.txt", after)
        db_diff = diff("database tables", a, b)
        a = write_json("old-api.json", old_answers)
        b = write_json("new-api.json", project(new_answers, old_answers))
        api_diff = diff(f"API answers on {TODAY}", a, b)
        a = write_json("old-api-later.json", old_answers_later)
        b = write_json("new-api-later.json", project(new_answers_later, old_answers_later))
        api_diff += diff(f"API answers on {LATER}", a, b)

        # After the comparison: the migrated database keeps working for the old release's callers.
        admin, reviewer = state["sessions"]["admin"], state["sessions"]["duyet"]
        waiting = [s for s in api.get(f"/submissions?plan={PLAN}&status=SUBMITTED&size=500", admin)["items"]]
        if waiting:
            report = api.get(f"/submissions/{waiting[0]['id']}", reviewer)
            api.post(f"/submissions/{report['id']}/approve", None, reviewer, report["version"], expect=200)
        writer = state["apiTokens"]["Một cửa Phường 10"]
        api.post("/submissions", {"planCode": PLAN, "orgUnitCode": "P10", "period": "2019",
                                  "values": []}, writer, expect=201)
        new_server.stop()

        rows = sum(len(r) for r in before.values())
        for label, lines in [("database", db_diff), ("API", api_diff)]:
            if lines:
                failures.append(f"{label}: {sum(1 for l in lines if l[:1] in '+-') - 2} lines differ")
                sys.stdout.writelines(lines[:600])
                if len(lines) > 600:
                    print(f"... ({len(lines) - 600} more diff lines in {OUT})")
        if failures:
            print("UPGRADE CHECK FAILED:\n  " + "\n  ".join(failures))
            print(f"  (both sides in {OUT}: old-db.txt, new-db.txt, old-api.json, new-api.json, "
                  f"old-api-later.json, new-api-later.json; "
                  f"database {DB} kept)")
            return 1
        log(f"every figure equal after the upgrade: {len(old_answers)} API answers on each of {TODAY} and "
            f"{LATER} and {rows} rows in "
            f"{len(before)} tables compared; old sessions and API tokens still work")
        mysql(f"DROP DATABASE IF EXISTS `{DB}`")
        return 0
    except Failure as failure:
        print(f"UPGRADE CHECK FAILED: {failure}")
        for server in servers:
            if server.process is not None:
                print(f"--- last lines of the {server.name} release's log ---\n{server.tail(30)}")
        return 1
    finally:
        for server in servers:
            server.stop()


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    sys.exit(main())
