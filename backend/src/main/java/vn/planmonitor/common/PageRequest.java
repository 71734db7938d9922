package vn.planmonitor.common;

import io.quarkus.panache.common.Sort;

import java.util.Map;

/**
 * Paging and sorting parameters, parsed and bounded in one place. Pages count from 1; the size is
 * capped so no client can ask the server for an unbounded list.
 */
public record PageRequest(int page, int size, Sort sort) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;
    /** Keeps (page - 1) × size inside an int offset. */
    public static final int MAX_PAGE = 1_000_000;

    /**
     * @param sortable API field name → entity property; {@code sort=-name} sorts descending.
     */
    public static PageRequest of(String page, String size, String sort, Map<String, String> sortable,
                                 String defaultSort) {
        return of(page, size, sort, sortable, defaultSort, new Violations());
    }

    /** As above, reporting its problems together with those the caller already found in other parameters. */
    public static PageRequest of(String page, String size, String sort, Map<String, String> sortable,
                                 String defaultSort, Violations violations) {
        int pageNumber = parseInt(page, 1, "page", 1, MAX_PAGE, violations);
        int pageSize = parseInt(size, DEFAULT_SIZE, "size", 1, MAX_SIZE, violations);
        String wanted = sort == null || sort.isBlank() ? defaultSort : sort.trim();
        boolean descending = wanted.startsWith("-");
        String property = sortable.get(descending ? wanted.substring(1) : wanted);
        if (property == null) {
            violations.add("sort", "sort-unknown", String.join(", ", sortable.keySet()));
        }
        violations.throwIfAny();
        Sort order = descending ? Sort.descending(property) : Sort.ascending(property);
        // A unique tie-breaker keeps pages stable when many rows share the sort value.
        return new PageRequest(pageNumber, pageSize, property.equals("id") ? order : order.and("id"));
    }

    public static int parseInt(String raw, int fallback, String field, int min, int max, Violations violations) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String text = raw.trim();
        // Integer.parseInt also reads other scripts' digits ("１") and a plus sign: only ASCII is a number here.
        if (!AsciiIds.isId(text.startsWith("-") ? text.substring(1) : text)) {
            violations.add(field, "not-an-integer");
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                violations.add(field, "out-of-range", min, max);
                return fallback;
            }
            return value;
        } catch (NumberFormatException e) {
            violations.add(field, "not-an-integer");
            return fallback;
        }
    }

    public int offset() {
        return (page - 1) * size;
    }
}
