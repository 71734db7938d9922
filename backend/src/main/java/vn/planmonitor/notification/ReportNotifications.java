package vn.planmonitor.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.planmonitor.review.ReportCommented;
import vn.planmonitor.security.AppUser;
import vn.planmonitor.security.Role;
import vn.planmonitor.submission.ReportStatusChanged;
import vn.planmonitor.submission.Submission;

import java.util.List;

/**
 * Who hears of a report's new status, decided from the roles and the unit scope: a submitted report is
 * announced to the reviewers (who review every unit's reports); a returned (or reopened) or approved one
 * to the reporters of its own unit only — an officer never hears of another unit's report. The person
 * who acted is not told of their own action. Observed synchronously, so the notices are part of the
 * action's transaction. A message in a report's discussion goes the same ways (see {@link #reportCommented}).
 */
@ApplicationScoped
public class ReportNotifications {

    @Inject
    Notifier notifier;

    void reportChanged(@Observes ReportStatusChanged event) {
        Submission s = event.report();
        switch (s.status) {
            case SUBMITTED -> tell(AppUser.listActive(Role.REVIEWER), s, NotificationKind.REVIEW_REQUESTED,
                    s.submittedBy, null);
            case RETURNED -> tell(AppUser.listReportersOf(s.orgUnit), s, NotificationKind.RETURNED,
                    s.decidedBy, s.reviewComment);
            case APPROVED -> tell(AppUser.listReportersOf(s.orgUnit), s, NotificationKind.APPROVED,
                    s.decidedBy, null);
            default -> {
            }
        }
    }

    /**
     * A message on a report goes to the other side of the discussion: a reviewer's to the unit's officers, an
     * officer's to the reviewers — never back to its author, and never to another unit's officers.
     */
    void reportCommented(@Observes ReportCommented event) {
        Submission s = event.report();
        List<AppUser> otherSide = event.byReviewer() ? AppUser.listReportersOf(s.orgUnit)
                : AppUser.listActive(Role.REVIEWER);
        tell(otherSide, s, NotificationKind.COMMENT, event.author(), event.text());
    }

    private void tell(List<AppUser> recipients, Submission s, NotificationKind kind, String actor, String comment) {
        List<AppUser> others = recipients.stream().filter(u -> !u.username.equals(actor)).toList();
        notifier.notify(others, new Notice(kind, s.plan, s.orgUnit, s.periodCode, s.id, actor, comment, null));
    }
}
