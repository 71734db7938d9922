package vn.planmonitor.notification;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends the mails written to the outbox ({@link Notifier}), after the actions that wrote them have
 * committed. A mail server that is down costs nothing but a retry: each failed attempt is logged and the
 * mail waits {@code retry-base}, then twice that, and so on up to {@code retry-max}, until it goes.
 * <p>
 * Several backend instances may share the database: each mail is claimed (an UPDATE that only one
 * instance can win) before it is sent, and the claim lapses after {@code claim-for} if that instance
 * died. A crash between the server accepting a mail and the row being marked sent means that mail goes
 * twice — the price of never losing one.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class);
    private static final int MAX_ERROR = 1000;

    @Inject
    Mailer mailer;

    @Inject
    MailConfig config;

    @Scheduled(every = "${planmonitor.mail.send-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sendDue(Instant.now());
    }

    /** Sends every mail due at {@code now} (at most a batch); answers how many went. */
    public int sendDue(Instant now) {
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("select m.id from OutboxMail m where m.sentAt is null and m.nextAttemptAt <= ?1"
                        + " and (m.claimedUntil is null or m.claimedUntil < ?1) order by m.id", Long.class)
                .setParameter(1, now).setMaxResults(config.batchSize()).getResultList());
        int sent = 0;
        for (long id : due) {
            OutboxMail mail = claim(id, now);
            if (mail != null && send(mail, now)) {
                sent++;
            }
        }
        return sent;
    }

    /** The mail, if this instance won it; null if another instance is sending it or has sent it. */
    private OutboxMail claim(long id, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int won = OutboxMail.update("claimedUntil = ?1 where id = ?2 and sentAt is null and nextAttemptAt <= ?3"
                    + " and (claimedUntil is null or claimedUntil < ?3)", now.plus(config.claimFor()), id, now);
            return won == 1 ? OutboxMail.<OutboxMail>findById(id) : null;
        });
    }

    private boolean send(OutboxMail mail, Instant now) {
        try {
            mailer.send(Mail.withText(mail.recipient, mail.subject, mail.body));
        } catch (RuntimeException e) {
            int attempts = mail.attempts + 1;
            Instant next = now.plus(backoff(attempts));
            String error = String.valueOf(e.getMessage());
            LOG.warnf("Mail %d to %s not sent (attempt %d), next attempt at %s: %s", mail.id, mail.recipient,
                    attempts, next, error);
            QuarkusTransaction.requiringNew().run(() -> OutboxMail.update(
                    "attempts = ?1, nextAttemptAt = ?2, claimedUntil = null, lastError = ?3 where id = ?4",
                    attempts, next, error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error, mail.id));
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> OutboxMail.update(
                "attempts = attempts + 1, sentAt = ?1, claimedUntil = null, lastError = null where id = ?2",
                Instant.now(), mail.id));
        LOG.debugf("Mail %d sent to %s", mail.id, mail.recipient);
        return true;
    }

    /** The wait after the {@code attempts}-th failure: retry-base, doubled per further failure, at most retry-max. */
    Duration backoff(int attempts) {
        Duration wait = config.retryBase();
        for (int i = 1; i < attempts && wait.compareTo(config.retryMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.retryMax()) > 0 ? config.retryMax() : wait;
    }
}
