package vn.planmonitor.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Webhook deliveries ({@code planmonitor.webhooks.*}); see {@link WebhookSender}. */
@ConfigMapping(prefix = "planmonitor.webhooks")
public interface WebhookConfig {

    /** How often the outbox is looked at; {@code off} delivers only when asked (the tests). Read by the schedule. */
    @WithDefault("5s")
    String sendEvery();

    /** The wait after the first failed attempt; each further failure doubles it, up to {@link #retryMax()}. */
    @WithDefault("30s")
    Duration retryBase();

    /** The longest wait between two attempts at one delivery. */
    @WithDefault("1h")
    Duration retryMax();

    /** A delivery still failing this long after its event is given up (FAILED). */
    @WithDefault("24h")
    Duration giveUpAfter();

    /** How long one attempt may take (connecting and the answer) before it counts as failed. */
    @WithDefault("10s")
    Duration timeout();

    /** How long one instance holds a delivery it is sending before another may take it over (it died). */
    @WithDefault("2m")
    Duration claimFor();

    /** At most this many deliveries per run, so one run cannot hold the scheduler for long. */
    @WithDefault("50")
    int batchSize();

    /**
     * At most this many deliveries wait for one endpoint; a new event beyond it drops the oldest waiting one
     * (logged), so a receiver that stays down cannot make the outbox grow without bound.
     */
    @WithDefault("1000")
    int maxPendingPerEndpoint();

    /**
     * Host names or addresses an endpoint may point at although they are loopback, private (RFC 1918, unique
     * local), link-local or otherwise internal — an internal data warehouse, say. Anything not listed that
     * resolves to such an address is refused, so an admin account cannot be used to probe the internal network.
     */
    Optional<List<String>> allowedHosts();
}
