package vn.planmonitor.completeness;

import vn.planmonitor.common.Today;
import vn.planmonitor.period.Period;

import java.time.Instant;
import java.time.LocalDate;

/** When a period's report is due, and whether a report (or its absence) is late. Pure, no database. */
public final class Deadlines {

    private Deadlines() {
    }

    /** The last day a report is on time: the period's last day plus the plan's deadline (31 → 31 January). */
    public static LocalDate dueDate(Period period, int reportDeadlineDays) {
        return period.endDate().plusDays(reportDeadlineDays);
    }

    /**
     * A report that has been submitted is late if it first came in after its due date (in District 11's
     * time zone) — the same rule as the report's own {@code onTime}: a reviewer's return and the unit's
     * resubmission do not make it late. One never submitted (missing or a draft) is late once the due
     * date is past today. NOT_EXPECTED is never late.
     */
    public static boolean late(ReportState state, Instant firstSubmittedAt, LocalDate dueDate, LocalDate today) {
        if (!state.expected()) {
            return false;
        }
        if (firstSubmittedAt != null) {
            return firstSubmittedAt.atZone(Today.ZONE).toLocalDate().isAfter(dueDate);
        }
        return today.isAfter(dueDate);
    }
}
