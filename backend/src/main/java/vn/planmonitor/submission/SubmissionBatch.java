package vn.planmonitor.submission;

import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.submission.SubmissionInput.ItemInput;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The reports and values of one plan for some periods, as a bulk change sees them: loaded in two
 * queries ({@link SubmissionBatchWriter#open}), changed in memory value by value, then written back
 * at once ({@link SubmissionBatchWriter#write}). Each value remembers what was stored, so the writer
 * knows what to insert, update or delete and what the audit trail records.
 */
public final class SubmissionBatch {

    /** A report's key in a batch: unit and period (the plan is the batch's). */
    public record ReportKey(long unitId, String period) {
    }

    /** A report already stored. */
    record StoredReport(long id, SubmissionStatus status) {
    }

    /** The figures of a value; the names are the audit trail's field suffixes. */
    public enum Figure { NUMBER, NUMERATOR, DENOMINATOR }

    /** One value (one indicator of one report) as stored and as changed so far. */
    public static final class Value {
        final ReportKey report;
        final Indicator indicator;
        /** The stored row, null for a value the batch adds. */
        final Long id;
        final BigDecimal[] before = new BigDecimal[Figure.values().length];
        final Boolean answerBefore;
        /** A count's named items as stored (empty when none). */
        final List<ItemInput> itemsBefore;
        private final BigDecimal[] now = new BigDecimal[Figure.values().length];
        private Boolean answer;
        private List<ItemInput> items;

        Value(ReportKey report, Indicator indicator, Long id, BigDecimal number, BigDecimal numerator,
              BigDecimal denominator, Boolean answer, List<ItemInput> items) {
            this.report = report;
            this.indicator = indicator;
            this.id = id;
            before[Figure.NUMBER.ordinal()] = number;
            before[Figure.NUMERATOR.ordinal()] = numerator;
            before[Figure.DENOMINATOR.ordinal()] = denominator;
            System.arraycopy(before, 0, now, 0, now.length);
            this.answerBefore = answer;
            this.answer = answer;
            this.itemsBefore = items;
            this.items = items;
        }

        public Indicator indicator() {
            return indicator;
        }

        public BigDecimal figure(Figure figure) {
            return now[figure.ordinal()];
        }

        public void setFigure(Figure figure, BigDecimal value) {
            now[figure.ordinal()] = value;
        }

        public Boolean answer() {
            return answer;
        }

        public void setAnswer(Boolean answer) {
            this.answer = answer;
        }

        public List<ItemInput> items() {
            return items;
        }

        /** Replaces the named items (names trimmed, no flag meaning not flagged, as the report form stores them). */
        public void setItems(List<ItemInput> items) {
            this.items = items.stream().map(i -> new ItemInput(i.name().trim(), Boolean.TRUE.equals(i.flagged())))
                    .toList();
        }

        /** Back to what is stored: the batch's changes to this value are dropped. */
        public void revert() {
            System.arraycopy(before, 0, now, 0, now.length);
            answer = answerBefore;
            items = itemsBefore;
        }

        public boolean itemsChanged() {
            return !items.equals(itemsBefore);
        }

        BigDecimal figureBefore(Figure figure) {
            return before[figure.ordinal()];
        }

        boolean emptyNow() {
            return Arrays.stream(now).allMatch(Objects::isNull) && answer == null;
        }

        boolean changed() {
            for (Figure figure : Figure.values()) {
                if (!same(figureBefore(figure), figure(figure))) {
                    return true;
                }
            }
            return !Objects.equals(answerBefore, answer) || itemsChanged();
        }

        static boolean same(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    final Plan plan;
    final Map<ReportKey, StoredReport> reports;
    /** In the order loaded, then added: the order conflicts and the trail are written in. */
    final Map<String, Value> values;

    SubmissionBatch(Plan plan, Map<ReportKey, StoredReport> reports, Map<String, Value> values) {
        this.plan = plan;
        this.reports = reports;
        this.values = values;
    }

    /** The stored report's status, or null when the batch would create the report (as a draft). */
    public SubmissionStatus statusOf(ReportKey report) {
        StoredReport stored = reports.get(report);
        return stored == null ? null : stored.status();
    }

    /** The value of an indicator in a report, stored or new (empty). */
    public Value value(ReportKey report, Indicator indicator) {
        return values.computeIfAbsent(key(report, indicator),
                k -> new Value(report, indicator, null, null, null, null, null, List.of()));
    }

    public Collection<Value> values() {
        return Collections.unmodifiableCollection(values.values());
    }

    static String key(ReportKey report, Indicator indicator) {
        return report.unitId() + "|" + report.period() + "|" + indicator.id;
    }
}
