package vn.planmonitor.targets;

import vn.planmonitor.common.Decimals;
import vn.planmonitor.common.Responses;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record TargetView(long id, String code, String planCode, String indicatorCode, String statementVi,
                         String statementEn, Aggregation aggregation, BigDecimal unitThreshold, BigDecimal threshold,
                         TargetDirection direction, BigDecimal thresholdHigh, TargetMeasure measure,
                         Baseline baseline,
                         TargetTiming timing, Integer dueYear, List<MilestoneView> milestones,
                         List<AllocationView> allocations, int sortOrder,
                         Instant createdAt, Instant updatedAt,
                         long version) implements Responses.Versioned {

    public static TargetView of(Target t) {
        return new TargetView(t.id, t.code, t.plan.code, t.indicator.code, t.statementVi, t.statementEn,
                t.aggregation, Decimals.strip(t.unitThreshold), Decimals.strip(t.threshold),
                t.direction, Decimals.strip(t.thresholdHigh), t.measure,
                t.baselineYear == null ? null : new Baseline(t.baselineYear, Decimals.strip(t.baselineValue)),
                t.timing, t.dueYear,
                t.milestones.stream().map(MilestoneView::of).toList(),
                t.allocations.stream().map(AllocationView::of).sorted(AllocationView.ORDER).toList(), t.sortOrder,
                t.createdAt, t.updatedAt, t.version);
    }

}
