package vn.planmonitor.period;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class PeriodResourceTest extends ApiTest {

    @Test
    void shouldListThePlanYears() {
        api().queryParam("type", "YEARLY").queryParam("from", 2016).queryParam("to", 2020)
                .when().get("/api/v1/periods")
                .then().statusCode(200)
                .body("items.code", contains("2016", "2017", "2018", "2019", "2020"))
                .body("items[0].startDate", equalTo("2016-01-01")).body("items[0].nameVi", equalTo("Năm 2016"));
        api().queryParam("type", "QUARTERLY").queryParam("from", 2017).queryParam("to", 2017)
                .when().get("/api/v1/periods")
                .then().statusCode(200).body("items", hasSize(4)).body("items[1].code", equalTo("2017Q2"))
                .body("items[1].endDate", equalTo("2017-06-30"));
    }

    @Test
    void shouldRefuseBadRanges() {
        problem(api().queryParam("type", "WEEKLY").when().get("/api/v1/periods").then(), 400, "validation")
                .body("errors", fieldError("type", "not-one-of"))
                .body("errors", fieldError("from", "required"))
                .body("errors", fieldError("to", "required"));
        problem(api().queryParam("from", 2020).queryParam("to", 2016).when().get("/api/v1/periods").then(), 400,
                "validation").body("errors", fieldError("to", "before-from"));
        problem(api().queryParam("from", 1900).queryParam("to", 2999).when().get("/api/v1/periods").then(), 400,
                "validation").body("errors", fieldError("to", "range-too-long"));
    }
}
