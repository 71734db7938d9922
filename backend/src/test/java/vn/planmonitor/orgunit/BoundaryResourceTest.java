package vn.planmonitor.orgunit;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.planmonitor.support.GeneratedBoundaries.collection;
import static vn.planmonitor.support.GeneratedBoundaries.feature;
import static vn.planmonitor.support.GeneratedBoundaries.grid;
import static vn.planmonitor.support.GeneratedBoundaries.polygon;
import static vn.planmonitor.support.GeneratedBoundaries.square;

/** Units' shapes: uploading a GeoJSON FeatureCollection (with a dry run), reading it back, refusing bad files. */
@QuarkusTest
class BoundaryResourceTest extends ApiTest {

    private static final String BOUNDARIES = "/api/v1/org-units/boundaries";
    private static final String PUBLIC = "/api/v1/public/plans/" + PLAN;
    private static final List<String> WARDS_4_TO_16 = IntStream.rangeClosed(4, 16)
            .mapToObj(i -> String.format("P%02d", i)).toList();

    private static void store(Map<String, Object> collection) {
        api().body(collection).when().put(BOUNDARIES).then().statusCode(200).body("dryRun", equalTo(false));
    }

    @Test
    void shouldSayOnADryRunWhatAnUploadWouldChangeAndStoreNothing() {
        store(collection(List.of()));
        api().queryParam("dryRun", "true").body(grid(List.of("P02", "P01", "P99", "P03"))).when().put(BOUNDARIES)
                .then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("property", equalTo("code"))
                .body("matched", contains("P01", "P02", "P03"))
                .body("unmatched", contains("P99"))
                .body("removed", empty())
                // the other 13 wards: the matched units are wards, so wards are the units expected to have a shape
                .body("unitsWithoutShape", equalTo(WARDS_4_TO_16));
        api().when().get(BOUNDARIES).then().statusCode(200)
                .body("type", equalTo("FeatureCollection")).body("features", empty());
    }

    @Test
    void shouldReplaceTheWholeSetAndServeItBackAsAFeatureCollection() {
        store(grid(List.of("P01", "P02", "P03")));
        as(viewerToken).when().get(BOUNDARIES).then().statusCode(200)
                .body("features.properties.code", contains("P01", "P02", "P03"))
                .body("features[0].properties.nameVi", equalTo("Phường 1"))
                .body("features[0].properties.nameEn", equalTo("Ward 1"))
                .body("features[1].type", equalTo("Feature"))
                .body("features[1].geometry.type", equalTo("Polygon"))
                // square 1: one column east of square 0, so 106.65–106.66 E, 10.75–10.76 N
                .body("features[1].geometry.coordinates[0][0]", contains(106.65f, 10.75f))
                .body("features[1].geometry.coordinates[0][2]", contains(106.66f, 10.76f))
                .body("features[1].geometry.coordinates[0]", hasSize(5));

        // P02 moves to square 5; P01 and P03 are not in the new file, so they lose their shapes.
        api().body(grid(List.of("X", "X2", "X3", "X4", "X5", "P02"))).when().put(BOUNDARIES).then().statusCode(200)
                .body("matched", contains("P02"))
                .body("unmatched", contains("X", "X2", "X3", "X4", "X5"))
                .body("removed", contains("P01", "P03"))
                .body("unitsWithoutShape", hasSize(15));
        api().when().get(BOUNDARIES).then().statusCode(200)
                .body("features.properties.code", contains("P02"))
                .body("features[0].geometry.coordinates[0][0]", contains(106.65f, 10.76f));
    }

