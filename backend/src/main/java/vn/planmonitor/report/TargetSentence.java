package vn.planmonitor.report;

import vn.planmonitor.targets.Milestone;
import vn.planmonitor.targets.TargetDirection;
import vn.planmonitor.targets.TargetMeasure;
import vn.planmonitor.targets.TargetTiming;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A target in one plain sentence — "Đạt ít nhất 80,0 % hằng năm", "Giảm xuống dưới 0,5 % vào năm 2025" — a
 * port of the SPA's {@code targetSentence} (frontend/src/utils/target-sentence.ts) with the same texts, so the
 * report reads as the target page does. The backend had no equivalent: the API states targets as fields.
 */
final class TargetSentence {

    /** What the sentence needs of a target. {@code percent}: a percentage aggregation at LEVEL. */
    record Shape(TargetDirection direction, TargetMeasure measure, boolean percent, BigDecimal threshold,
                 BigDecimal thresholdHigh, TargetTiming timing, Integer dueYear, int firstYear, Integer baselineYear,
                 List<Milestone> milestones) {
    }

    private TargetSentence() {
    }

    /** {@code null} when a figure or year the sentence needs is missing, as in the SPA. */
    static String of(Shape shape) {
        TargetDirection direction = shape.direction() == null ? TargetDirection.AT_LEAST : shape.direction();
        TargetMeasure measure = shape.measure() == null ? TargetMeasure.LEVEL : shape.measure();
        boolean percent = measure == TargetMeasure.CHANGE_PERCENT || measure == TargetMeasure.AVERAGE_GROWTH
                || (measure == TargetMeasure.LEVEL && shape.percent());
        String goal = value(direction, percent, shape.threshold(), shape.thresholdHigh());
        if (goal == null) {
            return null;
        }
        boolean byYear = shape.timing() == TargetTiming.BY_YEAR;
        if (byYear && shape.dueYear() == null) {
            return null;
        }
        int year = shape.dueYear() == null ? 0 : shape.dueYear();
        String when = byYear ? ReportTexts.t("sentence.when.BY_YEAR", Map.of("year", year))
                : ReportTexts.t("sentence.when.EVERY_YEAR");
        switch (measure) {
            case CUMULATIVE:
                return ReportTexts.t("sentence.CUMULATIVE." + direction,
                        Map.of("from", shape.firstYear(), "to", year, "value", goal));
            case CHANGE_PERCENT:
            case CHANGE_ABSOLUTE:
                if (shape.baselineYear() == null) {
                    return null;
                }
                return ReportTexts.t("sentence." + measure + "." + direction,
                        Map.of("value", goal, "baseYear", shape.baselineYear(), "when", when));
            case AVERAGE_GROWTH:
                if (shape.baselineYear() == null) {
                    return null;
                }
                return ReportTexts.t("sentence.AVERAGE_GROWTH." + direction, Map.of("value", goal,
                        "baseYear", shape.baselineYear(),
                        "until", byYear ? ReportTexts.t("sentence.until", Map.of("year", year)) : ""));
            default: {
                List<String> steps = (shape.milestones() == null ? List.<Milestone>of() : shape.milestones()).stream()
                        .filter(m -> value(direction, percent, m.threshold, m.thresholdHigh) != null)
                        .sorted(Comparator.comparingInt(m -> m.year))
                        .map(m -> ReportTexts.t("sentence.step." + direction, Map.of("year", m.year,
                                "value", Objects.requireNonNull(value(direction, percent, m.threshold, m.thresholdHigh)))))
                        .toList();
                if (byYear && !steps.isEmpty()) {
                    return ReportTexts.t("sentence.milestones", Map.of("steps", String.join(", ", steps),
                            "final", ReportTexts.t("sentence.step." + direction, Map.of("year", year, "value", goal))));
                }
                if (direction == TargetDirection.AT_MOST && byYear) {
                    return ReportTexts.t("sentence.LEVEL.AT_MOST_BY_YEAR", Map.of("value", goal, "when", when));
                }
                return ReportTexts.t("sentence.LEVEL." + direction, Map.of("value", goal, "when", when));
            }
        }
    }

    private static String value(TargetDirection direction, boolean percent, BigDecimal low, BigDecimal high) {
        if (low == null) {
            return null;
        }
        if (direction != TargetDirection.BETWEEN) {
            return one(percent, low);
        }
        if (high == null) {
            return null;
        }
        return ReportTexts.number(low, decimals(low), decimals(low)) + "–" + one(percent, high);
    }

    private static String one(boolean percent, BigDecimal v) {
        return percent ? ReportTexts.percent(v, decimals(v)) : ReportTexts.number(v, decimals(v), decimals(v));
    }

    /** The decimals the value is written with, at most 4 (the SPA reads them off the number's text). */
    private static int decimals(BigDecimal v) {
        return Math.max(0, Math.min(4, v.stripTrailingZeros().scale()));
    }
}
