package vn.planmonitor.submission;

import vn.planmonitor.common.Decimals;
import vn.planmonitor.common.Responses;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record SubmissionView(long id, String planCode, String orgUnitCode, String period, SubmissionStatus status,
                             String comment, boolean demo, List<ValueView> values, Instant submittedAt,
                             String submittedBy, Boolean onTime, Instant decidedAt, String decidedBy,
                             String reviewComment, List<WarningView> warnings, Instant createdAt,
                             Instant updatedAt, long version) implements Responses.Versioned {

    public record ValueView(String indicatorCode, BigDecimal number, BigDecimal numerator, BigDecimal denominator,
                            Boolean answer, List<ItemView> items) {
    }

    public record ItemView(String name, boolean flagged) {
    }

    /** For a RATIO the compared values are percentages (numerator ÷ denominator × 100). */
    public record WarningView(String indicatorCode, String code, BigDecimal value, BigDecimal previousValue,
                              String previousPeriod) {
    }

    public static SubmissionView of(Submission s) {
        List<ValueView> values = s.values.stream().map(v -> new ValueView(v.indicator.code,
                Decimals.strip(v.number), Decimals.strip(v.numerator), Decimals.strip(v.denominator), v.answer,
                v.items.stream().map(i -> new ItemView(i.name, i.flagged)).toList())).toList();
        List<WarningView> warnings = s.warnings.stream().map(w -> new WarningView(w.indicator.code, w.code,
                Decimals.strip(w.value), Decimals.strip(w.previousValue), w.previousPeriod)).toList();
        return new SubmissionView(s.id, s.plan.code, s.orgUnit.code, s.periodCode, s.status, s.comment, s.demo,
                values, s.submittedAt, s.submittedBy, s.onTime, s.decidedAt, s.decidedBy, s.reviewComment,
                warnings, s.createdAt, s.updatedAt, s.version);
    }
}
