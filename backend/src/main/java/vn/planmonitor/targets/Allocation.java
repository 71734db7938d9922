package vn.planmonitor.targets;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import vn.planmonitor.orgunit.OrgUnit;

import java.math.BigDecimal;

/**
 * What one reporting unit is given to reach (giao chỉ tiêu, K11): its own threshold in the target's direction
 * ({@code thresholdHigh}: a BETWEEN band's high end), every year ({@code year} null) or in one year, which
 * overrides the every-year allocation that year.
 */
@Embeddable
public class Allocation {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    public OrgUnit unit;

    @Column(name = "allocation_year")
    public Integer year;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal threshold;

    @Column(name = "threshold_high", precision = 19, scale = 4)
    public BigDecimal thresholdHigh;

    public Allocation() {
    }

    public Allocation(OrgUnit unit, Integer year, BigDecimal threshold, BigDecimal thresholdHigh) {
        this.unit = unit;
        this.year = year;
        this.threshold = threshold;
        this.thresholdHigh = thresholdHigh;
    }
}
