package vn.planmonitor.submission;

/**
 * Fired just after a report's status changed; see {@link ReportStatusChanging}. {@code from} tells a
 * return (from SUBMITTED) from a reopening (from APPROVED), which both end in RETURNED.
 */
public record ReportStatusChanged(Submission report, SubmissionStatus from) {
}
