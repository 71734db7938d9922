package vn.planmonitor.audit;

import java.time.Instant;

public record AuditView(long id, Instant occurredAt, String actor, AuditAction action, long submissionId,
                        String planCode, String orgUnitCode, String period, String field, String oldValue,
                        String newValue, String comment) {

    static AuditView of(AuditEvent e) {
        return new AuditView(e.id, e.occurredAt, e.actor, e.action, e.submissionId, e.planCode, e.orgUnitCode,
                e.periodCode, e.field, e.oldValue, e.newValue, e.comment);
    }
}
