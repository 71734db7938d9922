package vn.planmonitor.submission;

import vn.planmonitor.common.Decimals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A report's content as field → printable value, so two versions can be compared field by field for the audit trail. */
final class Snapshot {

    private Snapshot() {
    }

    static Map<String, String> of(Submission s) {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "comment", s.comment);
        for (SubmissionValue v : s.values) {
            String code = v.indicator.code;
            put(fields, code + ".number", v.number);
            put(fields, code + ".numerator", v.numerator);
            put(fields, code + ".denominator", v.denominator);
            put(fields, code + ".answer", v.answer);
            if (!v.items.isEmpty()) {
                fields.put(code + ".items", v.items.stream()
                        .map(i -> i.flagged ? i.name + " [✓]" : i.name).collect(Collectors.joining("; ")));
            }
        }
        return fields;
    }

    private static void put(Map<String, String> fields, String field, Object value) {
        if (value instanceof BigDecimal number) {
            fields.put(field, Decimals.strip(number).toPlainString());
        } else if (value != null) {
            fields.put(field, value.toString());
        }
    }
}
