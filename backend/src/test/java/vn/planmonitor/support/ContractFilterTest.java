package vn.planmonitor.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The contract check itself must bite: a renamed, missing or extra field in a response fails it. */
class ContractFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAN = """
            {"id":1,"code":"D11-STI-2016-2020","titleVi":"Kế hoạch","titleEn":"Plan","firstYear":2016,
             "lastYear":2020,"issuingBodyVi":"UBND quận 11","issuingBodyEn":"District 11","sourceUrl":null,
             "sourceText":null,"reportDeadlineDays":31,"publishedAt":null,"createdAt":"2015-11-25T11:05:00Z",
             "updatedAt":"2015-11-25T11:05:00Z","version":0}""";

    @Test
    void shouldAcceptAResponseShapedLikeTheContract() throws Exception {
        assertEquals(0, ContractFilter.INSTANCE.validate("Plan", JSON.readTree(PLAN)).size());
    }

    @Test
    void shouldRejectAFieldRenamedInCodeButNotInTheContract() throws Exception {
        ObjectNode renamed = (ObjectNode) JSON.readTree(PLAN);
        renamed.set("titleVietnamese", renamed.remove("titleVi"));
        assertFalse(ContractFilter.INSTANCE.validate("Plan", renamed).isEmpty());
    }

    @Test
    void shouldRejectAWrongTypeAndAMissingField() throws Exception {
        ObjectNode wrongType = (ObjectNode) JSON.readTree(PLAN);
        wrongType.put("firstYear", "2016");
        assertFalse(ContractFilter.INSTANCE.validate("Plan", wrongType).isEmpty());
        ObjectNode missing = (ObjectNode) JSON.readTree(PLAN);
        missing.remove("version");
        assertFalse(ContractFilter.INSTANCE.validate("Plan", missing).isEmpty());
    }

    @Test
    void shouldResolveEveryReferenceOfTheContract() {
        java.util.List<String> broken = new java.util.ArrayList<>();
        collectBrokenRefs(ContractFilter.INSTANCE.contract(), broken);
        assertEquals(java.util.List.of(), broken);
    }

    private static void collectBrokenRefs(com.fasterxml.jackson.databind.JsonNode node, java.util.List<String> broken) {
        if (node.has("$ref") && node.get("$ref").isTextual()) {
            String ref = node.get("$ref").asText();
            if (ContractFilter.INSTANCE.contract().at(ref.substring(1)).isMissingNode()) {
                broken.add(ref);
            }
        }
        node.forEach(child -> collectBrokenRefs(child, broken));
    }
}
