package vn.planmonitor.review;

import vn.planmonitor.common.Violations;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.indicator.ValueKind;
import vn.planmonitor.period.Period;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionValue;
import vn.planmonitor.submission.ValueRules;

import java.util.List;

/**
 * What a report must satisfy before review, beyond what a saved draft must: every indicator the
 * unit reports is answered, and a count of named things names exactly that many.
 * (Shape rules — kinds, non-negative, numerator ≤ denominator — already hold for every saved draft.)
 */
final class SubmitRules {

    private SubmitRules() {
    }

    static void check(Submission submission, List<Indicator> planIndicators, Violations v) {
        Period period = Period.parse(submission.periodCode).orElseThrow();
        for (Indicator indicator : planIndicators) {
            if (!indicator.isReportedBy(submission.orgUnit, period) || indicator.periodType != period.type()) {
                continue;
            }
            // Paths point into the stored report as GET /submissions/{id} answers it (its `values` in the
            // same order): the body of a submit is only a comment. A missing value has no index, so it is
            // named by an RFC 9535 filter on its indicator code, which selects nothing.
            int index = indexOf(submission.values, indicator);
            if (index < 0) {
                v.add("values[?@.indicatorCode=='" + indicator.code + "']", "missing-value", indicator.code);
                continue;
            }
            SubmissionValue value = submission.values.get(index);
            if (indicator.valueKind == ValueKind.COUNT && indicator.itemsRequired && value.number != null
                    && !ValueRules.countMatchesItems(value.number, value.items.size())) {
                v.add("values[" + index + "].items", "count-mismatch", value.number.toBigInteger(),
                        value.items.size());
            }
        }
    }

    private static int indexOf(List<SubmissionValue> values, Indicator indicator) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).indicator.id.equals(indicator.id)) {
                return i;
            }
        }
        return -1;
    }
}
