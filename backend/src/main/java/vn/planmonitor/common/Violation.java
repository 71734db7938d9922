package vn.planmonitor.common;

/** A rejected field before it is put into words: the message key is {@code field.<code>} in the message catalogue. */
public record Violation(String field, String code, Object... args) {
}
