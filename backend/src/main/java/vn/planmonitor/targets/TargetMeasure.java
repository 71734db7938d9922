package vn.planmonitor.targets;

/**
 * What a target compares with its threshold each year (issue 16).
 * <ul>
 * <li>LEVEL: the year's district figure (every target of District 11).</li>
 * <li>CUMULATIVE (K7, "giai đoạn 2021–2025 hỗ trợ ít nhất 20 doanh nghiệp"): the running sum of the
 * yearly figures from the plan's first year. Only for a SUM target due by a year: a sum of percentages
 * or averages means nothing, and "over the period" needs the period's end. On the way, the running sum
 * is judged against the straight share of the threshold for the years gone (see
 * {@code progress.TargetStatusRule}).</li>
 * </ul>
 */
public enum TargetMeasure {
    LEVEL, CUMULATIVE;

    /** {@code null} (left out of a request, or a row written before measures existed) is LEVEL. */
    public static TargetMeasure orDefault(TargetMeasure measure) {
        return measure == null ? LEVEL : measure;
    }
}
