package vn.planmonitor.exchange;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.exchange.DataValueSet.DataValue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a DHIS2 data value set (JSON) straight into import rows, one value at a time: a 100,000-value
 * body is held once as bytes and once as rows, never also as a tree or a list of parsed values. The
 * same strictness as binding the whole {@link DataValueSet} (unknown fields and coercions refused), and
 * errors name their place ({@code dataValues[3].value}).
 */
final class JsonDataValues {

    record Parsed(String dataSet, List<ImportRow> rows) {
    }

    /** The header fields rows inherit; the values are skipped here and read by the second pass. */
    @JsonIgnoreProperties("dataValues")
    private record Header(String dataSet, String period, String orgUnit, String attributeOptionCombo,
                          String completeDate) {
    }

    private JsonDataValues() {
    }

    static Parsed parse(ObjectMapper json, byte[] body, int maxRows) throws IOException {
        Header header = json.readValue(body, Header.class);
        if (header == null) {
            throw ApiException.badRequest("body-required");
        }
        List<ImportRow> rows = new ArrayList<>();
        // Reading value by value, what follows a value is the next one, not trailing garbage.
        ObjectReader values = json.readerFor(DataValue.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        try (JsonParser p = json.createParser(body)) {
            p.nextToken(); // the object the first pass has checked
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (!"dataValues".equals(field) || value == JsonToken.VALUE_NULL) {
                    p.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    MismatchedInputException e = MismatchedInputException.from(p, List.class,
                            "dataValues must be an array");
                    e.prependPath(DataValueSet.class, "dataValues");
                    throw e;
                }
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    rows.add(row(rows.size(), read(values, p, rows.size()), header));
                    ImportLimits.checkRows(rows.size(), maxRows);
                }
            }
        }
        return new Parsed(header.dataSet(), rows);
    }

    private static DataValue read(ObjectReader values, JsonParser p, int index) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        try {
            return values.readValue(p);
        } catch (JsonMappingException e) {
            e.prependPath(new JsonMappingException.Reference(null, index));
            e.prependPath(DataValueSet.class, "dataValues");
            throw e;
        }
    }

    private static ImportRow row(int i, DataValue d, Header set) {
        if (d == null) {
            return new ImportRow(i, null, set.period(), set.orgUnit(), null, null, null, false);
        }
        return new ImportRow(i, d.dataElement(), d.period() != null ? d.period() : set.period(),
                d.orgUnit() != null ? d.orgUnit() : set.orgUnit(), d.categoryOptionCombo(),
                d.attributeOptionCombo() != null ? d.attributeOptionCombo() : set.attributeOptionCombo(),
                d.value(), Boolean.TRUE.equals(d.deleted()), null, d.planmonitorItems());
    }
}
