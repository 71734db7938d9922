package vn.planmonitor.targets;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/**
 * A milestone of a target (lộ trình, K10): the threshold in force in one year before the due year, in the
 * target's direction ({@code thresholdHigh}: a BETWEEN band's high end). The due year keeps the target's own
 * threshold: it is the final milestone.
 */
@Embeddable
public class Milestone {

    @Column(name = "milestone_year", nullable = false)
    public int year;

    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal threshold;

    @Column(name = "threshold_high", precision = 19, scale = 4)
    public BigDecimal thresholdHigh;

    public Milestone() {
    }

    public Milestone(int year, BigDecimal threshold, BigDecimal thresholdHigh) {
        this.year = year;
        this.threshold = threshold;
        this.thresholdHigh = thresholdHigh;
    }
}
