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
 * <li>CHANGE_PERCENT, CHANGE_ABSOLUTE (K8, "số doanh nghiệp KH&CN tăng 10% so với năm 2020"): the change
 * of the year's figure from the target's {@link Baseline}, in percent of it or in the indicator's unit.</li>
 * <li>AVERAGE_GROWTH (K9, "tốc độ tăng bình quân 8%/năm"): the average annual growth from the baseline to
 * the year, in percent ({@code progress.BaselineChange}).</li>
 * </ul>
 * For the last three the threshold is a change (or growth), not a level; they need a baseline.
 */
public enum TargetMeasure {
    LEVEL, CUMULATIVE, CHANGE_PERCENT, CHANGE_ABSOLUTE, AVERAGE_GROWTH;

    /** Compared with a baseline: needs one, and its threshold is a change rather than a level. */
    public boolean fromBaseline() {
        return this == CHANGE_PERCENT || this == CHANGE_ABSOLUTE || this == AVERAGE_GROWTH;
    }

    /** {@code null} (left out of a request, or a row written before measures existed) is LEVEL. */
    public static TargetMeasure orDefault(TargetMeasure measure) {
        return measure == null ? LEVEL : measure;
    }
}
