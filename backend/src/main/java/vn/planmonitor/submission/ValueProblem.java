package vn.planmonitor.submission;

/**
 * Which of {@link ValueRules}' limits a figure breaks. One answer, rendered twice: the report form
 * shows it as the field error {@link #code} (with {@link #limit()} as its argument), the bulk import
 * as its DHIS2 conflict code ({@code exchange.ConflictKind.of}).
 */
public enum ValueProblem {
    NEGATIVE("negative"),
    TOO_LARGE("too-large"),
    NOT_WHOLE_NUMBER("not-whole-number"),
    TOO_PRECISE("too-precise"),
    NUMERATOR_ABOVE_DENOMINATOR("numerator-above-denominator");

    /** The field error's code, as {@code openapi.yaml} lists it. */
    public final String code;

    ValueProblem(String code) {
        this.code = code;
    }

    /** The limit that was passed, as the messages print it, or null for a rule without one. */
    public Object limit() {
        return switch (this) {
            case TOO_LARGE -> ValueRules.MAX_NUMBER.toPlainString();
            case TOO_PRECISE -> ValueRules.MAX_SCALE;
            default -> null;
        };
    }
}
