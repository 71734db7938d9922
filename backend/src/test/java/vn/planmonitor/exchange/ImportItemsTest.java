package vn.planmonitor.exchange;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.hasEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A count's named items through the bulk exchange (issue 19, item 6): the {@code planmonitorItems} extension of
 * a JSON data value is checked by the report form's rules, stored, submitted as it is, written back by the export,
 * and an export posted again is the identity.
 */
@QuarkusTest
class ImportItemsTest extends ApiTest {

    private static final String SETS = "/api/v1/dataValueSets";
    private static final String SUBMISSIONS = "/api/v1/submissions";
    private static final List<Map<String, Object>> MODELS = List.of(
            Map.of("name", "  Một cửa điện tử ", "flagged", true), Map.of("name", "Sổ tay khuyến nông số"));

    /** A ward's every data element for one year, the count of models with its two named items. */
    private static List<Map<String, Object>> wardYear(String unit, String period, List<Map<String, Object>> models) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, String> values = Map.of("ECON_OFFICER_TRAINED", "2", "ECON_OFFICER_TOTAL", "3",
                "CIVIL_SERVANT_TRAINED", "10", "CIVIL_SERVANT_TOTAL", "24", "STI_DATABASE", "true",
                "CREATIVE_MOVEMENT", "false", "IMPROVEMENT_INITIATIVES", "4");
        values.forEach((element, value) -> rows.add(Map.of("dataElement", element, "period", period, "orgUnit", unit,
                "value", value)));
        rows.add(Map.of("dataElement", "STI_APPLICATION_MODELS", "period", period, "orgUnit", unit, "value", "2",
                "planmonitorItems", models));
        return rows;
    }

    private static long reportOf(String unit, String period) {
        return ((Number) api().queryParam("orgUnit", unit).queryParam("period", period).get(SUBMISSIONS).then()
                .statusCode(200).body("total", equalTo(1)).extract().path("items[0].id")).longValue();
    }

    @Test
    void shouldImportACountWithItsItemsAndSubmitItAsItIs() {
        api().body(Map.of("dataSet", PLAN, "dataValues", wardYear("P07", "2017", MODELS))).post(SETS).then()
                .statusCode(200).body("status", equalTo("SUCCESS")).body("importCount.imported", equalTo(8));
        long id = reportOf("P07", "2017");
        api().get(SUBMISSIONS + "/" + id).then().statusCode(200)
                .body("values.find { it.indicatorCode == 'STI_APPLICATION_MODELS' }.items.name",
                        equalTo(List.of("Một cửa điện tử", "Sổ tay khuyến nông số")))
                .body("values.find { it.indicatorCode == 'STI_APPLICATION_MODELS' }.items.flagged", equalTo(List.of(true, false)));
        api().get(SUBMISSIONS + "/" + id + "/history").then().statusCode(200)
                .body("items", hasItem(allOf(hasEntry("field", "STI_APPLICATION_MODELS.items"),
                        hasEntry("newValue", "Một cửa điện tử [✓]; Sổ tay khuyến nông số"))));
        String etag = etagOf(SUBMISSIONS + "/" + id);
        api().header("If-Match", etag).post(SUBMISSIONS + "/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void shouldPostAnExportBackUnchanged() {
        long id = ((Number) api().body(Map.of("planCode", PLAN, "orgUnitCode", "P08", "period", "2018",
                "values", completeWardValues())).post(SUBMISSIONS).then().statusCode(201).extract().path("id")).longValue();
        Map<String, Object> first = export("P08", "2018");
        List<Map<String, Object>> values = values(first);
        assertEquals(List.of(Map.of("name", "Một cửa điện tử", "flagged", true)), values.stream()
                .filter(v -> v.get("dataElement").equals("STI_APPLICATION_MODELS")).findFirst().orElseThrow()
                .get("planmonitorItems"));
        assertEquals(1, values.stream().filter(v -> v.containsKey("planmonitorItems")).count(), "only the count of models");

        // Posted back onto the same data: nothing to do.
        api().body(first).post(SETS).then().statusCode(200).body("status", equalTo("SUCCESS"))
                .body("importCount.ignored", equalTo(8)).body("importCount.imported", equalTo(0))
                .body("importCount.updated", equalTo(0));
        // Posted into an empty place: the same report again.
        api().header("If-Match", etagOf(SUBMISSIONS + "/" + id)).delete(SUBMISSIONS + "/" + id).then().statusCode(204);
        api().body(first).post(SETS).then().statusCode(200).body("importCount.imported", equalTo(8));
        assertEquals(withoutTimes(values), withoutTimes(values(export("P08", "2018"))));

        // Without the field the stored items stay; with [] they go.
        api().body(Map.of("dataValues", List.of(Map.of("dataElement", "STI_APPLICATION_MODELS", "period", "2018",
                "orgUnit", "P08", "value", "1")))).post(SETS).then().statusCode(200).body("importCount.ignored", equalTo(1));
        api().get(SUBMISSIONS + "/" + reportOf("P08", "2018")).then()
                .body("values.find { it.indicatorCode == 'STI_APPLICATION_MODELS' }.items.size()", equalTo(1));
        api().body(Map.of("dataValues", List.of(Map.of("dataElement", "STI_APPLICATION_MODELS", "period", "2018",
                "orgUnit", "P08", "value", "1", "planmonitorItems", List.of())))).post(SETS).then().statusCode(200)
                .body("importCount.updated", equalTo(1));
        api().get(SUBMISSIONS + "/" + reportOf("P08", "2018")).then()
                .body("values.find { it.indicatorCode == 'STI_APPLICATION_MODELS' }.items.size()", equalTo(0));
    }

    @Test
    void shouldRefuseItemsWhereTheyDoNotBelongOrBreakTheFormsRules() {
        List<Map<String, Object>> rows = List.of(
                Map.of("dataElement", "STI_DATABASE", "period", "2019", "orgUnit", "P09", "value", "true",
                        "planmonitorItems", MODELS),
                Map.of("dataElement", "STI_APPLICATION_MODELS", "period", "2019", "orgUnit", "P10", "value", "2",
                        "planmonitorItems", List.of(Map.of("name", "Hợp lệ"), Map.of("name", "  "))),
                Map.of("dataElement", "STI_APPLICATION_MODELS", "period", "2019", "orgUnit", "P11", "deleted", true,
                        "planmonitorItems", MODELS));
        api().body(Map.of("dataValues", rows)).post(SETS).then().statusCode(409).body("status", equalTo("ERROR"))
                .body("conflicts.errorCode", equalTo(List.of("E7629", "E7630", "E7629")))
                .body("conflicts.property", equalTo(List.of("planmonitorItems", "planmonitorItems", "planmonitorItems")))
                .body("conflicts.object", equalTo(List.of("STI_DATABASE", "planmonitorItems[1].name", "STI_APPLICATION_MODELS")))
                .body("conflicts.indexes", equalTo(List.of(List.of(0), List.of(1), List.of(2))));
        api().queryParam("orgUnit", "P10").get(SUBMISSIONS).then().body("total", equalTo(0));
    }

    private static Map<String, Object> export(String unit, String period) {
        return api().queryParam("plan", PLAN).queryParam("period", period).queryParam("orgUnit", unit).get(SETS)
                .then().statusCode(200).extract().path("$");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> values(Map<String, Object> set) {
        return (List<Map<String, Object>>) set.get("dataValues");
    }

    private static List<Map<String, Object>> withoutTimes(List<Map<String, Object>> values) {
        return values.stream().map(v -> {
            Map<String, Object> copy = new HashMap<>(v);
            copy.remove("lastUpdated");
            return copy;
        }).toList();
    }
}
