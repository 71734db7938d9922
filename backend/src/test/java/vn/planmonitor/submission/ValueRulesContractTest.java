package vn.planmonitor.submission;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ContractDocument;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code openapi.yaml} restates {@link ValueRules}' limits for clients (schema maxima, and in prose where
 * JSON Schema cannot say it: decimals, the import's conflict table). This holds the two together, so a
 * limit changed in one place fails here rather than surprising a client. The SPA has the same test
 * against the same file ({@code frontend/src/features/submissions/utils/value-limits.test.ts}).
 */
class ValueRulesContractTest {

    private static final JsonNode CONTRACT = ContractDocument.TREE;
    private static final JsonNode SCHEMAS = ContractDocument.SCHEMAS;

    @Test
    void shouldDeclareEveryFigureBetweenZeroAndTheLargestNumber() {
        for (String figure : new String[]{"number", "numerator", "denominator"}) {
            JsonNode schema = SCHEMAS.path("SubmissionValueInput").path("properties").path(figure);
            assertEquals(0, schema.path("minimum").decimalValue().compareTo(BigDecimal.ZERO), figure);
            assertEquals(0, schema.path("maximum").decimalValue().compareTo(ValueRules.MAX_NUMBER), figure);
        }
    }

    @Test
    void shouldDeclareTheSameSizesAsTheRules() {
        for (String body : new String[]{"SubmissionInput", "SubmissionUpdate"}) {
            JsonNode properties = SCHEMAS.path(body).path("properties");
            assertEquals(ValueRules.MAX_VALUES, properties.path("values").path("maxItems").asInt(), body);
            assertEquals(ValueRules.MAX_COMMENT, properties.path("comment").path("maxLength").asInt(), body);
        }
        assertEquals(ValueRules.MAX_ITEMS,
                SCHEMAS.path("SubmissionValueInput").path("properties").path("items").path("maxItems").asInt());
        assertEquals(ValueRules.MAX_ITEM_NAME,
                SCHEMAS.path("ValueItemInput").path("properties").path("name").path("maxLength").asInt());
    }

    @Test
    void shouldStateTheLimitsInTheFormsAndTheImportsDescriptions() {
        String max = ValueRules.MAX_NUMBER.toPlainString();
        String form = SCHEMAS.path("SubmissionValueInput").path("description").asText();
        assertContains(form, "at most " + max + " (`too-large`)");
        assertContains(form, "at most " + ValueRules.MAX_SCALE + " decimals (`too-precise`)");
        String importing = CONTRACT.path("paths").path("/api/v1/dataValueSets").path("post").path("description")
                .asText();
        assertContains(importing, "at most " + max + ", with at most " + ValueRules.MAX_SCALE + " decimals");
        assertContains(importing, "| E7621 | value | above " + max + " |");
        assertContains(importing, "| E7622 | value | more than " + ValueRules.MAX_SCALE + " decimals |");
        String errors = SCHEMAS.path("FieldError").path("description").asText();
        assertContains(errors, "`too-large` — a figure above " + max + ".");
        assertContains(errors, "`too-precise` — more than " + ValueRules.MAX_SCALE + " decimals.");
    }

    @Test
    void shouldListEveryValueProblemAsAFieldErrorCode() {
        JsonNode fieldError = SCHEMAS.path("FieldError");
        String listed = fieldError.path("description").asText();
        List<String> codes = new ArrayList<>();
        fieldError.path("properties").path("code").path("x-extensible-enum").forEach(code -> codes.add(code.asText()));
        for (ValueProblem problem : ValueProblem.values()) {
            assertTrue(codes.contains(problem.code), problem.code + " is not in FieldError's code x-extensible-enum");
            assertContains(listed, "- `" + problem.code + "` — ");
        }
        // Checked on submitting (review.SubmitRules), with ValueRules.countMatchesItems.
        assertTrue(codes.contains("count-mismatch"));
        assertContains(listed, "- `count-mismatch` — ");
    }

    /** Line breaks in the YAML prose are where the text was wrapped, not part of what it says. */
    private static void assertContains(String text, String expected) {
        assertTrue(text.replaceAll("\\s+", " ").contains(expected),
                () -> "openapi.yaml should say «" + expected + "» in:\n" + text);
    }
}
