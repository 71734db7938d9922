package vn.planmonitor.completeness;

import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionStatus;

/**
 * Where a unit's report for one period stands: its submission status, MISSING when the unit is
 * expected and has no report, NOT_EXPECTED (completeness matrix only) for a unit that does not report
 * the plan in that period (not valid then, or not of a reporting type), and did not report it.
 * <p>
 * The one rule of completeness — {@code GET /completeness} and {@code GET /plans/{id}/completeness-matrix}
 * both count with it: a unit is <em>expected</em> in every state but NOT_EXPECTED, and its report has been
 * <em>received</em> once it was submitted, whatever the reviewer did with it since. So a RETURNED report
 * is received: it came in and was sent back for correction, it is not missing, and it is late only if it
 * first came in late ({@link Deadlines#late}). (Whether a report counts in the <em>figures</em> is another
 * question, answered by the progress rules: a RETURNED report does not.)
 */
public enum ReportState {
    DRAFT, SUBMITTED, RETURNED, APPROVED, MISSING, NOT_EXPECTED;

    public static ReportState of(SubmissionStatus status) {
        return status == null ? MISSING : valueOf(status.name());
    }

    /**
     * @param expectedInPeriod whether the unit reports one of the plan's indicators in this period (it is
     *                         valid then); a unit that does not is still expected where it has a report
     */
    public static ReportState of(Submission report, boolean expectedInPeriod) {
        return report != null ? of(report.status) : expectedInPeriod ? MISSING : NOT_EXPECTED;
    }

    public boolean expected() {
        return this != NOT_EXPECTED;
    }

    public boolean received() {
        return this == SUBMITTED || this == RETURNED || this == APPROVED;
    }
}
