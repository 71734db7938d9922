package vn.planmonitor.webhook;

import vn.planmonitor.common.Responses;

import java.time.Instant;
import java.util.List;

/** An endpoint as the API shows it: never its secret. {@code pendingDeliveries}: waiting to be delivered. */
public record WebhookView(long id, String url, List<String> events, String description, boolean active,
                          long pendingDeliveries, Instant createdAt, Instant updatedAt, long version)
        implements Responses.Versioned {

    static WebhookView of(WebhookEndpoint e) {
        long pending = WebhookDelivery.count("endpointId = ?1 and state = ?2", e.id, WebhookDelivery.State.PENDING);
        return new WebhookView(e.id, e.url, e.eventList(), e.description, e.active, pending, e.createdAt,
                e.updatedAt, e.version);
    }
}
