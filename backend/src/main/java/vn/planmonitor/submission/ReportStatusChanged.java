package vn.planmonitor.submission;

/** Fired just after a report's status changed; see {@link ReportStatusChanging}. */
public record ReportStatusChanged(Submission report) {
}
