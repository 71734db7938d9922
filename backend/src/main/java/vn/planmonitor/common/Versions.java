package vn.planmonitor.common;

/**
 * Optimistic concurrency over HTTP: every versioned resource is sent with {@code ETag: "<version>"},
 * and every change must name the version it was based on in {@code If-Match}.
 */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public static void requireMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "precondition-required");
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(String.valueOf(current))) {
                return;
            }
        }
        throw new ApiException(412, "precondition-failed");
    }
}
