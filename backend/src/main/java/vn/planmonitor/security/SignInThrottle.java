package vn.planmonitor.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Slows down password guessing without handing anyone a way to lock somebody else out.
 * <p>
 * Failures are counted per client address <em>and</em> username: after {@code max-failures} wrong
 * passwords in a row from one address for one username, that address must wait before trying that
 * username again — 1 minute, then each further failure doubles the wait up to 15 minutes. A stranger
 * who hammers {@code admin} only makes <em>their own</em> address wait; the admin signs in from
 * theirs. A username that does not exist is counted exactly like one that does (the key never
 * depends on the account), so the answers — 401, then 429 with the same Retry-After — cannot tell
 * them apart. A right password during a wait is refused too, or the wait would answer the guess.
 * <p>
 * Kept in memory: one backend process serves the district, and a restart forgetting the counts only
 * gives a guesser a few more tries. Bounded: beyond {@code max-tracked} pairs the least recently seen
 * are dropped.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Longer names cannot exist (usernames are at most 100 characters); cutting them bounds the memory a key takes. */
    private static final int MAX_KEY_NAME = 100;

    private final SignInConfig config;
    private final LinkedHashMap<String, Failures> byClient;
    /** Per username, the end of the latest wait any address was given: what admins see as "locked". */
    private final LinkedHashMap<String, Instant> waitsByName;

    private static final class Failures {
        int count;
        Instant last;
        Instant waitUntil;
    }

    @Inject
    public SignInThrottle(SignInConfig config) {
        this.config = config;
        this.byClient = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
                return size() > config.maxTracked();
            }
        };
        this.waitsByName = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > config.maxTracked();
            }
        };
    }

    /** How long this address must still wait before trying this username, if at all. */
    public synchronized Optional<Duration> waitFor(String address, String username, Instant now) {
        Failures failures = current(address, username, now);
        if (failures == null || failures.waitUntil == null || !failures.waitUntil.isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, failures.waitUntil));
    }

    /** A wrong password, an unknown username or a deactivated account. */
    public synchronized void failed(String address, String username, Instant now) {
        Failures failures = current(address, username, now);
        if (failures == null) {
            failures = new Failures();
            byClient.put(key(address, username), failures);
        }
        failures.count++;
        failures.last = now;
        int beyond = failures.count - config.maxFailures();
        if (beyond >= 0) {
            // 1, 2, 4, 8 … minutes; the shift is capped so the doubling cannot overflow.
            Duration wait = config.firstWait().multipliedBy(1L << Math.min(beyond, 20));
            failures.waitUntil = now.plus(wait.compareTo(config.longestWait()) > 0 ? config.longestWait() : wait);
            waitsByName.merge(name(username), failures.waitUntil, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /** Signed in: this address starts afresh for this username. */
    public synchronized void succeeded(String address, String username) {
        byClient.remove(key(address, username));
    }

    /** Whether some address is waiting to try this username: shown to admins as "locked". */
    public synchronized boolean isThrottled(String username, Instant now) {
        Instant until = waitsByName.get(name(username));
        return until != null && until.isAfter(now);
    }

    /** A new password was set: the guesses against the old one no longer matter. */
    public synchronized void forget(String username) {
        String name = name(username);
        waitsByName.remove(name);
        byClient.keySet().removeIf(key -> key.endsWith("\n" + name));
    }

    /** As after a restart: every count and wait forgotten (each test class starts afresh). */
    public synchronized void forgetAll() {
        byClient.clear();
        waitsByName.clear();
    }

    private Failures current(String address, String username, Instant now) {
        String key = key(address, username);
        Failures failures = byClient.get(key);
        if (failures != null && failures.last.plus(config.forgetAfter()).isBefore(now)
                && (failures.waitUntil == null || !failures.waitUntil.isAfter(now))) {
            byClient.remove(key);
            return null;
        }
        return failures;
    }

    private static String key(String address, String username) {
        return address + "\n" + name(username);
    }

    /** Usernames are matched case-insensitively by the database, so "Admin" must count as "admin". */
    private static String name(String username) {
        String trimmed = username.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() > MAX_KEY_NAME ? trimmed.substring(0, MAX_KEY_NAME) : trimmed;
    }
}
