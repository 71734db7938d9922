package vn.planmonitor.common;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Makes a scheduled job run once across all backend instances instead of once per instance: before
 * each run an instance claims the job's row in {@code job_lease} for a while. The holder renews its own
 * claim at its next run; another instance can take the job over only once the lease has run out (its
 * holder stopped or died), so the job moves within one lease length.
 * <p>
 * The claim is one conditional UPDATE in its own transaction: two instances claiming at once are
 * serialised by the row lock on one server, and on a Galera cluster the one that loses certification
 * gets a write conflict, read here as "not claimed". Clocks of the instances should agree within a
 * fraction of the lease (NTP); the lease time is the instance's clock.
 */
@ApplicationScoped
public class JobLease {

    /** This process: a fresh id at every start, so a restarted instance does not inherit its old claims. */
    private final String holder = hostName() + "/" + UUID.randomUUID();

    @Inject
    EntityManager entityManager;

    /** True if this instance now holds {@code job} until {@code now + length}. */
    public boolean claim(String job, Duration length, Instant now) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                int updated = entityManager.createNativeQuery("UPDATE job_lease SET holder = ?1, lease_until = ?2"
                                + " WHERE job_name = ?3 AND (lease_until < ?4 OR holder = ?1)")
                        .setParameter(1, holder).setParameter(2, now.plus(length)).setParameter(3, job)
                        .setParameter(4, now).executeUpdate();
                if (updated == 1) {
                    return true;
                }
                long rows = ((Number) entityManager.createNativeQuery("SELECT COUNT(*) FROM job_lease WHERE job_name = ?1")
                        .setParameter(1, job).getSingleResult()).longValue();
                if (rows > 0) {
                    return false;
                }
                entityManager.createNativeQuery("INSERT INTO job_lease (job_name, holder, lease_until) VALUES (?1, ?2, ?3)")
                        .setParameter(1, job).setParameter(2, holder).setParameter(3, now.plus(length)).executeUpdate();
                return true;
            });
        } catch (RuntimeException e) {
            // Another instance claimed it at the same moment: it runs the job this time.
            if (WriteConflict.is(e) || WriteConflict.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    /** At shutdown every job this instance holds is given up, so another need not wait for the lease to run out. */
    void releaseAtShutdown(@Observes ShutdownEvent event) {
        try {
            release();
        } catch (RuntimeException e) {
            // The database is gone too: the leases simply run out.
        }
    }

    /** Gives up every job this instance holds. */
    public void release() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE job_lease SET holder = NULL, lease_until = ?1 WHERE holder = ?2")
                .setParameter(1, Instant.EPOCH.plusSeconds(86_400)).setParameter(2, holder).executeUpdate());
    }

    /** Who this instance is in {@code job_lease.holder}. */
    public String holder() {
        return holder;
    }

    private static String hostName() {
        String name = System.getenv("HOSTNAME");
        if (name == null || name.isBlank()) {
            try {
                name = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                name = "backend";
            }
        }
        return name.length() > 50 ? name.substring(0, 50) : name;
    }
}
