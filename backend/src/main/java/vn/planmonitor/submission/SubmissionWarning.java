package vn.planmonitor.submission;

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
import vn.planmonitor.indicator.Indicator;

import java.math.BigDecimal;

/** Something the reviewer should look at, found when the report was submitted; it never blocks. */
@Entity
@Table(name = "submission_warning")
public class SubmissionWarning extends PanacheEntityBase {

    /** The value moved by more than the configured factor against the unit's previous period. */
    public static final String JUMP = "JUMP";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    public Submission submission;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    @Column(name = "warning_code", nullable = false, length = 40)
    public String code;

    @Column(name = "current_value", precision = 19, scale = 4)
    public BigDecimal value;

    @Column(name = "previous_value", precision = 19, scale = 4)
    public BigDecimal previousValue;

    @Column(name = "previous_period", length = 10)
    public String previousPeriod;
}
