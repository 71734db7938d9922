"""What the fault scripts share (faults_run.py, cluster_run.py): the HTTP client, the report they write,
and the rule for an answer during a fault — a success, or a 503 problem+json; anything else fails."""
import json
import time
import urllib.error
import urllib.request

PLAN = "D11-STI-2016-2020"
VALUES = [
    {"indicatorCode": "ECON_OFFICER_TRAINING", "numerator": 2, "denominator": 3},
    {"indicatorCode": "CIVIL_SERVANT_TRAINING", "numerator": 10, "denominator": 24},
    {"indicatorCode": "STI_DATABASE", "answer": True},
    {"indicatorCode": "STI_APPLICATION_MODELS", "number": 1, "items": [{"name": "Một cửa điện tử", "flagged": True}]},
    {"indicatorCode": "CREATIVE_MOVEMENT", "answer": True},
    {"indicatorCode": "IMPROVEMENT_INITIATIVES", "number": 4},
]
# What one created report stores: its values, and its audit rows (one per value field written).
STORED_VALUES = 6
CREATE_AUDIT_ROWS = 9
# The 80 (ward, year) slots of the plan: one report each.
SLOTS = [(f"P{n:02d}", str(year)) for year in range(2016, 2021) for n in range(1, 17)]


class Answer:
    def __init__(self, status, text, ctype, seconds, headers=None):
        self.status, self.text, self.ctype, self.seconds = status, text, ctype, seconds
        self.headers = headers or {}

    def json(self):
        return json.loads(self.text)

    def is_problem_503(self):
        return self.status == 503 and self.ctype.startswith("application/problem+json")


def call(base, method, path, body=None, token=None, timeout=15, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            answer = (response.status, response.read().decode(), response.headers.get("Content-Type", ""), response.headers)
    except urllib.error.HTTPError as error:
        answer = (error.code, error.read().decode(), error.headers.get("Content-Type", ""), error.headers)
    except Exception as error:  # connection-level failure: counts against the API
        answer = (0, str(error), "", {})
    status, text, ctype, hdrs = answer
    return Answer(status, text, ctype, time.monotonic() - started, hdrs)


def sign_in(base, username, password):
    answer = call(base, "POST", "/api/v1/session", {"username": username, "password": password})
    if answer.status != 201:
        raise SystemExit(f"sign-in of {username}: {answer.status} {answer.text}")
    return answer.json()["token"]


def unacceptable(answer, ok=(200, 201)):
    """Why an answer is not allowed during a fault (None if it is): only successes and 503 problem+json."""
    if answer.status in ok or answer.is_problem_503():
        return None
    if answer.status == 503:
        return f"503 without a problem body: {answer.ctype} {answer.text[:200]}"
    return f"{answer.status} {answer.text[:300]}"


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def check_stored_reports(sql, report_ids):
    """Every report whole: its values and its creation audit rows. sql(query) returns the text answer."""
    problems = []
    if not report_ids:
        return problems
    ids = ",".join(str(i) for i in sorted(report_ids))
    values = dict(line.split("\t") for line in sql(
        f"SELECT submission_id, COUNT(*) FROM submission_value WHERE submission_id IN ({ids}) GROUP BY submission_id").splitlines() if line)
    audits = dict(line.split("\t") for line in sql(
        f"SELECT submission_id, COUNT(*) FROM audit_event WHERE submission_id IN ({ids}) AND action = 'CREATE' GROUP BY submission_id").splitlines() if line)
    for i in sorted(report_ids):
        v, a = int(values.get(str(i), 0)), int(audits.get(str(i), 0))
        if v != STORED_VALUES or a != CREATE_AUDIT_ROWS:
            problems.append(f"report {i}: {v} values, {a} creation audit rows")
    return problems
