package vn.planmonitor.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.planmonitor.common.ApiException;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps one API token from taking the server for itself. Each token has a rate in requests a minute
 * (set by the admin per token, {@code planmonitor.api-tokens.default-rate-per-minute} otherwise),
 * spent from a bucket that holds one minute's requests and refills continuously: a system may burst
 * after a quiet spell but not sustain more than its rate. Past it, 429 with {@code Retry-After}, the
 * whole seconds until its next request is allowed.
 * <p>
 * The buckets live in this instance's memory, not the database: a counter row written on every request
 * would cost more than most requests do. Behind a load balancer over n instances a token can therefore
 * reach up to n times its rate, which the README says. People's sessions are not limited here; their
 * sign-ins are ({@link SignInThrottle}).
 */
@ApplicationScoped
public class TokenRateLimit {

    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private final ConcurrentMap<Long, Bucket> buckets = new ConcurrentHashMap<>();

    @Inject
    CurrentIdentityAssociation identity;

    /** A token's allowance: {@code available} requests at {@code at} (System.nanoTime), refilled at {@code perMinute}. */
    private record Bucket(int perMinute, double available, long at) {

        Bucket refilledTo(long now) {
            double refill = (double) (now - at) * perMinute / NANOS_PER_MINUTE;
            return new Bucket(perMinute, Math.min(perMinute, available + refill), now);
        }
    }

    @ServerRequestFilter
    public Uni<Void> limit() {
        return identity.getDeferredIdentity().map(who -> {
            Caller caller = who == null || who.isAnonymous() ? null : who.getAttribute(Caller.ATTRIBUTE);
            if (caller != null && caller.ratePerMinute() > 0) {
                Duration wait = take(caller.tokenId(), caller.ratePerMinute(), System.nanoTime());
                if (!wait.isZero()) {
                    throw ApiException.tooManyRequests("token-rate-exceeded", wait, caller.ratePerMinute());
                }
            }
            return null;
        });
    }

    /** Spends one request of the token's allowance; zero when it may go ahead, else how long until it may. */
    Duration take(long tokenId, int perMinute, long now) {
        Duration[] wait = {Duration.ZERO};
        buckets.compute(tokenId, (id, old) -> {
            Bucket bucket = old == null || old.perMinute() != perMinute
                    ? new Bucket(perMinute, perMinute, now) : old.refilledTo(now);
            if (bucket.available() >= 1) {
                return new Bucket(perMinute, bucket.available() - 1, now);
            }
            long nanos = (long) Math.ceil((1 - bucket.available()) * NANOS_PER_MINUTE / perMinute);
            wait[0] = Duration.ofNanos(Math.max(1, nanos));
            return bucket;
        });
        return wait[0];
    }
}
