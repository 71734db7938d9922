package vn.planmonitor.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import vn.planmonitor.indicator.Indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A unit's value for one indicator. Which columns are filled depends on the indicator's kind:
 * number (NUMBER, COUNT), numerator and denominator (RATIO), answer (BOOLEAN).
 */
@Entity
@Table(name = "submission_value")
public class SubmissionValue extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    public Submission submission;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id")
    public Indicator indicator;

    @Column(name = "number_value", precision = 19, scale = 4)
    public BigDecimal number;

    @Column(precision = 19, scale = 4)
    public BigDecimal numerator;

    @Column(precision = 19, scale = 4)
    public BigDecimal denominator;

    public Boolean answer;

    @OneToMany(mappedBy = "value", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ValueItem> items = new ArrayList<>();
}