    @Test
    void shouldMatchOnAPropertyTheCallerNamesAndAcceptNumericCodesAndMultiPolygons() {
        Map<String, Object> multi = new HashMap<>(Map.of("type", "MultiPolygon",
                "coordinates", List.of(((List<?>) square(0).get("coordinates")), ((List<?>) square(1).get("coordinates")))));
        List<Object> features = new ArrayList<>(List.of(feature("ma", "P05", multi), feature("ma", 26734, square(2))));
        api().queryParam("property", "ma").header("Content-Type", "application/geo+json")
                .body(collection(features)).when().put(BOUNDARIES).then().statusCode(200)
                .body("property", equalTo("ma")).body("matched", contains("P05")).body("unmatched", contains("26734"));
        api().when().get(BOUNDARIES).then()
                .body("features.properties.code", contains("P05"))
                .body("features[0].geometry.type", equalTo("MultiPolygon"))
                .body("features[0].geometry.coordinates", hasSize(2));
        problem(api().queryParam("property", "bad property").body(grid(List.of("P01"))).when().put(BOUNDARIES).then(),
                400, "validation").body("errors", fieldError("property", "code-format"));
        problem(api().queryParam("dryRun", "yes").body(grid(List.of("P01"))).when().put(BOUNDARIES).then(),
                400, "validation").body("errors", fieldError("dryRun", "not-a-boolean"));
    }

    @Test
    void shouldRefuseAFileThatIsNotAFeatureCollectionOfPolygonsNamingEveryFaultAndStoreNothing() {
        store(grid(List.of("P01")));
        problem(api().body(Map.of("type", "Feature", "features", Map.of())).when().put(BOUNDARIES).then(),
                400, "validation")
                .body("errors", fieldError("type", "not-one-of"))
                .body("errors", fieldError("features", "invalid-format"));
        problem(api().body(List.of(1, 2)).when().put(BOUNDARIES).then(), 400, "validation")
                .body("errors", fieldError("type", "not-one-of"));
        problem(api().body(Map.of("type", "FeatureCollection")).when().put(BOUNDARIES).then(), 400, "validation")
                .body("errors", fieldError("features", "required"));

        List<Object> bad = new ArrayList<>();
        bad.add(feature("code", "P02", square(1)));                                                      // fine
        bad.add(feature("code", "P03", Map.of("type", "Point", "coordinates", List.of(106.6, 10.7))));  // not a polygon
        bad.add(feature("code", "P04", polygon(List.of(List.of(List.of(106.6, 10.7), List.of(106.7, 10.7),
                List.of(106.7, 10.8), List.of(106.6, 10.8))))));                                        // not closed
        bad.add(feature("code", "P05", polygon(List.of(List.of(List.of(106.6, 10.7), List.of(106.7, 10.7),
                List.of(106.6, 10.7))))));                                                              // three positions
        bad.add(feature("code", "P06", polygon(List.of(List.of(List.of(600000, 1190000), List.of(106.7, 95),
                List.of(106.7, 10.8), List.of(600000, 1190000))))));                                    // metres, not degrees
        bad.add(feature("code", "P02", square(2)));                                                      // P02 twice
        bad.add(feature("name", "P07", square(3)));                                                      // no code
        bad.add(feature("code", "P08", polygon(List.of(List.of(List.of("106.6", 10.7), List.of(106.7, 10.7),
                List.of(106.7, 10.8), List.of(106.6, 10.7))))));                                        // text, not a number
        problem(api().body(collection(bad)).when().put(BOUNDARIES).then(), 400, "validation")
                .body("errors", hasSize(11))
                .body("errors", fieldError("features[1].geometry.type", "not-one-of"))
                .body("errors", fieldError("features[2].geometry.coordinates[0]", "ring-not-closed"))
                .body("errors", fieldError("features[3].geometry.coordinates[0]", "ring-too-short"))
                .body("errors", fieldError("features[4].geometry.coordinates[0][0][0]", "out-of-range"))
                .body("errors", fieldError("features[4].geometry.coordinates[0][0][1]", "out-of-range"))
                .body("errors", fieldError("features[4].geometry.coordinates[0][1][1]", "out-of-range"))
                .body("errors", fieldError("features[4].geometry.coordinates[0][3][0]", "out-of-range"))
                .body("errors", fieldError("features[4].geometry.coordinates[0][3][1]", "out-of-range"))
                .body("errors", fieldError("features[5].properties.code", "duplicate"))
                .body("errors", fieldError("features[6].properties.code", "required"))
                .body("errors", fieldError("features[7].geometry.coordinates[0][0]", "invalid-format"))
                .body("errors.find { it.field == 'features[2].geometry.coordinates[0]' }.message",
                        equalTo("Vòng chưa khép kín: điểm cuối phải trùng điểm đầu."));
        // The good feature was not stored either: P01 keeps its shape, alone.
        api().when().get(BOUNDARIES).then().body("features.properties.code", contains("P01"));
    }

