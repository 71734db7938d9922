package vn.planmonitor.orgunit;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class UnitTypeResourceTest extends ApiTest {

    private static final String TYPES = "/api/v1/unit-types";

    private static Map<String, Object> type(String code, String nameVi, String nameEn, int sortOrder) {
        return new HashMap<>(Map.of("code", code, "nameVi", nameVi, "nameEn", nameEn, "sortOrder", sortOrder));
    }

    private static long create(Map<String, Object> body) {
        return ((Number) api().body(body).when().post(TYPES).then().statusCode(201).extract().path("id")).longValue();
    }

    @Test
    void shouldListDistrict11sFiveInTheirOrderToAnySignedInCaller() {
        // Other tests of this class add types after these (sortOrder above 50) or delete them again.
        as(viewerToken).queryParam("size", 5).when().get(TYPES).then().statusCode(200)
                .body("items.code", contains("DISTRICT", "WARD", "AGENCY", "PUBLIC_SERVICE_UNIT", "SCHOOL"))
                .body("items.nameVi", contains("Quận", "Phường", "Cơ quan chuyên môn", "Đơn vị sự nghiệp công lập",
                        "Trường học"))
                .body("items.topLevel", contains(true, false, false, false, false));
        as(null).when().get(TYPES).then().statusCode(401);
        api().queryParam("sort", "-nameEn").queryParam("size", 2).when().get(TYPES).then().statusCode(200)
                .body("items.nameEn[0]", equalTo("Ward"));
        problem(api().queryParam("sort", "secret").when().get(TYPES).then(), 400, "validation")
                .body("errors", fieldError("sort", "sort-unknown"));
    }

    @Test
    void shouldCreateRenameReorderAndDeleteAType() {
        Map<String, Object> body = type("HAMLET", "Ấp", "Hamlet", 60);
        long id = create(body);
        api().when().get(TYPES + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("code", equalTo("HAMLET")).body("topLevel", equalTo(false));
        problem(as(viewerToken).body(body).when().post(TYPES).then(), 403, "forbidden");
        problem(api().body(body).when().post(TYPES).then(), 400, "validation")
                .body("errors", fieldError("code", "duplicate"));

        Map<String, Object> renamed = type("HAMLET", " Khu phố ", "Quarter", 1);
        problem(api().body(renamed).when().put(TYPES + "/" + id).then(), 428, "precondition-required");
        api().header("If-Match", "\"0\"").body(renamed).when().put(TYPES + "/" + id).then().statusCode(200)
                .body("nameVi", equalTo("Khu phố")).body("sortOrder", equalTo(1)).body("version", equalTo(1));
        api().queryParam("size", 1).when().get(TYPES).then().body("items.code", contains("HAMLET"));

        problem(api().header("If-Match", "\"0\"").when().delete(TYPES + "/" + id).then(), 412, "precondition-failed");
        api().header("If-Match", "\"1\"").when().delete(TYPES + "/" + id).then().statusCode(204);
        problem(api().when().get(TYPES + "/" + id).then(), 404, "not-found");
    }

    @Test
    void shouldRefuseBadInputAndChangesToCodeOrTopLevel() {
        problem(api().body(Map.of("code", "bad code!", "nameVi", " ", "sortOrder", -1)).when().post(TYPES).then(),
                400, "validation")
                .body("errors", fieldError("code", "code-format"))
                .body("errors", fieldError("nameVi", "required"))
                .body("errors", fieldError("nameEn", "required"))
                .body("errors", fieldError("sortOrder", "out-of-range"));
        problem(api().body(type("A234567890123456789012345678901", "x", "x", 1)).when().post(TYPES).then(), 400,
                "validation").body("errors", fieldError("code", "too-long"));
        problem(api().body(Map.of("code", "X", "nameVi", "x", "nameEn", "x")).when().post(TYPES).then(), 400,
                "validation").body("errors", fieldError("sortOrder", "required"));

        long ward = idOf("unit-types", "WARD");
        Map<String, Object> body = type("PHUONG", "Phường", "Ward", 20);
        problem(api().header("If-Match", "\"0\"").body(body).when().put(TYPES + "/" + ward).then(), 400, "validation")
                .body("errors", fieldError("code", "immutable"));
        body = type("WARD", "Phường", "Ward", 20);
        body.put("topLevel", true);
        problem(api().header("If-Match", "\"0\"").body(body).when().put(TYPES + "/" + ward).then(), 400, "validation")
                .body("errors", fieldError("topLevel", "immutable"));
        api().when().get(TYPES + "/" + ward).then().body("version", equalTo(0)).body("topLevel", equalTo(false));
    }

    @Test
    void shouldRefuseToDeleteATypeThatUnitsAreOf() {
        long ward = idOf("unit-types", "WARD");
        problem(api().header("If-Match", "\"0\"").when().delete(TYPES + "/" + ward).then(), 409, "unit-type-in-use")
                .body("detail", equalTo("Loại đơn vị WARD là loại của 16 đơn vị: P01, P02, P03, …. "
                        + "Hãy đổi loại hoặc xoá các đơn vị đó trước."));
        problem(api().header("Accept-Language", "en").header("If-Match", "\"0\"").when().delete(TYPES + "/" + ward)
                .then(), 409, "unit-type-in-use")
                .body("detail", startsWith("Unit type WARD is the type of 16 unit(s): P01, P02, P03, …."));
        api().when().get(TYPES + "/" + ward).then().statusCode(200);
    }

    @Test
    void shouldRefuseToDeleteATypeThatReportsAnIndicatorAndRefuseUnknownTypes() {
        long id = create(type("VILLAGE", "Thôn", "Village", 70));
        Map<String, Object> indicator = new HashMap<>(Map.of("code", "VILLAGE_HALLS", "planCode", PLAN,
                "nameVi", "Số nhà văn hoá", "nameEn", "Village halls", "unitVi", "nhà", "unitEn", "halls",
                "periodType", "YEARLY", "valueKind", "COUNT", "reportingUnitTypes", List.of("WARD", "TOWN")));
        problem(api().body(indicator).when().post("/api/v1/indicators").then(), 400, "validation")
                .body("errors", fieldError("reportingUnitTypes[1]", "not-one-of"))
                .body("errors.find { it.field == 'reportingUnitTypes[1]' }.message", containsString("VILLAGE"));
        indicator.put("reportingUnitTypes", List.of("VILLAGE", "WARD"));
        api().body(indicator).when().post("/api/v1/indicators").then().statusCode(201)
                .body("reportingUnitTypes", contains("WARD", "VILLAGE"));

        problem(api().header("If-Match", "\"0\"").when().delete(TYPES + "/" + id).then(), 409,
                "unit-type-reports-indicators")
                .body("detail", equalTo("Loại đơn vị VILLAGE báo cáo 1 chỉ tiêu: VILLAGE_HALLS. "
                        + "Hãy bỏ loại này khỏi các loại đơn vị báo cáo của chúng trước."));
        api().when().get(TYPES + "/" + id).then().statusCode(200);

        problem(api().body(Map.of("code", "V1", "nameVi", "Thôn 1", "nameEn", "Village 1", "type", "TOWN",
                "parentCode", "P01")).when().post("/api/v1/org-units").then(), 400, "validation")
                .body("errors", fieldError("type", "not-one-of"));
    }
}
