package vn.planmonitor.common;

/**
 * Reads optional query parameters into typed values at the edge (the resources), recording a field
 * error for each value it cannot read, so a service only ever sees typed values. Blank means "not given".
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** Parses an optional enum-valued query parameter, recording a field error for unknown names. */
    public static <E extends Enum<E>> E enumParam(Class<E> type, String raw, String field, Violations violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim());
        } catch (IllegalArgumentException e) {
            StringBuilder names = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                names.append(names.isEmpty() ? "" : ", ").append(constant.name());
            }
            violations.add(field, "not-one-of", names.toString());
            return null;
        }
    }

    /** Parses an optional boolean query parameter; only {@code true} and {@code false} are accepted. */
    public static Boolean booleanParam(String raw, String field, Violations violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return switch (raw.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                violations.add(field, "not-a-boolean");
                yield null;
            }
        };
    }
}
