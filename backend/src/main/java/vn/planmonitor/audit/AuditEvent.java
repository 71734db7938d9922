package vn.planmonitor.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;

/**
 * One line of the audit trail: who did what to which report, and for a changed figure its old and
 * new value. Immutable and without a foreign key to the report, so the trail outlives a deleted draft.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(nullable = false, length = 100)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AuditAction action;

    @Column(name = "submission_id", nullable = false)
    public long submissionId;

    @Column(name = "plan_code", nullable = false)
    public String planCode;

    @Column(name = "org_unit_code", nullable = false)
    public String orgUnitCode;

    @Column(name = "period_code", nullable = false)
    public String periodCode;

    /** The changed field, e.g. {@code ECON_OFFICER_TRAINING.numerator}, {@code status}, {@code comment}. */
    @Column(name = "field_name")
    public String field;

    @Column(name = "old_value", length = 2000)
    public String oldValue;

    @Column(name = "new_value", length = 2000)
    public String newValue;

    @Column(name = "comment_text", length = 2000)
    public String comment;
}
