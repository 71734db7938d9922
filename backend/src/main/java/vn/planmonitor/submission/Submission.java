package vn.planmonitor.submission;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.OptimisticLock;
import vn.planmonitor.common.VersionedEntity;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.plan.Plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One report: one unit's values for one period of one plan. */
@Entity
@Table(name = "submission")
public class Submission extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    public OrgUnit orgUnit;

    @Column(name = "period_code", nullable = false, length = 10)
    public String periodCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubmissionStatus status;

    @Column(name = "comment_text", length = 2000)
    public String comment;

    /** Synthetic data loaded by {@code make run} only; shown as such so nobody mistakes it for real reports. */
    @Column(nullable = false)
    public boolean demo;

    @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<SubmissionValue> values = new ArrayList<>();

    /** The first submission decides whether the report came in on time; a return and resubmission does not. */
    @Column(name = "first_submitted_at")
    public Instant firstSubmittedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by", length = 100)
    public String submittedBy;

    @Column(name = "on_time")
    public Boolean onTime;

    /** The last review decision (approve, return, reopen): when, by whom, and its comment. */
    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by", length = 100)
    public String decidedBy;

    @Column(name = "review_comment", length = 2000)
    public String reviewComment;

    @OneToMany(mappedBy = "submission", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @OptimisticLock(excluded = true)
    public List<SubmissionWarning> warnings = new ArrayList<>();

    public static Optional<Submission> find(Plan plan, OrgUnit unit, String periodCode) {
        return find("plan = ?1 and orgUnit = ?2 and periodCode = ?3", plan, unit, periodCode).firstResultOptional();
    }
}
