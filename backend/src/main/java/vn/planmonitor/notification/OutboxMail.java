package vn.planmonitor.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A mail waiting in the outbox (or sent from it); see {@link MailOutbox}. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 254)
    public String recipient;

    @Column(nullable = false, length = 300)
    public String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String body;

    @Column(name = "notification_id")
    public Long notificationId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error", length = 1000)
    public String lastError;
}
