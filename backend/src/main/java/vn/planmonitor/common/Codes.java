package vn.planmonitor.common;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Stable codes are what other systems and bulk files refer to, so they are kept to a safe alphabet. */
public final class Codes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,49}");

    private Codes() {
    }

    public static void check(Violations violations, String field, String code) {
        violations.required(field, code);
        if (code != null && !code.isBlank() && !CODE.matcher(code).matches()) {
            violations.add(field, "code-format");
        }
    }

    /**
     * The stable code of a resource: well-formed, not taken by another on creation, and never
     * changed afterwards — other systems and bulk files refer to it.
     *
     * @param current the stored code, or null when creating
     * @param taken   whether another resource already uses a code
     */
    public static void checkIdentity(Violations violations, String given, String current,
                                     Predicate<String> taken) {
        check(violations, "code", given);
        if (violations.has("code")) {
            return;
        }
        if (current != null && !given.equals(current)) {
            violations.add("code", "immutable");
        } else if (current == null && taken.test(given)) {
            violations.add("code", "duplicate", given);
        }
    }
}
