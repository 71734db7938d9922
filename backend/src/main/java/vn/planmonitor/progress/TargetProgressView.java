package vn.planmonitor.progress;

import vn.planmonitor.indicator.ValueKind;
import vn.planmonitor.targets.Aggregation;
import vn.planmonitor.targets.TargetDirection;
import vn.planmonitor.targets.TargetMeasure;
import vn.planmonitor.targets.TargetTiming;

import java.math.BigDecimal;
import java.util.List;

/** One target's progress: its status over the whole plan, and its figure in each period asked for. */
public record TargetProgressView(long targetId, String targetCode, String indicatorCode, String statementVi,
                                 String statementEn, Aggregation aggregation, ValueKind valueKind,
                                 boolean percentage, String unitVi, String unitEn, BigDecimal threshold,
                                 TargetDirection direction, BigDecimal thresholdHigh, TargetMeasure measure,
                                 BigDecimal unitThreshold,
                                 TargetTiming timing, Integer dueYear,
                                 ProgressStatus status, StatusReason statusReason, boolean provisional,
                                 int yearsMet, int yearsWithData, Integer latestYear, BigDecimal latestFigure,
                                 ProjectionView projection,
                                 TargetStatusRule.Pace pace, BaselineView baseline, List<PeriodFigureView> periods) {
}
