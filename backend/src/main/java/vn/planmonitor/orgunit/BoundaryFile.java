package vn.planmonitor.orgunit;

import com.fasterxml.jackson.databind.JsonNode;
import vn.planmonitor.common.Violations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an uploaded GeoJSON FeatureCollection (RFC 7946) into one shape per feature, or refuses it with a
 * field error per fault, named by its JSON path ({@code features[3].geometry.type}). Only what a map of
 * units needs is accepted: Polygon and MultiPolygon geometries whose rings are closed, have at least four
 * positions and stay within longitude −180…180 and latitude −90…90 (a file in a projected system —
 * metres, not degrees — fails here rather than drawing nothing).
 */
final class BoundaryFile {

    /** The field errors one file may produce: a file wrong throughout would otherwise answer megabytes of them. */
    static final int MAX_ERRORS = 50;
    private static final Set<String> GEOMETRY_TYPES = Set.of("Polygon", "MultiPolygon");

    /** One feature's unit code and geometry (as parsed), {@code index} its place in {@code features}. */
    record Shape(int index, String code, JsonNode geometry) {
    }

    private final Violations violations;
    private int errors;

    private BoundaryFile(Violations violations) {
        this.violations = violations;
    }

    /**
     * The shapes of the collection, features matched by {@code properties.<property>} (a string, or a whole
     * number as some registries publish codes); field errors go to {@code violations}.
     */
    static List<Shape> read(JsonNode root, String property, Violations violations) {
        return new BoundaryFile(violations).shapes(root, property);
    }

    private List<Shape> shapes(JsonNode root, String property) {
        if (root == null || !root.isObject()) {
            add("type", "not-one-of", "FeatureCollection");
            return List.of();
        }
        if (!"FeatureCollection".equals(root.path("type").asText(null)) || !root.path("type").isTextual()) {
            add("type", "not-one-of", "FeatureCollection");
        }
        JsonNode features = root.get("features");
        if (features == null || features.isNull()) {
            add("features", "required");
            return List.of();
        }
        if (!features.isArray()) {
            add("features", "invalid-format");
            return List.of();
        }
        List<Shape> shapes = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < features.size() && errors < MAX_ERRORS; i++) {
            String at = "features[" + i + "]";
            JsonNode feature = features.get(i);
            if (!feature.isObject()) {
                add(at, "invalid-format");
                continue;
            }
            if (!"Feature".equals(feature.path("type").asText(null)) || !feature.path("type").isTextual()) {
                add(at + ".type", "not-one-of", "Feature");
            }
            String code = code(feature.path("properties").path(property), at + ".properties." + property);
            if (code != null && seen.putIfAbsent(code, i) != null) {
                add(at + ".properties." + property, "duplicate", code);
            }
            JsonNode geometry = feature.get("geometry");
            if (geometry(geometry, at + ".geometry") && code != null) {
                shapes.add(new Shape(i, code, geometry));
            }
        }
        return shapes;
    }

    private String code(JsonNode value, String field) {
        if (value.isTextual() && !value.asText().isBlank()) {
            String code = value.asText().trim();
            if (code.length() > 50) {
                add(field, "too-long", 50);
                return null;
            }
            return code;
        }
        if (value.isIntegralNumber()) {
            return value.asText();
        }
        add(field, value.isMissingNode() || value.isNull() || value.isTextual() ? "required" : "invalid-format");
        return null;
    }

    /** True if the geometry is a well-formed Polygon or MultiPolygon. */
    private boolean geometry(JsonNode geometry, String at) {
        if (geometry == null || geometry.isNull()) {
            add(at, "required");
            return false;
        }
        if (!geometry.isObject()) {
            add(at, "invalid-format");
            return false;
        }
        String type = geometry.path("type").isTextual() ? geometry.path("type").asText() : null;
        if (type == null || !GEOMETRY_TYPES.contains(type)) {
            add(at + ".type", "not-one-of", "Polygon, MultiPolygon");
            return false;
        }
        int before = errors;
        JsonNode coordinates = geometry.get("coordinates");
        String field = at + ".coordinates";
        if (!nonEmptyArray(coordinates, field)) {
            return false;
        }
        if (type.equals("Polygon")) {
            polygon(coordinates, field);
        } else {
            for (int p = 0; p < coordinates.size() && errors < MAX_ERRORS; p++) {
                if (nonEmptyArray(coordinates.get(p), field + "[" + p + "]")) {
                    polygon(coordinates.get(p), field + "[" + p + "]");
                }
            }
        }
        return errors == before;
    }

    private void polygon(JsonNode rings, String at) {
        for (int r = 0; r < rings.size() && errors < MAX_ERRORS; r++) {
            ring(rings.get(r), at + "[" + r + "]");
        }
    }

    /** A linear ring: at least four positions, the last the same as the first. */
    private void ring(JsonNode ring, String at) {
        if (!ring.isArray()) {
            add(at, "invalid-format");
            return;
        }
        if (ring.size() < 4) {
            add(at, "ring-too-short");
            return;
        }
        boolean positions = true;
        for (int i = 0; i < ring.size() && errors < MAX_ERRORS; i++) {
            positions &= position(ring.get(i), at + "[" + i + "]");
        }
        JsonNode first = ring.get(0);
        JsonNode last = ring.get(ring.size() - 1);
        if (positions && (first.get(0).asDouble() != last.get(0).asDouble()
                || first.get(1).asDouble() != last.get(1).asDouble())) {
            add(at, "ring-not-closed");
        }
    }

    /** [longitude, latitude] or [longitude, latitude, altitude], in degrees. */
    private boolean position(JsonNode position, String at) {
        if (!position.isArray() || position.size() < 2 || position.size() > 3) {
            add(at, "invalid-format");
            return false;
        }
        for (JsonNode n : position) {
            if (!n.isNumber()) {
                add(at, "invalid-format");
                return false;
            }
        }
        boolean ok = true;
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        if (lon < -180 || lon > 180) {
            add(at + "[0]", "out-of-range", -180, 180);
            ok = false;
        }
        if (lat < -90 || lat > 90) {
            add(at + "[1]", "out-of-range", -90, 90);
            ok = false;
        }
        return ok;
    }

    private boolean nonEmptyArray(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            add(at, "required");
            return false;
        }
        if (!node.isArray() || node.isEmpty()) {
            add(at, "invalid-format");
            return false;
        }
        return true;
    }

    private void add(String field, String code, Object... args) {
        if (errors < MAX_ERRORS) {
            violations.add(field, code, args);
        }
        errors++;
    }
}
