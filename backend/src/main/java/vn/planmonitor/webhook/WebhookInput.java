package vn.planmonitor.webhook;

import java.util.List;

/**
 * A new or changed endpoint. On update, a null secret keeps the current one; a null active keeps it too.
 * An inactive endpoint is paused: no events are written for it, and those already waiting wait.
 */
public record WebhookInput(String url, List<String> events, String secret, String description, Boolean active) {
}
