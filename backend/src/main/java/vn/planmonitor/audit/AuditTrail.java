package vn.planmonitor.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import vn.planmonitor.common.Filter;
import vn.planmonitor.common.Page;
import vn.planmonitor.common.PageRequest;
import vn.planmonitor.submission.Submission;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import vn.planmonitor.security.CallerScope;

/** Writes the trail inside the caller's transaction, so a change and its record commit or fail together. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    CallerScope caller;

    @Inject
    EntityManager em;

    /** One changed field of one report, for {@link #recordAll}. */
    public record FieldChange(long submissionId, AuditAction action, String planCode, String orgUnitCode,
                              String periodCode, String field, String oldValue, String newValue) {
    }

    /**
     * The same rows as {@link #recordChanges}, for many reports at once (bulk import): one JDBC batch
     * on the transaction's connection instead of one Hibernate insert per row (IDENTITY keys cannot batch).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<FieldChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        em.flush();
        String who = caller.name();
        LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO audit_event (occurred_at, actor,"
                    + " action, submission_id, plan_code, org_unit_code, period_code, field_name, old_value, new_value)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (FieldChange c : changes) {
                    ps.setObject(1, now);
                    ps.setString(2, who);
                    ps.setString(3, c.action().name());
                    ps.setLong(4, c.submissionId());
                    ps.setString(5, c.planCode());
                    ps.setString(6, c.orgUnitCode());
                    ps.setString(7, c.periodCode());
                    ps.setString(8, c.field());
                    ps.setString(9, clip(c.oldValue()));
                    ps.setString(10, clip(c.newValue()));
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                if (n % 1000 != 0) {
                    ps.executeBatch();
                }
            }
        });
    }

    /** Appends one step to the report's trail; answers it as the history shows it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditView record(Submission s, AuditAction action, String field, String oldValue, String newValue,
                            String comment) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = Instant.now();
        event.actor = caller.name();
        event.action = action;
        event.submissionId = s.id;
        event.planCode = s.plan.code;
        event.orgUnitCode = s.orgUnit.code;
        event.periodCode = s.periodCode;
        event.field = field;
        event.oldValue = clip(oldValue);
        event.newValue = clip(newValue);
        event.comment = comment;
        event.persist();
        return AuditView.of(event);
    }

    /** One row per field whose value differs between the two snapshots (field → printable value). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordChanges(Submission s, AuditAction action, Map<String, String> before,
                              Map<String, String> after) {
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                record(s, action, field, before.get(field), after.get(field), null);
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditView> history(long submissionId) {
        return AuditEvent.<AuditEvent>list("submissionId = ?1 order by id", submissionId).stream()
                .map(AuditView::of).toList();
    }

    public record Criteria(Long submissionId, String actor, AuditAction action, String orgUnitCode,
                           String planCode, Instant from, Instant to) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditView> search(Criteria c, PageRequest page) {
        Filter filter = new Filter().and("submissionId = :submission", "submission", c.submissionId())
                .and("actor = :actor", "actor", c.actor()).and("action = :action", "action", c.action())
                .and("orgUnitCode = :unit", "unit", c.orgUnitCode()).and("planCode = :plan", "plan", c.planCode())
                .and("occurredAt >= :from", "from", c.from()).and("occurredAt < :to", "to", c.to());
        return Page.of(AuditEvent.find(filter.query(), page.sort(), filter.parameters()), page, AuditView::of);
    }

    private static String clip(String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 1999) + "…";
    }
}
