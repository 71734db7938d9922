package vn.planmonitor;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import vn.planmonitor.support.ContractDocument;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The constructs of {@code openapi.yaml} that broke clients generated from it (issue 19), refused here in
 * a second, so they are caught by the backend tests before {@code make test-clients} runs the generators:
 * a property typed only {@code null} (no generator can name its type), an input that is an {@code anyOf}
 * or {@code oneOf} of cases (generated as a wrapper that can send one case), a {@code default} in an input
 * (made required, or always sent), and closed lists of codes that grow.
 */
class GeneratedClientsContractTest {

    private static final JsonNode SCHEMAS = ContractDocument.SCHEMAS;

    @Test
    void noPropertyIsTypedOnlyNull() {
        List<String> found = new ArrayList<>();
        walk(SCHEMAS, "#/components/schemas", (where, node) -> {
            JsonNode properties = node.path("properties");
            properties.fields().forEachRemaining(p -> {
                if ("null".equals(p.getValue().path("type").asText(null))) {
                    found.add(where + "/properties/" + p.getKey());
                }
            });
        });
        assertEquals(List.of(), found);
    }

    @Test
    void inputsArePlainObjectsWithoutDefaults() {
        List<String> found = new ArrayList<>();
        SCHEMAS.fields().forEachRemaining(schema -> {
            if (!schema.getKey().endsWith("Input")) {
                return;
            }
            for (String combinator : List.of("anyOf", "oneOf")) {
                if (schema.getValue().has(combinator)) {
                    found.add(schema.getKey() + " has " + combinator);
                }
            }
            schema.getValue().path("properties").fields().forEachRemaining(p -> {
                if (p.getValue().has("default")) {
                    found.add(schema.getKey() + "." + p.getKey() + " has a default");
                }
            });
        });
        assertEquals(List.of(), found);
    }

    @Test
    void codesThatGrowAreOpenEnded() {
        for (JsonNode code : List.of(SCHEMAS.path("Problem").path("properties").path("code"),
                SCHEMAS.path("FieldError").path("properties").path("code"), SCHEMAS.path("ProgressStatus"),
                SCHEMAS.path("StatusReason"), SCHEMAS.path("NoDataReason"),
                SCHEMAS.path("ImportSummary").path("properties").path("status"))) {
            assertEquals("string", code.path("type").asText(), code.toString());
            assertTrue(code.path("x-extensible-enum").size() > 0 && !code.has("enum"), code.toString());
        }
    }

    private interface Visitor {
        void visit(String where, JsonNode node);
    }

    private static void walk(JsonNode node, String where, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(where, node);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> child = it.next();
                walk(child.getValue(), where + "/" + child.getKey(), visitor);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "/" + i, visitor);
            }
        }
    }
}
