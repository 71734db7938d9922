import vn.planmonitor.client.ApiClient;
import vn.planmonitor.client.ApiException;
import vn.planmonitor.client.api.IndicatorsApi;
import vn.planmonitor.client.api.OrgUnitsApi;
import vn.planmonitor.client.api.PlansApi;
import vn.planmonitor.client.api.ProgressApi;
import vn.planmonitor.client.api.PublicApi;
import vn.planmonitor.client.api.ReviewApi;
import vn.planmonitor.client.api.SecurityApi;
import vn.planmonitor.client.api.SubmissionsApi;
import vn.planmonitor.client.model.Credentials;
import vn.planmonitor.client.model.FieldError;
import vn.planmonitor.client.model.Indicator;
import vn.planmonitor.client.model.IndicatorInput;
import vn.planmonitor.client.model.OrgUnit;
import vn.planmonitor.client.model.OrgUnitInput;
import vn.planmonitor.client.model.Plan;
import vn.planmonitor.client.model.PlanProgress;
import vn.planmonitor.client.model.Problem;
import vn.planmonitor.client.model.ReviewComment;
import vn.planmonitor.client.model.Submission;
import vn.planmonitor.client.model.SubmissionInput;
import vn.planmonitor.client.model.SubmissionStatus;
import vn.planmonitor.client.model.SubmissionValueInput;
import vn.planmonitor.client.model.TargetProgress;
import vn.planmonitor.client.model.TargetProgressReport;
import vn.planmonitor.client.model.ValueKind;

import java.io.File;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * An integrator's first hour, with the Java client generated from openapi.yaml (openapi-generator,
 * library "native") used as generated: scripts/test-clients.sh compiles it and runs this against the
 * real backend. Arguments: the backend's base URL and a short tag that keeps this client's codes apart.
 */
public final class Scenario {

    private static final String PLAN = "D11-STI-2016-2020";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String tag = args[1];
        ApiClient anonymous = client(base, null);
        String adminToken = new SecurityApi(anonymous)
                .signIn(new Credentials().username("admin").password("quan11-admin"), null).getToken();
        ApiClient admin = client(base, adminToken);

        Plan plan = new PlansApi(admin).listPlans(1, 50, null, null).getItems().stream()
                .filter(p -> p.getCode().equals(PLAN)).findFirst().orElseThrow();
        PlanProgress progress = new ProgressApi(admin).getPlanProgress(plan.getId(), null, null, null, null, null,
                null);
        check(progress.getTargets().size() >= 7, "plan progress lists the plan's targets");
        TargetProgress first = progress.getTargets().get(0);
        TargetProgressReport one = new ProgressApi(admin).getTargetProgress(first.getTargetId(), null, null, null,
                null, null, null);
        check(one.getTargets().size() == 1 && one.getTargets().get(0).getTargetCode().equals(first.getTargetCode()),
                "target progress answers in the plan's shape");

        OrgUnit unit = new OrgUnitsApi(admin).createOrgUnit(new OrgUnitInput().code("CLI-" + tag)
                .nameVi("Trường thử " + tag).nameEn("Test school " + tag).type("SCHOOL")
                .parentCode("PGDDT"), null);
        check(unit.getActive(), "a new unit is active");
        Indicator indicator = new IndicatorsApi(admin).createIndicator(new IndicatorInput().code("CLI_" + tag + "_CLUBS")
                .planCode(PLAN).nameVi("Số câu lạc bộ").nameEn("Clubs").unitVi("câu lạc bộ").unitEn("clubs")
                .valueKind(ValueKind.COUNT).reportingUnitTypes(List.of("SCHOOL"))
                .reportingUnitCodes(List.of(unit.getCode())), null);

        Submission report = new SubmissionsApi(admin).createSubmission(new SubmissionInput().planCode(PLAN)
                .orgUnitCode(unit.getCode()).period("2017").values(List.of(
                        new SubmissionValueInput().indicatorCode("CREATIVITY_CLUB").answer(true),
                        new SubmissionValueInput().indicatorCode(indicator.getCode()).number(new BigDecimal(3)))), null);
        report = new ReviewApi(admin).submitSubmission(etag(report), report.getId(), null,
                new ReviewComment().comment("Gửi từ client Java"));
        check(report.getStatus() == SubmissionStatus.SUBMITTED, "submitted");
        String reviewerToken = new SecurityApi(anonymous)
                .signIn(new Credentials().username("reviewer").password("quan11-duyet"), null).getToken();
        report = new ReviewApi(client(base, reviewerToken)).approveSubmission(etag(report), report.getId(), null,
                new ReviewComment());
        check(report.getStatus() == SubmissionStatus.APPROVED, "approved by the reviewer");

        File csv = new PublicApi(anonymous).downloadPublicTargetCsv(PLAN, first.getTargetCode(), null);
        String text = Files.readString(csv.toPath(), StandardCharsets.UTF_8);
        check(text.startsWith("\uFEFFplan,target,period"), "the public CSV, with its BOM");

        try {
            new SubmissionsApi(admin).createSubmission(new SubmissionInput().planCode(PLAN).orgUnitCode("P01")
                    .period("2017").values(List.of(new SubmissionValueInput().indicatorCode("ECON_OFFICER_TRAINING")
                            .numerator(new BigDecimal(5)).denominator(new BigDecimal(3)))), null);
            check(false, "a numerator above its denominator is refused");
        } catch (ApiException e) {
            Problem problem = admin.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
            FieldError error = problem.getErrors().get(0);
            boolean ok = e.getCode() == 400 && problem.getCode().equals("validation")
                    && error.getField().equals("values[0].numerator")
                    && error.getCode().equals("numerator-above-denominator");
            check(ok, "the problem's field error" + (ok ? "" : ": " + problem));
        }
        System.out.println("java client: every step passed");
    }

    private static ApiClient client(String base, String token) {
        URI uri = URI.create(base);
        ApiClient client = new ApiClient().setScheme(uri.getScheme()).setHost(uri.getHost()).setPort(uri.getPort())
                .setBasePath("");
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    private static String etag(Submission report) {
        return "\"" + report.getVersion() + "\"";
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("java client: " + what);
        }
        System.out.println("  ok  " + what);
    }
}
