package vn.planmonitor.targets;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One version of a target's definition: the {@link TargetDefinition} in force from {@code changedAt}, as JSON,
 * with who changed it and why. Written once, never updated; removed with its target.
 */
@Entity
@Table(name = "plan_target_revision")
public class TargetRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id")
    public Target target;

    /** 1 for the definition the target was created with, then one more per change. */
    @Column(name = "revision_no", nullable = false)
    public int number;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    /** The account that made the change; {@code null} for the first version of a target older than revisions. */
    @Column(name = "changed_by", length = 100)
    public String changedBy;

    /** Why the definition changed; {@code null} for version 1. */
    @Column(length = 1000)
    public String reason;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String definition;
}
