package vn.planmonitor.webhook;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an endpoint can subscribe to, by the names receivers see in {@code type}. A target's status
 * (on track, at risk…) is not among them yet: it is computed when progress is read, from the reports and
 * today's date, so a change of it has no moment of its own to announce without recomputing every target
 * of the plan on each review action.
 */
public enum WebhookEventType {
    REPORT_SUBMITTED("report.submitted"),
    REPORT_APPROVED("report.approved"),
    REPORT_RETURNED("report.returned"),
    REPORT_REOPENED("report.reopened"),
    PLAN_PUBLISHED("plan.published");

    public final String wireName;

    WebhookEventType(String wireName) {
        this.wireName = wireName;
    }

    public static Optional<WebhookEventType> ofWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    public static String wireNames() {
        return String.join(", ", Arrays.stream(values()).map(t -> t.wireName).toList());
    }
}
