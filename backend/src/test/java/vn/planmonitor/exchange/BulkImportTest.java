package vn.planmonitor.exchange;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ApiTest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** 50,000 values in one request: 1,250 generated wards × 5 years × the 8 data elements a ward reports. */
@QuarkusTest
class BulkImportTest extends ApiTest {

    private static final Logger LOG = Logger.getLogger(BulkImportTest.class);
    private static final int UNITS = 1250;
    private static final String[] ELEMENTS = {"ECON_OFFICER_TRAINED", "ECON_OFFICER_TOTAL", "CIVIL_SERVANT_TRAINED",
            "CIVIL_SERVANT_TOTAL", "STI_DATABASE", "STI_APPLICATION_MODELS", "CREATIVE_MOVEMENT", "IMPROVEMENT_INITIATIVES"};

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldImportFiftyThousandValuesAndReadThemAllBack() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO org_unit (code, name_vi, name_en, unit_type,"
                     + " active, created_at, updated_at, version) VALUES (?, ?, ?, 'WARD', TRUE, NOW(), NOW(), 0)")) {
            for (int u = 0; u < UNITS; u++) {
                ps.setString(1, String.format("G%04d", u));
                ps.setString(2, "Phường thử " + u);
                ps.setString(3, "Test ward " + u);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<Map<String, Object>> rows = new ArrayList<>(UNITS * 5 * ELEMENTS.length);
        for (int u = 0; u < UNITS; u++) {
            for (int year = 2016; year <= 2020; year++) {
                for (String element : ELEMENTS) {
                    String value = switch (element) {
                        case "STI_DATABASE", "CREATIVE_MOVEMENT" -> u % 2 == 0 ? "true" : "false";
                        case "ECON_OFFICER_TOTAL", "CIVIL_SERVANT_TOTAL" -> String.valueOf(10 + u % 7);
                        default -> String.valueOf(u % 10);
                    };
                    rows.add(Map.of("dataElement", element, "period", String.valueOf(year),
                            "orgUnit", String.format("G%04d", u), "value", value));
                }
            }
        }
        assertEquals(50_000, rows.size());
        long started = System.nanoTime();
        api().body(Map.of("dataSet", PLAN, "dataValues", rows)).post("/api/v1/dataValueSets").then()
                .statusCode(200).body("status", equalTo("SUCCESS")).body("importCount.imported", equalTo(50_000));
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("Imported 50,000 values (JSON, one request, including HTTP) in %d ms", millis);

        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM submission_value v JOIN submission s"
                     + " ON s.id = v.submission_id JOIN org_unit u ON u.id = s.org_unit_id WHERE u.code LIKE 'G%'");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            // 8 data elements are 6 indicators: the two ratios have two parts each.
            assertEquals(UNITS * 5 * 6, rs.getInt(1));
        }
        started = System.nanoTime();
        List<String> exported = api().queryParam("plan", PLAN).get("/api/v1/dataValueSets").then().statusCode(200)
                .extract().path("dataValues.orgUnit");
        LOG.infof("Exported them as JSON in %d ms", (System.nanoTime() - started) / 1_000_000);
        assertEquals(50_000, exported.stream().filter(code -> code.startsWith("G")).count());
        api().queryParam("plan", PLAN).queryParam("orgUnit", "G0007").queryParam("period", "2019")
                .get("/api/v1/dataValueSets").then().statusCode(200)
                .body("dataValues.find { it.dataElement == 'ECON_OFFICER_TOTAL' }.value", equalTo("10"))
                .body("dataValues.find { it.dataElement == 'STI_DATABASE' }.value", equalTo("false"));
    }
}
