package vn.planmonitor.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.plan.Plan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of one account's inbox. Written in the transaction of what it tells about, and never
 * changed afterwards except for being read.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public NotificationKind kind;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "org_unit_id")
    public OrgUnit orgUnit;

    @Column(name = "period_code", nullable = false, length = 10)
    public String periodCode;

    /** The report told about; null for a reminder about a report not yet begun. */
    @Column(name = "submission_id")
    public Long submissionId;

    /** Who acted (the reviewer who returned or approved, the officer who submitted); null for reminders. */
    @Column(length = 100)
    public String actor;

    /** The reviewer's comment on a returned report. */
    @Column(name = "comment_text", length = 2000)
    public String comment;

    /** The report's due date, for reminders. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}
