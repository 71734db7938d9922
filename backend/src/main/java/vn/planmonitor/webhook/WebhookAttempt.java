package vn.planmonitor.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** One line of the delivery log: an attempt, its answer (or none) and how long it took. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "delivery_id", nullable = false)
    public long deliveryId;

    @Column(nullable = false)
    public int attempt;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    @Column(name = "status_code")
    public Integer statusCode;

    @Column(length = 1000)
    public String error;

    @Column(name = "duration_ms", nullable = false)
    public int durationMs;

    public static List<WebhookAttempt> listFor(Collection<Long> deliveryIds) {
        return deliveryIds.isEmpty() ? List.of() : list("deliveryId in ?1 order by deliveryId, attempt", deliveryIds);
    }
}
