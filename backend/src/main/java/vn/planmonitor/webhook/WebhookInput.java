package vn.planmonitor.webhook;

import java.util.List;

/** A new or changed endpoint. On update, a null secret keeps the current one; a null active keeps it too. */
public record WebhookInput(String url, List<String> events, String secret, String description, Boolean active) {
}
