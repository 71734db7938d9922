package vn.planmonitor.completeness;


import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Who has reported for one period of a plan: a row per unit expected to report, and the totals. */
public record CompletenessView(String planCode, String period, LocalDate deadline, boolean deadlinePassed,
                               Totals totals, List<Row> units) {

    public record Totals(int expected, int received, int approved, int onTime, int missing) {
    }

    /**
     * {@code status} is the report's status, or MISSING; {@code late}: first submitted after the deadline, or
     * not submitted yet once it has passed ({@link Deadlines#late}).
     */
    public record Row(String orgUnitCode, String nameVi, String nameEn, String type, String status,
                      Long submissionId, Instant submittedAt, Boolean onTime, boolean late) {
    }
}
