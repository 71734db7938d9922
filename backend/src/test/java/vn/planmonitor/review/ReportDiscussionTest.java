package vn.planmonitor.review;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** The discussion on a report and the comments on single values, read back in the report's history. */
@QuarkusTest
class ReportDiscussionTest extends ApiTest {

    private static final String SUBMISSIONS = "/api/v1/submissions";

    private static long draft(String token, String unit, String period) {
        return ((Number) as(token).body(Map.of("planCode", PLAN, "orgUnitCode", unit, "period", period, "values",
                        List.of(Map.of("indicatorCode", "STI_DATABASE", "answer", true))))
                .when().post(SUBMISSIONS).then().statusCode(201).extract().path("id")).longValue();
    }

    private static String comments(long id) {
        return SUBMISSIONS + "/" + id + "/comments";
    }

    @Test
    void shouldKeepTheDiscussionAndValueCommentsInTheHistoryInOrder() {
        long id = draft(reporterP01Token, "P01", "2017");
        as(reporterP01Token).body(Map.of("text", "Xin hỏi: số mô hình có tính mô hình thí điểm không?"))
                .when().post(comments(id)).then().statusCode(201)
                .body("action", equalTo("COMMENT")).body("actor", equalTo("phuong1"))
                .body("field", nullValue()).body("orgUnitCode", equalTo("P01"));
        as(reviewerToken).body(Map.of("text", "Số liệu theo Quyết định 123/QĐ-UBND\nngày 15/01/2018",
                        "indicatorCode", "STI_DATABASE"))
                .when().post(comments(id)).then().statusCode(201)
                .body("field", equalTo("STI_DATABASE")).body("oldValue", nullValue()).body("newValue", nullValue());

        as(reporterP01Token).when().get(SUBMISSIONS + "/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CREATE", "COMMENT", "COMMENT"))
                .body("items[1].comment", equalTo("Xin hỏi: số mô hình có tính mô hình thí điểm không?"))
                .body("items[2].actor", equalTo("reviewer"))
                .body("items[2].comment", equalTo("Số liệu theo Quyết định 123/QĐ-UBND\nngày 15/01/2018"));
        // A message changes nothing in the report itself.
        as(reporterP01Token).when().get(SUBMISSIONS + "/" + id).then().statusCode(200)
                .body("version", equalTo(0)).body("status", equalTo("DRAFT"));
        api().queryParam("action", "COMMENT").queryParam("submission", id).when().get("/api/v1/audit")
                .then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void shouldRefuseAnEmptyOrOverlongMessageAndAnIndicatorOfNoPlanOfThisReport() {
        long id = draft(reporterP01Token, "P01", "2018");
        problem(as(reporterP01Token).body(Map.of("text", "   ")).when().post(comments(id)).then(), 400, "validation")
                .body("errors", fieldError("text", "required"));
        problem(as(reporterP01Token).body(Map.of("text", "x".repeat(2001), "indicatorCode", "NO_SUCH"))
                .when().post(comments(id)).then(), 400, "validation")
                .body("errors", fieldError("text", "too-long"))
                .body("errors", fieldError("indicatorCode", "unknown-code"));
        as(reporterP01Token).when().get(SUBMISSIONS + "/" + id + "/history").then().statusCode(200)
                .body("items.action", contains("CREATE"));
    }

    @Test
    void shouldLetOnlyPeopleWhoWorkOnReportsTalk() {
        long id = draft(reporterP01Token, "P01", "2019");
        problem(as(viewerToken).body(Map.of("text", "Ý kiến")).when().post(comments(id)).then(), 403, "forbidden");
        problem(as(null).body(Map.of("text", "Ý kiến")).when().post(comments(id)).then(), 401, "unauthorized");
        problem(as(reviewerToken).body(Map.of("text", "Ý kiến")).when().post(comments(9_999_999)).then(), 404,
                "not-found");
    }
}
