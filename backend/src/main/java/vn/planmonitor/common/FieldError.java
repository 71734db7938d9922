package vn.planmonitor.common;

/** One rejected input field: a JSON path ({@code values[2].numerator}), a stable code for clients, and a localized message. */
public record FieldError(String field, String code, String message) {
}
