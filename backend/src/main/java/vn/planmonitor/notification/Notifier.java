package vn.planmonitor.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.security.AppUser;
import vn.planmonitor.security.Role;

import java.time.Instant;
import java.util.List;

/**
 * Writes a notice to each recipient's inbox and, for those who want mail, a mail to the outbox — in
 * the caller's transaction, so an action and what it tells about are stored together or not at all.
 * Sending is left to {@link MailOutbox}: the action never waits for a mail server.
 */
@ApplicationScoped
public class Notifier {

    @Inject
    MailConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    void notify(List<AppUser> recipients, Notice notice) {
        Instant now = Instant.now();
        for (AppUser user : recipients) {
            Notification n = new Notification();
            n.userId = user.id;
            n.kind = notice.kind();
            n.plan = notice.plan();
            n.orgUnit = notice.unit();
            n.periodCode = notice.periodCode();
            n.submissionId = notice.submissionId();
            n.actor = notice.actor();
            n.comment = notice.comment();
            n.dueDate = notice.dueDate();
            n.createdAt = now;
            n.persist();
            user.mailAddress().ifPresent(address -> {
                boolean reviewer = user.role == Role.REVIEWER || user.role == Role.ADMIN;
                NotificationMails.Rendered text = NotificationMails.render(notice, user.emailLanguage,
                        user.displayName, reviewer, config.appUrl());
                OutboxMail mail = new OutboxMail();
                mail.recipient = address;
                mail.subject = text.subject();
                mail.body = text.body();
                mail.notificationId = n.id;
                mail.createdAt = now;
                mail.nextAttemptAt = now;
                mail.persist();
            });
        }
    }
}
