package vn.planmonitor.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Made-up unit shapes for tests: squares of 0.01° in a grid of four columns, one per code, starting at
 * 106.64° E 10.75° N (near District 11, but no real boundary — none is invented anywhere in the product).
 * Square {@code i} (from 0) has its south-west corner at (106.64 + 0.01·(i mod 4), 10.75 + 0.01·(i div 4)).
 */
public final class GeneratedBoundaries {

    public static final double WEST = 106.64;
    public static final double SOUTH = 10.75;
    public static final double SIDE = 0.01;

    private GeneratedBoundaries() {
    }

    /** A FeatureCollection with one square Polygon per code, the code in {@code properties.<property>}. */
    public static Map<String, Object> grid(String property, List<String> codes) {
        List<Object> features = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            features.add(feature(property, codes.get(i), square(i)));
        }
        return collection(features);
    }

    public static Map<String, Object> grid(List<String> codes) {
        return grid("code", codes);
    }

    public static Map<String, Object> collection(List<Object> features) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("type", "FeatureCollection");
        root.put("features", features);
        return root;
    }

    public static Map<String, Object> feature(String property, Object code, Map<String, Object> geometry) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(property, code);
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("properties", properties);
        feature.put("geometry", geometry);
        return feature;
    }

    /** The i-th square of the grid, as a Polygon with one closed ring (counter-clockwise, as RFC 7946 asks). */
    public static Map<String, Object> square(int i) {
        double west = round(WEST + SIDE * (i % 4));
        double south = round(SOUTH + SIDE * (i / 4));
        double east = round(west + SIDE);
        double north = round(south + SIDE);
        return polygon(List.of(List.of(List.of(west, south), List.of(east, south), List.of(east, north),
                List.of(west, north), List.of(west, south))));
    }

    public static Map<String, Object> polygon(Object coordinates) {
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "Polygon");
        geometry.put("coordinates", coordinates);
        return geometry;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
