package vn.planmonitor.common;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem with an input before refusing it, so the client can fix them all at once. */
public final class Violations {

    private final List<Violation> list = new ArrayList<>();

    public Violations add(String field, String code, Object... args) {
        list.add(new Violation(field, code, args));
        return this;
    }

    public boolean has(String field) {
        return list.stream().anyMatch(v -> v.field().equals(field));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public Violations required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "required");
        }
        return this;
    }

    public Violations maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "too-long", max);
        }
        return this;
    }

    /** Required, not blank, and at most {@code max} characters. */
    public Violations text(String field, String value, int max) {
        required(field, value);
        return maxLength(field, value, max);
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw ApiException.validation(List.copyOf(list));
        }
    }
}
