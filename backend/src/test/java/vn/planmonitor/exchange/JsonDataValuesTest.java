package vn.planmonitor.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The JSON import's reader, without the server: rows, inheritance, strictness and where errors point. */
class JsonDataValuesTest {

    /** Strict like the application's: a trailing token after the body is an error. */
    private final ObjectMapper json = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonDataValues.Parsed parse(String body) throws Exception {
        return JsonDataValues.parse(json, body.getBytes(StandardCharsets.UTF_8), Integer.MAX_VALUE);
    }

    @Test
    void rowsInheritTheHeaderWhereverItStandsInTheBody() throws Exception {
        JsonDataValues.Parsed parsed = parse("""
                {"dataValues": [{"dataElement": "A", "value": "1"}, null,
                                {"dataElement": "B", "period": "2018", "orgUnit": "P02", "value": "2", "deleted": true}],
                 "dataSet": "PLAN", "period": "2017", "orgUnit": "P01", "completeDate": "2018-01-02"}""");
        assertEquals("PLAN", parsed.dataSet());
        assertEquals(List.of(
                new ImportRow(0, "A", "2017", "P01", null, null, "1", false),
                new ImportRow(1, null, "2017", "P01", null, null, null, false),
                new ImportRow(2, "B", "2018", "P02", null, null, "2", true)), parsed.rows());
    }

    @Test
    void unknownFieldsAreRefusedWithTheirPlace() {
        UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
                () -> parse("{\"dataValues\": [{\"dataElement\": \"A\"}, {\"colour\": \"red\"}]}"));
        assertEquals(List.of("dataValues", "1", "colour"), e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex())).toList());
        assertThrows(UnrecognizedPropertyException.class, () -> parse("{\"colour\": \"red\", \"dataValues\": []}"));
        assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class, () -> parse("{\"dataValues\": []} {}"));
    }
}
