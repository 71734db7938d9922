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
            if (!indicator.isReportedBy(submission.orgUnit) || indicator.periodType != period.type()) {
                continue;
            }
            SubmissionValue value = submission.values.stream().filter(x -> x.indicator.id.equals(indicator.id))
                    .findFirst().orElse(null);
            if (value == null) {
                v.add("values." + indicator.code, "missing-value", indicator.code);
                continue;
            }
            if (indicator.valueKind == ValueKind.COUNT && indicator.itemsRequired && value.number != null
                    && !ValueRules.countMatchesItems(value.number, value.items.size())) {
                v.add("values." + indicator.code + ".items", "count-mismatch", value.number.toBigInteger(),
                        value.items.size());
            }
        }
    }
}
