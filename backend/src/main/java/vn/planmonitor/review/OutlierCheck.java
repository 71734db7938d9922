package vn.planmonitor.review;

import vn.planmonitor.indicator.ValueKind;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionValue;
import vn.planmonitor.submission.SubmissionWarning;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Like DHIS2's min–max outlier check, but against the unit's own previous period: a value that
 * moved by more than {@code factor} times (up or down) is flagged for the reviewer. It warns and
 * never blocks, because real figures do jump (a new training programme can triple a count).
 */
final class OutlierCheck {

    private OutlierCheck() {
    }

    static List<SubmissionWarning> check(Submission current, Submission previous, BigDecimal factor) {
        List<SubmissionWarning> warnings = new ArrayList<>();
        if (previous == null) {
            return warnings;
        }
        Map<Long, SubmissionValue> before = previous.values.stream()
                .collect(Collectors.toMap(v -> v.indicator.id, Function.identity()));
        for (SubmissionValue value : current.values) {
            SubmissionValue old = before.get(value.indicator.id);
            BigDecimal now = comparable(value);
            BigDecimal then = old == null ? null : comparable(old);
            // Nothing to compare against zero: a change from 0 has no factor.
            if (now == null || then == null || then.signum() == 0) {
                continue;
            }
            BigDecimal ratio = now.divide(then, MathContext.DECIMAL64);
            boolean jumped = ratio.compareTo(factor) > 0
                    || ratio.compareTo(BigDecimal.ONE.divide(factor, MathContext.DECIMAL64)) < 0;
            if (jumped) {
                SubmissionWarning warning = new SubmissionWarning();
                warning.submission = current;
                warning.indicator = value.indicator;
                warning.code = SubmissionWarning.JUMP;
                warning.value = now;
                warning.previousValue = then;
                warning.previousPeriod = previous.periodCode;
                warnings.add(warning);
            }
        }
        return warnings;
    }

    /** The number a person compares: the value, or for a ratio its percentage. Yes/no answers are not compared. */
    static BigDecimal comparable(SubmissionValue value) {
        ValueKind kind = value.indicator.valueKind;
        if (kind == ValueKind.RATIO) {
            if (value.numerator == null || value.denominator == null || value.denominator.signum() == 0) {
                return null;
            }
            return value.numerator.multiply(BigDecimal.valueOf(100))
                    .divide(value.denominator, 4, RoundingMode.HALF_UP);
        }
        return kind == ValueKind.BOOLEAN ? null : value.number;
    }
}
