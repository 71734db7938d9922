package vn.planmonitor.submission;

import vn.planmonitor.common.Decimals;
import vn.planmonitor.common.Responses;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record SubmissionView(long id, String planCode, String orgUnitCode, String period, SubmissionStatus status,
                             String comment, boolean demo, List<ValueView> values, Instant createdAt,
                             Instant updatedAt, long version) implements Responses.Versioned {

    public record ValueView(String indicatorCode, BigDecimal number, BigDecimal numerator, BigDecimal denominator,
                            Boolean answer, List<ItemView> items) {
    }

    public record ItemView(String name, boolean flagged) {
    }

    public static SubmissionView of(Submission s) {
        List<ValueView> values = s.values.stream().map(v -> new ValueView(v.indicator.code,
                Decimals.strip(v.number), Decimals.strip(v.numerator), Decimals.strip(v.denominator), v.answer,
                v.items.stream().map(i -> new ItemView(i.name, i.flagged)).toList())).toList();
        return new SubmissionView(s.id, s.plan.code, s.orgUnit.code, s.periodCode, s.status, s.comment, s.demo,
                values, s.createdAt, s.updatedAt, s.version);
    }
}
