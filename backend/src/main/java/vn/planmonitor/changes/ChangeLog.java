package vn.planmonitor.changes;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.indicator.IndicatorAdded;
import vn.planmonitor.indicator.IndicatorChanged;
import vn.planmonitor.indicator.IndicatorRemoved;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.orgunit.UnitAdded;
import vn.planmonitor.orgunit.UnitChanged;
import vn.planmonitor.orgunit.UnitRemoved;
import vn.planmonitor.plan.PlanPublished;
import vn.planmonitor.submission.ReportSaved;
import vn.planmonitor.submission.ReportStatusChanged;
import vn.planmonitor.submission.Submission;
import vn.planmonitor.submission.SubmissionStatus;
import vn.planmonitor.targets.Target;
import vn.planmonitor.targets.TargetChanged;
import vn.planmonitor.targets.TargetRemoved;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Writes the change feed from the events the domain packages fire, which know nothing of it.
 * <p>
 * <b>Why a counter row.</b> A poller asks for "everything after position n". Were the position an
 * AUTO_INCREMENT id, it would be handed out at INSERT but become visible at COMMIT, in another order: a
 * transaction that took id 12 and commits after the one that took 13 would be skipped by a poller that had
 * already read 13. So the positions come from one row, {@code change_counter}, updated ({@code last_seq =
 * last_seq + n}) in the transaction of the change itself: its row lock is held until that transaction commits,
 * so the next transaction gets its numbers only after the previous one's rows are visible, and a reader that
 * sees position 13 has 12 already. A rolled-back transaction gives its numbers back: no holes either. (The
 * alternative, "id as cursor but only rows older than a safety window", bounds the skip by a guess at the
 * longest transaction and delays every poller by that window.)
 * <p>
 * <b>Why late.</b> That lock serialises the transactions that write feed entries — only those, and only from
 * the moment they take it. So the observers below just note the entries; they are written when the transaction
 * is about to commit ({@code beforeCompletion}), all of a transaction's entries with one counter update, after
 * everything else the transaction does. The lock is then held for one UPDATE, one INSERT batch and the commit,
 * and since it is always the last lock taken, it cannot close a deadlock cycle with the progress summaries' rows.
 * The time each transaction holds it is summed in {@link #HELD_NANOS} (the concurrency test reports it).
 */
@ApplicationScoped
public class ChangeLog {

    /** Total time the counter row was held (counter updated → transaction finished), and by how many. */
    static final LongAdder HELD_NANOS = new LongAdder();
    static final LongAdder HOLDERS = new LongAdder();

    private static final Object PENDING = new Object();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AgroalDataSource dataSource;

    void reportSaved(@Observes ReportSaved e) {
        note(new Change(Change.REPORT, e.kind().name().toLowerCase(Locale.ROOT), e.reportId(), null, e.planCode(),
                e.unitCode(), e.period(), Instant.now(), e.unitId()));
    }

    void reportStatusChanged(@Observes ReportStatusChanged e) {
        Submission s = e.report();
        String action = switch (s.status) {
            case SUBMITTED -> "submitted";
            case APPROVED -> "approved";
            case RETURNED -> e.from() == SubmissionStatus.APPROVED ? "reopened" : "returned";
            case DRAFT -> "updated";
        };
        note(new Change(Change.REPORT, action, s.id, null, s.plan.code, s.orgUnit.code, s.periodCode, Instant.now(),
                s.orgUnit.id));
    }

    void unitAdded(@Observes UnitAdded e) {
        unit(e.unitId(), "created");
    }

    void unitChanged(@Observes UnitChanged e) {
        unit(e.unitId(), "updated");
    }

    void unitRemoved(@Observes UnitRemoved e) {
        note(new Change(Change.UNIT, "deleted", e.unitId(), e.code(), null, null, null, Instant.now(), null));
    }

    private void unit(long id, String action) {
        OrgUnit unit = OrgUnit.findById(id);
        note(new Change(Change.UNIT, action, id, unit.code, null, null, null, Instant.now(), null));
    }

    void indicatorAdded(@Observes IndicatorAdded e) {
        indicator(e.indicatorId(), "created");
    }

    void indicatorChanged(@Observes IndicatorChanged e) {
        indicator(e.indicatorId(), "updated");
    }

    void indicatorRemoved(@Observes IndicatorRemoved e) {
        note(new Change(Change.INDICATOR, "deleted", e.indicatorId(), e.code(), e.planCode(), null, null,
                Instant.now(), null));
    }

    private void indicator(long id, String action) {
        Indicator indicator = Indicator.findById(id);
        note(new Change(Change.INDICATOR, action, id, indicator.code, indicator.plan.code, null, null, Instant.now(),
                null));
    }

    void targetChanged(@Observes TargetChanged e) {
        Target target = Target.findById(e.targetId());
        note(new Change(Change.TARGET, e.created() ? "created" : "updated", target.id, target.code, target.plan.code,
                null, null, Instant.now(), null));
    }

    void targetRemoved(@Observes TargetRemoved e) {
        note(new Change(Change.TARGET, "deleted", e.targetId(), e.code(), e.planCode(), null, null, Instant.now(),
                null));
    }

    void planPublished(@Observes PlanPublished e) {
        note(new Change(Change.PLAN, "published", e.plan().id, e.plan().code, e.plan().code, null, null,
                Instant.now(), null));
    }

    /**
     * Keeps the entry until the transaction commits. One entry per thing and action: a transaction that touches
     * a report twice the same way (an import's rows) tells the poller once.
     */
    private void note(Change change) {
        @SuppressWarnings("unchecked")
        Map<String, Change> pending = (Map<String, Change>) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new LinkedHashMap<>();
            transactions.putResource(PENDING, pending);
            Map<String, Change> entries = pending;
            transactions.registerInterposedSynchronization(new Synchronization() {
                private long heldSince;

                @Override
                public void beforeCompletion() {
                    heldSince = System.nanoTime();
                    write(entries);
                }

                @Override
                public void afterCompletion(int status) {
                    if (heldSince != 0) {
                        HELD_NANOS.add(System.nanoTime() - heldSince);
                        HOLDERS.increment();
                    }
                }
            });
        }
        pending.putIfAbsent(change.type() + "|" + change.id() + "|" + change.action(), change);
    }

    private void write(Map<String, Change> entries) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE || entries.isEmpty()) {
            return;
        }
        // The transaction's own connection (Agroal hands out the enlisted one), so the entries commit or roll
        // back with the change they describe.
        try (Connection connection = dataSource.getConnection()) {
            if (connection.getAutoCommit()) {
                throw new IllegalStateException("the change feed must be written in the change's transaction");
            }
            long last;
            try (PreparedStatement up = connection.prepareStatement(
                    "UPDATE change_counter SET last_seq = last_seq + ? WHERE id = 1")) {
                up.setInt(1, entries.size());
                up.executeUpdate();
            }
            try (PreparedStatement read = connection.prepareStatement("SELECT last_seq FROM change_counter WHERE id = 1");
                 ResultSet rs = read.executeQuery()) {
                rs.next();
                last = rs.getLong(1);
            }
            long seq = last - entries.size();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO change_entry (seq, entity_type,"
                    + " action, entity_id, code, plan_code, org_unit_code, period_code, report_unit_id, changed_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Change c : entries.values()) {
                    insert.setLong(1, ++seq);
                    insert.setString(2, c.type());
                    insert.setString(3, c.action());
                    insert.setLong(4, c.id());
                    insert.setString(5, c.code());
                    insert.setString(6, c.planCode());
                    insert.setString(7, c.orgUnitCode());
                    insert.setString(8, c.period());
                    if (c.reportUnitId() == null) {
                        insert.setNull(9, Types.BIGINT);
                    } else {
                        insert.setLong(9, c.reportUnitId());
                    }
                    insert.setObject(10, LocalDateTime.ofInstant(c.at(), ZoneOffset.UTC));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing the change feed failed: " + e.getMessage(), e);
        }
    }
}
