package vn.planmonitor.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bucket's arithmetic, by hand: a minute's requests at once, then one per 60/rate seconds. */
class TokenRateLimitTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aMinutesAllowanceThenOneRequestPerShareOfAMinute() {
        TokenRateLimit limit = new TokenRateLimit();
        long start = 5 * SECOND;
        for (int i = 0; i < 60; i++) {
            assertEquals(Duration.ZERO, limit.take(1, 60, start), "request " + (i + 1));
        }
        // 60 a minute: one a second. Spent at once, the 61st waits a whole second, half a second later half of one.
        assertEquals(Duration.ofSeconds(1), limit.take(1, 60, start));
        assertEquals(Duration.ofMillis(500), limit.take(1, 60, start + SECOND / 2));
        assertEquals(Duration.ZERO, limit.take(1, 60, start + SECOND));
        assertEquals(Duration.ofSeconds(1), limit.take(1, 60, start + SECOND));
        // Another token has its own bucket.
        assertEquals(Duration.ZERO, limit.take(2, 60, start + SECOND));
    }

    @Test
    void aQuietSpellRefillsNoMoreThanAMinutesWorth() {
        TokenRateLimit limit = new TokenRateLimit();
        for (int i = 0; i < 3; i++) {
            limit.take(1, 3, 0);
        }
        assertEquals(Duration.ofSeconds(20), limit.take(1, 3, 0));
        long hourLater = 3600 * SECOND;
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, limit.take(1, 3, hourLater), "request " + (i + 1));
        }
        assertEquals(Duration.ofSeconds(20), limit.take(1, 3, hourLater));
    }

    @Test
    void aChangedRateStartsAFullBucket() {
        TokenRateLimit limit = new TokenRateLimit();
        limit.take(1, 1, 0);
        assertEquals(Duration.ofSeconds(60), limit.take(1, 1, 0));
        assertEquals(Duration.ZERO, limit.take(1, 2, 0));
    }
}
