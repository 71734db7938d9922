package vn.planmonitor.targets;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import vn.planmonitor.common.VersionedEntity;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.plan.Plan;

import org.hibernate.annotations.BatchSize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A goal of a plan, stated over one indicator: what district figure must be reached, and when. */
@Entity
@Table(name = "plan_target")
public class Target extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    @Column(nullable = false, length = 50)
    public String code;

    @Column(name = "statement_vi", nullable = false, length = 1000)
    public String statementVi;

    @Column(name = "statement_en", nullable = false, length = 1000)
    public String statementEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Aggregation aggregation;

    /** For SHARE_OF_UNITS_MEETING: the value a unit must reach to count as meeting (1 = "yes" for a yes/no). */
    @Column(name = "unit_threshold", precision = 19, scale = 4)
    public BigDecimal unitThreshold;

    /** The district figure that means the target is met (a percentage for ratio and share rules). */
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal threshold;

    /** Which way the figure must go; see {@link TargetDirection}. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetDirection direction = TargetDirection.AT_LEAST;

    /** BETWEEN only: the high end of the band ({@link #threshold} is the low end). */
    @Column(name = "threshold_high", precision = 19, scale = 4)
    public BigDecimal thresholdHigh;

    /** What is compared with the threshold; see {@link TargetMeasure}. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetMeasure measure = TargetMeasure.LEVEL;

    /** CHANGE_* and AVERAGE_GROWTH: the baseline's year (see {@link Baseline}); otherwise {@code null}. */
    @Column(name = "baseline_year")
    public Integer baselineYear;

    /** The baseline's value when entered; {@code null}: the district figure of the baseline year. */
    @Column(name = "baseline_value", precision = 19, scale = 4)
    public BigDecimal baselineValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetTiming timing;

    @Column(name = "due_year")
    public Integer dueYear;

    /** Milestones before the due year (K10), in year order; empty for a target without them. */
    @ElementCollection
    @CollectionTable(name = "plan_target_milestone", joinColumns = @JoinColumn(name = "target_id"))
    @OrderBy("year")
    @BatchSize(size = 100)
    public List<Milestone> milestones = new ArrayList<>();

    /**
     * Allocations to the reporting units (K11), every-year ones first, then by year; empty for a target
     * without them. Each allocated unit is judged against its own allocation; see {@code progress.Allocations}.
     */
    @ElementCollection
    @CollectionTable(name = "plan_target_allocation", joinColumns = @JoinColumn(name = "target_id"))
    @BatchSize(size = 100)
    public List<Allocation> allocations = new ArrayList<>();

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    public static Optional<Target> findByCode(Plan plan, String code) {
        return find("plan = ?1 and code = ?2", plan, code).firstResultOptional();
    }
}
