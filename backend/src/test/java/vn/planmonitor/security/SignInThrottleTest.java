package vn.planmonitor.security;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The waits, minute by minute, with the defaults: 5 failures → 1 min, doubling up to 15 min. The counts
 * are in the database, shared by every backend instance (two instances are two readers of one table).
 */
@QuarkusTest
class SignInThrottleTest {

    private static final String STRANGER = "198.51.100.66";
    private static final String OWNER = "198.51.100.10";
    private static final Instant T0 = Instant.parse("2026-11-27T08:00:00Z");

    @Inject
    SignInThrottle throttle;

    @BeforeEach
    void startAfresh() {
        throttle.forgetAll();
    }

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
    void shouldPruneOnlyPairsQuietForAnHourWithNoWaitRunning() {
        fail("203.0.113.1", "a", T0, 1);
        fail("203.0.113.2", "b", T0.plus(Duration.ofMinutes(30)), 1);
        Instant later = T0.plus(Duration.ofHours(1)).plusSeconds(1);
        assertEquals(1, throttle.prune(later), "only a's pair: b failed half an hour ago");
        assertEquals(0, throttle.prune(later));
        fail("203.0.113.1", "a", later, 4); // a starts afresh: four in a row do not make it wait
        assertEquals(Optional.empty(), throttle.waitFor("203.0.113.1", "a", later));
    }
}
