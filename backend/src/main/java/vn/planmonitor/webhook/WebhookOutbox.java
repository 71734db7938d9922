package vn.planmonitor.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.planmonitor.plan.Plan;
import vn.planmonitor.plan.PlanPublished;
import vn.planmonitor.submission.ReportStatusChanged;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionStatus;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns the domain's events into webhook deliveries. Observed synchronously, so the outbox rows are
 * written in the transaction of the action itself: they exist exactly when the action committed, and
 * writing them costs the action a few inserts, never a network call ({@link WebhookSender} delivers).
 * <p>
 * The body is fixed here, once: every attempt (and every endpoint) gets the same bytes and the same
 * event {@code id}, which is what lets a receiver drop a delivery it already has.
 */
@ApplicationScoped
public class WebhookOutbox {

    private static final Logger LOG = Logger.getLogger(WebhookOutbox.class);

    @Inject
    ObjectMapper json;

    @Inject
    WebhookConfig config;

    void reportChanged(@Observes ReportStatusChanged event) {
        Submission s = event.report();
        WebhookEventType type = switch (s.status) {
            case SUBMITTED -> WebhookEventType.REPORT_SUBMITTED;
            case APPROVED -> WebhookEventType.REPORT_APPROVED;
            case RETURNED -> event.from() == SubmissionStatus.APPROVED ? WebhookEventType.REPORT_REOPENED
                    : WebhookEventType.REPORT_RETURNED;
            case DRAFT -> null;
        };
        if (type == null) {
            return;
        }
        boolean submitted = s.status == SubmissionStatus.SUBMITTED;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reportId", s.id);
        data.put("planCode", s.plan.code);
        data.put("orgUnitCode", s.orgUnit.code);
        data.put("period", s.periodCode);
        data.put("status", s.status.name());
        data.put("actor", submitted ? s.submittedBy : s.decidedBy);
        data.put("comment", s.status == SubmissionStatus.RETURNED ? s.reviewComment : null);
        record(type, data);
    }

    void planPublished(@Observes PlanPublished event) {
        Plan plan = event.plan();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("planId", plan.id);
        data.put("planCode", plan.code);
        data.put("publishedAt", plan.publishedAt.toString());
        data.put("actor", plan.publishedBy);
        record(WebhookEventType.PLAN_PUBLISHED, data);
    }

    /** Writes the event for every active endpoint that subscribed to it, in the caller's transaction. */
    void record(WebhookEventType type, Map<String, Object> data) {
        List<WebhookEndpoint> endpoints = WebhookEndpoint.listActive().stream().filter(e -> e.wants(type)).toList();
        if (endpoints.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("type", type.wireName);
        body.put("createdAt", now.toString());
        body.put("data", data);
        String payload;
        try {
            payload = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event of maps, strings and numbers is always JSON", e);
        }
        for (WebhookEndpoint endpoint : endpoints) {
            dropOverCap(endpoint, now);
            WebhookDelivery d = new WebhookDelivery();
            d.endpointId = endpoint.id;
            d.eventId = eventId;
            d.eventType = type.wireName;
            d.payload = payload;
            d.state = WebhookDelivery.State.PENDING;
            d.createdAt = now;
            d.nextAttemptAt = now;
            d.persist();
        }
    }

    /**
     * Makes room for one more under the endpoint's cap by dropping its oldest waiting deliveries: a receiver
     * that stays down for long would otherwise pile up rows without bound. Each drop is logged and stays in
     * the delivery log as DROPPED, so the admin sees what the receiver missed.
     */
    private void dropOverCap(WebhookEndpoint endpoint, Instant now) {
        long pending = WebhookDelivery.count("endpointId = ?1 and state = ?2", endpoint.id, WebhookDelivery.State.PENDING);
        long excess = pending - config.maxPendingPerEndpoint() + 1;
        if (excess <= 0) {
            return;
        }
        List<WebhookDelivery> oldest = WebhookDelivery.<WebhookDelivery>find(
                        "endpointId = ?1 and state = ?2 order by id", endpoint.id, WebhookDelivery.State.PENDING)
                .page(0, (int) excess).list();
        for (WebhookDelivery d : oldest) {
            LOG.warnf("Webhook delivery %d (%s, event %s) to endpoint %d dropped undelivered after %d attempts:"
                            + " the endpoint has %d deliveries waiting (planmonitor.webhooks.max-pending-per-endpoint)",
                    d.id, d.eventType, d.eventId, endpoint.id, d.attempts, pending);
            d.state = WebhookDelivery.State.DROPPED;
            d.finishedAt = now;
            d.claimedUntil = null;
            d.lastError = "dropped: more than " + config.maxPendingPerEndpoint() + " deliveries waiting";
        }
    }
}
