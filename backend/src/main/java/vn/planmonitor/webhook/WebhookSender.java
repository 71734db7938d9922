package vn.planmonitor.webhook;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Delivers the outbox ({@link WebhookOutbox}) after the actions that wrote it have committed: one POST
 * per delivery, signed ({@link WebhookSignature}), with the event id in {@code Webhook-Id}. Any 2xx is
 * success; anything else — another status, a redirect (never followed: a receiver that moved must be
 * registered again, and following would let a permitted host bounce us to an internal one), no answer
 * within {@code timeout}, a refused connection, an address no longer allowed — is a failure, logged as
 * an attempt, and retried after {@code retry-base}, doubled per failure up to {@code retry-max}, until
 * {@code give-up-after} from the event (a day), when the delivery is FAILED.
 * <p>
 * As {@code MailOutbox} does for mails, several backend instances may share the outbox: each delivery
 * is claimed (an UPDATE only one instance can win) before it is sent, and the claim lapses after
 * {@code claim-for} if that instance died. A crash between the receiver's answer and the row being
 * marked means one more delivery of the same event — receivers dedupe by its id.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final int MAX_ERROR = 1000;
    static final String EVENT_ID_HEADER = "Webhook-Id";

    @Inject
    WebhookConfig config;

    @Inject
    WebhookAddresses addresses;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).build();

    @Scheduled(every = "${planmonitor.webhooks.send-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        deliverDue(Instant.now());
    }

    /** Attempts every delivery due at {@code now} (at most a batch); answers how many succeeded. */
    public int deliverDue(Instant now) {
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("select d.id from WebhookDelivery d where d.state = ?1 and d.nextAttemptAt <= ?2"
                        + " and (d.claimedUntil is null or d.claimedUntil < ?2)"
                        // A deactivated endpoint's deliveries wait for it to be switched on again.
                        + " and d.endpointId in (select e.id from WebhookEndpoint e where e.active = true) order by d.id", Long.class)
                .setParameter(1, WebhookDelivery.State.PENDING).setParameter(2, now)
                .setMaxResults(config.batchSize()).getResultList());
        int delivered = 0;
        for (long id : due) {
            Claimed claimed = claim(id, now);
            if (claimed != null && attempt(claimed, now)) {
                delivered++;
            }
        }
        return delivered;
    }

    private record Claimed(WebhookDelivery delivery, WebhookEndpoint endpoint) {
    }

    /** The delivery and its endpoint, if this instance won it; null if another instance has it or it is done. */
    private Claimed claim(long id, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int won = WebhookDelivery.update("claimedUntil = ?1 where id = ?2 and state = ?3 and nextAttemptAt <= ?4"
                            + " and (claimedUntil is null or claimedUntil < ?4)", now.plus(config.claimFor()), id,
                    WebhookDelivery.State.PENDING, now);
            if (won != 1) {
                return null;
            }
            WebhookDelivery d = WebhookDelivery.findById(id);
            return new Claimed(d, WebhookEndpoint.findById(d.endpointId));
        });
    }

    private boolean attempt(Claimed claimed, Instant now) {
        WebhookDelivery d = claimed.delivery();
        WebhookEndpoint endpoint = claimed.endpoint();
        int attempt = d.attempts + 1;
        long started = System.nanoTime();
        Instant attemptedAt = Instant.now();
        Integer status = null;
        String error;
        try {
            error = addresses.check(endpoint.url).map(r -> "address not allowed: " + r).orElse(null);
            if (error == null) {
                HttpResponse<Void> response = http.send(request(endpoint, d, attemptedAt),
                        HttpResponse.BodyHandlers.discarding());
                status = response.statusCode();
                error = status >= 200 && status < 300 ? null
                        : status >= 300 && status < 400 ? "redirect (not followed) to "
                        + response.headers().firstValue("Location").orElse("?") : "HTTP " + status;
            }
        } catch (HttpTimeoutException e) {
            error = "no answer within " + config.timeout().toMillis() + " ms";
        } catch (IOException | RuntimeException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int durationMs = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
        record(d, endpoint, attempt, attemptedAt, status, truncate(error), durationMs, now);
        return error == null;
    }

    private HttpRequest request(WebhookEndpoint endpoint, WebhookDelivery d, Instant at) {
        return HttpRequest.newBuilder(URI.create(endpoint.url)).timeout(config.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "planmonitor-webhooks/1")
                .header(EVENT_ID_HEADER, d.eventId)
                .header("Webhook-Event", d.eventType)
                .header(WebhookSignature.HEADER, WebhookSignature.header(endpoint.secret, at.getEpochSecond(), d.payload))
                .POST(HttpRequest.BodyPublishers.ofString(d.payload)).build();
    }

    private void record(WebhookDelivery d, WebhookEndpoint endpoint, int attempt, Instant attemptedAt, Integer status,
                        String error, int durationMs, Instant now) {
        Instant finished = Instant.now();
        // The wait counts from the end of the attempt: a slow failure (a timeout) is not retried at once.
        Instant next = (finished.isAfter(now) ? finished : now).plus(backoff(attempt));
        boolean givesUp = error != null && !next.isBefore(d.createdAt.plus(config.giveUpAfter()));
        WebhookDelivery.State state = error == null ? WebhookDelivery.State.DELIVERED
                : givesUp ? WebhookDelivery.State.FAILED : WebhookDelivery.State.PENDING;
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookAttempt log = new WebhookAttempt();
            log.deliveryId = d.id;
            log.attempt = attempt;
            log.attemptedAt = attemptedAt;
            log.statusCode = status;
            log.error = error;
            log.durationMs = durationMs;
            log.persist();
            WebhookDelivery.update("attempts = ?1, state = ?2, nextAttemptAt = ?3, claimedUntil = null,"
                            + " finishedAt = ?4, lastStatusCode = ?5, lastError = ?6 where id = ?7",
                    attempt, state, error == null || givesUp ? d.nextAttemptAt : next,
                    state == WebhookDelivery.State.PENDING ? null : finished, status, error, d.id);
        });
        if (error == null) {
            LOG.debugf("Webhook %s (event %s) delivered to endpoint %d at attempt %d", d.eventType, d.eventId,
                    endpoint.id, attempt);
        } else if (givesUp) {
            LOG.warnf("Webhook %s (event %s) to endpoint %d given up after %d attempts: %s", d.eventType,
                    d.eventId, endpoint.id, attempt, error);
        } else {
            LOG.warnf("Webhook %s (event %s) to endpoint %d failed (attempt %d), next attempt at %s: %s",
                    d.eventType, d.eventId, endpoint.id, attempt, next, error);
        }
    }

    /** The wait after the {@code attempts}-th failure: retry-base, doubled per further failure, at most retry-max. */
    Duration backoff(int attempts) {
        Duration wait = config.retryBase();
        for (int i = 1; i < attempts && wait.compareTo(config.retryMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.retryMax()) > 0 ? config.retryMax() : wait;
    }

    private static String truncate(String error) {
        return error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
