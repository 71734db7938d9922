package vn.planmonitor.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Holds every response the tests receive to the top-level {@code openapi.yaml}: the path and
 * method must be in the contract, the status declared, the media type listed, the required
 * headers present, and the body valid against the declared schema (JSON Schema 2020-12, with
 * {@code additionalProperties: false} there, so a field renamed in code fails). Also records
 * which operations were exercised, for {@link ContractCoverageTest}.
 */
public final class ContractFilter implements Filter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    public static final ContractFilter INSTANCE = new ContractFilter(Path.of("..", "openapi.yaml"));

    private final JsonNode contract;
    private final List<Operation> operations = new ArrayList<>();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final Set<String> exercised = ConcurrentHashMap.newKeySet();

    private record Operation(String method, String template, Pattern pattern, int literalLength) {
        String key() {
            return method.toUpperCase() + " " + template;
        }
    }

    private ContractFilter(Path file) {
        try {
            // Duplicate keys are an error: YAML tools disagree on which one wins (the SPA's generator refuses them).
            contract = new ObjectMapper(YAMLFactory.builder()
                    .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
                    .readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract " + file.toAbsolutePath(), e);
        }
        closeExtensibleEnums(contract);
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String regex = "^" + path.getKey().replaceAll("\\{[^/}]+}", "[^/]+") + "$";
            int literal = path.getKey().replaceAll("\\{[^/}]+}", "").length();
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (METHODS.contains(method)) {
                    operations.add(new Operation(method, path.getKey(), Pattern.compile(regex), literal));
                }
            });
        }
    }

    /** The parsed contract, for tests that generate requests from it. */
    public JsonNode contract() {
        return contract;
    }

    public Set<String> allOperations() {
        Set<String> all = new TreeSet<>();
        operations.forEach(op -> all.add(op.key()));
        return all;
    }

    public Set<String> exercisedOperations() {
        return new TreeSet<>(exercised);
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext context) {
        Response response = context.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        if (!path.startsWith("/api/")) {
            return response;
        }
        check(request.getMethod().toLowerCase(), path, response);
        return response;
    }

    private void check(String method, String path, Response response) {
        Operation op = operations.stream()
                .filter(o -> o.method.equals(method) && o.pattern.matcher(path).matches())
                .max(Comparator.comparingInt(Operation::literalLength))
                .orElse(null);
        int status = response.statusCode();
        if (op == null) {
            // An undocumented path is acceptable only as a 404/405 problem from the server itself.
            if (status == 404 || status == 405) {
                validateBody(JSON.createObjectNode().put("$ref", "#/components/schemas/Problem"), response,
                        method + " " + path);
                return;
            }
            throw new AssertionError("Not in openapi.yaml: " + method.toUpperCase() + " " + path + " → " + status);
        }
        exercised.add(op.key());
        JsonNode responses = contract.path("paths").path(op.template).path(method).path("responses");
        String statusKey = String.valueOf(status);
        if (!responses.has(statusKey)) {
            statusKey = responses.has(status / 100 + "XX") ? status / 100 + "XX" : "default";
        }
        if (!responses.has(statusKey)) {
            throw new AssertionError(op.key() + " answered " + status + ", which openapi.yaml does not declare");
        }
        JsonNode declared = resolve(responses.get(statusKey));
        checkHeaders(op, status, declared, response);
        String body = response.asString();
        JsonNode content = declared.path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (body != null && !body.isEmpty()) {
                throw new AssertionError(op.key() + " " + status + " has a body, but openapi.yaml declares none");
            }
            return;
        }
        String contentType = response.contentType() == null ? "" : response.contentType().split(";")[0].trim();
        if (!content.has(contentType)) {
            throw new AssertionError(op.key() + " " + status + " answered " + contentType + ", declared: "
                    + content.fieldNames().next());
        }
        JsonNode schema = content.get(contentType).get("schema");
        if (schema != null && contentType.endsWith("json")) {
            validateBody(schema, response, op.key() + " " + status);
        }
    }

    private void checkHeaders(Operation op, int status, JsonNode declared, Response response) {
        declared.path("headers").fields().forEachRemaining(header -> {
            JsonNode spec = resolve(header.getValue());
            if (spec.path("required").asBoolean(false) && response.header(header.getKey()) == null) {
                throw new AssertionError(op.key() + " " + status + " lacks the required header " + header.getKey());
            }
        });
    }

    /**
     * Clients must accept values of an {@code x-extensible-enum} they do not know, but this server must
     * only send the listed ones: for the responses it checks, the list is a closed {@code enum}.
     */
    private static void closeExtensibleEnums(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("x-extensible-enum")) {
            object.set("enum", object.get("x-extensible-enum"));
        }
        node.forEach(ContractFilter::closeExtensibleEnums);
    }

    /** Validates a JSON document against {@code #/components/schemas/<name>}; an empty set means valid. */
    public Set<ValidationMessage> validate(String schemaName, JsonNode body) {
        return schemaFor(JSON.createObjectNode().put("$ref", "#/components/schemas/" + schemaName)).validate(body);
    }

    /** The declared schema, with the contract's components beside it so its $refs resolve. */
    private JsonSchema schemaFor(JsonNode declaredSchema) {
        return schemas.computeIfAbsent(declaredSchema.toString(), key -> {
            ObjectNode root = declaredSchema.deepCopy();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.set("components", contract.get("components"));
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
        });
    }

    private void validateBody(JsonNode declaredSchema, Response response, String what) {
        JsonSchema schema = schemaFor(declaredSchema);
        JsonNode body;
        try {
            body = JSON.readTree(response.asString());
        } catch (IOException e) {
            throw new AssertionError(what + ": body is not JSON: " + response.asString());
        }
        Set<ValidationMessage> errors = schema.validate(body);
        if (!errors.isEmpty()) {
            throw new AssertionError(what + ": response does not match openapi.yaml: " + errors + "\nbody: "
                    + response.asString());
        }
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = contract.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }
}
