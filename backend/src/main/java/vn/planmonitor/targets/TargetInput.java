package vn.planmonitor.targets;

import java.math.BigDecimal;
import java.util.List;

/** {@code reason}: why the definition changes (see {@link TargetRevisions}); read on update only. */
public record TargetInput(String code, String planCode, String indicatorCode, String statementVi,
                          String statementEn, Aggregation aggregation, BigDecimal unitThreshold, BigDecimal threshold,
                          TargetDirection direction, BigDecimal thresholdHigh, TargetMeasure measure,
                          Baseline baseline,
                          TargetTiming timing, Integer dueYear, Integer sortOrder,
                          List<MilestoneView> milestones, List<AllocationView> allocations, String reason) {
}
