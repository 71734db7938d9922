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

    /** Another input's violations, as fields of an element of this one: {@code begins[0].code}. */
    public Violations addAll(String prefix, Violations inner) {
        inner.list.forEach(x -> add(prefix + "." + x.field(), x.code(), x.args()));
        return this;
    }

    public boolean has(String field) {
        return list.stream().anyMatch(v -> v.field().equals(field));
    }

    /** The problems found so far, in the order found. */
    public List<Violation> list() {
        return List.copyOf(list);
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

    /** At most {@code max} characters on one line: no control characters (not even TAB or a line break). */
    public Violations maxLength(String field, String value, int max) {
        return length(field, value, max, false);
    }

    /** At most {@code max} characters of prose (comments, statements, source text): TAB, LF and CR allowed. */
    public Violations multiLine(String field, String value, int max) {
        return length(field, value, max, true);
    }

    /** Required, not blank, and at most {@code max} characters on one line. */
    public Violations text(String field, String value, int max) {
        required(field, value);
        return maxLength(field, value, max);
    }

    /** Required, not blank, and at most {@code max} characters of prose. */
    public Violations multiLineText(String field, String value, int max) {
        required(field, value);
        return multiLine(field, value, max);
    }

    private Violations length(String field, String value, int max, boolean lineBreaks) {
        if (value == null) {
            return this;
        }
        if (value.length() > max) {
            add(field, "too-long", max);
        }
        int at = forbiddenAt(value, lineBreaks);
        if (at >= 0) {
            add(field, "forbidden-character", String.format("%04X", value.codePointAt(at)), at + 1);
        }
        return this;
    }

    /**
     * Where the first character stored text must not hold is, or -1. Refused: C0 and C1 control
     * characters and DEL (a NUL cuts strings short in C libraries and spreadsheets, the others are
     * invisible and can reorder or hide what a reviewer reads), Unicode non-characters (U+FDD0–U+FDEF,
     * U+FFFE, U+FFFF and their counterparts in every plane: never meant for interchange) and halves
     * of surrogate pairs (not text at all). TAB, LF and CR only where {@code lineBreaks} allows them.
     */
    public static int forbiddenAt(String value, boolean lineBreaks) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            boolean allowedBreak = lineBreaks && (c == '\t' || c == '\n' || c == '\r');
            if ((Character.isISOControl(c) && !allowedBreak) || (c >= 0xFDD0 && c <= 0xFDEF)
                    || (c & 0xFFFE) == 0xFFFE || Character.isSurrogate((char) c) && c <= 0xFFFF) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw ApiException.validation(List.copyOf(list));
        }
    }
}
