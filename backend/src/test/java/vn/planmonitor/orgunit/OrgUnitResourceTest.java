package vn.planmonitor.orgunit;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class OrgUnitResourceTest extends ApiTest {

    private static final String UNITS = "/api/v1/org-units";

    @Test
    void shouldListTheSixteenWardsOfDistrict11() {
        api().queryParam("type", "WARD").queryParam("parent", "D11").queryParam("sort", "code")
                .when().get(UNITS)
                .then().statusCode(200)
                .body("total", equalTo(16))
                .body("items.code[0]", equalTo("P01"))
                .body("items.nameVi[15]", equalTo("Phường 16"))
                .body("items.parentCode", everyItem(equalTo("D11")));
    }

    @Test
    void shouldPageAndSortAndSearch() {
        api().queryParam("size", 5).queryParam("page", 2).queryParam("sort", "-code").queryParam("type", "WARD")
                .when().get(UNITS)
                .then().statusCode(200)
                .body("page", equalTo(2)).body("size", equalTo(5)).body("total", equalTo(16))
                .body("items.code", contains("P11", "P10", "P09", "P08", "P07"));
        api().queryParam("q", "lữ gia").when().get(UNITS)
                .then().statusCode(200).body("items.code", contains("THCS-LUGIA"));
    }

    @Test
    void shouldRefuseBadListParameters() {
        problem(api().queryParam("size", 501).when().get(UNITS).then(), 400, "validation")
                .body("errors", fieldError("size", "out-of-range"));
        problem(api().queryParam("page", "abc").queryParam("type", "CITY").queryParam("sort", "password")
                .queryParam("active", "yes").when().get(UNITS).then(), 400, "validation")
                .body("errors", fieldError("page", "not-an-integer"))
                .body("errors", fieldError("type", "not-one-of"))
                .body("errors", fieldError("sort", "sort-unknown"))
                .body("errors", fieldError("active", "not-a-boolean"));
        problem(api().queryParam("parent", "NOPE").when().get(UNITS).then(), 400, "validation")
                .body("errors", fieldError("parent", "unknown-code"));
    }

    @Test
    void shouldReturnTheSubtreeOfTheEducationOffice() {
        long id = idOf("org-units", "PGDDT");
        api().when().get(UNITS + "/" + id + "/subtree")
                .then().statusCode(200)
                .body("$", hasSize(12))
                .body("[0].code", equalTo("PGDDT"))
                .body("code", hasItem("THPT-NGUYENHIEN"));
        problem(api().when().get(UNITS + "/999999/subtree").then(), 404, "not-found");
    }

    @Test
    void shouldCreateReadUpdateAndDeleteAUnit() {
        var created = api().body(Map.of("code", "THCS-TEST", "nameVi", "Trường THCS Thử", "nameEn", "Test School",
                        "type", "SCHOOL", "parentCode", "PGDDT"))
                .when().post(UNITS)
                .then().statusCode(201)
                .header("Location", startsWith("http")).header("ETag", equalTo("\"0\""))
                .body("code", equalTo("THCS-TEST")).body("active", equalTo(true)).body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .extract();
        long id = ((Number) created.path("id")).longValue();

        api().header("If-Match", "\"0\"")
                .body(Map.of("code", "THCS-TEST", "nameVi", "Trường THCS Thử Nghiệm", "nameEn", "Trial School",
                        "type", "SCHOOL", "parentCode", "PGDDT", "active", false))
                .when().put(UNITS + "/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("nameVi", equalTo("Trường THCS Thử Nghiệm")).body("active", equalTo(false))
                .body("version", equalTo(1));

        api().when().get(UNITS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""));
        api().header("If-Match", "\"1\"").when().delete(UNITS + "/" + id).then().statusCode(204);
        problem(api().when().get(UNITS + "/" + id).then(), 404, "not-found");
    }

    @Test
    void shouldRefuseInvalidUnits() {
        problem(api().body(Map.of("code", "P01", "nameVi", " ", "type", "WARD", "parentCode", "NOWHERE"))
                .when().post(UNITS).then(), 400, "validation")
                .body("errors", fieldError("code", "duplicate"))
                .body("errors", fieldError("nameVi", "required"))
                .body("errors", fieldError("nameEn", "required"))
                .body("errors", fieldError("parentCode", "unknown-code"));
        problem(api().body(Map.of("code", "bad code!", "nameVi", "x", "nameEn", "x", "type", "WARD"))
                .when().post(UNITS).then(), 400, "validation")
                .body("errors", fieldError("code", "code-format"))
                .body("errors", fieldError("parentCode", "required"));
        problem(api().body(Map.of("code", "X1", "nameVi", "x", "nameEn", "x", "type", "PROVINCE"))
                .when().post(UNITS).then(), 400, "validation")
                .body("errors", fieldError("type", "not-one-of"));
    }

    @Test
    void shouldRefuseACycleAndACodeChange() {
        long d11 = idOf("org-units", "D11");
        String etag = etagOf(UNITS + "/" + d11);
        problem(api().header("If-Match", etag)
                .body(Map.of("code", "D11", "nameVi", "Quận 11", "nameEn", "District 11", "type", "DISTRICT",
                        "parentCode", "P01"))
                .when().put(UNITS + "/" + d11).then(), 400, "validation")
                .body("errors", fieldError("parentCode", "parent-cycle"));
        problem(api().header("If-Match", etag)
                .body(Map.of("code", "Q11", "nameVi", "Quận 11", "nameEn", "District 11", "type", "DISTRICT"))
                .when().put(UNITS + "/" + d11).then(), 400, "validation")
                .body("errors", fieldError("code", "immutable"));
        api().when().get(UNITS + "/" + d11).then().body("code", equalTo("D11")).body("parentCode", equalTo(null))
                .header("ETag", equalTo(etag));
    }

    @Test
    void shouldRequireTheCurrentVersionToChangeOrDelete() {
        long id = idOf("org-units", "P16");
        Map<String, Object> body = Map.of("code", "P16", "nameVi", "Phường 16 mới", "nameEn", "Ward 16",
                "type", "WARD", "parentCode", "D11");
        problem(api().body(body).when().put(UNITS + "/" + id).then(), 428, "precondition-required");
        problem(api().header("If-Match", "\"7\"").body(body).when().put(UNITS + "/" + id).then(), 412,
                "precondition-failed");
        problem(api().when().delete(UNITS + "/" + id).then(), 428, "precondition-required");
        api().when().get(UNITS + "/" + id).then().body("nameVi", equalTo("Phường 16")).body("version", equalTo(0));
    }

    @Test
    void shouldRefuseToDeleteAUnitThatHasChildren() {
        long id = idOf("org-units", "PGDDT");
        problem(api().header("If-Match", etagOf(UNITS + "/" + id)).when().delete(UNITS + "/" + id).then(), 409,
                "org-unit-has-children");
        api().when().get(UNITS + "/" + id).then().statusCode(200);
    }
}
