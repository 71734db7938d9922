package vn.planmonitor.submission;

/**
 * Fired (synchronously, in the transaction) just before a report's status changes, and
 * {@link ReportStatusChanged} just after — by {@link ReportStatusChanges}. Which reports count in the
 * figures depends on their status, so the progress summaries take the report's contribution out as it
 * counted before and put it back as it counts after. An observer may refuse the change by throwing
 * (a concurrent change of the same report: {@code OptimisticLockException}, answered 412).
 */
public record ReportStatusChanging(Submission report) {
}
