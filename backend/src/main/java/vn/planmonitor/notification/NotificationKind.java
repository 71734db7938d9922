package vn.planmonitor.notification;

/** What an account is told about. Who is told is decided where each kind is created (ReportNotifications, Reminders). */
public enum NotificationKind {
    /** A report of one of your units came back from the reviewer, with the reviewer's comment. */
    RETURNED,
    /** A report was submitted and waits for your review. */
    REVIEW_REQUESTED,
    /** A report of one of your units was approved. */
    APPROVED,
    /** Your unit has not submitted a report due within the coming days. */
    DEADLINE_SOON,
    /** Your unit's report is past its due date and still not submitted. */
    OVERDUE,
    /** The other side wrote on a report's discussion: a reviewer to the unit's officers, an officer to the reviewers. */
    COMMENT
}
