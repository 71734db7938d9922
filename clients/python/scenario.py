"""An integrator's first hour with the Python client generated from openapi.yaml (openapi-generator,
generator "python"), used as generated: scripts/test-clients.sh runs this against the real backend.
Arguments: the backend's base URL and a short tag that keeps this client's codes apart."""
import sys

import planmonitor_client as pm
from planmonitor_client.exceptions import ApiException

PLAN = "D11-STI-2016-2020"


def check(ok, what):
    if not ok:
        raise AssertionError("python client: " + what)
    print("  ok  " + what)


def client(base, token=None):
    return pm.ApiClient(pm.Configuration(host=base, access_token=token))


def sign_in(base, username, password):
    session = pm.SecurityApi(client(base)).sign_in(pm.Credentials(username=username, password=password))
    return client(base, session.token)


def etag(report):
    return '"%d"' % report.version


def main(base, tag):
    admin = sign_in(base, "admin", "quan11-admin")
    plan = next(p for p in pm.PlansApi(admin).list_plans(size=50).items if p.code == PLAN)
    progress = pm.ProgressApi(admin).get_plan_progress(plan.id)
    check(len(progress.targets) >= 7, "plan progress lists the plan's targets")
    first = progress.targets[0]
    one = pm.ProgressApi(admin).get_target_progress(first.target_id)
    check(len(one.targets) == 1 and one.targets[0].target_code == first.target_code,
          "target progress answers in the plan's shape")

    unit = pm.OrgUnitsApi(admin).create_org_unit(pm.OrgUnitInput(
        code="CLI-" + tag, nameVi="Trường thử " + tag, nameEn="Test school " + tag,
        type="SCHOOL", parentCode="PGDDT"))
    check(unit.active, "a new unit is active")
    indicator = pm.IndicatorsApi(admin).create_indicator(pm.IndicatorInput(
        code="CLI_%s_CLUBS" % tag, planCode=PLAN, nameVi="Số câu lạc bộ", nameEn="Clubs",
        unitVi="câu lạc bộ", unitEn="clubs", valueKind=pm.ValueKind.COUNT,
        reportingUnitTypes=["SCHOOL"], reportingUnitCodes=[unit.code]))

    report = pm.SubmissionsApi(admin).create_submission(pm.SubmissionInput(
        planCode=PLAN, orgUnitCode=unit.code, period="2017", values=[
            pm.SubmissionValueInput(indicatorCode="CREATIVITY_CLUB", answer=True),
            pm.SubmissionValueInput(indicatorCode=indicator.code, number=3)]))
    report = pm.ReviewApi(admin).submit_submission(etag(report), report.id,
                                                   review_comment=pm.ReviewComment(comment="Gửi từ client Python"))
    check(report.status == pm.SubmissionStatus.SUBMITTED, "submitted")
    reviewer = sign_in(base, "reviewer", "quan11-duyet")
    report = pm.ReviewApi(reviewer).approve_submission(etag(report), report.id, review_comment=pm.ReviewComment())
    check(report.status == pm.SubmissionStatus.APPROVED, "approved by the reviewer")

    csv = pm.PublicApi(client(base)).download_public_target_csv(PLAN, first.target_code)
    check(bytes(csv).decode("utf-8").startswith("\ufeffplan,target,period"), "the public CSV, with its BOM")

    try:
        pm.SubmissionsApi(admin).create_submission(pm.SubmissionInput(
            planCode=PLAN, orgUnitCode="P01", period="2017", values=[
                pm.SubmissionValueInput(indicatorCode="ECON_OFFICER_TRAINING", numerator=5, denominator=3)]))
        check(False, "a numerator above its denominator is refused")
    except ApiException as e:
        problem = pm.Problem.from_json(e.body)
        error = problem.errors[0]
        # The generator renames `field` (it would shadow pydantic's Field) to `var_field`.
        ok = (e.status == 400 and problem.code == "validation" and error.var_field == "values[0].numerator"
              and error.code == "numerator-above-denominator")
        check(ok, "the problem's field error" + ("" if ok else ": %s" % problem))
    print("python client: every step passed")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
