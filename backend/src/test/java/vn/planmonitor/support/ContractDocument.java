package vn.planmonitor.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Path;

/** {@code openapi.yaml} as a tree, for the tests that hold the contract itself to a rule. */
public final class ContractDocument {

    public static final JsonNode TREE = read();
    public static final JsonNode SCHEMAS = TREE.path("components").path("schemas");

    private ContractDocument() {
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read openapi.yaml", e);
        }
    }
}
