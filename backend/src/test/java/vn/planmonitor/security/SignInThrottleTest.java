package vn.planmonitor.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The waits, minute by minute, with the defaults: 5 failures → 1 min, doubling up to 15 min. */
class SignInThrottleTest {

    private static final String STRANGER = "198.51.100.66";
    private static final String OWNER = "198.51.100.10";
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    private static final SignInConfig DEFAULTS = new SignInConfig() {
        public int maxFailures() {
            return 5;
        }

        public Duration firstWait() {
            return Duration.ofMinutes(1);
        }

        public Duration longestWait() {
            return Duration.ofMinutes(15);
        }

        public Duration forgetAfter() {
            return Duration.ofHours(1);
        }

        public int maxTracked() {
            return 3;
        }
    };

    private final SignInThrottle throttle = new SignInThrottle(DEFAULTS);

    private void fail(String address, String username, Instant at, int times) {
        for (int i = 0; i < times; i++) {
            assertEquals(Optional.empty(), throttle.waitFor(address, username, at), "no wait before failure " + (i + 1));
            throttle.failed(address, username, at);
        }
    }

    @Test
    void shouldLetFourMistakesPassAndMakeTheFifthWaitAMinute() {
        fail(STRANGER, "admin", T0, 4);
        assertEquals(Optional.empty(), throttle.waitFor(STRANGER, "admin", T0));
        throttle.failed(STRANGER, "admin", T0);
        assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.waitFor(STRANGER, "admin", T0));
        assertEquals(Optional.of(Duration.ofSeconds(15)), throttle.waitFor(STRANGER, "admin", T0.plusSeconds(45)));
        assertEquals(Optional.empty(), throttle.waitFor(STRANGER, "admin", T0.plusSeconds(60)));
    }

    @Test
    void shouldDoubleEachFurtherWaitUpToFifteenMinutes() {
        fail(STRANGER, "admin", T0, 5);
        Instant now = T0;
        for (long minutes : new long[] {2, 4, 8, 15, 15}) {
            now = now.plus(throttle.waitFor(STRANGER, "admin", now).orElseThrow());
            throttle.failed(STRANGER, "admin", now);
            assertEquals(Optional.of(Duration.ofMinutes(minutes)), throttle.waitFor(STRANGER, "admin", now));
        }
    }

    @Test
    void shouldNeverMakeAnotherAddressOrAnotherNameWait() {
        fail(STRANGER, "admin", T0, 5);
        assertTrue(throttle.waitFor(STRANGER, "admin", T0).isPresent());
        assertEquals(Optional.empty(), throttle.waitFor(OWNER, "admin", T0));
        assertEquals(Optional.empty(), throttle.waitFor(STRANGER, "reviewer", T0));
    }

    @Test
    void shouldCountAnotherSpellingOfTheNameAsTheSameName() {
        fail(STRANGER, "admin", T0, 3);
        fail(STRANGER, " Admin", T0, 1);
        throttle.failed(STRANGER, "ADMIN ", T0);
        assertTrue(throttle.waitFor(STRANGER, "admin", T0).isPresent());
    }

    @Test
    void shouldStartAfreshAfterASuccessANewPasswordOrAQuietHour() {
        fail(STRANGER, "admin", T0, 4);
        throttle.succeeded(STRANGER, "admin");
        fail(STRANGER, "admin", T0, 4);

        fail(OWNER, "viewer", T0, 5);
        assertTrue(throttle.isThrottled("viewer", T0));
        throttle.forget("viewer");
        assertFalse(throttle.isThrottled("viewer", T0));
        assertEquals(Optional.empty(), throttle.waitFor(OWNER, "viewer", T0));

        fail(OWNER, "reviewer", T0, 4);
        Instant later = T0.plus(Duration.ofHours(1)).plusSeconds(1);
        fail(OWNER, "reviewer", later, 4); // the four of an hour ago are forgotten
        assertEquals(Optional.empty(), throttle.waitFor(OWNER, "reviewer", later));
    }

    @Test
    void shouldShowAnAccountAsLockedOnlyWhileSomeAddressWaits() {
        assertFalse(throttle.isThrottled("admin", T0));
        fail(STRANGER, "admin", T0, 5);
        assertTrue(throttle.isThrottled("admin", T0));
        assertFalse(throttle.isThrottled("admin", T0.plusSeconds(60)));
    }

    @Test
    void shouldRememberABoundedNumberOfClients() {
        fail("203.0.113.1", "a", T0, 5);
        fail("203.0.113.2", "b", T0, 1);
        fail("203.0.113.3", "c", T0, 1);
        fail("203.0.113.4", "d", T0, 1); // a fourth pair pushes out the least recently seen
        assertEquals(Optional.empty(), throttle.waitFor("203.0.113.1", "a", T0));
    }
}
