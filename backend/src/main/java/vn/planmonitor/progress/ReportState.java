package vn.planmonitor.progress;

import vn.planmonitor.submission.SubmissionStatus;

/**
 * Where a unit's report for one period stands: its submission status, MISSING when the unit is
 * expected and has no report, NOT_EXPECTED (completeness matrix only) for an inactive unit in a
 * period it did not report.
 */
public enum ReportState {
    DRAFT, SUBMITTED, RETURNED, APPROVED, MISSING, NOT_EXPECTED;

    static ReportState of(SubmissionStatus status) {
        return status == null ? MISSING : valueOf(status.name());
    }
}
