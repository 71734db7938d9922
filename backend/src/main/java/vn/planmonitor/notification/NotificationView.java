package vn.planmonitor.notification;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the inbox, as the API shows it; the app words it from {@code kind} in the reader's language. */
public record NotificationView(long id, NotificationKind kind, String planCode, String orgUnitCode,
                               String orgUnitNameVi, String orgUnitNameEn, String period, Long submissionId,
                               String actor, String comment, LocalDate dueDate, Instant createdAt, boolean read,
                               Instant readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.kind, n.plan.code, n.orgUnit.code, n.orgUnit.nameVi, n.orgUnit.nameEn,
                n.periodCode, n.submissionId, n.actor, n.comment, n.dueDate, n.createdAt, n.readAt != null, n.readAt);
    }

    /** How many notices the account has not read: the number on the bell in the app's header. */
    public record UnreadCount(long unread) {
    }
}
