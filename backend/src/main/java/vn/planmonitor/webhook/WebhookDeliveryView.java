package vn.planmonitor.webhook;

import java.time.Instant;
import java.util.List;

/**
 * One delivery with its log. {@code nextAttemptAt} only while PENDING; {@code finishedAt} once DELIVERED,
 * FAILED or DROPPED.
 */
public record WebhookDeliveryView(long id, String eventId, String eventType, WebhookDelivery.State state,
                                  Instant createdAt, int attempts, Instant nextAttemptAt, Instant finishedAt,
                                  Integer lastStatusCode, String lastError, List<Attempt> log) {

    /** One attempt: its answer's status code (null: none came), the error, and how long it took. */
    public record Attempt(int attempt, Instant attemptedAt, Integer statusCode, String error, int durationMs) {
    }

    static WebhookDeliveryView of(WebhookDelivery d, List<WebhookAttempt> attempts) {
        return new WebhookDeliveryView(d.id, d.eventId, d.eventType, d.state, d.createdAt, d.attempts,
                d.state == WebhookDelivery.State.PENDING ? d.nextAttemptAt : null, d.finishedAt, d.lastStatusCode,
                d.lastError, attempts.stream().map(a -> new Attempt(a.attempt, a.attemptedAt, a.statusCode, a.error,
                a.durationMs)).toList());
    }
}
