package vn.planmonitor.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.planmonitor.common.VersionedEntity;

import java.util.Arrays;
import java.util.List;

/** A receiver registered by an admin: where to deliver, which events, and the secret that signs them. */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends VersionedEntity {

    @Column(nullable = false, length = 2000)
    public String url;

    /** Comma-separated wire names ({@link WebhookEventType#wireName}). */
    @Column(nullable = false, length = 500)
    public String events;

    /** Kept as given: signing needs it (it is never shown again). */
    @Column(nullable = false, length = 500)
    public String secret;

    @Column(length = 200)
    public String description;

    @Column(nullable = false)
    public boolean active = true;

    public List<String> eventList() {
        return Arrays.stream(events.split(",")).filter(e -> !e.isEmpty()).toList();
    }

    public boolean wants(WebhookEventType type) {
        return eventList().contains(type.wireName);
    }

    public static List<WebhookEndpoint> listActive() {
        return list("active", true);
    }
}