    @Test
    void shouldRefuseABodyOver10MegabytesAsAProblem() {
        store(grid(List.of("P01")));
        // One ring of about 11 MB: 500,000 positions of ~23 characters.
        StringBuilder ring = new StringBuilder("[106.640000,10.750000]");
        for (int i = 0; i < 500_000; i++) {
            ring.append(",[106.640001,10.750001]");
        }
        ring.append(",[106.640000,10.750000]");
        String body = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"code\":\"P02\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}}]}";
        problem(api().body(body).when().put(BOUNDARIES).then(), 413, "body-too-large");
        api().when().get(BOUNDARIES).then().body("features.properties.code", contains("P01"));
    }

    @Test
    void shouldLetOnlyAnAdministratorUploadAndOnlySignedInCallersRead() {
        problem(as(viewerToken).body(grid(List.of("P01"))).when().put(BOUNDARIES).then(), 403, "forbidden");
        problem(as(reviewerToken).body(grid(List.of("P01"))).when().put(BOUNDARIES).then(), 403, "forbidden");
        problem(as(null).body(grid(List.of("P01"))).when().put(BOUNDARIES).then(), 401, "unauthorized");
        problem(as(null).when().get(BOUNDARIES).then(), 401, "unauthorized");
        problem(api().when().put(BOUNDARIES).then(), 400, "body-required");
    }

    @Test
    void shouldGiveThePortalOnlyTheShapesOfATargetsUnitsOnceThePlanIsPublished() {
        // D11 (the district) is not among the units of T1a (wards report it), so the portal does not get it.
        store(grid(List.of("D11", "P01", "P16")));
        problem(as(null).when().get(PUBLIC + "/targets/T1A/boundaries").then(), 404, "not-found");
        String plan = "/api/v1/plans/" + idOf("plans", PLAN);
        api().header("If-Match", etagOf(plan)).post(plan + "/publish").then().statusCode(200);
        try {
            as(null).when().get(PUBLIC + "/targets/T1A/boundaries").then().statusCode(200)
                    .body("type", equalTo("FeatureCollection"))
                    .body("features.properties.code", contains("P01", "P16"))
                    .body("features[1].properties.nameEn", equalTo("Ward 16"));
            problem(as(null).when().get(PUBLIC + "/targets/NOPE/boundaries").then(), 404, "not-found");
        } finally {
            api().header("If-Match", etagOf(plan)).post(plan + "/unpublish").then().statusCode(200);
        }
    }

    @Test
    void shouldForgetAUnitsShapeWhenTheUnitIsDeleted() {
        long id = ((Number) api().body(Map.of("code", "P17", "nameVi", "Phường 17", "nameEn", "Ward 17", "type", "WARD",
                "parentCode", "D11")).when().post("/api/v1/org-units").then().statusCode(201).extract().path("id"))
                .longValue();
        store(grid(List.of("P01", "P17")));
        api().header("If-Match", "\"0\"").when().delete("/api/v1/org-units/" + id).then().statusCode(204);
        api().when().get(BOUNDARIES).then().body("features.properties.code", contains("P01"));
    }
}
