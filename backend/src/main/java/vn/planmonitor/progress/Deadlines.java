package vn.planmonitor.progress;

import vn.planmonitor.common.Today;
import vn.planmonitor.period.Period;

import java.time.Instant;
import java.time.LocalDate;

/** When a period's report is due, and whether a report (or its absence) is late. Pure, no database. */
final class Deadlines {

    private Deadlines() {
    }

    /** The last day a report is on time: the period's last day plus the plan's deadline (31 → 31 January). */
    static LocalDate dueDate(Period period, int reportDeadlineDays) {
        return period.endDate().plusDays(reportDeadlineDays);
    }

    /**
     * A SUBMITTED or APPROVED report is late if it was last submitted after its due date (in District 11's
     * time zone). A MISSING, DRAFT or RETURNED one is late (overdue) once the due date is past today.
     * NOT_EXPECTED is never late.
     *
     * @param submittedAt when the report was last submitted. The review workflow does not record that
     *                    moment yet, so callers pass the report's last change ({@code updatedAt}): for a
     *                    SUBMITTED or APPROVED report that is its submission or a later review step, so
     *                    this can only err towards "late", never hide a late report.
     */
    static boolean late(ReportState state, Instant submittedAt, LocalDate dueDate, LocalDate today) {
        return switch (state) {
            case SUBMITTED, APPROVED -> submittedAt != null
                    && submittedAt.atZone(Today.ZONE).toLocalDate().isAfter(dueDate);
            case MISSING, DRAFT, RETURNED -> today.isAfter(dueDate);
            case NOT_EXPECTED -> false;
        };
    }
}
